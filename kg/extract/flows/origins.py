"""Where the workers of a clause come from: named before the list, the paragraph's subject, or just before."""
from __future__ import annotations

import re

from kg.extract.numbers import find_quantities
from kg.gazetteer import Gazetteer
from kg.text.memo import last_call_memo
from kg.text.numerals import SMALL_NUMBER_VALUES
from kg.model import Article, RegionAnalysis, RegionMention, Sentence
from kg.extract.flows.clauses import clause_bounds, next_in_paragraph, previous_in_paragraph, sentence_index
from kg.extract.flows.counts import VEHICLE_OPENS
from kg.extract.flows.labour_words import LABOUR, WORKER_GONG
from kg.extract.flows.list_forms import NUMBER
from kg.extract.flows.places import contains_region, can_flow
from kg.extract.flows.stock_cues import DESTINATION_AFTER, GATHERED_AFTER
from kg.extract.flows.lists import destination_ids, place_lists


# 两旗县/三县/该县 before a list: the regions just named in the previous sentence.
_ANAPHOR = re.compile(r"(两|二|三|四|五|六|该|这|此)个?(旗县|县区|县市|县|旗|区|地)")
# A town or township as a clause's subject (西乡镇已有…): lifted to its county.
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?=已|有|共|先后|累计|今年|目前|的|[\d])")
_FACILITY_AFTER = re.compile(r"[东南西北]?(?:火车|高铁|汽车|客运)?(?:站|机场|码头|港)")
# (由A开往B的专列: a train said to run from A names A only as where it starts)
_DEPARTURE = re.compile(r"[^，。；]{0,4}?(?:出发|驶出|启程|发车|开往|驶往|发往|驶向|开出|始发)")
# a place right before the noun for workers (B县务工人员, B县的N名农民工) is theirs
# (B县逾2600名拾棉工: the count said with 逾/超/近/约, and any noun ending in 工 for workers of a trade, as in
# inbound_cues.WORKERS_AFTER)
# (A县、B县等地的N名务工人员: a list closed by 等地 or 等县 before the noun)
_WORKERS_OF_PLACE = re.compile(rf"(?:等(?:地|县|市|区|县区|县市|地区)?)?籍?的?(?:(?:约|近|逾|超过|超)?{NUMBER}名)?"
                               r"(?:务工人员|农民工|劳动力|务工者|工人|员工|劳务人员|"
                               rf"[\u4e00-\u9fff]{{1,2}}{WORKER_GONG})")
_LEVEL_AFTER = re.compile(r"(?:省|市|州|县|区|盟|旗|自治区)?级")


DESTINATION_SAID_WINDOW = 40  # DESTINATION_AFTER: the list's end, 是, 14 characters and the noun, and the region


def origin_after(text: str, base: int, subjects: list[RegionMention], rel_end: int,
                 places: list[str]) -> list[tuple[str, tuple[int, bool] | None]]:
    """宁波是仪陇县劳动力转移的主要目的地 (A、B是X县务工人员最集中的地方): the region whose destination the list
    is, named after it."""
    after_list = text[rel_end:rel_end + DESTINATION_SAID_WINDOW]
    said = DESTINATION_AFTER.match(after_list) or GATHERED_AFTER.match(after_list)  # (^ anchors at the slice's start)
    if said is None:
        return []
    after = [m for m in subjects if rel_end <= m.start - base < rel_end + said.end()]
    return [(m.code, None) for m in after[:1] if all(can_flow(m.code, p) for p in places)]


def listed_origins(text: str, base: int, subjects: list[RegionMention], origin: str, first: RegionMention,
                   c_start: int, places: list[str]) -> list[str]:
    """A县、B县的N名采棉工乘专列前往X: an origin listed with others in the destination's clause (or in another
    clause of the sentence, as whose workers they are) stands for each of them, one flow per origin."""
    around = [m for m in subjects if m.end <= first.start or m.start >= first.end]
    for group, _ in place_lists(around, text, base) if len(around) > 1 else ():
        codes = [m.code for m in group]
        if len(codes) > 1 and origin in codes and all(can_flow(c, p) for c in codes for p in places) \
                and (c_start <= group[0].start - base < first.start - base
                     or _WORKERS_OF_PLACE.match(text, group[-1].end - base)):
            # (专列载着A、B的N名工人，向X驶去; 开往X，A、B逾N名工人登车: a list in another clause, where it names the
            # workers moved)
            return codes
    return [origin]


