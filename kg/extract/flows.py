"""Labour flows: clauses that move or place workers from an origin region to destination regions."""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.numbers import find_quantities
from kg.gazetteer import Gazetteer
from kg.model import Article, Evidence, Flow, RegionAnalysis, RegionMention, Sentence, fast_record

# Verbs after which a destination list follows directly (赴新疆、江苏等地; 输送返回上海市场; 足迹遍布北京、天津;
# 专车直达广东佛山; 南下广州). 落户/进驻/入驻 are left out: their subject is mostly a company.
_MOVE_VERBS = ("赴", "前往", "奔赴", "开往", "去往", "送往", "输往", "发往", "返回", "返往", "派往", "输送到", "输送至",
               "输送", "输转到", "输转至", "转移到", "转移至", "输出到", "输出至", "外出到", "来到", "进入", "远赴", "分布在",
               "分布于", "集中在", "集中于", "散布在", "遍布", "遍及", "直达", "扎根", "扎根在", "北上", "南下", "东进", "西进",
               "转战",
               # 送到/运送至 move what follows; 就业于/务工于 place workers at the place; 落脚 settles
               # people (its subject is checked to be workers like any move)
               "送到", "送至", "运送到", "运送至", "就业于", "务工于", "落脚", "落脚在", "落脚于", "活跃在", "活跃于",
               # a bus or train with workers aboard 驶向/驶往/抵达 its destination
               "驶向", "驶往", "抵达", "到达",
               # where workers flow (外出务工人员主要流向A、B), and charter flights and deliveries
               "流向", "流入", "飞往", "送达", "送抵",
               # 返浙复工, 返沪务工: back to where the work is (a trip home goes to the origin, and is no flow)
               "返",
               # 走出大山，走进A的工厂: young people heading for the places' workplaces
               "走进", "走向", "奔向", "涌向")
_MOVE_BEFORE = re.compile(f"(?:{'|'.join(_MOVE_VERBS)})$")
# Short verbs that only place workers when a work word follows the place (到苏州务工, 在江苏就业, 来锡转移就业).
_PLACE_BEFORE = re.compile(r"(?<![达得受感提遇直做想看找回])(?:到|去|来|在|留在)$")
# The characters these verbs end with, for a cheap test before the patterns: a pattern ending in $ can only
# match where the text before a place ends with one of them (or with a newline, before which $ matches too).
_MOVE_ENDS = frozenset(verb[-1] for verb in _MOVE_VERBS) | {"\n"}
_PLACE_ENDS = frozenset("到去来在\n")
# The list may end in 等地/等大城市/等沿海城市 and the work word may come after a short stretch of the same
# clause (在深圳、东莞的餐饮企业就业; 在北京、上海等大城市从事家政工作): 从事 places a worker at a trade.
_LIST_END_PLAIN = r"等(?:[\u4e00-\u9fff]{0,3}?(?:地|省|市|城市|地区|省市|区域|地方|省份))?"
_LIST_END = rf"(?:{_LIST_END_PLAIN}|市场)?"
_WORK_AFTER = re.compile(rf"^{_LIST_END}(?P<gap>[^，。；！？,;：:“”]{{0,12}}?)"
                         r"(?:(?<!劳)务工|(?:就业|工作)(?!站|室|组|队|局|部门|服务|中心|专班|岗位|平台|机制|会)|打工|打拼|闯荡|谋生|上岗|复工|转移就业|从事|"
                         r"从业(?!人员|者)|"
                         # 在昆明、丽江等地开设银器作坊: workers running their own trade there
                         r"(?:开设|开办|经营|开)[\u4e00-\u9fff]{0,4}?(?:作坊|门店|店铺|小店|餐馆|饭店|工厂|加工厂))")
# A gap that names another act (在深圳设立工作站; 在广东的帮扶下就业; 在杭州举办的招聘会上) or an office
# serving the workers (在杭州的劳务工作站为务工人员…) is not about where the workers work.
_GAP_ACT = re.compile(r"设立|设置|成立|建立|建设|举办|召开|举行|开展|参加|提供|帮扶|帮助|支持|关心|协作|指导|带领|"
                      r"带动|对口|考察|招聘|培训|返回|回到|返乡|回乡|站|中心|办事处|商会|党支部")
# 向广州、深圳、江苏等发达地区延伸拓展新的劳务基地: a direction of sending or of new labour bases.
# 向A、B等地，输送工人: the list may close with 等地 and a comma before the verb.
_TOWARDS_AFTER = re.compile(rf"^(?:{_LIST_END_PLAIN}[，,])?[^，。；！？,;]{{0,14}}?"
                            r"(?:输送|输出|转移|输转|延伸|拓展|劳务基地|组织|引导|派遣|选派|推荐)")
# 以广州、深圳两地的家庭服务市场为主要方向: the places named as where the workers are sent.
_AIM_AFTER = re.compile(r"^[^，。；！？,;]{0,14}?为(?:主要|重点)?(?:输出|输转|转移|务工|就业)?(?:方向|目的地|去向)")
# 其中到浙江的约4.5万人; 有5.2万人在广东。: a count of people put at a place, without a work word (the
# sentence around it must be about workers, checked as for a move).
_NUMBER = r"[\d.一二两三四五六七八九十百千万]+[万千]?[余多]?"
_COUNTED_AT_AFTER = re.compile(rf"^{_LIST_END}(?:的|[，,]?(?:就|也|还|共|则)?有)(?:约|达|超过|近)?{_NUMBER}(?:人|名)")
_COUNT_IN_BEFORE = re.compile(rf"{_NUMBER}(?:人|名)[\u4e00-\u9fff]{{0,4}}?在$")
_MOST_AT_AFTER = re.compile(rf"^{_LIST_END}的?(?:人数)?(?:最多|较多|居多|最为集中|最集中|占多数)")  # 其中在A、B的最多
_CLAUSE_CLOSES = re.compile(rf"^{_LIST_END}(?:[，。；！？,;]|$)")
# 外出务工人员的目的地主要为A、B: the places named as where the workers go.
_DESTINATION_IS = re.compile(r"(?:目的地|去向|流向地|务工地|就业地)(?:主要|大多|多|大部分)?(?:为|是|在)$")
# 浙江、广东是主要输入地; 宁波是本县劳动力转移的主要目的地: the same, said after the list.
_DESTINATION_AFTER = re.compile(rf"^{_LIST_END}(?:是|为|成为)[^，。；！？,;]{{0,14}}?"
                                r"(?:输入地|目的地|务工地|就业地|流入地|去向地|聚集地|集中地)")
# 新疆、内蒙古等省外传统劳务基地: the places where the origin keeps its labour bases.
_BASE_AFTER = re.compile(r"^等?[^，。；！？,;]{0,8}?劳务基地")
# A、B等本县劳动力较集中的省份; 在本县工人较多的A、B等省份: where the origin's workers
# are (a stock statement), with the concentration said after or before the list.
_GATHERED_AFTER = re.compile(r"^等?[^，。；！？,;]{0,12}?(?:务工|就业|打工|工|劳务)[^，。；！？,;]{0,4}?"
                             r"(?:集中|较多|比较多|最多|聚集)的(?:省份|地区|城市|省市|地方)")
