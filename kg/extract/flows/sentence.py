"""The flows one sentence states, read list by list."""
from __future__ import annotations

import re

from kg.model import Article, RegionAnalysis, RegionMention, Sentence
from kg.extract.flows.record import RawFlow
from kg.extract.flows.clauses import _clause_bounds, _company_after, _speech_spans
from kg.extract.flows.places import _valid
from kg.extract.flows.cues import _kind_at
from kg.extract.flows.lists import _lists
from kg.extract.flows.routes import _routes
from kg.extract.flows.counts import (
    _LABOUR, _aboard_before, _carries_people, _count, _later_count, _next_clause_count, _own_counts, _part_counts,
    _respective,
)
from kg.extract.flows.origins import (
    _CN_DIGITS, _anaphor_origins, _departures_within, _listed_origins, _named_origin, _origin, _origin_after,
)


# 吸纳西吉籍务工人员: a receiving verb before a place written with 籍 takes workers in from it.
# 从A接回…回家过年: a trip home.
_HOMEWARD = re.compile(r"从(?!事|业)|返乡|回乡|回家|过年|返回家乡")  # (从事 is the trade the workers take up)
# a trip home for the holidays, whatever the verb (返赣过年, 送回家乡团聚)
_HOME_FOR_HOLIDAYS = re.compile(r"过年|过节|回家|探亲|团聚|团圆")
# 县内/当地…吸纳了来自…: the receiving place is the passage's own region, not the last place named.
_HERE = re.compile(r"县内|区内|市内|旗内|州内|本地|当地|本县|本市|全县|全市|全旗")
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
CARLOAD = 10  # fewer workers than this, taken by one person, make an anecdote rather than a flow


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


def _continues_labour(article: Article, sentence: Sentence) -> bool:
    """其中，前往A的有N人: a sentence opening with 其中 is a part of the one before, whose words of labour hold."""
    if not sentence.text.startswith("其中"):
        return False
    index = article.sentences.index(sentence)
    previous = article.sentences[index - 1] if index else None
    return previous is not None and previous.paragraph == sentence.paragraph and bool(_LABOUR.search(previous.text))


# 向上述城市输出, 向两地输送: the places named just before are where the workers go
_ABOVE = re.compile(r"[^。；！？]{0,30}?(向)(?:上述|以上|这些|前述|(?:这|那)?(?P<n>两|三|四|五)个?)"
                    r"(?:城市|地区|省市|地方|省份|各地|地|市|省)[^，。；]{0,4}?(?:输出|输送|转移|输转|派遣)")