def hosted_origins(text: str, base: int, subjects: list[RegionMention], c_end: int,
                   places: list[str]) -> list[tuple[str, tuple[int, bool] | None]]:
    """在A，稳定就业的X籍务工人员超N人: the place written with 籍 in the clause after the host's."""
    n_start, n_end = clause_bounds(text, c_end + 1) if c_end < len(text) else (c_end, c_end)
    for m in subjects:
        if n_start <= m.start - base and m.end - base <= n_end and text.startswith("籍", m.end - base) \
                and all(can_flow(m.code, p) for p in places):
            return [(m.code, None)]
    return []


def anaphor_origins(article: Article, regions: RegionAnalysis, sentence: Sentence, subjects: list[RegionMention],
                    first: RegionMention, c_end: int) -> list[tuple[str, tuple[int, bool] | None]]:
    """两旗县分别组织…转移至X: an anaphor opening the sentence, with no place before it, stands for the
    regions named together in the sentence before; 分别 with one count each pairs them in order."""
    text, base = sentence.text, sentence.start
    am = _ANAPHOR.search(text, 0, first.start - base)  # (searched first: most lists have no anaphor before them)
    if am is None or any(m.end <= first.start for m in subjects):
        return []
    previous = previous_in_paragraph(article, sentence)
    if previous is None:
        return []
    before = regions.mentions_between(previous.start, previous.end)  # in text order
    # (X县把赴A务工作为…。该县…: a place the sentence before sends workers to is not who 该县 is)
    sent_to = destination_ids(before, previous.text, previous.start) if before else set()
    groups = [g for g, _ in place_lists(before, previous.text, previous.start)
              if not any(id(m) in sent_to for m in g)] if before else []
    n = SMALL_NUMBER_VALUES.get(am.group(1), 1)
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


def _most_specific_after(code: str, later: list[RegionMention], ok) -> str:
    """贵州省在威宁县举行欢送仪式，欢送N名劳动力: a place inside the one named first, named later before the list, is
    the same subject at its most specific."""
    for m in later:
        if contains_region(code, m.code) and ok(m.code):
            code = m.code
    return code


def origin_of_clause(article: Article, regions: RegionAnalysis, sentence: Sentence, mentions: list[RegionMention],
                     first: RegionMention, places: list[str]) -> str | None:
    """The clause's origin (see named_origin), named by the station its train leaves where that lies in it."""
    origin = named_origin(article, regions, sentence, mentions, first, places)
    if origin is None:
        return None
    stations = departures_within(sentence, regions, first, origin, places, article)
    return stations[0] if stations else origin


