"""The region a figure belongs to: a place written at it, a brand's origin, X籍, 分别 lists, else its clause's subject."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from kg.extract.numbers import Quantity
from kg.model import RegionMention
from kg.text.chars import HAN_RE
from kg.extract.metrics.brand_owner import BrandHomes, QuotedAccount, brand_owner, brand_subject
from kg.extract.metrics.statements import place_figure_in_brackets
from kg.extract.metrics.clauses import Clause, clause_index, clause_stops
from kg.extract.metrics.leads import (
    GROUP_OF_UNITS, ORGANISATION_AFTER, QUOTED_LEAD, TOWARDS, chain_end, gaz_contains, is_place_of_work,
    in_list_of_names, list_end_index, list_start_index,
)

def respectively(text: str, candidates: list[tuple[Quantity, str]], mentions: list[RegionMention], offset: int,
                  previous_mentions: list[RegionMention]) -> dict[int, str]:
    """A..., B... 分别 N1、N2: the i-th figure after 分别 belongs to the i-th region named before it.

    The regions are the last N named before 分别 in the sentence, leaving out places workers go to (赴X, 在X
    务工); when the clause instead opens on a count of units (两旗县分别…), the N regions of the sentence
    before. Figures of one unit in the clause of 分别 only; nothing when the counts differ.
    """
    at = text.find("分别")
    stops = clause_stops(text)
    i = bisect_left(stops, at)
    end = stops[i] if i < len(stops) else len(text)
    figures = [q for q, _ in candidates if at < q.start < end]
    if len(figures) < 2 or len({q.unit for q in figures}) > 1:
        return {}
    codes: list[str] = []
    for k, m in enumerate(mentions):
        rel = m.start - offset
        if rel >= at:
            break
        if m.code not in codes and not is_place_of_work(text, mentions, k, offset):
            codes.append(m.code)
    if len(codes) < len(figures):
        clause_start = stops[i - 1] + 1 if i else 0
        if not GROUP_OF_UNITS.match(text, clause_start):
            return {}
        codes = []
        for m in previous_mentions:
            if m.code not in codes:
                codes.append(m.code)
        if len(codes) != len(figures):
            return {}
    codes = codes[-len(figures):]
    return {q.start: code for q, code in zip(figures, codes)}


# X籍 names the people counted (1.1万余名昭觉籍群众, 镇雄籍务工人员达2650人): their region is X. A figure
# of records or things about such people in the same clause (5.2万个某省籍流动人口数据) is the region's that
# holds the records, which the clause names; a train in another clause (开行3趟专列，运送某省籍…) goes with
# the people it carries (the sentence-wide reading below).
_NATIVE_OF = "籍"
_TAKES_IN = re.compile(r"吸纳|接收|接纳|招收|招用|引进|迎来")
_PEOPLE_UNITS = frozenset(("人", "户"))


def _native_region(text: str, clause: Clause, mentions: list[RegionMention], offset: int,
                   subject: str | None = None, gaz=None) -> str | None:
    """X籍: X, unless X lies outside the subject and the clause says they work 在 the subject's own region
    (在宁德稳定就业的宁夏籍务工人员: inbound workers, counted by the region that receives them)."""
    if _NATIVE_OF not in text:  # the rule of almost every figure: no 籍 in its sentence
        return None
    for m in mentions:
        rel = m.start - offset
        if clause.start <= rel and m.end - offset <= clause.end and text.startswith(_NATIVE_OF, m.end - offset):
            if subject is not None and gaz is not None and not _related(subject, m.code, gaz):
                if _wider_than(m.code, subject, gaz):
                    # 绍兴接回706名湖北籍员工 in an article about 绍兴: a province of origin is less specific than
                    # the city or county that the article is about and that reports the figure
                    return None
                for host in mentions:
                    h = host.start - offset
                    if (clause.start <= h < rel and host.code != m.code and _related(subject, host.code, gaz)
                            and (h > 0 and text[h - 1] == "在" or _TAKES_IN.search(text, host.end - offset, rel))):
                        # (A县企业共吸纳B籍务工人员N人: the region that takes them in counts them, as 在A)
                        return host.code
            return m.code
    return None


def _owner_before(q: Quantity, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    """X省N个市州, Y市N万个…: a place written right before the figure owns it; 来自X的N名 (and
    来自X、Y等地的N名) counts people from X. Not a place workers are sent to (赴江苏1万人)."""
    ns = q.number_start if q.number_start else q.start
    # (mentions are in text order: those that start after the figure end after it too, and are passed over at once)
    for k in range(bisect_right(mentions, ns + offset, key=_START) - 1, -1, -1):
        m = mentions[k]
        rel_end = m.end - offset
        if rel_end > ns:
            continue
        if rel_end == ns or (rel_end == q.start and ns > q.start) or (rel_end == q.start - 1
                                                                      and place_figure_in_brackets(q, text)):
            start = m.start - offset
            if start > 0 and (text[start - 1] in TOWARDS or text[start - 1] == "在") \
                    and not _UNITS_COUNTED.match(text, ns):
                return None
            if any((e.code == m.code or gaz_contains(e.code, m.code)) and is_place_of_work(text, mentions, i, offset)
                   for i, e in enumerate(mentions[:k])):
                # 输送…至常州、无锡，其中常州1500人 (or 其中常州武进区1500人): where the sender's workers went
                return None
            if list_start_index(text, mentions, k, offset) < _chain_start(mentions, k):
                return None  # A县、B县2600名: the figure is the list's, not its last place's
            return m.code
        head = mentions[list_start_index(text, mentions, k, offset)]
        # (read where the place ends: the first match found from there is the one that starts there, if any)
        chained = _UNITS_COUNTED_BEFORE.match(text, rel_end, ns) if rel_end < ns else None
        if chained and chained.end() == ns:
            start = m.start - offset  # 某省8个市州66个脱贫县: the second count is of the same province
            towards = start > 0 and (text[start - 1] in TOWARDS or text[start - 1] == "在")
            # 前往A市11个县区的123家企业: the firms of the place's units are the place's, wherever workers go
            return None if towards and not (chained.group().endswith("的") and q.unit == "家") else m.code
        if text.endswith("来自", 0, head.start - offset) and _FROM_COUNT.match(text, rel_end) \
                and _FROM_COUNT.match(text, rel_end).end() == ns:
            return m.code if head is m else None
        return None
    return None


# (在当地 is the subject's own place, not the last one named; 在此基础上, 在此期间 name no place)
_HERE = re.compile(r"在(?:此|这里|该站)(?!基础|期间|之前|之后|以前|以后|背景|过程|前|后|次|时)")
# 列车停靠某站，这里又有300名务工人员上车: a clause opening on 这里 (该站, 此站) as its subject is the place too.
_HERE_SUBJECT = re.compile(r"\s*(?:这里|这儿|该站|此站)(?:又|还|也|共|另|再)?(?:有|迎来|登上|上车|新增)")


def _here(clause: Clause | None, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    """列车停靠某站，又有一批务工人员在此上车: 在此 is the place the sentence named last before the clause
    (the station's city), wherever the train came from."""
    if clause is None:
        return None
    if not (("在此" in text or "在这里" in text or "在该站" in text) and _HERE.search(text, clause.start, clause.end)) \
            and not _HERE_SUBJECT.match(text, clause.start):
        return None
    before = [m for m in mentions if m.end - offset <= clause.start]
    return before[-1].code if before else None


# A, B, C等地共计N名: the words between a list of places and the figure that sums over it.
# (来自A、B等地的N名 describes the people and leaves them to where they work: see _owner_before.)
_SUMMED_LIST = re.compile(r"(?:等地|等县市区|等县市|等县区|等市县|等市州|等县|等市|等区|等)(?:共计|共有|共|合计|总计|累计)?"
                          r"(?:约|近|超过|超|逾)?$")


def _list_total(q: Quantity, text: str, mentions: list[RegionMention], offset: int, gaz) -> str | None:
    """来自A省B市、C市、D市等地共计700多名: a figure summed over a list of places belongs to the smallest
    region holding them all (the province), not to the first of them; places with no common region, none."""
    if gaz is None or "等" not in text:
        return None
    ns = q.number_start if q.number_start else q.start
    k = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].end - offset <= ns), None)
    if k is None or not _SUMMED_LIST.fullmatch(text, mentions[k].end - offset, ns):
        return None
    if is_place_of_work(text, mentions, k, offset):
        return None  # 发往A、B、C等5个站点: the places the figure counts are where workers go
    first = list_start_index(text, mentions, k, offset)
    # the places of the list, each the last of a chain written together (河南安阳 is one place, 安阳)
    codes = {m.code for i, m in enumerate(mentions[first:k + 1], first)
             if i == k or mentions[i + 1].start != m.end}
    if len(codes) < 2:
        return None
    return _common_region(codes, gaz)