_GATHERED_BEFORE = re.compile(r"(?:务工|就业|打工|工|劳务)[^，。；！？,;“”]{0,4}?(?:集中|较多|比较多|最多|聚集)的$")
# 与A、B等地建立起劳务协作关系: the places the origin has labour ties with, where its
# workers are sent.
_PARTNER_AFTER = re.compile(r"^等?地?[^，。；！？,;]{0,4}?建立(?:了|起)?[^，。；！？,;]{0,6}?劳务(?:合作|协作|输出|输转)关系")
# A、B等地的餐馆里都有X厨师的身影: the workers are seen working there.
_SEEN_AFTER = re.compile(rf"^{_LIST_END}[^，。；！？,;]{{0,12}}?(?:都有|随处可见|都能看到|活跃着)[^，。；！？,;]{{0,12}}?身影")
# 就业辐射A、B等省市: where a county's employment reaches, a stock with no count of its own (the count
# before it is the county's total).
_REACH_VERBS = ("辐射", "辐射到", "辐射至")
# 开通至A、B的返岗直通车, 开行到A的务工专列: a vehicle put on towards the places (its count is the sending
# verb's, found later in the sentence).
_VEHICLE_TO = re.compile(r"(?:开通|开行|开出|发出|安排|组织|包租|租用|调度)了?(?:[\u4e00-\u9fff]{0,4}?)(?:至|到|往)$")
_VEHICLE_AFTER = re.compile(rf"^{_LIST_END}的?[^，。；！？,;]{{0,8}}?(?:专列|专车|直通车|包车|大巴|班车|客车|列车|动车|航班)")
# 下一步将与X建立…关系: ties still to come send no one yet.
_PLAN_BEFORE = re.compile(r"将|拟|计划|准备|争取|力争|下一步")
# 来自四川、贵州等地外来务工人员: workers arriving from the listed places.
_FROM_BEFORE = re.compile(r"来自$")
# 来自四川宣汉、湖北恩施建始等地的1100余名务工人员: the list end and the count come between.
_WORKERS_AFTER = re.compile(rf"^{_LIST_END}[^，。；！？,;：:]{{0,12}}?(?:务工人员|劳动力|农民工|员工|工人|务工者|劳务人员|"
                            # any noun ending in 工 names workers (季节工, 临时工, 采摘工), not 加工/施工/工程
                            r"(?<![加施开动分用手竣完停复罢旷])工(?![程作厂地资会业具艺序期种友匠商场]))")
# 吸纳西吉籍务工人员: a receiving verb before a place written with 籍 takes workers in from it.
# 从A接回…回家过年: a trip home.
_HOMEWARD = re.compile(r"从(?!事|业)|返乡|回乡|回家|过年|返回家乡")  # (从事 is the trade the workers take up)
# a trip home for the holidays, whatever the verb (返赣过年, 送回家乡团聚)
_HOME_FOR_HOLIDAYS = re.compile(r"过年|过节|回家|探亲|团聚|团圆")
# 接回N名X籍工人: the count may stand between the verb and the place.
_RECEIVE_BEFORE = re.compile(r"(?:吸纳|接收|吸引|引进|招收|招录|招聘|接纳|接回|接返)了?(?:[\d.]+[万千百]?[余多]?名)?$")
# 其中福安市吸纳一千六百人: a place that takes in a count of the workers the sentence brings from an X籍 place.
_ABSORB_AFTER = re.compile(r"^(?:共|累计|已|则|也|就|分别)?(?:吸纳|接收|接纳)了?[^，。；！？]{0,4}?[\d一二两三四五六七八九十百千万]")
# 县内/当地…吸纳了来自…: the receiving place is the passage's own region, not the last place named.
_HERE = re.compile(r"县内|区内|市内|旗内|州内|本地|当地|本县|本市|全县|全市|全旗")
# 两旗县/三县/该县 before a list: the regions just named in the previous sentence.
_ANAPHOR = re.compile(r"(两|二|三|四|五|六|该|这|此)个?(旗县|县区|县市|县|旗|区|地)")
# 大部分在北京: a share between a count and the places means the count is not theirs.
_SHARE = re.compile(r"大部分|大多|多数|部分|一半|近半|少数|一些")
_LIST_SEP = re.compile(r"^(?:、|，|,|和|及|与|以及)$")
# Words that show the clause is about work, not travel.
_LABOUR = re.compile(r"在外|工厂|车间|流水线|工地|输出|务工|"
                     # the service trades migrants work in (a cue, like the nouns for workers)
                     r"月嫂|保姆|家政|育婴|护工|厨师|司机|保安|快递员|骑手|"
                     r"就业|劳动力|农民工|工人|员工|务工人员|劳务|复工|上岗|返岗|输转|输送|打工|女工|技工|师傅|工匠|匠人|从业|"
                     # a noun for workers of a trade, ending in 工 (采棉工, 焊工), as in _WORKERS_AFTER
                     r"(?<=[\u4e00-\u9fff])(?<![加施开动分用手竣完停复罢旷])工(?![程作厂地资会业具艺序期种友匠商场])")
# Clauses that move people or things but not workers: officials' visits, agreements, trains and flights,
# students, goods and tourists, plans and targets.
_NOT_A_FLOW = re.compile(r"领导|带队|座谈|考察|调研|交流|学习|签署|签订|协议|会议|参观|观摩|慰问|走访|对接会|推介会|洽谈|"
                         r"学生|学员(?![^，。；]{0,20}(?:从事|就业|务工|上岗))|实习|订单|产品|游客|旅游(?!景区|企业|酒店|行业|公司|服务业|产业)|销往|远销|任务|目标|"
                         r"可以|希望|打算|愿意|想要|未来|需求")
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
# Without a count, a flow needs a group of workers; one named person moving is an anecdote.
_GROUP = re.compile(r"劳动力|务工人员|农民|工人|员工们|员工|人员|他们|群众|劳务基地|一批|批次|专列|专车|包车|直通车|大巴|组织化|其中|大批|大量|"
                    r"工匠|匠人|大军|队伍")
# The most common Chinese single-character surnames (the 100 of the 2020 公安部 surname report, which
# cover about 85% of the population), used only before a form of address (师傅, 女士).
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏"
             "苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚"
             "邵万覃武钱戴严莫孔向常汤康易乔赖文")
# 其他/吉他/他乡/他人 are not a person, nor is 我县/我市 (the writer's own county).
_SINGLE = re.compile(r"(?<![其吉])[他她](?!们|乡|人|国)|我(?!们|县|市|区|省|州|国|镇|乡|旗|盟)|自己|本人|"
                     # 李师傅, 王女士: a surname with a form of address names one person
                     rf"[{_SURNAMES}](?:师傅|先生|女士|大姐|大哥|阿姨|大叔|大妈|大爷|小伙|姑娘)|"
                     # 刘某, 张某某: a person the report keeps anonymous (浙江某企业 is a company)
                     rf"(?<![省市县区州])[{_SURNAMES}]某某?(?![\u4e00-\u9fff]{{0,4}}?(?:企业|公司|厂|地|单位|项目|工地|村|镇|店|酒店|医院))")
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]")
_CN_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# N万农民在A打工: a bare number before a noun for people counts them as a counter word would.
_PEOPLE_NOUN = re.compile(r"农民|劳动力|务工人员|务工者|农民工|工人|员工|劳务人员")
CARLOAD = 10  # fewer workers than this, taken by one person, make an anecdote rather than a flow
_COUNT_LOOKBACK = 4  # earlier clauses of the sentence searched for a count
# A town or township as a clause's subject (西乡镇已有…): lifted to its county.
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?=已|有|共|先后|累计|今年|目前|的|[\d])")
_FACILITY_AFTER = re.compile(r"[东南西北]?(?:火车|高铁|汽车|客运)?(?:站|机场|码头|港)")
_DEPARTURE = re.compile(r"[^，。；]{0,4}?(?:出发|驶出|启程|发车)")
_LEVEL_AFTER = re.compile(r"(?:省|市|州|县|区|盟|旗|自治区)?级")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")
_NOW = re.compile(r"今年|目前|日前|近日|当前|止目前|截至目前")
_SPEECH = re.compile(r"“[^“”]{13,400}”")
# a company's name follows its place directly: 等地的家政公司 / 的服装企业 are where workers work, not a name
# (在苏州一家电子公司务工: a counted or unnamed company, 一家/某/多家, is where workers work, not a name)
_COMPANY_AFTER = re.compile(r"^(?![一两几多某各数][家个所]?)(?:(?![的等])[\u4e00-\u9fff]){0,8}?"
                            r"(?:有限|公司|集团|工厂|学院|学校|大学|分公司)")


