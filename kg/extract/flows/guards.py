"""The rules that set a list of places aside as no flow of workers, in the order they are tried."""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.model import Article, Sentence
from kg.extract.brand_cues import ONE_PERSON, WORKER_END
from kg.extract.event_words import NOT_ABOUT_WORKERS, alternation
from kg.extract.flows.clauses import previous_in_paragraph, starts_company_name
from kg.extract.flows.counts import carries_people, counted_aboard_next
from kg.extract.flows.labour_words import LABOUR
from kg.extract.flows.stock_cues import SIGNED_WITH_AFTER
from kg.extract.flows.reading import Reading


# 从A接回…回家过年: a trip home.
_HOMEWARD = re.compile(r"从(?!事|业)|返乡|回乡|回家|过年|返回家乡")  # (从事 is the trade the workers take up)
# a trip home for the holidays, whatever the verb (返赣过年, 送回家乡团聚)
_HOME_FOR_HOLIDAYS = re.compile(r"过年|过节|回家|探亲|团聚|团圆")
# Clauses that move people or things but not workers: officials' visits, agreements, trains and flights,
# students, goods and tourists, plans and targets (实习就业: trainees placed in jobs after an internship are workers).
_NOT_A_FLOW = re.compile(alternation(NOT_ABOUT_WORKERS) + r"|领导|带队|干部(?!带领|的带领)|挂职|支教|医疗队|座谈|交流|"
                         r"签署|签订|协议|观摩|大赛|比赛|竞赛|表彰|颁奖|展会|峰会|"
                         r"招聘人员|招聘团|招工团|招聘专员|招聘小组|企业代表|人事专员|"
                         r"学生|学员(?![^，。；]{0,20}(?:从事|就业|务工|上岗))|实习(?!就业|上岗|务工)|订单|游客|旅游(?!景区|企业|酒店|行业|公司|服务业|产业|商品|纪念品|商店|用品)|任务|目标|"
                         # (满足务工人员赴A返岗的需要: a need met, as 需求; the noun after 的, not the verb 需要)
                         r"可以|希望|打算|愿意|想要|未来|需求|的需要|的愿望")
# 计划向A输送N人, 预计年内转移到A: a transfer still to come (雨露计划 is a program, no plan).
_PLANNED = re.compile(r"(?<!露)(?:计划|拟|预计|力争|争取)(?:今年|年内|全年|明年|下半年)?[^，。；]{0,4}?"
                      r"(?:向|赴|到|输送|转移|输出|组织)")
# A train or a flight moves whoever is aboard: it is a flow only where the sentence counts the people it
# carries (开往A的列车载着N名工人), never in a timetable (每天有G1234次列车开往A).
_TRAIN = re.compile(r"列车|航班|[A-Z]\d{1,5}次")
_TIMETABLE = re.compile(r"每天|每日|每周|每趟|每班")
# A place followed by its railway station or bus station, after a move verb, is where the workers change
# (送到X火车站, 前往X东火车站): not where they work.
_STATION_AFTER = re.compile(r"[东南西北]?(?:火车站|高铁站|汽车站|汽车总站|客运站|机场)")
# 坐大巴到A东站换乘高铁: a station the workers reach to change onto a train is where they change.
_STOP_AFTER = re.compile(r"[东南西北]?站")
_CHANGE = re.compile(r"准备乘坐|换乘|转乘|准备搭乘|再乘")
# 列车抵达A站，这里又有N名务工人员登上专列: a stop on the way where more workers board, not where any work
_MORE_BOARD = re.compile(r"(?:又有|另有|还有|再有|也有|在此|在这里)[^，。；！？,;]{0,12}?(?:登上|登乘|登车|上车|乘上|坐上|搭乘|乘坐)")
# Without a count, a flow needs a group of workers; one named person moving is an anecdote.
_GROUP = re.compile(r"劳动力|务工人员|务工者|打工者|农民|工人|员工们|员工|人员|他们|群众|劳务基地|一批|批次|专列|专车|包车|直通车|大巴|组织化|其中|大批|大量|"
                    # 银匠们, 月嫂们: a plural names a group (not the speaker's 我们/咱们)
                    r"工匠|匠人|大军|队伍|们(?<![我咱你]们)")  # (tested after 们: see LABOUR)