# N名务工人员，分别来自A、B、C等地 / N人来自某县: where the people counted come from, said after the count.
_FROM_AFTER = re.compile(r"[^，,；;。！？!?]{0,8}?[，,]?(?:分别|均|都|全部|全都|绝大多数|大多数|大部分|多数|主要|大多)?来自")


def _origins_after(q: Quantity, text: str, mentions: list[RegionMention], offset: int, gaz) -> str | None:
    """The region the people counted come from, named after the count (车厢里共有650名务工人员，分别来自某省的
    A、B、C等地): the smallest region holding every place of the list (a province written first, 某省的A、B, only
    places them)."""
    if gaz is None or q.unit not in _PEOPLE_UNITS:
        return None
    came = _FROM_AFTER.match(text, q.end)
    if came is None:
        return None
    at = came.end() + offset
    k = bisect_left(mentions, at, key=_START)
    if k == len(mentions) or mentions[k].start != at:
        return None
    if k + 1 < len(mentions) and text.startswith("的", mentions[k].end - offset) \
            and mentions[k + 1].start - offset == mentions[k].end - offset + 1:
        k += 1  # 某省的A、B…: the province places the list
    last = list_end_index(text, mentions, k, offset)
    codes = _list_places(mentions, k, last)
    return _common_region(codes, gaz) if len(codes) > 1 else mentions[last].code