def named_origin(article: Article, regions: RegionAnalysis, sentence: Sentence, mentions: list[RegionMention],
                 first: RegionMention, places: list[str]) -> str | None:
    """The region the clause is about: named before the list in the sentence, else the paragraph's
    subject, else the nearest region named in the two sentences before (a town lifted to its county)."""
    def ok(code: str | None) -> bool:
        return code is not None and all(can_flow(code, p) for p in places)

    text, base = sentence.text, sentence.start
    c_start, c_end = clause_bounds(text, first.start - base)
    for m in mentions:
        # 输转至上海的镇雄籍务工人员: 籍 names where the workers come from
        if base + c_start <= m.start and m.end <= base + c_end and text.startswith("籍", m.end - base) and ok(m.code):
            return m.code
    for m in mentions:
        # 前往A的B县务工人员, 赴A务工的N名B县农民工: the workers the move describes, named with their place
        if first.end <= m.start and m.end <= base + c_end and _WORKERS_OF_PLACE.match(text, m.end - base) and ok(m.code):
            return m.code
    # 作为赣州市市级劳务品牌: the region that awards a level is not the clause's subject
    before = [m for m in mentions if m.end <= first.start and not _not_a_subject(text, m.start - base, m.end - base)]
    for i, m in enumerate(before):
        # 江西赣州: the more specific of two adjacent places
        code = m.code
        if i + 1 < len(before) and before[i + 1].start == m.end and contains_region(m.code, before[i + 1].code):
            continue
        if ok(code):
            return _most_specific_after(code, before[i + 1:], ok)
    for m in mentions:
        # 由A开往B的列车，载着N名C县务工人员: none named before the list, the workers named later in the sentence
        if first.end <= m.start and _WORKERS_OF_PLACE.match(text, m.end - base) and ok(m.code):
            return m.code
    carried = _carried_group_place(article, regions, sentence, ok) if not before else None
    if carried is None and not before:
        carried = _aboard_from_next(article, regions, sentence, ok)
    if carried is not None:
        return carried
    index = sentence_index(article, sentence)
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
    opener = _opener_before(article, regions, index, subject)
    if ok(opener):
        return opener
    county = _departure_county(text, base, [m for m in mentions if m.end <= first.start], subject)
    if ok(county):
        return county
    if ok(subject) and not _sent_to(regions, sentence, subject):
        # (an article about where its workers go may seem to be about that place: a place the same sentence
        # sends workers to is not where they come from)
        return _bus_station_county(text, base, mentions, first, subject, places) or subject
    if not ok(subject):
        # 专车从A县汽车站发车，开往B、C: where the passage's region cannot be the origin (it holds the destinations,
        # an article about 赴粤 returns may seem to be about 粤), the county whose station the vehicle leaves is
        county = _bus_station_county(text, base, mentions, first, None, places, leaving=True)
        if county is not None:
            return county
    for previous in reversed(article.sentences[max(0, index - 2):index]):
        if previous.paragraph != sentence.paragraph:
            break
        earlier = regions.mentions_between(previous.start, previous.end)  # in text order
        sent_to = destination_ids(earlier, previous.text, previous.start)
        for m in reversed(earlier):
            # a place the text sends workers to is never where the next workers come from
            if ok(m.code) and id(m) not in sent_to:
                return m.code
    return None


# 专列平稳停靠A。车上N名务工人员，全部来自B (这些务工人员分别来自B): the people aboard a vehicle that arrived, named
# with their place in the next sentence
_FROM_AFTER_GROUP = re.compile(r"[^。；！？]{0,16}?(?:分别|全部|均|都|主要|大多)?来自")
_VEHICLES = ("列车", "专列", "专车", "大巴", "包车", "班车", "航班", "动车", "高铁")


def _aboard_from_next(article: Article, regions: RegionAnalysis, sentence: Sentence, ok) -> str | None:
    following = next_in_paragraph(article, sentence)
    if following is None or "来自" not in following.text \
            or not any(vehicle in sentence.text for vehicle in _VEHICLES) \
            or (opens := VEHICLE_OPENS.match(following.text)) is None \
            or (cue := _FROM_AFTER_GROUP.match(following.text, opens.end())) is None \
            or not LABOUR.search(following.text, 0, cue.end()):
        return None
    _, clause_end = clause_bounds(following.text, cue.end())
    named = regions.mentions_between(following.start + cue.end(), following.start + clause_end)
    for i, m in enumerate(named):
        if ok(m.code):
            return _most_specific_after(m.code, named[i + 1:], ok)
    return None


def _carried_group_place(article: Article, regions: RegionAnalysis, sentence: Sentence, ok) -> str | None:
    """车上坐着N名X籍务工人员。他们将奔赴A (专列载着X县N名工人…。列车将于次日抵达A): a sentence opening with the group or
    vehicle the sentence before counted moves the workers that sentence named with their place."""
    if not VEHICLE_OPENS.match(sentence.text) or (previous := previous_in_paragraph(article, sentence)) is None:
        return None
    for m in regions.mentions_between(previous.start, previous.end):
        if _WORKERS_OF_PLACE.match(previous.text, m.end - previous.start) and ok(m.code):
            return m.code
    return None


# (a short lead: 9月15日，; a transcript's speaker label: 【记者 张晨】)
# (an item's number before it, 1．X县…/（二）X县…/三、X县…: the item is about the place it opens with)
_OPENS_WITH = re.compile(r"(?:【[^【】]{0,16}】)?(?:[（(]?[\d一二三四五六七八九十]{1,3}[）)．.、]\s*)?"
                         r"(?:[^，。；！？,;“”]{0,14}[，,])?$")
_LIST_MARKS = ("、", "和", "及", "与", "，", ",")


