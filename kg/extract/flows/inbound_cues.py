"""The words around a list of places that take workers in from it (来自A的工人, 吸纳A籍务工人员, 从A接回)."""
from __future__ import annotations

import re

from kg.extract.flows.labour_words import PEOPLE_NOUN, WORKER_GONG
from kg.extract.flows.list_forms import LIST_END, NUMBER


# 企业派专车到A接务工人员返岗: the vehicle goes to fetch workers, so the place is where they come from (read as
# workers taken in by the clause's subject).
# (组织大巴赴A、B，接回N名务工人员返岗: the fetching may be said in the clause after the trip)
PICKUP_AFTER = re.compile(rf"^{LIST_END}[，,]?[^，。；！？,;]{{0,4}}?(?:接|迎接|接回|接送|接运|接返)(?:{NUMBER}名)?"
                          r"(?:务工人员|工人|员工|老乡|劳动力|农民工|求职者|职工)")
PICKUP_WINDOW = 8  # 县城 or a station and 接 after the place
# 绍兴组织大巴，从A、B接回N名务工人员: the clause's subject fetches workers from the listed places (read as
# workers taken in, unless the trip is homeward or names no work: see guards.fetched_home).
FETCHED_AFTER = re.compile(rf"^{LIST_END}的?[^，。；！？,;]{{0,4}}?(?:接回|接返|接运|接来|迎回|接)了?"
                           rf"(?:{NUMBER}(?:名|人))?[^，。；！？,;]{{0,6}}?"
                           r"(?:务工人员|劳动力|农民工|员工|工人|务工者|求职者)")
PICKUP_GO = frozenset("到去赴往至")  # the vehicle goes there (a route's end, 阜阳—湖州大巴接回, is where it arrives)
# 来自四川、贵州等地外来务工人员: workers arriving from the listed places.
# 来自周边A、B等地: a word for nearby or the province's own may stand between.
FROM_BEFORE = re.compile(r"来自(?:周边|附近|邻近|省内外?|省外|外省|本省|全省)?(?:的)?$")
# 来自四川宣汉、湖北恩施建始等地的1100余名务工人员: the list end and the count come between.
WORKERS_AFTER = re.compile(rf"^{LIST_END}[^，。；！？,;：:]{{0,12}}?(?:务工人员|劳动力|农民工|员工|工人|务工者|劳务人员|"
                           # any noun ending in 工 names workers (季节工, 临时工, 采摘工), not 加工/施工/工程
                           rf"{WORKER_GONG})")
# 其中来自A县的有N人: the people counted without their noun.
COUNTED_FROM_AFTER = re.compile(rf"^{LIST_END}的(?:就|也|还)?(?:有|达|占)?(?:约|近|超过|超|逾)?{NUMBER}(?:人|名)")
# 引进外来务工人员3万人，主要来自A、B等省: the places the workers a receiver took in come from.
RECEIVED_BEFORE = re.compile(r"(?:引进|吸纳|接收|招用|招收|接纳|外来)[^。；！？]{0,24}?(?:务工人员|劳动力|农民工|员工|工人)")
RECEIVED_WINDOW = 40  # the receiving clause (引进外来务工人员3万人) and 主要来自 before the list
# 吸纳西吉籍务工人员: a receiving verb before a place written with 籍 takes workers in from it.
# 接回N名X籍工人: the count may stand between the verb and the place.
# 吸纳A、B两县劳动力: the list counted by its kind of place before the workers' noun; 招用了A县300名工人: the
# workers counted before it.
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九几]个?(?:县区|县市|旗县|县|市|区|旗|地|省|州)|"
                             rf"{NUMBER}(?:名|人)")
RECEIVE_ENDS = frozenset("纳收引进录聘用回返了名来接有着")  # the last characters RECEIVE_BEFORE can match
_PLACE_COUNT_STARTS = frozenset("两二三四五六七八九几0123456789十百千万")


def people_after(post: str) -> bool:
    """The workers right after a place (籍, the noun, or a count of them), or after 的 (X县的N名务工人员)."""
    if post.startswith("的"):
        post = post[1:]
    return post.startswith("籍") and _WORKERS_OF_NATIVES.match(post) is not None or bool(PEOPLE_NOUN.match(post)) \
        or post[:1] in _PLACE_COUNT_STARTS and _counted_people(post)


# X籍务工人员, X籍脱贫劳动力: the natives of a place taken in are workers (not X籍企业家, X籍学生)
_WORKERS_OF_NATIVES = re.compile(r"籍[\u4e00-\u9fff]{0,4}?(?:农民|劳动力|务工|农民工|工人|员工|劳务|职工|老乡|群众|人员|工友)")


def _counted_people(post: str) -> bool:
    places = _PLACES_COUNTED.match(post)
    return places is not None and PEOPLE_NOUN.match(post, places.end()) is not None


# (A迎来B县的N名务工人员: a place that welcomes workers takes them in; A现有B籍务工人员N人: a place that holds
# them, a stock)
RECEIVE_BEFORE = re.compile(r"(?:吸纳|接收|吸引|引进|招收|招录|招聘|招用|录用|聘用|雇用|接纳|接回|接返|迎来|迎接|"
                            r"现有|共有|拥有|聚集了|聚集着|汇聚了)了?"
                            r"(?:[\d.]+[万千百]?[余多]?名)?$")
# 其中福安市吸纳一千六百人: a place that takes in a count of the workers the sentence brings from an X籍 place.
ABSORB_AFTER = re.compile(r"^(?:共|累计|已|则|也|就|分别)?(?:吸纳|接收|接纳)了?[^，。；！？]{0,4}?[\d一二两三四五六七八九十百千万]")