def _list_region(text: str, mentions: list[RegionMention], k: int, offset: int, wider: str, gaz) -> str | None:
    """The nearest region holding every place of the list (A区、B县和C县) that mentions[k] belongs to, when the
    list names more than one place (`wider` when that region is not inside it); else None."""
    codes = _list_places(mentions, list_start_index(text, mentions, k, offset), list_end_index(text, mentions, k, offset))
    if len(codes) < 2:
        return None
    common = _common_region(codes, gaz)
    return common if common is not None and gaz.contains(wider, common) else wider


def _list_places(mentions: list[RegionMention], first: int, last: int) -> set[str]:
    """The places of the list mentions[first..last], each the last of a chain written together (安徽阜阳 is one
    place, 阜阳)."""
    return {mentions[i].code for i in range(first, last + 1) if i == last or mentions[i + 1].start != mentions[i].end}


def _common_region(codes: set[str], gaz) -> str | None:
    """The most specific region that is or contains every one of `codes`."""
    chains = []
    for code in codes:
        chain = [r.code for r in reversed(gaz.ancestors(code))] + [code]  # outermost first
        chains.append(chain)
    common = None
    for level in zip(*chains):
        if len(set(level)) != 1:
            break
        common = level[0]
    return common


# A count of administrative units between a place and the figure (N个市州, N个县区): the figure is the place's too.
_UNITS = r"[0-9一二三四五六七八九十两]{1,3}个(?:市州|地州|市县|县市区|县市|县区|区县|市|州|县|区|旗|乡镇|镇|乡)"
_UNITS_COUNTED_BEFORE = re.compile(_UNITS + "的?")
# 前往A市11个县区: a count of the place's own units belongs to it even where workers are sent there (赴A市1万人
# does not: that counts the workers)
_UNITS_COUNTED = re.compile(_UNITS)


