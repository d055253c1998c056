"""Flows across sentences: the batch moved just before (这批), onward trips, events, campaign labels."""
from __future__ import annotations

import dataclasses
import re

from kg.extract.numbers import find_quantities
from kg.gazetteer import Gazetteer
from kg.model import Flow, RegionAnalysis, Sentence
from kg.extract.flows.record import RawFlow
from kg.extract.flows.clauses import ADDING_IN, clause_bounds
from kg.extract.flows.places import contains_region, can_flow
from kg.extract.flows.labour_words import LABOUR


# 这批务工人员来自A县、B县和C区: the sentence after a move names where the batch it moved comes from, at a
# finer level than the move did (a prefecture's counties); each is an origin of the same move.
# (他们分别来自A、B、C三县: the people just moved, named by the pronoun; 这N名务工人员, 此次出发的务工人员: by their count
# or by the event)
# (车上的务工人员共N名，分别来自A、B: the people aboard the vehicle just moved, counted in a clause of their own)
_BATCH = (r"(?:这批|此批|该批|本批|这些|首批|他们|她们|上述|"
          r"(?:(?:这|此|该)[\d一二两三四五六七八九十百千万]+[余多]?名|此次|本次|这次|"
          r"(?:车|列车|专列|车厢|大巴)[上里内]的?)[^，。；,;]{0,6}?"
          r"(?:务工人员|工人|劳动力|农民工|员工|求职者|务工者))")
_BATCH_FROM = re.compile(_BATCH + r"[^，。；,;]{0,10}?(?:[，,][^，。；,;]{0,10}?)?(?:分别|主要|大多|均|都)?来自")
# 这些务工者分别在A站、B站和C站上车: the stations where the batch boarded are in the cities it comes from
_BATCH_BOARDED = re.compile(_BATCH + r"[^，。；,;]{0,6}?(?:分别|先后|陆续|依次)?(?:在|从)")
_BOARDING = re.compile(r"上车|登车|乘车|上的车|登上列车|登上专列")
_STATION_NAMED = re.compile(r"[东南西北]?(?:火车|高铁)?站")
# 来自X市“三县一区”，依次是A区和B、C、D: the places themselves listed in the clause after the group's name
# people a batch (这批, 他们) may name who are no workers sent
_NOT_WORKERS = re.compile(r"游客|旅客|学生|学员|代表|干部|领导|专家|嘉宾|志愿者|选手|记者")
_LISTED_NEXT = re.compile(r"[，,：:](?:依次|分别|具体)?(?:是|为|包括)|[，,](?:即|包括)")


def batch_origins(sentence: Sentence, regions: RegionAnalysis, moved: list[RawFlow]) -> list[RawFlow]:
    text, base = sentence.text, sentence.start
    if not moved:
        return []
    boarded = False
    if "来自" in text and (cue := _BATCH_FROM.search(text)) is not None:
        clause_end = clause_bounds(text, cue.end())[1]
        if text.startswith(("，", ",", "：", ":"), clause_end) and _LISTED_NEXT.match(text, clause_end):
            clause_end = clause_bounds(text, clause_end + 1)[1]
    elif "站" in text and (cue := _BATCH_BOARDED.search(text)) is not None \
            and (boarding := _BOARDING.search(text, cue.end(), clause_bounds(text, cue.end())[1])) is not None:
        clause_end, boarded = boarding.start(), True
    else:
        return []
    if _NOT_WORKERS.search(text, cue.start(), cue.end()):
        return []  # (这批游客分别来自A、B: a group of visitors, not the workers moved)
    origins = []
    for m in regions.mentions_between(base + cue.end(), base + clause_end):
        if boarded and not _STATION_NAMED.match(text, m.end - base):
            continue
        if m.code not in origins and any(_of_batch(raw.origin, m.code) for raw in moved):
            origins.append(m.code)
    # (车上的务工人员共N名，分别来自…: the batch counted where the move was not)
    people = [q for q in find_quantities(text[cue.start():cue.end()]) if q.unit == "人" and q.value > 1]
    count = (int(people[0].value), people[0].approximate) if len(people) == 1 else None
    out = []
    for raw in moved:
        workers, approximate = (raw.workers, raw.approximate) if raw.workers is not None or count is None else count
        for origin in origins:
            if _of_batch(raw.origin, origin) and can_flow(origin, raw.destination):
                out.append(dataclasses.replace(raw, origin=origin, sentence=sentence, clause_start=base + cue.start(),
                                               clause_end=base + clause_end, shared=True, workers=workers,
                                               approximate=approximate, kind="boarded" if boarded else raw.kind))
    return out


def boarded_provinces(raws: list[RawFlow]) -> set[tuple[str, str]]:
    """(province, destination) of the moves whose province's workers were said to board at its cities' stations
    (川籍务工人员…这些务工者分别在A站、B站上车): those cities are the origin at its most specific level, as
    origins.departures_within reads the stations named in the move's own sentence."""
    gaz = Gazetteer.load()
    out: set[tuple[str, str]] = set()
    for raw in raws:
        if raw.kind == "boarded":
            province = gaz.province_code(raw.origin)
            if province != raw.origin:
                out.add((province, raw.destination))
    return out