@fast_record
@dataclass(frozen=True, init=False)
class RawFlow:
    """One origin -> destination read in one clause, before merging."""

    origin: str
    destination: str
    sentence: Sentence
    clause_start: int  # absolute offsets of the comma-clause holding the destination
    clause_end: int
    workers: int | None
    approximate: bool
    kind: str = "move"  # move | place | base | inbound | absorb | trade ...: how the clause ties the workers to the place
    shared: bool = False  # the count covers a list of places, not this pair alone
    label: bool = False  # the destination is a lone one-letter short form (赴粤务工人员), a campaign's label


def find_flows(article: Article, regions: RegionAnalysis) -> tuple[Flow, ...]:
    """One Flow per (origin, destination), first evidence and first stated count kept."""
    merged: dict[tuple[str, str], Flow] = {}
    shared: dict[tuple[str, str], bool] = {}
    labels: set[tuple[str, str]] = set()
    events: set[tuple[str, str]] = set()  # pairs whose count is that of the reported event
    last_moved: tuple[int, list[RawFlow]] = (-BATCH_LOOKBACK - 1, [])  # the latest sentence that moved workers
    for index, sentence in enumerate(article.sentences):
        raws = flows_in_sentence(article, regions, sentence)
        if index - last_moved[0] <= BATCH_LOOKBACK:
            raws = _same_batch(sentence, regions, raws, last_moved[1]) if raws else \
                _batch_origins(sentence, regions, last_moved[1])
        if raws:
            last_moved = (index, raws)
        for raw in raws:
            key = (raw.origin, raw.destination)
            if raw.label:
                labels.add(key)
            if raw.workers is None and "后" in sentence.text:
                raw = _onward(raw, sentence, regions, merged)
            flow = merged.get(key)
            if flow is None:
                merged[key] = Flow(raw.origin, raw.destination, Evidence.of(sentence), raw.workers,
                                   raw.approximate, _year(article, sentence))
                shared[key] = raw.shared
                if raw.workers is not None and _is_event(sentence.text, raw, base=sentence.start):
                    events.add(key)
            elif raw.workers is not None and (flow.workers is None or shared[key] and not raw.shared
                                              or key not in events and _is_event(sentence.text, raw, base=sentence.start)):
                # a count stated for this pair alone outranks one shared by a list of destinations; the count
                # of the reported event (本次, 首批, 当天) outranks a total given before it
                merged[key] = Flow(flow.origin, flow.destination, flow.evidence, raw.workers, raw.approximate,
                                   flow.year)
                shared[key] = raw.shared
                if _is_event(sentence.text, raw, base=sentence.start):
                    events.add(key)
    return tuple(flow for key, flow in merged.items() if not _implied(key, merged, labels))


# 这批务工人员来自A县、B县和C区: the sentence after a move names where the batch it moved comes from, at a
# finer level than the move did (a prefecture's counties); each is an origin of the same move.
BATCH_LOOKBACK = 3  # 这批 points back to the move told a sentence or two before, across a paragraph break
_BATCH_FROM = re.compile(r"(?:这批|此批|该批|本批|这些|首批)[^，。；,;]{0,10}?(?:分别|主要|大多|均|都)?来自")


def _batch_origins(sentence: Sentence, regions: RegionAnalysis, moved: list[RawFlow]) -> list[RawFlow]:
    text, base = sentence.text, sentence.start
    if not moved or "来自" not in text or (cue := _BATCH_FROM.search(text)) is None:
        return []
    clause_end = _clause_bounds(text, cue.end())[1]
    origins = []
    for m in regions.mentions_between(base + cue.end(), base + clause_end):
        if m.code not in origins and any(m.code == raw.origin or _contains(raw.origin, m.code) for raw in moved):
            origins.append(m.code)
    out = []
    for raw in moved:
        for origin in origins:
            if (origin == raw.origin or _contains(raw.origin, origin)) and _valid(origin, raw.destination):
                out.append(dataclasses.replace(raw, origin=origin, sentence=sentence, clause_start=base + cue.start(),
                                               clause_end=base + clause_end, shared=True))
    return out


_BATCH_AGAIN = re.compile(r"这批|此批|该批|这些|他们")


def _same_batch(sentence: Sentence, regions: RegionAnalysis, raws: list[RawFlow],
                moved: list[RawFlow]) -> list[RawFlow]:
    """抵达A后，这些务工人员将分别前往…A的企业: the batch moved just before, named again by 这些/这批, going on
    to the place it went to. Its origin is that batch's, not one the sentence does not name (the paragraph's)."""
    if not _BATCH_AGAIN.search(sentence.text):
        return raws
    named = {m.code for m in regions.mentions_between(sentence.start, sentence.end)}
    out = []
    for raw in raws:
        if raw.origin in named or raw.kind != "move":
            out.append(raw)
            continue
        earlier = [m for m in moved if m.destination == raw.destination]
        if not earlier:
            out.append(raw)
            continue
        out.extend(dataclasses.replace(raw, origin=m.origin, workers=raw.workers, shared=raw.shared or m.shared)
                   for m in earlier)
    return out


# The reported event itself: this batch, this train, that day.
_EVENT = re.compile(r"本次|此次|这次|本批|首批|首趟|这趟|这批|当天|当日|当晚")


def _is_event(text: str, raw: RawFlow, *, base: int) -> bool:
    return _EVENT.search(text, 0, raw.clause_end - base) is not None


# 列车抵达A站后，大巴再把工人送往B、C: the same workers, taken on from where the train arrived.
_ARRIVED = re.compile(r"(?:到达|抵达|到站)$")
_ARRIVED_AFTER = re.compile(r"[东南西北]?站?后")


def _onward(raw: RawFlow, sentence: Sentence, regions: RegionAnalysis,
            merged: dict[tuple[str, str], Flow]) -> RawFlow:
    """A count-less flow onward from where a counted flow of the same origin arrived takes that count."""
    text, base = sentence.text, sentence.start
    for m in regions.mentions_between(sentence.start, raw.clause_start):
        rel_start, rel_end = m.start - base, m.end - base
        if not (_ARRIVED.search(text, max(0, rel_start - 2), rel_start) and _ARRIVED_AFTER.match(text, rel_end)):
            continue
        before = merged.get((raw.origin, m.code))
        if before is not None and before.workers is not None:
            return dataclasses.replace(raw, workers=before.workers, approximate=before.approximate, shared=True)
    return raw