def _owner_after(q: Quantity, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    """N名A县银匠, N家B县茶馆: a place written right after a count of people or shops names
    whose they are (not a company's place, 3家常州企业; X籍 is read apart)."""
    if q.unit not in ("人", "家", "户"):
        return None
    k = bisect_left(mentions, q.end + offset, key=_START)  # the first place named from the figure's end on
    if k == len(mentions) or mentions[k].start - offset != q.end:
        return None
    end = chain_end(mentions, k)
    after = text[mentions[end].end - offset:mentions[end].end - offset + 6]
    if len(after) < 2 or not (HAN_RE.match(after) and HAN_RE.match(after, 1)) or after.startswith(("籍", "等", "的")) \
            or ORGANISATION_AFTER.match(after) or _COMPANY_WORDS.match(after):
        return None
    return mentions[end].code


_START = attrgetter("start")  # mentions are in text order: by their start


_STATION_AFTER = re.compile(r"[东南西北]?(?:火车站|高铁站|站)")


def _departure_city(q: Quantity, text: str, mentions: list[RegionMention], offset: int, owner: str,
                    gaz) -> str | None:
    """列车驶出A站，600余名某省务工人员…: a city of the province whose station the people leave from, named
    before them, is where they are counted at its most specific (the same reading as the flow's origin)."""
    if gaz is None or (region := gaz.get(owner)) is None or region.level != "province":
        return None
    for m in mentions:
        if m.end - offset > q.start:
            break
        if _STATION_AFTER.match(text, m.end - offset) and gaz.contains(owner, m.code) \
                and (city := gaz.get(m.code)) is not None and city.level == "city":
            return m.code
    return None


# 专车从某县汽车站发车 / 从某县出发: the place a trip leaves from (a station or square may come between).
_LEAVES_AFTER = re.compile(r"[^，,；;。！？]{0,8}?(?:出发|发车|启程|驶出|开出|发出|始发)")


def _departure_outside(q: Quantity, text: str, mentions: list[RegionMention], offset: int, wider: str,
                       gaz) -> str | None:
    """专车从A县汽车站发车，开往B省的C、D等5个站点，共运送735人 where the paragraph is taken to be about B
    (a headline naming where workers go): a subject the sentence only sends them to is not whose figures they
    are; the place they leave from, named before the figure and outside it, is."""
    departure = None
    for k, m in enumerate(mentions):
        rel = m.start - offset
        if rel >= q.start:
            break
        if departure is None:
            if rel and text[rel - 1] == "从" and not _related(wider, m.code, gaz) \
                    and _LEAVES_AFTER.match(text, mentions[chain_end(mentions, k)].end - offset):
                departure = mentions[chain_end(mentions, k)].code
        elif rel and text[rel - 1] in TOWARDS and (m.code == wider or gaz.contains(wider, m.code)):
            return departure  # the subject is where this trip goes
    return None


ABOARD_OPENING = ("车上", "车厢里", "车厢内", "列车上")


def departure_before(region: str, text: str, previous: tuple[str, int, list[RegionMention]] | None, gaz) -> str | None:
    """某次列车开出某站。车上，280多名某省务工人员…: people aboard (a sentence opening on ABOARD_OPENING) the
    train the sentence before saw off are counted at the city of its station, as when the station is named in
    their own sentence (_departure_city)."""
    if previous is None or gaz is None or "来自" in text:
        return None  # (…分别来自某省的A、B、C等地: where they come from is said, not left to the station)
    prior, offset, mentions = previous
    own = gaz.get(region)
    if own is None or own.level != "province":
        return None
    for m in reversed(mentions):
        if _STATION_AFTER.match(prior, m.end - offset) and gaz.contains(region, m.code) \
                and (city := gaz.get(m.code)) is not None and city.level == "city":
            return m.code
    return None


# 店主六成是某地人, 60%为某地籍: a share said to be people of a place is a figure about that place.
_SHARE_OF_PEOPLE = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?(?:中|里)?)?(?:都|均|以上|左右)?(?:是|为|系)")


def _people_of(q: Quantity, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    if q.unit not in ("%", "成"):
        return None
    link = _SHARE_OF_PEOPLE.match(text, q.end)
    if not link:
        return None
    m = next((m for m in mentions if m.start - offset == link.end()), None)
    if m is None or not text.startswith(("人", "籍"), m.end - offset):
        return None
    return m.code


_COMPANY_WORDS = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:企业|公司|工厂|厂|集团|市场|车站|站)")