# “X月嫂”, 「X厨师」: a quoted name of workers of a trade (a labour brand's) names a group of them, unless one of
# them (一名“X月嫂”)
_QUOTED_NAME = re.compile(r"[“「『]([\u4e00-\u9fff]{2,8})[”」』]")


def _quoted_workers(context: str) -> bool:
    if "“" not in context and "「" not in context and "『" not in context:
        return False
    return any(WORKER_END.search(m.group(1)) and not ONE_PERSON.search(context, 0, m.start() + 1)
               for m in _QUOTED_NAME.finditer(context))


# The most common Chinese single-character surnames (the 100 of the 2020 公安部 surname report, which
# cover about 85% of the population), used only before a form of address (师傅, 女士).
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏"
             "苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚"
             "邵万覃武钱戴严莫孔向常汤康易乔赖文")
_FAMILIAR_SURNAMES = "".join(c for c in _SURNAMES if c not in "康于万方")
# 其他/吉他/他乡/他人 are not a person, nor is 我县/我市 (the writer's own county).
_SINGLE = re.compile(r"(?<![其吉])[他她](?!们|乡|人|国)|我(?!们|县|市|区|省|州|国|镇|乡|旗|盟)|自己|本人|"
                     # 李师傅, 王女士: a surname with a form of address names one person
                     rf"[{_SURNAMES}](?:师傅|先生|女士|大姐|大哥|阿姨|大叔|大妈|大爷|小伙|姑娘)|"
                     # 小李, 老张: a familiar name of one person (not 小康, 不小于, 老万…: words, not names)
                     rf"[小老][{_FAMILIAR_SURNAMES}](?![区县市镇村乡家年人])|"
                     # 刘某, 张某某: a person the report keeps anonymous (浙江某企业 is a company)
                     rf"(?<![省市县区州])[{_SURNAMES}]某某?(?![\u4e00-\u9fff]{{0,4}}?(?:企业|公司|厂|地|单位|项目|工地|村|镇|店|酒店|医院))")
# 陈某、李某夫妇每年都到A打工: one couple or one family is a portrait, whoever travels with them (not 不少夫妻,
# 300对夫妻, 农民工夫妻: many of them)
_HOUSEHOLD = re.compile(r"(?<![多对少些几批工])(?:夫妇|夫妻|两口子|一家人|一家[三四五六七]口|兄弟俩|姐妹俩|父子俩|母女俩)")
CARLOAD = 10  # fewer workers than this, taken by one person, make an anecdote rather than a flow
# 开着自家的私家车把4名务工人员送往A: a private car carries one household's or one volunteer's passengers
_PRIVATE_CAR = re.compile(r"私家车|自家车|自家的车|自己的车|私家小车")


# 这些拉面馆主要分布在A、B (这批人, 上述企业的员工): a sentence opening by pointing back at what the sentence before named
_POINTS_BACK = re.compile(r"^(?:[^，。；！？,;]{1,10}[，,])?(?:这些|这批|上述|该批|此批|以上)")


def _continues_labour(article: Article, sentence: Sentence) -> bool:
    """其中，前往A的有N人: a sentence opening with 其中 is a part of the one before, whose words of labour hold (as
    they do for one pointing back at what it named: 这些拉面馆主要分布在A)."""
    if not sentence.text.startswith("其中") and not _POINTS_BACK.match(sentence.text):
        return False
    previous = previous_in_paragraph(article, sentence)
    return previous is not None and bool(LABOUR.search(previous.text))

LABOUR_AFTER = 32  # the workplace or trade named after the list (A、B等地的电子厂务工), past the clause's end