def _implied(key: tuple[str, str], merged: dict[tuple[str, str], Flow], labels: set[tuple[str, str]]) -> bool:
    """赴粤 in an article that names the cities: a province written as a campaign's one-letter label, with
    no count of its own, is where the named cities are, not one more destination. A province written out
    (常年活跃在江苏各地) is a statement of its own."""
    origin, destination = key
    flow = merged[key]
    if key not in labels or Gazetteer.load().get(destination) is None \
            or Gazetteer.load().get(destination).level != "province":
        return False
    inner = [f for (o, d), f in merged.items() if o == origin and d != destination and _contains(destination, d)]
    return bool(inner) and (flow.workers is None or any(f.workers == flow.workers for f in inner))


def flows_in_sentence(article: Article, regions: RegionAnalysis, sentence: Sentence, *,
                      need_group: bool = True) -> list[RawFlow]:
    """The flows one sentence states, in order; `need_group=False` accepts count-less clauses about anyone."""
    text = sentence.text
    base = sentence.start
    mentions = regions.mentions_between(sentence.start, sentence.end)  # in text order
    if not mentions:
        return []  # no place, no flow
    out: list[RawFlow] = []
    groups = _lists(mentions, text, base)
    kinds = [_kind_at(text, chain_start, group[-1].end - base) for group, chain_start in groups]
    routes = _routes(text, base, groups, kinds)
    # Most sentences move no one: what only a moving list needs is worked out at the first one.
    speech: list[tuple[int, int]] | None = None
    subjects: list[RegionMention] = []
    towards = "向" in text  # _ABOVE needs one
    # 来自A县的工人随专列去往B: the places the workers come from are the origins of the
    # move that follows them in the sentence, not a destination of their own
    arrivals = [i for i, ((g, g_start), k) in enumerate(zip(groups, kinds))
                if k == "inbound" and text.endswith("来自", 0, g_start)]
    for index, ((group, chain_start), kind) in enumerate(zip(groups, kinds)):
        first, last = group[0], group[-1]
        if index in arrivals and any(k in ("move", "place") for k in kinds[index + 1:]):
            continue
        if kind == "route-origin":
            continue
        arrived = next((groups[i][0] for i in reversed(arrivals) if i < index), None)
        rel_start, rel_end = chain_start, last.end - base
        above = None
        if kind is None or kind == "partner":
            # 已在北京、郑州等地设立站点，每年向上述城市输出月嫂3000余人: the anaphor takes the list just named
            # (与A、B建立劳务协作关系，向两地输送N人: and gives the partners their count)
            above = _ABOVE.match(text, rel_end, min(len(text), rel_end + 60)) if towards else None
            if above is not None and above.group("n") and _CN_DIGITS[above.group("n")] != len(group):
                above = None  # 向两地 after three places: another pair
            if above is None and kind is None:
                continue  # no move here
            kind = "move" if above is not None else kind
        if speech is None:
            speech = _speech_spans(text)
            # places the sentence sends workers to (or receives them from), and the provinces folded into
            # them, are never the origin of another list
            listed = {id(m) for (g, g_start), k in zip(groups, kinds) if k
                      for m in mentions if g_start <= m.start - base < g[-1].end - base}
            subjects = [m for m in mentions if id(m) not in listed]
        if any(s <= rel_start < e for s, e in speech):
            continue  # inside quoted speech: what someone hopes or says
        c_start, c_end = _clause_bounds(text, above.start(1) if above else rel_start)
        clause = text[c_start:c_end]
        # The context reaching back to the sentence's start is where a count or a group is named.
        context = text[:c_end]
        if _NOT_A_FLOW.search(clause) or _PLANNED.search(clause) or _company_after(text, rel_end):
            continue
        aboard = _aboard_before(article, sentence) if kind == "move" else None
        if _TRAIN.search(clause) and (_TIMETABLE.search(text) or not _carries_people(text, c_start)) and not aboard:
            continue
        if kind == "move" and len(group) == 1 and (_STATION_AFTER.match(text, rel_end) or _STOP_AFTER.match(
                text, rel_end) and _CHANGE.search(text, rel_end)):
            continue
        if not article.is_reliable(base + c_start, base + c_end):
            continue  # no fact from a garbled clause
        if kind == "move" and _HOME_FOR_HOLIDAYS.search(clause):
            continue  # 接回N名X籍务工人员返赣过年: a trip home, no one sent to work
        if kind in ("move", "aim", "stock") and not _LABOUR.search(context + text[rel_end:rel_end + 32]) \
                and not _continues_labour(article, sentence) and not aboard:
            continue
        workers, approx, single = _count(text, c_start, c_end, rel_start)
        if workers is None and aboard:
            workers, approx = aboard
        if kind == "reach":
            workers, approx = None, False
        if kind in ("move", "base") and workers is None and not single:
            # 开往A、B两个站点，…，共接送N名工人: the sending verb's count follows the list
            workers, approx = _later_count(text, c_end)
        if kind == "aim" and workers is None:
            # 以X为主要方向，去年共输出…四百六十人: the count is stated by the clause that follows
            workers, approx = _next_clause_count(text, c_end)
        if single:
            continue
        if workers is None and need_group and (kind not in ("base", "partner", "seen", "reach", "trade") and not _GROUP.search(context)
                                               or _SINGLE.search(clause)):
            continue
        if workers is not None and workers < CARLOAD and _SINGLE.search(context):
            continue  # 他开自己的车把3个老乡送到A: one person's trip, an anecdote
        places = [m.code for m in group]
        respective = _respective(text, rel_start, c_end, len(group))
        counts = respective or [(workers, approx)] * len(group)
        shared = respective is None and len(group) > 1
        if shared and kind in ("move", "base"):
            # 输送4850名务工人员至晋江、石狮，其中晋江3120人、石狮1730人: each place's own count
            own = _own_counts(text, c_end, group)
            if own:
                counts = [own.get(id(m), (n, a)) for m, (n, a) in zip(group, counts)]
                shared = False
        if kind == "inbound":
            if _HOMEWARD.search(clause):
                continue  # 从A接回N名X籍工人回家过年: workers brought home, not taken in
            destination = None
            if _HERE.search(text[c_start:rel_start]) and not any(m.end <= first.start for m in subjects):
                destination = regions.subject_of_paragraph(sentence.paragraph)
            destination = destination or _origin(article, regions, sentence, subjects, first, places)
            if destination is None:
                continue
            for origin, (n, about) in zip(places, counts):
                if _valid(origin, destination):
                    out.append(RawFlow(origin, destination, sentence, base + c_start, base + c_end, n, about, kind,
                                       shared))
            continue
        if kind == "absorb":
            origin = next((m.code for m in mentions if m.end <= first.start and text.startswith("籍", m.end - base)
                           and all(_valid(m.code, p) for p in places)), None)
            origins = [(origin, None)] if origin else []
        else:
            origins = [] if kind == "route" else _anaphor_origins(article, regions, sentence, subjects, first, c_end)
            if kind == "route":
                origins = [(m.code, None) for m in routes[index] if all(_valid(m.code, p) for p in places)]
            if arrived and not origins:
                origins = [(m.code, None) for m in arrived if all(_valid(m.code, p) for p in places)]
            if not origins and kind == "base":
                origins = _origin_after(text, base, subjects, rel_end, places)
            if not origins:
                named = _named_origin(article, regions, sentence, subjects, first, places)
                stations = _departures_within(sentence, regions, first, named, places) if named else []
                origin = stations[0] if stations else named
                codes = stations if len(stations) > 1 else _listed_origins(text, base, subjects, origin, first,
                                                                           c_start, places) if origin else []
                # A县、B县分别向X输送N1人、N2人: with 分别, the origins and their counts pair up in order
                own = _respective(text, c_start, c_end, len(codes)) if len(codes) > 1 and len(group) == 1 else None
                origins = list(zip(codes, own)) if own else [(code, None) for code in codes]
        shared = shared or len(origins) > 1
        for origin, own_count in origins:
            for destination, (n, about) in zip(places, counts):
                if own_count is not None:
                    n, about = own_count
                if _valid(origin, destination):
                    out.append(RawFlow(origin, destination, sentence, base + c_start, base + c_end, n, about, kind,
                                       shared or own_count is not None, len(group) == 1 and len(group[0].surface) == 1))
        if len(origins) == 1 and kind in ("move", "base", "place"):
            for part, (n, about) in _part_counts(text, base, mentions, c_end, origins[0][0]):
                for destination in places:
                    if _valid(part, destination):
                        out.append(RawFlow(part, destination, sentence, base + c_start, base + c_end, n, about, kind,
                                           len(places) > 1))
    return out