# 来自X的 / 来自X、Y等地的, then the figure
_FROM_COUNT = re.compile(r"(?:等地|等)?的")


def _chain_start(mentions: list[RegionMention], k: int) -> int:
    while k > 0 and mentions[k - 1].end == mentions[k].start:
        k -= 1
    return k


# 川籍务工人员, 湘籍建筑工人: a province's one-letter short form before 籍 names where the people counted come
# from, where the region finder, needing a verb before such a letter, names nothing.
_SHORT_NATIVE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])籍|(?<=[\d余多名])([\u4e00-\u9fff])籍")


def _native_short_form(text: str, clause: Clause, gaz) -> str | None:
    if gaz is None or text.find("籍", clause.start, clause.end) < 0:
        return None
    for m in _SHORT_NATIVE.finditer(text, clause.start, clause.end):
        region = gaz.abbreviation(m.group(1) or m.group(2))
        if region is not None and region.level == "province":
            return region.code
    return None


# 接收某县务工人员3000余人: a place written right before a word for workers names whose workers they are.
# (X籍 is read by _native_region.)
_WORKERS_AFTER = re.compile(r"(?:务工人员|外出务工人员|务工者|农民工|劳动力|劳务人员|务工青年|员工|工人)")


def _subjects_workers(text: str, clause: Clause, q: Quantity, mentions: list[RegionMention], offset: int,
                      subjects: tuple[str | None, str | None], gaz) -> str | None:
    """某市人社局介绍，今年该市已接收某县务工人员3000余人, in an article (or paragraph) about that county: the
    destination's figure about the subject's workers is the subject's (the origin's), not the city's that speaks."""
    if gaz is None or subjects == (None, None):
        return None
    ns = q.number_start if q.number_start else q.start
    for m in mentions:
        rel, end = m.start - offset, m.end - offset
        if rel < clause.start:
            continue
        if end > ns:
            break
        if _WORKERS_AFTER.match(text, end) and any(s is not None and (m.code == s or gaz.contains(s, m.code))
                                                   for s in subjects):
            return m.code
    return None


def _wider_than(native: str, subject: str, gaz) -> bool:
    """A province named by X籍 against a subject city or county: the subject says more."""
    native_region, subject_region = gaz.get(native), gaz.get(subject)
    return (native_region is not None and subject_region is not None and native_region.level == "province"
            and subject_region.level != "province")


def _related(a: str, b: str, gaz) -> bool:
    return a == b or gaz.contains(a, b) or gaz.contains(b, a)