def _opener_before(article: Article, regions: RegionAnalysis, index: int, subject: str | None) -> str | None:
    """X县举行欢送会。本次共组织N人前往A: the region the sentence just before (in the paragraph) opens with
    names whose workers the next sentence moves, where it is not a place workers are sent to and not wider than
    the paragraph's subject."""
    sentence = article.sentences[index]
    previous = article.sentences[index - 1] if index else None
    if previous is None or previous.paragraph != sentence.paragraph:
        return None
    earlier = regions.mentions_between(previous.start, previous.end)
    if not earlier or earlier[0].code == subject or subject is not None and contains_region(earlier[0].code, subject):
        return None
    opener = earlier[0]
    if not _OPENS_WITH.match(previous.text, 0, opener.start - previous.start):
        return None  # named further in: not what the sentence is about
    if len(earlier) > 1 and previous.text[opener.end - previous.start:earlier[1].start - previous.start] in _LIST_MARKS:
        return None  # 凤县、太白县…: one of a list, no single subject
    if id(opener) in destination_ids(earlier, previous.text, previous.start):
        return None
    for m in earlier[1:]:
        # 赣州寻乌县的做法是…: the chain's last place, the most specific (as 江西赣州 in named_origin)
        if m.start != opener.end or not contains_region(opener.code, m.code):
            break
        opener = m
    return opener.code


def _sent_to(regions: RegionAnalysis, sentence: Sentence, code: str) -> bool:
    """Whether the sentence names the region `code` as where workers go."""
    mentions = regions.mentions_between(sentence.start, sentence.end)
    if all(m.code != code for m in mentions):
        return False  # (most often: the subject is not named in the sentence)
    ids = destination_ids(mentions, sentence.text, sentence.start)
    return any(m.code == code and id(m) in ids for m in mentions)


# A county's bus station serves that county's people (a railway station serves its whole prefecture).
_BUS_STATION_AFTER = re.compile(r"[东南西北]?(?:汽车站|汽车总站|客运站|客运中心|汽车客运站)")


def _bus_station_county(text: str, base: int, mentions: list[RegionMention], first: RegionMention,
                        subject: str | None, places: list[str], leaving: bool = False) -> str | None:
    """在A县汽车站，大巴车…把务工者送往B: where the sentence names no origin, a county inside the paragraph's
    region whose bus station the workers leave from is their origin at its most specific; with `leaving`, any
    county whose station the sentence says the vehicle leaves (从/由/自 A县汽车站, A县汽车站…发车)."""
    gaz = Gazetteer.load()
    for m in mentions:
        if m.end > first.start:
            break
        station = _BUS_STATION_AFTER.match(text, m.end - base)
        if station and (contains_region(subject, m.code) if subject is not None else
                        leaving and (text[m.start - base - 1:m.start - base] in ("从", "由", "自")
                                     or _DEPARTURE.match(text, station.end()) is not None)) \
                and (region := gaz.get(m.code)) is not None and region.level == "county" \
                and all(can_flow(m.code, p) for p in places):
            return m.code
    return None


# 仪陇县金城镇 once, then 金城的家政阿姨…: a town the article placed in its county, named again without 镇.
_TOWN_AFTER_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)")


def _county_of_town_stem(article: Article, regions: RegionAnalysis, stretch: str) -> str | None:
    """The county of a town whose name (without 镇/乡) stands in `stretch`, where the article wrote the town
    right after its county; a town is lifted to its county."""
    if not stretch:
        return None
    return next((county for stem, county in _town_stems(article, regions) if stem in stretch), None)


@last_call_memo
def _town_stems(article: Article, regions: RegionAnalysis) -> list[tuple[str, str]]:
    """(town name without 镇/乡, county) for every county the article writes a town right after, in text order:
    read once per article, not per list."""
    gaz = Gazetteer.load()
    stems = []
    for m in regions.mentions:
        town = _TOWN_AFTER_COUNTY.match(article.text, m.end, m.end + 6)
        if town and (region := gaz.get(m.code)) is not None and region.level == "county":
            stems.append((town.group(1), m.code))
    return stems