def _of_batch(moved_origin: str, place: str) -> bool:
    """A place the batch comes from is the move's origin at a finer level, or a prefecture beside the city the
    move was read from (its train's departure: 由A站始发…车上的务工人员分别来自A、B、C), or a county beside the
    county it was read from (从A县开出的专列…车上的务工人员来自A县、B县、C县: the neighbours share the train)."""
    if place == moved_origin or contains_region(moved_origin, place):
        return True
    gaz = Gazetteer.load()
    moved, here = gaz.get(moved_origin), gaz.get(place)
    if moved is None or here is None or moved.level != here.level:
        return False
    if moved.level == "county":
        return moved.parent == here.parent
    return moved.level == "city" and gaz.province_code(moved_origin) == gaz.province_code(place)


_BATCH_AGAIN = re.compile(r"这批|此批|该批|这些|他们")


def same_batch(sentence: Sentence, regions: RegionAnalysis, raws: list[RawFlow],
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
_EVENT = re.compile(r"本次|此次|这次|该次|本批|首批|此批|该批|首趟|这趟|此趟|该趟|本趟|这批|当天|当日|当晚")


def is_event(text: str, raw: RawFlow, *, base: int) -> bool:
    """An event word before the clause's end, not in a clause that adds the event into a total (连同这趟…，共N名)."""
    for event in _EVENT.finditer(text, 0, raw.clause_end - base):
        if not text.startswith(ADDING_IN, clause_bounds(text, event.start())[0]):
            return True
    return False


# 列车抵达A站后，大巴再把工人送往B、C: the same workers, taken on from where the train arrived.
# (到了A南站，人社部门又安排专车把务工人员送到B: the arrival said with 到了 and a comma)
_ARRIVED = re.compile(r"(?:到达|抵达|到站|到了)$")
_ARRIVED_AFTER = re.compile(r"[东南西北]?站?后|[东南西北]?站[，,]")


def counted_onward(raw: RawFlow, sentence: Sentence, regions: RegionAnalysis,
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


def implied_by_cities(key: tuple[str, str], merged: dict[tuple[str, str], Flow], labels: set[tuple[str, str]]) -> bool:
    """赴粤 in an article that names the cities: a province written as a campaign's one-letter label, with
    no count of its own, is where the named cities are, not one more destination. A province written out
    (常年活跃在江苏各地) is a statement of its own."""
    origin, destination = key
    flow = merged[key]
    if key not in labels:
        return False
    region = Gazetteer.load().get(destination)
    if region is None or region.level != "province":
        return False
    inner = [f for (o, d), f in merged.items() if o == origin and d != destination and contains_region(destination, d)]
    return bool(inner) and (flow.workers is None or any(f.workers == flow.workers for f in inner))


# 来自A的务工人员乘坐大巴来到B站，准备乘坐高铁。…从B站出发，乘坐D次列车前往C: workers who come to a station to
# change trains go where the train from that station goes.
_TO_STATION = re.compile(r"(?:来到|到达|抵达|赶到|赶往|前往|到)了?$")  # (送到了A站: the move told as done)
_STATION = re.compile(r"[东南西北]?(?:火车站|高铁站|站)")
_TO_CHANGE = re.compile(r"准备乘坐|准备搭乘|等待乘坐|将乘坐|换乘|转乘|改乘")
_FACILITY = re.compile(r"[东南西北]?(?:火车|高铁|汽车|客运)?(?:站|机场|码头|港)")


def changing_at(sentence: Sentence, regions: RegionAnalysis) -> tuple[list[str], str] | None:
    """(where the workers come from, the station's region) of a sentence that brings workers to a station to
    change onto a train, or None."""
    text, base = sentence.text, sentence.start
    if "乘" not in text or not _TO_CHANGE.search(text) or not LABOUR.search(text):  # (every change names 乘)
        return None
    mentions = regions.mentions_between(sentence.start, sentence.end)
    for index, m in enumerate(mentions):
        rel_start, rel_end = m.start - base, m.end - base
        if not (_STATION.match(text, rel_end) and _TO_STATION.search(text, max(0, rel_start - 2), rel_start)):
            continue
        origins: list[str] = []
        for before in mentions[:index]:
            if _FACILITY.match(text, before.end - base) or not can_flow(before.code, m.code):
                continue
            if origins and contains_region(origins[-1], before.code):
                origins[-1] = before.code  # 四川省遂宁市: the more specific place
            elif before.code not in origins:
                origins.append(before.code)
        return (origins, m.code) if origins else None
    return None


def changed_onward(raws: list[RawFlow], changing: tuple[list[str], str]) -> list[RawFlow]:
    """The flows of the workers who changed at the station, to where the trains leaving it go (their count is
    that of everyone aboard, not theirs)."""
    origins, station = changing
    out = []
    for raw in raws:
        if raw.origin != station and not contains_region(raw.origin, station):
            continue  # (a train of the province's workers, 川籍务工人员, leaves from the station in it too)
        for origin in origins:
            if can_flow(origin, raw.destination):
                out.append(dataclasses.replace(raw, origin=origin, workers=None, approximate=False, shared=True))
    return out