def in_speech(r: Reading) -> bool:
    """Inside quoted speech: what someone hopes or says."""
    speech = r.scan.speech
    return bool(speech) and any(s <= r.rel_start < e for s, e in speech)  # (most sentences quote no one)


def moves_no_workers(r: Reading) -> bool:
    """Officials, students, goods, tourists, plans and targets (_NOT_A_FLOW); workers who sign with the places'
    employers (kind signed) are not set aside for the contract they sign."""
    clause = r.clause
    if r.kind == "signed":
        clause = clause[:r.rel_end - r.c_start] + SIGNED_WITH_AFTER.sub("", clause[r.rel_end - r.c_start:], count=1)
    return bool(_NOT_A_FLOW.search(clause))


def seen_no_workers(r: Reading) -> bool:
    """A、B的超市里都能见到X县农产品的身影: what is seen there is goods or a visit, not workers."""
    if r.kind != "seen":
        return False
    seen_end = r.text.find("身影", r.rel_end)
    return bool(_NOT_A_FLOW.search(r.text, r.rel_end, seen_end))


# 某服装企业进驻A工业园: a company, a shop or a project moving in is no move of workers
_COMPANY_MOVES_IN = re.compile(r"(?:企业|公司|集团|工厂|厂家|项目|门店|分店|商家|商户|机构|银行)[^，。；！？,;]{0,6}?"
                               r"(?:进驻|入驻|进军)了?$")
COMPANY_MOVES_IN_WINDOW = 12


def company_moves_in(r: Reading) -> bool:
    """某服装企业进驻A工业园: what moves in is a company, not workers."""
    text, start = r.text, r.rel_start
    return r.kind == "move" and bool(_COMPANY_MOVES_IN.search(text, max(r.c_start, start - COMPANY_MOVES_IN_WINDOW), start))


def still_planned(r: Reading) -> bool:
    return bool(_PLANNED.search(r.clause))


def names_a_company(r: Reading) -> bool:
    return starts_company_name(r.text, r.rel_end)


def train_without_workers(r: Reading) -> bool:
    """A timetable, or a train that carries no one counted (and no group counted aboard the sentence before or, for
    an arrival, the sentence after)."""
    return bool(_TRAIN.search(r.clause) and (_TIMETABLE.search(r.text) or not carries_people(r.text, r.c_start)
                                             and not counted_aboard_next(r.scan.article, r.scan.sentence))
                and not r.aboard)


def to_a_station(r: Reading) -> bool:
    """送到X火车站, 到A东站换乘 (专车的目的地是X火车站): where the workers change, not where they work; 抵达A站，又有N名
    务工人员登上专列: where more of them board; 停靠A站: a stop on the train's way (停靠A without a station: its end)."""
    text, rel_end = r.text, r.rel_end
    return r.kind in ("move", "base") and len(r.group) == 1 and bool(
        _STATION_AFTER.match(text, rel_end)
        or _STOP_AFTER.match(text, rel_end) and (_CHANGE.search(text, rel_end) or _MORE_BOARD.search(text, rel_end)
                                                 or "停靠" in text[max(0, r.rel_start - 4):r.rel_start]))


def garbled(r: Reading) -> bool:
    """No fact from a garbled clause."""
    article = r.scan.article
    return bool(article.unreliable) and not article.is_reliable(r.base + r.c_start, r.base + r.c_end)  # (most: none)


def trip_home(r: Reading) -> bool:
    """接回N名X籍务工人员返赣过年: a trip home, no one sent to work."""
    return r.kind == "move" and bool(_HOME_FOR_HOLIDAYS.search(r.clause))


def not_about_work(r: Reading) -> bool:
    """A move, an aim or a stock needs a word of labour in the sentence up to the clause's end (or just after
    the list, or in the sentence a 其中 sentence continues, or in the later clause whose count it took), or a group
    counted aboard."""
    return r.kind in ("move", "aim", "stock") and not LABOUR.search(r.context + r.text[r.rel_end:r.rel_end + LABOUR_AFTER]) \
        and not _continues_labour(r.scan.article, r.scan.sentence) and not r.aboard \
        and not (r.counted[0] is not None and LABOUR.search(r.text, r.c_end, r.count_end))


