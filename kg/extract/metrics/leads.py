"""The region each clause of a sentence opens with (its subject), read from the places named at its head."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.model import Article, RegionAnalysis, RegionMention, Sentence
from kg.extract.metrics.clauses import Clause, clause_stops

# Words that may stand before the region that a clause is about (来自贵州铜仁市31名…, 在张北, 据悉安康, 每年由某县…;
# 仅某县的…就有, 比如某县…: an example picked out of a wider statement is still that place's; 仅在某市就有 is
# where the workers are, as 在某市务工 is).
_LEAD = re.compile(
    r"^[\s“”\"‘’（(【]*(?:(?:来自|在|据悉|据|由|经|而|另外|此外|同时|其中|并|对|从|如今|目前|今年|去年|当年|此前|随后|近日|日前"
    r"|每年|每月|近年来|近几年|多年来|历年来"
    r"|(?:仅仅|仅是|仅|光是|单是|单单|就连|即使是|比如|例如|如)(?!在)"
    r"|(?:19|20)[0-9]{2}年(?:以来)?|[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)[\s，]*){0,3}$"
)
# Words that stand for the current subject at some level (全市 → the city, 全县 → the county); only time
# words may precede them, since 在全省首发 places an event rather than naming the clause's subject.
# 放眼全地区, 纵观全市 (and 从全市看, tested apart) survey the scope: they too name it; 从全省招募 does not.
_ANAPHORA_LEAD = re.compile(r"^[\s“”\"‘’]*(?:(?:19|20)[0-9]{2}年(?:以来)?|今年|去年|目前|如今|同时|其中|并|另外|此外"
                            r"|放眼|纵观|综观)?$")
_ANAPHORA = re.compile(r"(?:全|我|本|该)(?P<level>地区|市|州|盟|县|区|旗|省)")
# How far into a clause the region it is about may stand: past up to three lead words (据悉, 2023年以来,
# 3月12日, 来自 …) but not into the clause's predicate, where a place is an object or a destination.
LEAD_REACH = 14
# The head of a clause read for 全市/全县/本县: two lead words and the word itself.
_ANAPHORA_HEAD = 16
# A town or township name with its 镇/乡/街道 (what _TOWN_AFTER takes: at most four letters and 街道).
_LONGEST_TOWN = 6
_COUNTY_WORDS = ("县", "旗")  # (全区 may be a district's or an autonomous region's: it is left as it lifts)
_LEVEL_OF = {"市": "city", "州": "city", "盟": "city", "地区": "city", "县": "county", "区": "county", "旗": "county",
             "省": "province"}
# A clause that opens on a count of units (四县护工输出量…, 两旗县分别…) speaks of several of the subject's
# units together: its figures are the subject's, not those of the one unit named last.
GROUP_OF_UNITS = re.compile(r"[\s“”\"]{0,3}[两二三四五六七八九十]{1,2}个?(?:旗县|县区|区县|县市|市县|县|区|市|旗|地)")
_UNIT_COUNT = re.compile(r"[两二三四五六七八九十]")  # without one, no clause of the sentence opens so
# A place that modifies an organisation (在广东援疆工作队的牵线搭桥下) names the organisation, not the clause's
# subject, when it lies outside the subject.
# (the government's own labour bureau, however written — 人社局, 人力社保局, 人力资源和社会保障局 — is the city itself)
ORGANISATION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:工作队|工作组|指挥部|帮扶队|商会|协会|公司|集团|"
                                 r"人力资源(?!和社会保障|社会保障)|劳务派遣|中介|铁路局|(?<![人社政保局])局)")
# A clause that only introduces a speaker (…经理向记者介绍：“, …负责人说：) and a firm's name with a place in it
# (某省某某劳务公司, 某市某某集团): the place names the speaker's employer; the quote after the colon speaks of
# its own subject (the brand, the firm's workers), whichever province the firm is registered in.
# (the verb may take its topic before the colon: 回忆起公司的来路：, 谈起这些年的变化：)
_SPEAKER_INTRO = re.compile(r"(?:介绍|说|表示|告诉记者|坦言|透露|称|谈到|回忆|谈起|说起|讲起|讲述)"
                            r"(?:[^，,。；;：:“\"「]{0,10}?)[：:]")
_COMPANY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:公司|集团|企业|合作社|工厂|酒店|商会|协会)")
# The firm's own people written right after its name (某市某某公司总经理某某对此深有体会。据他介绍…): the
# paragraph is what the firm's man says, whether his words come in this sentence or the next.
_FIRMS_MAN = ("总经理", "副总经理", "经理", "董事长", "负责人", "总裁", "厂长", "老板", "人事")


def opens_on_a_firms_speaker(text: str, mentions: list[RegionMention], offset: int) -> bool:
    """The sentence opens on a firm named with its place and a speaker of it (某市某某公司总经理某某表示：)."""
    if not mentions or mentions[0].start != offset:
        return False
    firm = _COMPANY_AFTER.match(text, mentions[0].end - offset)
    if firm is None:
        return False
    if text.startswith(_FIRMS_MAN, firm.end()):
        return True
    first_stop = next(iter(clause_stops(text)), len(text))
    return _SPEAKER_INTRO.search(text, 0, first_stop + 1) is not None


# 在A、B等劳务品牌中 / 在A等企业中: a set of examples, not a place.
_AMONG = re.compile(r"[^，,；;。！？!?]{0,24}?等[^，,；;。！？!?]{0,8}?中")
# A region right after these is where workers go, not what the sentence is about (赴苏, 到上海).
TOWARDS = frozenset("赴到向来去往至进回返抵")
# 在X (and a list 在X、Y等地) followed by a verb of working or living is where workers are, not the subject of
# the figure (其中在浙务工11.8万人, 在深圳、东莞务工的分别有…): the figure stays with the clause's own subject.
_LIST_JOIN = frozenset("、和与及")
# (the workplace may name two trades: 在某区的物业、安保企业就业)
_WORK_AFTER = re.compile(
    r"(?:等地|等城市|等省市|等市|一带|地区)?(?:的?[\u4e00-\u9fff、]{0,8}?(?:企业|茶企|厂|公司|工地|医院|机构|车间|酒店"
    r"|餐馆|门店|作坊|企))?(?:稳定|长期|常年|实现|转移)?"
    r"(?:就业|务工|打工|工作|从事|从业|创业|发展|生活|上班|稳岗|做工|经商|打拼|闯荡|谋生|求职|落户|定居|安家|就读|求学)")
# 其中在X的300多人, 在X、Y两地的就有1.8万人: the subject's people counted where they are (as 在X务工的 would say)
_PEOPLE_THERE_AFTER = re.compile(r"(?:[两三四五六七八九几]地|等地|一带)?的(?:就有|就|有|共有|共|约|达|超过|近)?"
                                 r"[0-9０-９.一二三四五六七八九十两百千万]+(?:余|多)?(?:万|千)?(?:余|多)?(?:人|名)")
# 并在X设有服务站1个, 在X、Y建立了3个工作站: a station set up for the workers away is the sender's (as 在X务工 is)
_SERVICE_POST_SET_UP_AFTER = re.compile(r"(?:等地|等城市|等省市)?(?:分别|先后|还|也|又|已|均)?(?:设有|设立|建立|建有|建起|开设|成立|设置)了?"
                            r"[^，,；;。！？!?]{0,10}?(?:服务站|工作站|驿站|办事处|联络处|联络站|服务中心|服务点|服务部|党支部|分站)")
# 在X举行的比赛中, 在X召开的推介会上: X is where an event took place, not what the clause's figures are about
# (在某市举办的技能大赛中，200名某县籍选手…: the contestants stay the article's).
_VENUE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:举行|举办|召开|开幕|启动|揭幕|闭幕)的")
# 在X(的)家政市场中占有…, 在X建筑市场上: the market of a place is where workers are (their share of it), as 在X务工 is.
_MARKET_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}?市场(?:中|上|里|内)?")
# 从X接回N名…: X is where a receiver fetched people from; the clause is the receiver's (the clause before names it)
# 从A、B开往C: a route's start, not who acts (某市派出多辆客车，从A、B开往某市，接回…: the city that sent them)
_ROUTE_TO = re.compile(r"(?:等地)?(?:开往|发往|驶往|驶向|开赴|前往|赶往|奔赴|去往|到|至)")
_FETCHED_AFTER = re.compile(r"(?:等地|等)?(?:接回|接返|接来|迎回|招来|招聘|招收|招募|引进|引来)")
# 来自X的N名… (and 来自X、Y等地的): X describes the people counted; where they are counted is the subject's.
# The 的 may follow more names than were recognised (来自四川宣汉、湖北恩施等地的), but no figure: 来自贵州
# 铜仁市31名学生来到苏州 has none and keeps 铜仁 as its subject.
_FROM_ATTRIBUTE = re.compile(r"[^，,；;：:。！？!?的0-9０-９]{0,12}的")

QUOTED_LEAD = re.compile(r"[\s]{0,2}[“\"「『]")
# 其中晋江3120人: a breakdown by places the sentence already sent the workers to (输送…至福建晋江、石狮).
_BREAKDOWN_LEAD = re.compile(r"^[\s“”\"]*(?:其中)?[\s，,]*$")

@lru_cache(maxsize=1)
def load_gazetteer():
    try:
        from kg.gazetteer import Gazetteer
        return Gazetteer.load()
    except Exception:  # the metrics still work on the paragraph subject without it
        return None


def mentions_in(regions: RegionAnalysis, sentence: Sentence) -> list[RegionMention]:
    # In text order already: RegionAnalysis keeps its mentions sorted by (start, end, code).
    return list(regions.mentions_between(sentence.start, sentence.end))


def _lift(code: str | None, level: str, gaz, word: str = "") -> str | None:
    """The region at `level` that contains `code` (全市 in a county's paragraph is its city)."""
    if code is None or gaz is None:
        return code
    region = gaz.get(code)
    if region is None or region.level == level:
        return code
    if word == "市" and region.kind == "县级市":
        return code  # 全市 in 林州市, a county-level city, is 林州市 itself; 全州 still lifts
    for ancestor in gaz.ancestors(code):
        if ancestor.level == level:
            return ancestor.code
    return code


def split_clauses(text: str, mentions: list[RegionMention], offset: int, current: str | None, subject: str | None,
             gaz, towns: dict[str, str] | None = None, lead_only: bool = False,
             county_named: str | None = None) -> list[Clause]:
    """The sentence's clauses, each with the region it opens with (苏州12家… → 苏州市, 全市… → the city).

    `lead_only`: the caller reads only the first lead not read off a quoted name (a sentence without figures
    gives nothing but the region it carries on): the clauses after it are left unread (a clause's lead
    depends on those before it only), and none is made where nothing in the sentence can open one."""
    # What no part of the sentence holds, no clause head holds: test the sentence once, not each clause.
    groups = subject is not None and _UNIT_COUNT.search(text) is not None
    has_anaphora = _ANAPHORA.search(text) is not None
    if towns:
        towns = {town: county for town, county in towns.items() if town in text}
    if lead_only and not (groups or mentions or towns or has_anaphora):
        return []  # no clause can open with a region: none is read (a lead-only reader finds none in [])
    clauses: list[Clause] = []
    start = 0
    for stop in clause_stops(text):  # each stop is one character of clause punctuation
        if stop > start:
            clauses.append(Clause(start, stop, None))
        start = stop + 1
    if len(text) > start:
        clauses.append(Clause(start, len(text), None))
    if groups:
        for clause in clauses:
            if GROUP_OF_UNITS.match(text, clause.start):
                clause.lead = subject
    if not mentions and not towns and not has_anaphora:
        return clauses
    starts = [m.start - offset for m in mentions]  # in order, as mentions are
    passive = subject is not None and "被" in text
    last_lead: str | None = None
    for clause in clauses:
        if clause.lead is not None:  # a group of the subject's units
            last_lead = clause.lead
            continue
        # Only the first region named within LEAD_REACH characters of the clause start may open it.
        k = bisect_left(starts, clause.start)
        if k < len(starts) and starts[k] < clause.end and starts[k] - clause.start <= LEAD_REACH:
            clause.lead = _opening_region(text, clause, mentions, k, offset, subject, gaz)
        if clause.lead is not None and passive and clause.lead != subject:
            agent = _passive_agent(text, clause, mentions, offset)
            if agent is not None and (agent == subject or gaz is not None and gaz.contains(subject, agent)):
                clause.lead = agent  # (an outside judge, 被某地企业评为…, leaves the clause to what it opens on)
        if clause.lead is None and towns:
            clause.lead = _town_lead(text, clause, towns)
        if clause.lead is None and has_anaphora:
            head = text[clause.start:clause.start + _ANAPHORA_HEAD]
            for am in _ANAPHORA.finditer(head):
                if _ANAPHORA_LEAD.match(head[:am.start()]) or (
                        head[:am.start()].strip() == "从" and head.startswith(("看", "来看"), am.end())):
                    # 在泸溪县，全县…: the region an earlier clause opened with is the one referred to.
                    level = am.group("level")
                    clause.lead = _lift(last_lead or current, _LEVEL_OF[level], gaz, level)
                    if level in _COUNTY_WORDS and county_named is not None and clause.lead not in (None, county_named) \
                            and gaz is not None and gaz.contains(clause.lead, county_named):
                        # 全县 where the paragraph is its prefecture's (a county head speaking in a feature on
                        # the prefecture): the county the article named last within it, not the prefecture
                        clause.lead = county_named
                break
        last_lead = clause.lead or last_lead
        if lead_only and clause.lead and not QUOTED_LEAD.match(text, clause.start):
            break
    return clauses


def _passive_agent(text: str, clause: Clause, mentions: list[RegionMention], offset: int) -> str | None:
    """某地采茶季劳务被某县列为增收重点: the place after 被 is who acts; the one the clause opens with only
    qualified what was acted on (某县把某地采茶季劳务列为…, said the other way round). The caller keeps it to
    the paragraph's subject and its parts: the subject's own act, told in the passive."""
    at = text.find("被", clause.start, clause.end)
    if at < 0:
        return None
    for k, m in enumerate(mentions):
        if m.start - offset == at + 1:
            return mentions[chain_end(mentions, k)].code
    return None


def _opening_region(text: str, clause: Clause, mentions: list[RegionMention], k: int, offset: int,
                    subject: str | None, gaz) -> str | None:
    """The region the clause opens with when mentions[k], near its start, names it; else None."""
    m = mentions[k]
    prefix = text[clause.start:m.start - offset]
    if not prefix.strip() and k and clause.start and _continues_destinations(text, mentions, k, clause.start, offset):
        return None  # 向江苏常州、无锡，福建厦门…: a list of destinations that goes on past a comma
    # Most clauses open on the name itself; an empty prefix passes the lead words and names no destination.
    if prefix and (not _LEAD.match(prefix) or _is_destination(prefix, text, clause, mentions, k, offset, subject,
                                                               gaz)):
        return None
    if prefix.endswith(OPENING_QUOTES) and in_list_of_names(text, m.start - offset):
        return None  # “A县焊工”“B县月嫂”等N个品牌: a list of names opens the clause, not the first name's place
    if k and _BREAKDOWN_LEAD.match(prefix) and any(
            e.code == m.code and e.start - offset < clause.start and is_place_of_work(text, mentions, i, offset)
            for i, e in enumerate(mentions[:k])):
        return None
    if prefix.rstrip(" \u3000").endswith("在") and _AMONG.match(text, _list_end(text, mentions, k, offset)):
        return None
    if (subject is not None and gaz is not None and not gaz.contains(subject, m.code)
            and not gaz.contains(m.code, subject) and ORGANISATION_AFTER.match(text, m.end - offset)):
        return None
    if _SPEAKER_INTRO.search(text, clause.start, clause.end + 1) and _COMPANY_AFTER.match(text, m.end - offset):
        return None  # 某省某某公司经理介绍：“…”: the speaker's employer, not what the quoted figures are about
    # A县、B县的N名…: a clause opening on a list of places speaks of them together, as their parent
    head = chain_end(mentions, k)  # the last of the names written together at the clause's head
    together = _common_parent(text, mentions, head, offset, gaz)
    if together:
        return together
    if together == _NO_COMMON_REGION:
        return None  # 由A省、B市等地开往…: a list across provinces speaks of none of its places
    quoted = _quoted_place(text, mentions[head], offset, gaz)
    if quoted:
        return quoted
    # The most specific of a chain written together (贵州铜仁市, 陕西省留坝县, 无锡惠山区).
    return _actor_or_place(text, mentions, chain_end(mentions, k, text, offset), offset, subject, gaz)


def _continues_destinations(text: str, mentions: list[RegionMention], k: int, start: int, offset: int) -> bool:
    """mentions[k], opening a clause at `start`, goes on a list of places of work that earlier clauses began (遍布
    广东深圳、东莞，江苏昆山，浙江宁波等地: each comma-separated group continues the one before it)."""
    j = k - 1
    while j >= 0 and mentions[j].end - offset == start - 1:
        if is_place_of_work(text, mentions, j, offset):
            return True
        first = list_start_index(text, mentions, j, offset)
        start = mentions[first].start - offset
        j = first - 1
    return False


_CLOSING_QUOTE = re.compile(r"[”」\"’]")
_BRAND_WORD_BEFORE_NAME = re.compile(r"的?(?:特色|知名|优秀|省级|国家级|全国)?(?:劳务|劳务输出|技能)?品牌")
_BRAND_WORD_REACH = 9  # the longest of those words, 的特色劳务输出品牌
QUOTED_PLACE_LENGTHS = (3, 2)  # a county's or city's name opening a quoted brand: 3 letters, else 2


def _quoted_place(text: str, m: RegionMention, offset: int, gaz) -> str | None:
    """A省“B县花炮工”现有企业…: a region inside m whose name opens the quoted name written right after it."""
    at = m.end - offset
    if gaz is not None and text[at:at + 1] not in OPENING_QUOTES and "品牌" in text[at:at + _BRAND_WORD_REACH]:
        # A省劳务品牌“B县花炮工”, A省的特色劳务品牌“…”: the province only files the brand, as when written right
        # before its name
        word = _BRAND_WORD_BEFORE_NAME.match(text, at)
        if word is not None:
            at = word.end()
    if gaz is None or text[at:at + 1] not in OPENING_QUOTES:
        return None
    if not _single_name(text, at + 1):
        return None  # X“A”“B”等N个品牌: a list of names is the region's own
    for length in QUOTED_PLACE_LENGTHS:
        inside = [r.code for r in gaz.lookup(text[at + 1:at + 1 + length]) if gaz.contains(m.code, r.code)]
        if len(inside) == 1:
            return inside[0]
    return None


_NO_COMMON_REGION = ""  # (falsy: what _common_parent gives for a list of places in different provinces)


def _common_parent(text: str, mentions: list[RegionMention], last: int, offset: int, gaz) -> str | None:
    """The nearest region holding every place of a list that opens a clause (A县、B县…), if any; mentions[last]
    ends the first names of the list written together (chain_end); _NO_COMMON_REGION when no region holds them
    all (the list crosses provinces)."""
    if gaz is None:
        return None
    codes = [mentions[last].code]
    enumerated = False  # joined by 、 (A与B合作… is a partnership: A, its first, is the actor)
    while last + 1 < len(mentions):
        gap = text[mentions[last].end - offset:mentions[last + 1].start - offset]
        if not (len(gap) == 1 and gap in _LIST_JOIN):
            break
        enumerated = enumerated or gap == "、"
        last = chain_end(mentions, last + 1)
        codes.append(mentions[last].code)
    if len(set(codes)) < 2:
        return None
    for ancestor in gaz.ancestors(codes[0]):
        if all(gaz.contains(ancestor.code, c) for c in codes[1:]):
            return ancestor.code if ancestor.level != "province" else None
    if not enumerated or any(gaz.contains(c, other) for c in codes for other in codes if c != other):
        return None  # (江苏、苏州: a province and its city; the most specific place opens the clause)
    return _NO_COMMON_REGION


# A town or township written right after its county (留坝县西乡镇, 镇雄县坡头镇): not a region of the
# gazetteer, but a clause that later opens with it (如今，西乡镇已有350人…) is about that county.
# Two to four characters before 镇/乡 keep out words that merely end so (返乡, 城乡, 城镇, 下乡).
_TOWN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")


def town_counties(article: Article, regions: RegionAnalysis, gaz) -> dict[str, str]:
    """Town name -> the county it was first written after."""
    towns: dict[str, str] = {}
    if gaz is None:
        return towns
    for m in regions.mentions:
        region = gaz.get(m.code)
        if region is None or region.level != "county":
            continue
        town = _TOWN_AFTER.match(article.text, m.end)
        if town:
            towns.setdefault(town.group(), m.code)
    # In the order _town_lead tries them: longest first.
    return {town: towns[town] for town in sorted(towns, key=lambda t: (-len(t), t))}


def _town_lead(text: str, clause: Clause, towns: dict[str, str]) -> str | None:
    head = text[clause.start:clause.start + LEAD_REACH + _LONGEST_TOWN]
    for town in towns:  # longest first, as town_counties orders them
        pos = head.find(town)
        if 0 <= pos <= LEAD_REACH and _LEAD.match(head[:pos]):
            return towns[town]
    return None


def chain_end(mentions: list[RegionMention], k: int, text: str = "", offset: int = 0) -> int:
    """The index of the last of the names written together from mentions[k] on (贵州铜仁市 → 铜仁市); with
    the text, also through an opening quote (A省“B县花炮工” → B县: the province only places the name)."""
    while k + 1 < len(mentions) and (mentions[k + 1].start == mentions[k].end or text and gaz_contains(
            mentions[k].code, mentions[k + 1].code) and text[mentions[k].end - offset:mentions[k + 1].start - offset]
            in OPENING_QUOTES and _single_name(text, mentions[k + 1].start - offset)):
        k += 1
    return k


def in_list_of_names(text: str, at: int) -> bool:
    """The place at `at` opens a quoted name (“A县焊工”) that is one of a list of names (“A”“B”, “A”、“B”)."""
    if not at or text[at - 1] not in OPENING_QUOTES:
        return False
    before = text[max(0, at - 3):at - 1]
    return not _single_name(text, at) or before.endswith(CLOSING_QUOTES) or (
        before.endswith("、") and before[:-1].endswith(CLOSING_QUOTES))


CLOSING_QUOTES = ("”", "」", "\"", "’")


def _single_name(text: str, inside: int) -> bool:
    """The quoted name holding `inside` is not one of a list of names (“A”“B”, “A”、“B”, nor the example that
    stands for one, “A”等4个品牌)."""
    close = _CLOSING_QUOTE.search(text, inside)
    return close is not None and text[close.end():close.end() + 1] not in OPENING_QUOTES + ("、", "等")


OPENING_QUOTES = ("“", "「", "\"", "‘")


def gaz_contains(a: str, b: str) -> bool:
    gaz = load_gazetteer()
    return gaz is not None and gaz.contains(a, b)


def _list_end(text: str, mentions: list[RegionMention], k: int, offset: int) -> int:
    """Where a list of places from mentions[k] on ends (深圳、东莞 / 四川宣汉、湖北恩施建始), relative to text."""
    last = chain_end(mentions, k)
    while last + 1 < len(mentions):
        gap = text[mentions[last].end - offset:mentions[last + 1].start - offset]
        if not (gap == "" or (len(gap) == 1 and gap in _LIST_JOIN)):
            break
        last = chain_end(mentions, last + 1)
    return mentions[last].end - offset


def _is_destination(prefix: str, text: str, clause: Clause, mentions: list[RegionMention], k: int, offset: int,
                    subject: str | None, gaz) -> bool:
    """在X务工…, 在X、Y等地就业… (where workers are) and 来自X的… (where they come from) open no clause subject;
    nor does a clause that only sets the scene (日前，在某省某市，N名某县籍厨师参加比武) in a place outside the
    paragraph's subject when the sentence goes on to name the subject: the event is told of the subject's people,
    wherever it is staged (在张北，… in an article about 张北 still opens on 张北; 在某市，今年已举办招聘会60场
    names no one else and is that city's)."""
    stripped = prefix.rstrip(" \u3000")
    if stripped.endswith("在"):
        end = _list_end(text, mentions, k, offset)
        if end == clause.end and subject is not None and gaz is not None:
            code = mentions[chain_end(mentions, k)].code  # (浙江某市: the city)
            if code != subject and not gaz.contains(subject, code) and not gaz.contains(code, subject) and any(
                    m.code == subject or gaz.contains(subject, m.code) for m in mentions[k + 1:]):
                return True
        return bool(_WORK_AFTER.match(text, end) or _VENUE_AFTER.match(text, end) or _MARKET_AFTER.match(text, end)
                    or _SERVICE_POST_SET_UP_AFTER.match(text, end) or _PEOPLE_THERE_AFTER.match(text, end))
    if stripped.endswith("来自"):
        return bool(_FROM_ATTRIBUTE.match(text, _list_end(text, mentions, k, offset)))
    if stripped.endswith("从"):
        end = _list_end(text, mentions, k, offset)
        return bool(_FETCHED_AFTER.match(text, end) or _ROUTE_TO.match(text, end))
    return False


def _actor_or_place(text: str, mentions: list[RegionMention], j: int, offset: int, subject: str | None,
                    gaz) -> str:
    """The lead of a clause "A在B…": B when B is the paragraph's own region and A an outside actor.

    闵行区在镇雄设立就业帮扶车间12个 in an article about 镇雄: the workshops and the jobs are 镇雄's; but
    林州市在北京设立了2个服务站 in one about 林州 keeps 林州 (the stations are its own, abroad).
    """
    actor = mentions[j]
    rel = actor.end - offset
    if subject is None or gaz is None or not text.startswith("在", rel) or j + 1 >= len(mentions):
        return actor.code
    nxt = mentions[j + 1]
    if nxt.start - offset != rel + 1:
        return actor.code
    place = mentions[chain_end(mentions, j + 1)]
    if gaz.contains(subject, place.code) and not gaz.contains(subject, actor.code):
        return place.code
    return actor.code


def is_place_of_work(text: str, mentions: list[RegionMention], k: int, offset: int) -> bool:
    """mentions[k] is in a list governed by a verb of motion, by 在 or by a verb of spreading (赴广州、深圳; 在深圳、东莞
    务工; 足迹遍布广东深圳、东莞)."""
    k = list_start_index(text, mentions, k, offset)
    rel = mentions[k].start - offset
    return rel > 0 and (text[rel - 1] in TOWARDS or text[rel - 1] == "在" or text.endswith(_SPREAD_OVER, 0, rel))


_SPREAD_OVER = ("遍布", "遍及", "遍布于", "散布")


def list_end_index(text: str, mentions: list[RegionMention], k: int, offset: int) -> int:
    """The index of the last place of the list that mentions[k] starts or is in (list_start_index's mirror)."""
    while k + 1 < len(mentions):
        gap = text[mentions[k].end - offset:mentions[k + 1].start - offset]
        if not (gap == "" or (len(gap) == 1 and gap in _LIST_JOIN)):
            break
        k += 1
    return k


def list_start_index(text: str, mentions: list[RegionMention], k: int, offset: int) -> int:
    """The index of the first place of the list (常州、无锡 / 江苏常州) that mentions[k] ends or is in."""
    while k > 0:
        gap = text[mentions[k - 1].end - offset:mentions[k].start - offset]
        if not (gap == "" or (len(gap) == 1 and gap in _LIST_JOIN)):
            break
        k -= 1
    return k