def _part_counts(text: str, base: int, mentions: list[RegionMention], c_end: int,
                 origin: str) -> list[tuple[str, tuple[int, bool]]]:
    """河池市向广东输送劳动力3.6万人，其中都安县1.2万人: a 其中 clause right after gives places within the
    origin their own share of the same flow."""
    if c_end >= len(text) or not text.startswith("其中", c_end + 1):
        return []
    n_start, n_end = _clause_bounds(text, c_end + 1)
    out = []
    for m in mentions:
        rel_start, rel_end = m.start - base, m.end - base
        if not (n_start <= rel_start and rel_end <= n_end and _contains(origin, m.code)):
            continue
        q = next(iter(find_quantities(text[rel_end:min(n_end, rel_end + 12)])), None)
        if q is not None and q.start == 0 and q.unit == "人" and q.value > 1:
            out.append((m.code, (int(q.value), q.approximate)))
    return out


# 专列共搭载务工人员N人。列车将于次日抵达A。: the vehicle opening a sentence is the one the sentence before
# counted people aboard; 又有N名务工人员踏上返岗之路。这批务工人员将被送往A: the group it counted.
_VEHICLE_OPENS = re.compile(r"^(?:(?:该|这趟|此趟|本次|这批|这些)?(?:列车|专列|专车|大巴|包车|车辆|班车|航班|车队)|"
                            r"(?:这批|这些|该批|此批)(?:务工人员|工人|劳动力|农民工|员工|求职者|人员))")
_ABOARD = re.compile(r"搭载|载着|满载|载有|乘坐|搭乘|共有|又有|踏上|出发|启程|动身")


def _aboard_before(article: Article, sentence: Sentence) -> tuple[int, bool] | None:
    """The count of workers the previous sentence put aboard the vehicle this sentence opens with."""
    if not _VEHICLE_OPENS.match(sentence.text):
        return None
    index = article.sentences.index(sentence)
    previous = article.sentences[index - 1] if index else None
    if previous is None or previous.paragraph != sentence.paragraph or not _ABOARD.search(previous.text) \
            or not _LABOUR.search(previous.text):
        return None
    people = [q for q in find_quantities(previous.text) if q.unit == "人" and previous.text[q.end:q.end + 1] != "次"]
    return (int(people[0].value), people[0].approximate) if len(people) == 1 and people[0].value > 1 else None


def _continues_labour(article: Article, sentence: Sentence) -> bool:
    """其中，前往A的有N人: a sentence opening with 其中 is a part of the one before, whose words of labour hold."""
    if not sentence.text.startswith("其中"):
        return False
    index = article.sentences.index(sentence)
    previous = article.sentences[index - 1] if index else None
    return previous is not None and previous.paragraph == sentence.paragraph and bool(_LABOUR.search(previous.text))


# A、B等地至C、D等方向的专列; A、B—C的大巴: a route from one list of places to another,
# written with 至/到/a dash between them, of a vehicle or towards 方向.
_ROUTE_GAP = re.compile(rf"^(?:{_LIST_END_PLAIN})?(?:至|到|—|－|-|–|—)$")
_ROUTE_VEHICLE = re.compile(r"专列|专车|大巴|包车|班车|列车|动车|直通车|客车|巴士|航班")
_ROUTE_TOWARDS = re.compile(rf"^(?:{_LIST_END_PLAIN})?方向")
ROUTE_VEHICLE_WINDOW = 16  # the vehicle is named right after the route (…等方向的直达专列, —C的大巴)


def _routes(text: str, base: int, groups: list[tuple[list[RegionMention], int]],
            kinds: list[str | None]) -> dict[int, list[RegionMention]]:
    """{index of a destination group: the origin group} for each route; `kinds` marks both ends."""
    routes: dict[int, list[RegionMention]] = {}
    for i in range(1, len(groups)):
        (before, _), (group, start) = groups[i - 1], groups[i]
        if kinds[i - 1] or kinds[i] not in (None, "move"):
            continue
        end = group[-1].end - base
        if not _ROUTE_GAP.match(text[before[-1].end - base:start]):
            continue
        after = text[end:end + ROUTE_VEHICLE_WINDOW]
        if _ROUTE_TOWARDS.match(after) or _ROUTE_VEHICLE.search(after):
            routes[i] = before
            kinds[i - 1], kinds[i] = "route-origin", "route"
    return routes


def _origin_after(text: str, base: int, subjects: list[RegionMention], rel_end: int,
                  places: list[str]) -> list[tuple[str, tuple[int, bool] | None]]:
    """宁波是仪陇县劳动力转移的主要目的地: the region whose destination the list is, named after it."""
    said = _DESTINATION_AFTER.match(text[rel_end:rel_end + 40])  # (^ anchors at the slice's start)
    if said is None:
        return []
    after = [m for m in subjects if rel_end <= m.start - base < rel_end + said.end()]
    return [(m.code, None) for m in after[:1] if all(_valid(m.code, p) for p in places)]


def _listed_origins(text: str, base: int, subjects: list[RegionMention], origin: str, first: RegionMention,
                    c_start: int, places: list[str]) -> list[str]:
    """A县、B县的N名采棉工乘专列前往X: an origin listed with others in the destination's clause
    stands for each of them, one flow per origin."""
    before = [m for m in subjects if m.end <= first.start and m.start - base >= c_start]
    for group, _ in _lists(before, text, base) if len(before) > 1 else ():
        codes = [m.code for m in group]
        if len(codes) > 1 and origin in codes and all(_valid(c, p) for c in codes for p in places):
            return codes
    return [origin]


def _anaphor_origins(article: Article, regions: RegionAnalysis, sentence: Sentence, subjects: list[RegionMention],
                     first: RegionMention, c_end: int) -> list[tuple[str, tuple[int, bool] | None]]:
    """两旗县分别组织…转移至X: an anaphor opening the sentence, with no place before it, stands for the
    regions named together in the sentence before; 分别 with one count each pairs them in order."""
    text, base = sentence.text, sentence.start
    if any(m.end <= first.start for m in subjects):
        return []
    am = _ANAPHOR.search(text, 0, first.start - base)
    if am is None:
        return []
    index = article.sentences.index(sentence)
    if index == 0 or article.sentences[index - 1].paragraph != sentence.paragraph:
        return []
    previous = article.sentences[index - 1]
    before = regions.mentions_between(previous.start, previous.end)  # in text order
    groups = [g for g, _ in _lists(before, previous.text, previous.start)] if before else []
    n = _CN_DIGITS.get(am.group(1), 1)
    group = next((g for g in reversed(groups) if len(g) == n), None)
    if group is None:
        return []
    codes = [m.code for m in group]
    own: list[tuple[int, bool] | None] = [None] * n
    at = text.find("分别", am.end(), first.start - base)
    if n > 1 and at >= 0:
        people = [q for q in find_quantities(text[at:first.start - base]) if q.unit == "人"]
        if len(people) == n:
            own = [(int(q.value), q.approximate) for q in people]
    return list(zip(codes, own))