def region_for(q: Quantity, text: str, clauses: list[Clause], mentions: list[RegionMention], offset: int,
                carry: str | None, fallback: str | None, gaz, homes: BrandHomes | None = None,
                article_subject: str | None = None, account: QuotedAccount | None = None) -> str | None:
    index = clause_index(clauses, q.start)
    # (a share said to be people of a place, 老板八成是某市人, is that place's even in a brand's sentence)
    owner = (_owner_before(q, text, mentions, offset) or _list_total(q, text, mentions, offset, gaz)
             or ("来自" in text and _origins_after(q, text, mentions, offset, gaz))
             or _here(clauses[index] if clauses else None, text, mentions, offset)
             or _people_of(q, text, mentions, offset))
    if owner:
        return owner
    if homes is not None:
        owner = brand_owner(q, text, homes) or brand_subject(text, clauses, index, homes, fallback, gaz)
        if owner:
            lead = clauses[index].lead if clauses else None
            if lead and gaz is not None and lead != owner and _related(lead, owner, gaz) \
                    and not QUOTED_LEAD.match(text, clauses[index].start):
                return lead  # 某县已有1500余名“某州绣娘”: the county the clause names is the more specific
            return owner
    owner = _owner_after(q, text, mentions, offset)
    if owner:
        return _departure_city(q, text, mentions, offset, owner, gaz) or owner
    if clauses and q.unit in _PEOPLE_UNITS:
        native = _native_region(text, clauses[index], mentions, offset, carry or fallback, gaz)
        if native:
            return native
        native = _native_short_form(text, clauses[index], gaz) or _subjects_workers(
            text, clauses[index], q, mentions, offset, (fallback, article_subject), gaz)
        if native:
            return native
    for clause in reversed(clauses[:index + 1]):
        if clause.lead:
            return clause.lead
    if _NATIVE_OF in text:
        # 某局开行3趟专列，运送2000余名X籍务工人员: the workers' native place, named elsewhere in the sentence,
        # is what the sentence's event is about; the place the last sentence was about is not, unless X is a
        # province and that place a city receiving them (此前某市已接返…。加上专列，共接回706名某省籍员工)
        for clause in clauses:
            native = (_native_region(text, clause, mentions, offset, carry or fallback, gaz)
                      or _native_short_form(text, clause, gaz))
            if native:
                return native
    if (carry or fallback) and "从" in text and gaz is not None:
        departure = _departure_outside(q, text, mentions, offset, carry or fallback, gaz)
        if departure:
            return departure
    if carry:
        return _brand_of_sentence(q, carry, text, mentions, homes, gaz, account) or carry
    # A region named before the figure and lying inside the paragraph's subject narrows it
    # (开展华亭市…活动，为3万名务工人员… in a 平凉市 paragraph), unless it is where workers go.
    if fallback and gaz is not None:
        for k in range(len(mentions) - 1, -1, -1):
            m = mentions[k]
            rel = m.start - offset
            if rel >= q.start:
                continue
            if rel > 0 and text[rel - 1] in TOWARDS:
                continue
            if m.code == fallback:
                break  # (…等某市8个品牌: the subject itself, named nearer the figure than any of its parts)
            if in_list_of_names(text, rel):
                continue  # “A县焊工”“B县月嫂”等品牌带动…: the places of a list of names are no part of the subject
            if gaz.contains(fallback, m.code):
                # 专车拉着A区、B县的700名…: a list of the subject's places speaks of them together
                return _list_region(text, mentions, k, offset, fallback, gaz) or m.code
    return (_brand_of_sentence(q, fallback, text, mentions, homes, gaz, account) if fallback else None) or fallback


_COUNTS_BRANDS = re.compile(r"[^，,；;。]{0,6}?品牌")  # 培育了110个劳务品牌
_BRAND_WORD_REACH = 8  # 培育劳务品牌110个: 品牌 written shortly before a count of 个
_EXAMPLE_AFTER = re.compile(r"[”’」\"]?(?:等|是其中|为其中|是其|便是|就是)")  # “某县焊工”等, 是其中的代表


def _brand_of_sentence(q: Quantity, wider: str, text: str, mentions: list[RegionMention],
                       homes: BrandHomes | None, gaz, account: QuotedAccount | None = None) -> str | None:
    """“公司起步时只有几十人，现在已是几千人的‘某县焊工’品牌，…”: a sentence that names one brand and no place
    but the brand's and its parents' speaks of the brand, at its origin, not of the province or city it would
    otherwise fall back to (which must contain the origin). A count of brands stays the wider region's, and so
    does a sentence naming the brand as an example (“某县焊工”等, 是其中的代表).

    A quote that runs over several sentences (“协会成立时只有40人。…如今已是‘某县茶师’品牌…。”) is one account:
    `account` gives its whole text, its mentions and the article's brands, read in place of the sentence's."""
    if account is not None:
        homes = account.homes
    if homes is None or not homes.pairs or gaz is None:
        return None
    if q.unit == "个" and (_COUNTS_BRANDS.match(text, q.end)
                          or "品牌" in text[max(0, q.start - _BRAND_WORD_REACH):q.start]):
        return None
    if account is not None:
        text, mentions = account.text, account.mentions
    named = [(name, code) for name, code in homes.pairs if name in text]
    origins = {code for _, code in named}
    if len(origins) != 1 or any(_EXAMPLE_AFTER.match(text, text.find(name) + len(name)) for name, _ in named):
        return None
    origin = origins.pop()
    if origin == wider or not gaz.contains(wider, origin):
        return None
    if any(m.code != origin and not gaz.contains(m.code, origin) for m in mentions):
        return None
    return origin
