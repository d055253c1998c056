"""The flows one sentence states, list by list: each list read in its clause, set aside by the rules of
guards.py or given its counts and its origins."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from kg.text.memo import last_call_memo
from kg.text.numerals import SMALL_NUMBER_VALUES
from kg.model import Article, RegionAnalysis, RegionMention, Sentence
from kg.extract.flows.record import RawFlow
from kg.extract.flows.clauses import clause_bounds
from kg.extract.flows.places import can_flow
from kg.extract.flows.counts import own_counts, part_counts, respective_counts
from kg.extract.flows.origins import (
    anaphor_origins, departures_within, hosted_origins, listed_origins, named_origin, origin_of_clause, origin_after,
)
from kg.extract.flows.guards import rejected
from kg.extract.flows.agreements import agreement_flows
from kg.extract.flows.reading import Reading, SentenceScan
from kg.extract.flows.cues import kind_at
from kg.extract.flows.arrivals import train_destination, welcoming_station

# 县内/当地…吸纳了来自…: the receiving place is the passage's own region, not the last place named.
_HERE = re.compile(r"县内|区内|市内|旗内|州内|本地|当地|本县|本市|全县|全市|全旗")
# 向上述城市输出, 向两地输送: the places named just before are where the workers go
_ABOVE = re.compile(r"[^。；！？]{0,30}?(向)(?:上述|以上|这些|前述|(?:这|那)?(?P<n>两|三|四|五)个?)"
                    r"(?:城市|地区|省市|地方|省份|各地|地|市|省)[^，。；]{0,4}?(?:输出|输送|转移|输转|派遣)")
_WHOLE_FROM = ("分别来自", "均来自", "都来自", "全部来自", "皆来自")
ABOVE_WINDOW = 60  # 每年向上述城市输出 a clause or two after the list it points back to

Counts = list[tuple[int | None, bool]]
Origins = list[tuple[str, tuple[int, bool] | None]]


def flows_in_sentence(article: Article, regions: RegionAnalysis, sentence: Sentence, *,
                      need_group: bool = True) -> list[RawFlow]:
    """The flows one sentence states, in order; `need_group=False` accepts count-less clauses about anyone."""
    return flows_read(_readings_of(article, regions), article, regions, sentence, need_group)


def article_readings(article: Article, regions: RegionAnalysis) -> Readings:
    """The readings of the article's sentences kept so far, for flows_read: find_flows asks once per article,
    not once per sentence (the memo's test of its arguments is most of the cost of a sentence without a place)."""
    return _readings_of(article, regions)


def flows_read(readings: Readings, article: Article, regions: RegionAnalysis, sentence: Sentence,
               need_group: bool = True) -> list[RawFlow]:
    """flows_in_sentence with the article's readings (article_readings) given."""
    scanned = _scanned(readings, regions, sentence, article)
    if scanned is None:
        return []  # no place, no flow
    flows = scanned.flows
    out: list[RawFlow] = []
    for index, reading in enumerate(scanned.readings):
        if reading is not None and not rejected(reading, need_group):
            if index not in flows:
                flows[index] = _flows_of(reading)
            out.extend(flows[index])
    if "协议" in sentence.text and not out:
        out = agreement_flows(regions, sentence, scanned.mentions, article)
    return out


class _Scanned(NamedTuple):
    """A sentence's lists read in their clauses (None where a list's kind ties it to no move), its places, and
    the flows of each reading found so far (by the list's index)."""

    readings: list[Reading | None]
    mentions: tuple[RegionMention, ...]
    flows: dict[int, list[RawFlow]]


Readings = dict[int, tuple[Sentence, _Scanned | None]]


@last_call_memo
def _readings_of(article: Article, regions: RegionAnalysis) -> Readings:
    """The sentences read so far of the article read last, by identity: find_flows and then
    link_brand_destinations (need_group=False) read the same sentences. Each entry holds its sentence, so no
    id is reused while it is kept."""
    return {}


def _scanned(by_sentence: Readings, regions: RegionAnalysis, sentence: Sentence, article: Article) -> _Scanned | None:
    """The sentence's readings (None for a sentence without a place), read once per article."""
    found = by_sentence.get(id(sentence))
    if found is not None and found[0] is sentence:
        return found[1]
    mentions = regions.mentions_between(sentence.start, sentence.end)  # in text order
    if not mentions:
        scanned = None
    elif _one_place_no_tie(sentence, mentions):
        scanned = _Scanned([None], mentions, {})
    else:
        scan = SentenceScan(article, regions, sentence, mentions)
        towards = "向" in scan.text
        # (a list of no kind without 向 reads to nothing: see _read, not called for most lists)
        scanned = _Scanned([_read(scan, index) if kind is not None or towards else None
                            for index, kind in enumerate(scan.kinds)], mentions, {})
    by_sentence[id(sentence)] = (sentence, scanned)
    return scanned


def _one_place_no_tie(sentence: Sentence, mentions: tuple[RegionMention, ...]) -> bool:
    """A sentence naming one place with no word of a tie around it and no 向 (half the sentences with a place):
    its one list reads to nothing (see _read), known without a SentenceScan."""
    if len(mentions) != 1 or "向" in sentence.text:
        return False
    m, base = mentions[0], sentence.start
    return kind_at(sentence.text, m.start - base, m.end - base) is None  # (group_kinds of its one list)


def _read(scan: SentenceScan, index: int) -> Reading | None:
    """The list at `index` read in its clause, or None where its kind ties it to no move."""
    (group, chain_start), kind = scan.groups[index], scan.kinds[index]
    if kind is None and "向" not in scan.text:
        return None  # no move here, nor a 向上述城市 pointing back to the list (see _above): most lists
    if index in scan.arrivals and any(k in ("move", "place") for k in scan.kinds[index + 1:]):
        return None  # where the workers of a later move come from
    if kind in ("route-origin", "source"):
        return None
    rel_end = group[-1].end - scan.base
    above = None
    if kind is None or kind == "partner":
        above = _above(scan, len(group), rel_end)
        if above is None and kind is None:
            return None  # no move here
        kind = "move" if above is not None else kind
    c_start, c_end = clause_bounds(scan.text, above.start(1) if above else chain_start)
    return Reading(scan, index, group, kind, chain_start, rel_end, c_start, c_end)


def _above(scan: SentenceScan, size: int, rel_end: int) -> re.Match[str] | None:
    """已在北京、郑州等地设立站点，每年向上述城市输出月嫂3000余人: the anaphor takes the list just named
    (与A、B建立劳务协作关系，向两地输送N人: and gives the partners their count)."""
    if "向" not in scan.text:
        return None
    text = scan.text
    above = _ABOVE.match(text, rel_end, min(len(text), rel_end + ABOVE_WINDOW))
    if above is not None and above.group("n") and SMALL_NUMBER_VALUES[above.group("n")] != size:
        return None  # 向两地 after three places: another pair
    return above


def _flows_of(r: Reading) -> list[RawFlow]:
    places = [m.code for m in r.group]
    counts, shared = _place_counts(r)
    if r.kind in ("inbound", "fetched"):
        return _inbound(r, places, counts, shared)
    origins = _absorbing_origin(r, places) if r.kind == "absorb" else _origins(r, places)
    if r.kind == "host" and not origins:
        return []  # the host's workers come from where the next clause says, or from nowhere read
    return _outbound(r, places, counts, shared, origins)


def _place_counts(r: Reading) -> tuple[Counts, bool]:
    """Each place's count, and whether it is shared by the list."""
    workers, approx, _ = r.counted
    group = r.group
    respective = respective_counts(r.text, r.rel_start, r.c_end, len(group))
    counts = respective or [(workers, approx)] * len(group)
    shared = respective is None and len(group) > 1
    if shared and r.kind in ("move", "base"):
        # 输送4850名务工人员至晋江、石狮，其中晋江3120人、石狮1730人: each place's own count
        own = own_counts(r.text, r.c_end, group)
        if own:
            counts = [own.get(id(m), (n, a)) for m, (n, a) in zip(group, counts)]
            shared = False
    return counts, shared


# 从A、B接回N名务工人员到C: where the fetched workers are taken, named after them in the clause
_FETCHED_TO = ("到", "至", "回", "往")


def _fetched_to(r: Reading, places: list[str]) -> str | None:
    if r.kind != "fetched":
        return None
    for m in r.scan.mentions:
        at = m.start - r.base
        if r.rel_end < at < r.c_end and r.text[at - 1:at] in _FETCHED_TO and all(can_flow(p, m.code) for p in places):
            return m.code
    return None


def _inbound(r: Reading, places: list[str], counts: Counts, shared: bool) -> list[RawFlow]:
    """Workers taken in from the listed places by the passage's region or the clause's subject."""
    scan = r.scan
    destination = None
    if _HERE.search(r.text, r.c_start, r.rel_start) and not any(m.end <= r.first.start for m in scan.subjects):
        destination = scan.regions.subject_of_paragraph(scan.sentence.paragraph)
    destination = destination or _fetched_to(r, places) or train_destination(r, places) \
        or origin_of_clause(scan.article, scan.regions, scan.sentence, scan.subjects, r.first, places) \
        or welcoming_station(r, places)
    if destination is None:
        return []
    out = [RawFlow(origin, destination, scan.sentence, r.base + r.c_start, r.base + r.c_end, n, about, "inbound", shared)
           for origin, (n, about) in zip(places, counts) if can_flow(origin, destination)]
    if len(places) == 1 and out:
        # 引进贵州籍务工人员1.2万人，其中望谟县3000人: a part of the origin with its own count
        out += [RawFlow(part, destination, scan.sentence, r.base + r.c_start, r.base + r.c_end, n, about, "inbound")
                for part, (n, about) in part_counts(r.text, r.base, scan.mentions, r.c_end, places[0])
                if can_flow(part, destination)]
    return out


def _absorbing_origin(r: Reading, places: list[str]) -> Origins:
    """其中福安市吸纳…: the workers come from the place the sentence writes with 籍."""
    text, base = r.text, r.base
    origin = next((m.code for m in r.scan.mentions if m.end <= r.first.start and text.startswith("籍", m.end - base)
                   and all(can_flow(m.code, p) for p in places)), None)
    return [(origin, None)] if origin else []


def _route_origins(r: Reading, places: list[str]) -> Origins:
    """A、B至C的专列: the route's first list."""
    if r.kind != "route":
        return []
    return [(m.code, None) for m in r.scan.routes[r.index] if all(can_flow(m.code, p) for p in places)]


def _anaphoric_origins(r: Reading, places: list[str]) -> Origins:
    """两旗县分别组织…: the regions the sentence before named together."""
    if r.kind == "route":
        return []
    scan = r.scan
    return anaphor_origins(scan.article, scan.regions, scan.sentence, scan.subjects, r.first, r.c_end)


def _arrival_origins(r: Reading, places: list[str]) -> Origins:
    """来自A县的工人随专列去往B: the places the workers were said to come from earlier in the sentence."""
    scan = r.scan
    arrived = next((scan.groups[i][0] for i in reversed(scan.arrivals) if i < r.index), None)
    if not arrived:
        # 抵达D的N名务工人员，分别来自A、B和C: the whole group's origins, said after the move
        arrived = next((scan.groups[i][0] for i in scan.arrivals
                        if i > r.index and scan.text.endswith(_WHOLE_FROM, 0, scan.groups[i][1])), None)
    if not arrived:
        return []
    return [(m.code, None) for m in arrived if all(can_flow(m.code, p) for p in places)]


def _origin_said_after(r: Reading, places: list[str]) -> Origins:
    """宁波是仪陇县劳动力转移的主要目的地: a base's origin named after it."""
    if r.kind != "base":
        return []
    return origin_after(r.text, r.base, r.scan.subjects, r.rel_end, places)


SEEN_ORIGIN_WINDOW = 40  # from the list's end to 身影 (see stock_cues.SEEN_WINDOW)


def _seen_origins(r: Reading, places: list[str]) -> Origins:
    """A、B的酒店里，都能见到X县厨师的身影: the workers seen are named with their place after the list."""
    if r.kind != "seen":
        return []
    seen_end = r.text.find("身影", r.rel_end, r.rel_end + SEEN_ORIGIN_WINDOW)
    after = [m for m in r.scan.subjects if r.rel_end <= m.start - r.base and m.end - r.base <= seen_end]
    return [(m.code, None) for m in after[:1] if all(can_flow(m.code, p) for p in places)]


def _hosted_origins(r: Reading, places: list[str]) -> Origins:
    """在A，…X籍务工人员: the workers' place, named in the clause after the host."""
    if r.kind != "host":
        return []
    return hosted_origins(r.text, r.base, r.scan.subjects, r.c_end, places)


def _named_origins(r: Reading, places: list[str]) -> Origins:
    """The region the clause is about (at its stations' level), or each of the origins listed with it."""
    scan, first = r.scan, r.first
    named = named_origin(scan.article, scan.regions, scan.sentence, scan.subjects, first, places)
    stations = departures_within(scan.sentence, scan.regions, first, named, places, scan.article) if named else []
    origin = stations[0] if stations else named
    codes = stations if len(stations) > 1 else listed_origins(r.text, r.base, scan.subjects, origin, first,
                                                              r.c_start, places) if origin else []
    # A县、B县分别向X输送N1人、N2人: with 分别, the origins and their counts pair up in order
    own = respective_counts(r.text, r.c_start, r.c_end, len(codes)) if len(codes) > 1 and len(r.group) == 1 else None
    return list(zip(codes, own)) if own else [(code, None) for code in codes]


# Where the workers come from, the first of these that finds any.
ORIGIN_SOURCES: tuple[Callable[[Reading, list[str]], Origins], ...] = (
    _route_origins, _hosted_origins, _seen_origins, _anaphoric_origins, _arrival_origins, _origin_said_after, _named_origins,
)


def _origins(r: Reading, places: list[str]) -> Origins:
    for source in ORIGIN_SOURCES:
        origins = source(r, places)
        if origins:
            return origins
    return []


def _outbound(r: Reading, places: list[str], counts: Counts, shared: bool, origins: Origins) -> list[RawFlow]:
    """One RawFlow per origin and place, and per part of the origin a following 其中 clause counts."""
    scan, kind = r.scan, r.kind
    start, end = r.base + r.c_start, r.base + r.c_end
    label = len(r.group) == 1 and len(r.first.surface) == 1
    shared = shared or len(origins) > 1
    out = []
    for origin, own_count in origins:
        for destination, (n, about) in zip(places, counts):
            if own_count is not None:
                n, about = own_count
            if can_flow(origin, destination):
                out.append(RawFlow(origin, destination, scan.sentence, start, end, n, about, kind,
                                   shared or own_count is not None, label))
    if len(origins) == 1 and kind in ("move", "base", "place"):
        for part, (n, about) in part_counts(r.text, r.base, scan.mentions, r.c_end, origins[0][0]):
            for destination in places:
                if can_flow(part, destination):
                    out.append(RawFlow(part, destination, scan.sentence, start, end, n, about, kind,
                                       len(places) > 1))
    return out