# -- destination lists ------------------------------------------------------------------------

def _lists(mentions: list[RegionMention], text: str, base: int) -> list[tuple[list[RegionMention], int]]:
    """Runs of mentions joined by list separators (新疆、江苏; 西安、上海), each with the offset (relative to
    `text`) where the run's first place chain starts: 江苏省苏州市 and 广东东莞 keep the inner place, but the
    verb before them is read before the province (开往广东东莞、佛山)."""
    groups: list[tuple[list[RegionMention], int]] = []
    ties: list[tuple[int, int, int]] = []  # (group index, member index, chain start) of members joined by 与/同
    for m in mentions:
        if groups:
            group, start = groups[-1]
            prev = group[-1]
            gap = text[prev.end - base:m.start - base]
            if gap == "" and _contains(prev.code, m.code):
                group[-1] = m  # 江苏省苏州市, 深圳市龙岗区: the more specific place
                continue
            if len(gap) <= 3 and _LIST_SEP.match(gap):  # (以及 and a newline at the most)
                if gap in _TIE_WORDS:
                    ties.append((len(groups) - 1, len(group), m.start - base))
                group.append(m)
                continue
        groups.append(([m], m.start - base))
    return _split_ties(groups, ties, text, base) if ties else groups


_TIE_WORDS = ("与", "同")


def _split_ties(groups: list[tuple[list[RegionMention], int]], ties: list[tuple[int, int, int]], text: str,
                base: int) -> list[tuple[list[RegionMention], int]]:
    """A县与B市建立劳务协作关系: 与 there ties the county to its partner, it does not list two places."""
    for g_index, member, chain_start in reversed(ties):  # from the right, so earlier indexes hold
        group, start = groups[g_index]
        rel_end = group[-1].end - base
        if _kind(text[max(0, chain_start - 8):chain_start], text[rel_end:rel_end + 24]) == "partner":
            groups[g_index:g_index + 1] = [(group[:member], start), (group[member:], chain_start)]
    return groups


def _destinations(mentions: list[RegionMention], text: str, base: int) -> set[int]:
    """ids of the mentions a sentence names as where workers go (a list after a moving or placing word)."""
    out: set[int] = set()
    for group, chain_start in _lists(mentions, text, base):
        rel_end = group[-1].end - base
        if _kind_at(text, chain_start, rel_end) in ("move", "place", "base", "partner", "seen", "reach", "trade",
                                                    "stock"):
            out.update(id(m) for m in mentions if chain_start <= m.start - base < rel_end)
    return out


# 输送务工人员1.86万人次到广东; 输送4850名务工人员至福建晋江: 到/至 closing a sending verb's clause
_SENT_TO = re.compile(r"(?:输送|输出|转移|输转|组织)[^，。；！？,;：:“”]{0,16}?(?:到|至)$")


def _own_counts(text: str, c_end: int, group: list[RegionMention]) -> dict[int, tuple[int, bool]]:
    """{id(place mention in group): count} from a following 其中 clause that gives every place its number."""
    if c_end >= len(text) or not text.startswith("其中", c_end + 1):
        return {}
    n_start, n_end = c_end + 1, _clause_bounds(text, c_end + 1)[1]
    own: dict[int, tuple[int, bool]] = {}
    clause = text[n_start:n_end]
    for g in group:
        # the place is written again as in the list (a surface the region finder may not repeat)
        at = clause.find(g.surface)
        if at < 0:
            return {}
        after = at + len(g.surface)
        q = next(iter(find_quantities(clause[after:after + 12])), None)
        if q is None or q.start != 0 or q.unit != "人" or q.value <= 1:
            return {}
        own[id(g)] = (int(q.value), q.approximate)
    return own


# 向上述城市输出, 向两地输送: the places named just before are where the workers go
_ABOVE = re.compile(r"[^。；！？]{0,30}?(向)(?:上述|以上|这些|前述|(?:这|那)?(?P<n>两|三|四|五)个?)"
                    r"(?:城市|地区|省市|地方|省份|各地|地|市|省)[^，。；]{0,4}?(?:输出|输送|转移|输转|派遣)")


# 向对口帮扶城市厦门输送, 赴东部协作城市宁波务工: a noun phrase naming what kind of place it is stands between
# the verb and the place (an apposition); the verb is read before it.
_APPOSITION = re.compile(r"(?:对口|结对|协作|帮扶|友好|合作|东部|沿海|发达|省外|外省)[\u4e00-\u9fff]{0,4}?"
                         r"(?:城市|地区|省份|省市|地市|县区|地)$")
APPOSITION_WINDOW = 12  # 对口帮扶协作城市 and the verb before it
# 奔赴2000多公里外的A, 远赴千里之外的A, 前往三千公里以外的A: how far the place lies says nothing of the move,
# so the verb before the distance governs the place.
_DISTANCE_BEFORE = re.compile(r"(?:[\d.,一二两三四五六七八九十百千万几数]+[余多]?(?:公里|千米|里路?)|千里|万里)"
                              r"(?:之|以)?外的$")
DISTANCE_WINDOW = 16  # 2000多公里之外的 and a verb of two characters before it


# 把拉面馆开到了A、B; 将生意做到A、B: people taking their own trade (a business, a shop) to the places; the
# construction itself says who moved, so no word for workers is needed (products sold there are no flow).
_BUSINESS_TO = re.compile(r"(?:把|将)[\u4e00-\u9fff]{0,4}?(?:生意|买卖|店|馆|铺|摊|作坊|档口)[\u4e00-\u9fff]{0,2}?"
                          r"(?:开|做|办|铺|摆)(?:到|进|至|在)了?$")
BUSINESS_WINDOW = 14  # 把 + a short object (生意, 拉面馆, 家政门店) + the verb


def _kind_at(text: str, chain_start: int, rel_end: int) -> str | None:
    if text[chain_start - 1:chain_start] in ("到", "进", "至", "在", "了") and _BUSINESS_TO.search(
            text, max(0, chain_start - BUSINESS_WINDOW), chain_start):
        return "trade"
    apposition = _APPOSITION.search(text, max(0, chain_start - APPOSITION_WINDOW), chain_start)
    if apposition:
        chain_start = apposition.start()
    elif text[chain_start - 1:chain_start] == "的" and (
            distance := _DISTANCE_BEFORE.search(text, max(0, chain_start - DISTANCE_WINDOW), chain_start)):
        chain_start = distance.start()
    kind = _kind(text[max(0, chain_start - 8):chain_start], text[rel_end:rel_end + 24])
    if kind is None and text[chain_start - 1:chain_start] in ("到", "至"):
        if _SENT_TO.search(text, max(0, chain_start - 22), chain_start):
            return "move"
    return kind