def departures_within(sentence: Sentence, regions: RegionAnalysis, first: RegionMention, origin: str,
                      places: list[str], article: Article | None = None) -> list[str]:
    """列车驶出A站，N名B务工人员…前往C: where the workers' province B holds the cities A their train leaves
    (from one station or several), those are the same origin named at its most specific level. (A
    prefecture's own seat, 从凯里站驶出 for 黔东南州, is only where its trains leave from.) A sentence opening aboard
    the vehicle (列车驶离A站。车上，N名B务工人员…) takes the stations of the sentence before."""
    gaz = Gazetteer.load()
    if (region := gaz.get(origin)) is None or region.level != "province":
        return []
    out = _stations_of(sentence.text, sentence.start, regions.mentions_between(sentence.start, first.start), origin,
                       places)
    if out or article is None:
        return out
    if VEHICLE_OPENS.match(sentence.text):
        previous = previous_in_paragraph(article, sentence)
    elif _VEHICLE_AGAIN.search(sentence.text, 0, first.start - sentence.start):
        # (列车驶出A站。N名B务工人员乘坐这趟动车…前往C; 专列由A县开往C。N名——这趟专列送达C的务工人员: the vehicle
        # named again is the one the sentence just before sent off, in its paragraph or as the last of the one before)
        index = sentence_index(article, sentence)
        previous = article.sentences[index - 1] if index else None
    else:
        return out
    if previous is not None:
        before = regions.mentions_between(previous.start, previous.end)
        out = _stations_of(previous.text, previous.start, before, origin, places) \
            or _departures_of(previous.text, previous.start, before, origin, places)
    return out


# 乘坐这趟动车, 这趟务工专列, 该次列车: a vehicle pointed back at (not 该县组织专列: 该 alone points at a place)
_VEHICLE_AGAIN = re.compile(r"(?:这|此|该|本)(?:趟|列|班|辆|次)[^，。；！？,;]{0,6}?"
                            r"(?:列车|专列|动车|高铁|专车|大巴|班车|客车|包车|航班|直通车)")


def _departures_of(text: str, base: int, mentions: list[RegionMention], origin: str, places: list[str]) -> list[str]:
    """The counties and cities inside the province `origin` that a vehicle of `text` leaves (由A开往, 从A出发)."""
    gaz = Gazetteer.load()
    out: list[str] = []
    for m in mentions:
        start, end = m.start - base, m.end - base
        if text[start - 1:start] in ("从", "由", "自") and _DEPARTURE.match(text, end) \
                and contains_region(origin, m.code) and m.code not in out \
                and (region := gaz.get(m.code)) is not None and region.level in ("city", "county") \
                and all(can_flow(m.code, p) for p in places):
            out.append(m.code)
    return out


def _stations_of(text: str, base: int, mentions: list[RegionMention], origin: str, places: list[str]) -> list[str]:
    """The cities inside the province `origin` whose stations `text` names, in order."""
    gaz = Gazetteer.load()
    out: list[str] = []
    for m in mentions:
        if _FACILITY_AFTER.match(text, m.end - base) and contains_region(origin, m.code) and m.code not in out \
                and (station := gaz.get(m.code)) is not None and station.level == "city" \
                and all(can_flow(m.code, p) for p in places):
            out.append(m.code)
    return out


def _departure_county(text: str, base: int, before: list[RegionMention], subject: str | None) -> str | None:
    """专列从A县开往B, 把N名务工人员送到: where the sentence names no one else's workers, a county the vehicle leaves
    (not its station: see _not_a_subject) inside the paragraph's region is the workers' home at its most specific."""
    gaz = Gazetteer.load()
    for m in before:
        start, end = m.start - base, m.end - base
        if text[start - 1:start] in ("从", "由", "自") and not _FACILITY_AFTER.match(text, end) \
                and _DEPARTURE.match(text, end) and (region := gaz.get(m.code)) is not None \
                and region.level == "county" and (subject is None or contains_region(subject, m.code)):
            return m.code
    return None


def _not_a_subject(text: str, start: int, end: int) -> bool:
    """作为赣州市市级劳务品牌 (the region awarding a level), 从西昌站驶出 (a station), 从县城出发 (a departure
    point): places that are not whose workers the clause moves."""
    if _LEVEL_AFTER.match(text, end) or _FACILITY_AFTER.match(text, end):
        return True
    return text[max(0, start - 1):start] in ("从", "由", "自") and bool(_DEPARTURE.match(text, end))


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