def one_person(r: Reading) -> bool:
    """The count is of one person."""
    return r.counted[2]


def no_group(r: Reading) -> bool:
    """Without a count, a flow needs a group of workers (unless its kind is a stock or a tie of its own), and not
    one person's or one household's story."""
    workers = r.counted[0]
    return workers is None and bool(
        r.kind not in ("base", "partner", "seen", "reach", "trade", "host", "aim") and not _GROUP.search(r.context)
        and not _quoted_workers(r.context) and not _group_said_before(r) and not _group_after_dash(r)
        or _SINGLE.search(r.clause) or _HOUSEHOLD.search(r.context))


def _group_after_dash(r: Reading) -> bool:
    """南下A，北进B——近年来，大批X籍工人…: a series of moves set before a dash, the group who made them named after it."""
    dash = r.text.find("——", r.rel_end)
    return dash >= 0 and bool(_GROUP.search(r.text, dash))




def _group_said_before(r: Reading) -> bool:
    """The group is named by the sentence before, which the sentence opens by pointing back at."""
    if not _POINTS_BACK.match(r.text):
        return False
    previous = previous_in_paragraph(r.scan.article, r.scan.sentence)
    return previous is not None and bool(_GROUP.search(previous.text))


def host_without_count(r: Reading) -> bool:
    """在A，X籍务工人员…: a host with no count of its workers is a scene (记者见到了X籍务工人员小李), no stock."""
    return r.kind == "host" and r.counted[0] is None


def anecdote(r: Reading) -> bool:
    """他开自己的车把3个老乡送到A (志愿者开着私家车把4名务工人员送往A): one person's trip."""
    workers = r.counted[0]
    return workers is not None and workers < CARLOAD and bool(_SINGLE.search(r.context)
                                                              or _PRIVATE_CAR.search(r.context)
                                                              or _PAIR.search(r.context))


# 两人都会到A打工 (他俩, 二人): the two people of a story told just before (a couple), not a group sent
_PAIR = re.compile(r"(?<![\d一二两三四五六七八九十百千万几])(?:两人|二人|俩人|两个人|他俩|她俩|夫妻俩|两口子)")


def brought_home(r: Reading) -> bool:
    """从A接回N名X籍工人回家过年: workers brought home, not taken in."""
    return r.kind == "inbound" and bool(_HOMEWARD.search(r.clause))


# A trip that fetches workers to a place of work names the work (返岗, 复工, 就业大巴); one that brings them home
# names home (返乡, 回家).
_TO_WORK = re.compile(r"返岗|复工|复产|上岗|到岗|就业|开工|用工")
_HOME = re.compile(r"返乡|回乡|回家|返回家乡|过年|过节|探亲|团聚|团圆")


def fetched_home(r: Reading) -> bool:
    """X从A接回N名务工人员: workers fetched from A go to work at X only where the sentence names the work, and
    no home."""
    return r.kind == "fetched" and (not _TO_WORK.search(r.text) or bool(_HOME.search(r.text)))


# In this order: the cheap tests on the clause's words first, the count only once they pass.
REJECTIONS: tuple[Callable[[Reading], bool], ...] = (
    in_speech, moves_no_workers, seen_no_workers, company_moves_in, still_planned, names_a_company,
    train_without_workers, to_a_station, garbled, trip_home, fetched_home, not_about_work, one_person, no_group,
    host_without_count, anecdote, brought_home,
)


def rejected(r: Reading, need_group: bool = True) -> bool:
    """Whether a rule sets the list aside; `need_group=False` accepts count-less clauses about anyone (no_group
    is not tried)."""
    for rule in REJECTIONS if need_group else _GROUP_FREE:
        if rule(r):
            return True
    return False


_GROUP_FREE = tuple(rule for rule in REJECTIONS if rule is not no_group)