def _kind(pre: str, post: str) -> str | None:
    if (post.startswith("籍") or _PEOPLE_NOUN.match(post)) and _RECEIVE_BEFORE.search(pre):
        return "inbound"  # 吸纳X籍务工人员, 吸纳X县劳动力N人
    if ("纳" in post or "收" in post) and _ABSORB_AFTER.match(post):  # 吸纳, 接收, 接纳: a cheap test first
        return "absorb"
    if "来自" in pre and _FROM_BEFORE.search(pre):
        return "inbound" if _WORKERS_AFTER.match(post) else None
    if pre.endswith(_REACH_VERBS):
        return "reach"
    if pre[-1:] in ("至", "到", "往") and _VEHICLE_TO.search(pre) and _VEHICLE_AFTER.match(post):
        return "move"
    last = pre[-1:]  # a cheap test before each pattern ending in $ (see _MOVE_ENDS)
    if last in _MOVE_ENDS and _MOVE_BEFORE.search(pre):
        return "move"
    if last in _PLACE_ENDS and _PLACE_BEFORE.search(pre) and (work := _WORK_AFTER.match(post)) \
            and not _GAP_ACT.search(work.group("gap")):
        return "place"
    if pre[-1:] in ("到", "在", "去") and (_COUNTED_AT_AFTER.match(post) or _MOST_AT_AFTER.match(post)
                                         or _COUNT_IN_BEFORE.search(pre) and _CLAUSE_CLOSES.match(post)):
        return "stock"
    if pre[-1:] in ("为", "是", "在") and _DESTINATION_IS.search(pre) or _DESTINATION_AFTER.match(post):
        return "base"
    if pre.endswith("以") and _AIM_AFTER.match(post):
        return "aim"
    if pre.endswith("向") and _TOWARDS_AFTER.match(post):
        return "base"
    if "的" in post and _GATHERED_AFTER.match(post) or pre.endswith("的") and _GATHERED_BEFORE.search(pre):
        return "base"
    if "身影" in post and _SEEN_AFTER.match(post):
        return "seen"
    if pre.endswith(("与", "同")) and "关系" in post and _PARTNER_AFTER.match(post) and not _PLAN_BEFORE.search(pre):
        return "partner"
    if "劳务基地" in post and _BASE_AFTER.match(post):  # a cheap test first
        return "base"
    return None


def _company_after(text: str, rel_end: int) -> bool:
    """A place that starts a company's or a school's name (苏州欧普照明有限公司) is not a destination."""
    return bool(_COMPANY_AFTER.match(text[rel_end:rel_end + 12]))


def _speech_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches long enough to be speech (short quotes are names: “点对点”)."""
    if "“" not in text:
        return []
    return [(m.start(), m.end()) for m in _SPEECH.finditer(text)]


@lru_cache(maxsize=8)
def _separators(text: str) -> list[int]:
    """Positions of the clause separators of a sentence, found once per sentence."""
    return [m.start() for m in _CLAUSE_SPLIT.finditer(text)]


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    # Bisecting precomputed separators keeps a sentence of thousands of clauses linear.
    separators = _separators(text)
    i = bisect_left(separators, pos)
    start = separators[i - 1] + 1 if i else 0
    end = separators[i] if i < len(separators) else len(text)
    return start, end


# -- counts -------------------------------------------------------------------------------------

def _count(text: str, c_start: int, c_end: int, pos: int) -> tuple[int | None, bool, bool]:
    """(workers, approximate, single person) for the clause; earlier clauses of the sentence if it has none.

    A share (近70%) is not a count, and a subset clause (其中…) does not inherit the total.
    """
    s, e = c_start, c_end
    # A count further back than a few clauses belongs to another statement (and looking further
    # would make a sentence of many clauses quadratic). Each earlier clause is found only if needed.
    for index in range(_COUNT_LOOKBACK + 1):
        if index:
            if s == 0:
                break
            s, e = _clause_bounds(text, s - 1)[0], s - 1
        clause = text[s:e]
        # D5678次, G1234次: a train's number, not a count
        quantities = [q for q in find_quantities(clause) if not (q.start and clause[q.start - 1].isascii()
                                                                  and clause[q.start - 1].isalpha())]
        if any(q.unit == "%" for q in quantities):
            return None, False, False
        people = [q for q in quantities if (q.unit == "人" and not clause[q.end:q.end + 1] == "次"
                                            or q.unit is None and _PEOPLE_NOUN.match(clause, q.end))]
        if index == 0:
            # in the destination's own clause, the count nearest before the place, else the first after it;
            # but in an enumeration (赴粤务工人员46万人、赴浙务工人员21万人) a place's own item keeps its count
            item_start = clause.rfind("、", 0, pos - s) + 1
            item_end = clause.find("、", pos - s)
            item_end = len(clause) if item_end < 0 else item_end
            own = [q for q in people if item_start <= q.start and q.end <= item_end]
            before = [q for q in people if s + q.end <= pos]
            if own and all(s + q.start >= pos for q in own) and not any(item_start <= q.start for q in before):
                people = own[:1]
            else:
                people = (before[-1:] or people[:1])
        if people:
            q = people[-1] if index else people[0]
            if s + q.end <= pos and _SHARE.search(text, s + q.end, pos):
                return None, False, False  # 四千人，大部分在北京: the places hold a share of them
            value = int(q.value)
            if value <= 1:
                return None, False, True
            return value, q.approximate, False
        if index == 0 and clause.lstrip().startswith("其中"):
            return None, False, False
        if index == 0 and any(q.kind == "count" and q.unit != "人" for q in quantities):
            return None, False, False  # 举家外出务工家庭N个: the clause counts something else
        if index and any(q.kind == "count" for q in quantities):
            # 从业人员达2.1万人，企业1180余家，足迹遍布…: a count of other things in between starts another statement
            return None, False, False
    return None, False, False


_COUNT_LOOKAHEAD = 3  # later clauses of the sentence searched for the count a sending verb gives
# (车上共有N名务工人员: the people aboard the vehicle just named)
_SENDS = re.compile(r"运送|输送|输出|转移|输转|送|接返|接回|载|搭|车上|车厢里|机上")


def _later_count(text: str, c_end: int) -> tuple[int | None, bool]:
    """The count of the first later clause (of the next few) that sends people and counts them."""
    end = c_end
    for _ in range(_COUNT_LOOKAHEAD):
        if end >= len(text):
            break
        n_start, end = _clause_bounds(text, end + 1)
        clause = text[n_start:end]
        quantities = find_quantities(clause)
        people = [q for q in quantities if q.unit == "人" and clause[q.end:q.end + 1] != "次"]
        if len(people) == 1 and people[0].value > 1 and _SENDS.search(clause, 0, people[0].start + 4):
            return int(people[0].value), people[0].approximate
        if people or any(q.unit == "%" for q in quantities):
            break  # a count of another statement
    return None, False


def _carries_people(text: str, c_start: int) -> bool:
    """A count of people in the clause or the one after it (载着500名务工人员), or in the clauses of the same
    sentence before it (N名务工人员从A站出发，乘坐D次列车前往B)."""
    if any(q.unit == "人" for q in find_quantities(text[:c_start])):
        return True
    start = c_start
    for _ in range(2):
        if start > len(text):
            break
        s, e = _clause_bounds(text, start)
        if any(q.unit == "人" for q in find_quantities(text[s:e])):
            return True
        start = e + 1
    return False


def _next_clause_count(text: str, c_end: int) -> tuple[int | None, bool]:
    if c_end >= len(text):
        return None, False
    n_start, n_end = _clause_bounds(text, c_end + 1)
    clause = text[n_start:n_end]
    if not _LABOUR.search(clause):
        return None, False
    people = [q for q in find_quantities(clause) if q.unit == "人" and clause[q.end:q.end + 1] != "次"]
    return (int(people[0].value), people[0].approximate) if len(people) == 1 and people[0].value > 1 else (None, False)


def _respective(text: str, rel_start: int, c_end: int, n: int) -> list[tuple[int, bool]] | None:
    """深圳、东莞务工的分别有6.2万人、4.1万人: with 分别, N places and N counts pair up in order."""
    if n < 2:
        return None
    rest = text[rel_start:c_end]
    at = rest.find("分别")
    if at < 0:
        return None
    people = [q for q in find_quantities(rest[at:]) if q.unit == "人"]
    if len(people) != n or any(q.value <= 1 for q in people):
        return None
    return [(int(q.value), q.approximate) for q in people]


# -- origins ------------------------------------------------------------------------------------

def _origin(article: Article, regions: RegionAnalysis, sentence: Sentence, mentions: list[RegionMention],
            first: RegionMention, places: list[str]) -> str | None:
    """The clause's origin (see _named_origin), named by the station its train leaves where that lies in it."""
    origin = _named_origin(article, regions, sentence, mentions, first, places)
    if origin is None:
        return None
    stations = _departures_within(sentence, regions, first, origin, places)
    return stations[0] if stations else origin


def _named_origin(article: Article, regions: RegionAnalysis, sentence: Sentence, mentions: list[RegionMention],
                  first: RegionMention, places: list[str]) -> str | None:
    """The region the clause is about: named before the list in the sentence, else the paragraph's
    subject, else the nearest region named in the two sentences before (a town lifted to its county)."""
    def ok(code: str | None) -> bool:
        return code is not None and all(_valid(code, p) for p in places)

    text, base = sentence.text, sentence.start
    c_start, c_end = _clause_bounds(text, first.start - base)
    for m in mentions:
        # 输转至上海的镇雄籍务工人员: 籍 names where the workers come from
        if base + c_start <= m.start and m.end <= base + c_end and text.startswith("籍", m.end - base) and ok(m.code):
            return m.code
    # 作为赣州市市级劳务品牌: the region that awards a level is not the clause's subject
    before = [m for m in mentions if m.end <= first.start and not _not_a_subject(text, m.start - base, m.end - base)]
    for i, m in enumerate(before):
        # 贵州铜仁: the more specific of two adjacent places
        code = m.code
        if i + 1 < len(before) and before[i + 1].start == m.end and _contains(m.code, before[i + 1].code):
            continue
        if ok(code):
            return code
    index = article.sentences.index(sentence)
    town = _TOWN.search(sentence.text[:first.start - sentence.start])
    if town:
        # 西乡镇已有…来启东就业: the town is lifted to the county named just before it in the passage
        county = _county_of_town(article, regions, index, town.group())
        if ok(county):
            return county
    county = _county_of_town_stem(article, regions, text[c_start:first.start - base])
    if ok(county):
        return county
    subject = regions.subject_of_paragraph(sentence.paragraph)
    if ok(subject):
        return _bus_station_county(text, base, mentions, first, subject, places) or subject
    for previous in reversed(article.sentences[max(0, index - 2):index]):
        if previous.paragraph != sentence.paragraph:
            break
        earlier = regions.mentions_between(previous.start, previous.end)  # in text order
        sent_to = _destinations(earlier, previous.text, previous.start)
        for m in reversed(earlier):
            # a place the text sends workers to is never where the next workers come from
            if ok(m.code) and id(m) not in sent_to:
                return m.code
    return None


# A county's bus station serves that county's people (a railway station serves its whole prefecture).
_BUS_STATION_AFTER = re.compile(r"[东南西北]?(?:汽车站|汽车总站|客运站|客运中心|汽车客运站)")


def _bus_station_county(text: str, base: int, mentions: list[RegionMention], first: RegionMention,
                        subject: str, places: list[str]) -> str | None:
    """在A县汽车站，大巴车…把务工者送往B: where the sentence names no origin, a county inside the paragraph's
    region whose bus station the workers leave from is their origin at its most specific."""
    gaz = Gazetteer.load()
    for m in mentions:
        if m.end > first.start:
            break
        if _BUS_STATION_AFTER.match(text, m.end - base) and _contains(subject, m.code) \
                and (region := gaz.get(m.code)) is not None and region.level == "county" \
                and all(_valid(m.code, p) for p in places):
            return m.code
    return None


# 仪陇县金城镇 once, then 金城的家政阿姨…: a town the article placed in its county, named again without 镇.
_TOWN_AFTER_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)")


def _county_of_town_stem(article: Article, regions: RegionAnalysis, stretch: str) -> str | None:
    """The county of a town whose name (without 镇/乡) stands in `stretch`, where the article wrote the town
    right after its county; a town is lifted to its county."""
    if not stretch:
        return None
    gaz = Gazetteer.load()
    for m in regions.mentions:
        town = _TOWN_AFTER_COUNTY.match(article.text, m.end, m.end + 6)
        if town and town.group(1) in stretch and (region := gaz.get(m.code)) is not None \
                and region.level == "county":
            return m.code
    return None


def _departures_within(sentence: Sentence, regions: RegionAnalysis, first: RegionMention, origin: str,
                       places: list[str]) -> list[str]:
    """列车驶出A站，N名B务工人员…前往C: where the workers' province B holds the cities A their train leaves
    (from one station or several), those are the same origin named at its most specific level. (A
    prefecture's own seat, 从凯里站驶出 for 黔东南州, is only where its trains leave from.)"""
    gaz = Gazetteer.load()
    if (region := gaz.get(origin)) is None or region.level != "province":
        return []
    text, base = sentence.text, sentence.start
    out: list[str] = []
    for m in regions.mentions_between(sentence.start, first.start):
        if _FACILITY_AFTER.match(text, m.end - base) and _contains(origin, m.code) and m.code not in out \
                and (station := gaz.get(m.code)) is not None and station.level == "city" \
                and all(_valid(m.code, p) for p in places):
            out.append(m.code)
    return out


def _not_a_subject(text: str, start: int, end: int) -> bool:
    """作为赣州市市级劳务品牌 (the region awarding a level), 从西昌站驶出 (a station), 从县城出发 (a departure
    point): places that are not whose workers the clause moves."""
    if _LEVEL_AFTER.match(text, end) or _FACILITY_AFTER.match(text, end):
        return True
    return text[max(0, start - 1):start] == "从" and bool(_DEPARTURE.match(text, end))


def _county_of_town(article: Article, regions: RegionAnalysis, index: int, town: str) -> str | None:
    paragraph = article.sentences[index].paragraph
    for sentence in reversed(article.sentences[max(0, index - 6):index + 1]):
        if sentence.paragraph != paragraph:
            break
        found = sentence.text.find(town)
        while found >= 0:  # each occurrence, as re.finditer would find them (without compiling a pattern)
            at = sentence.start + found
            found = sentence.text.find(town, found + len(town))
            before = [x for x in regions.mentions_between(sentence.start, at) if x.end == at]
            if before:
                return before[-1].code
    return None


def _valid(origin: str, destination: str) -> bool:
    """A flow leaves its origin: not to the same place, not within it, not to a region containing it."""
    contains = Gazetteer.load().contains
    return origin != destination and not contains(origin, destination) and not contains(destination, origin)


def _contains(a: str, b: str) -> bool:
    return Gazetteer.load().contains(a, b)


def _year(article: Article, sentence: Sentence) -> int | None:
    years = _YEAR.findall(sentence.text)
    if len(set(years)) == 1:
        return int(years[0])
    if not years and _NOW.search(sentence.text):
        return article.year
    return None
