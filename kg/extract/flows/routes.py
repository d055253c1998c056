"""Routes from one list of places to another (A、B至C、D的专列): the first list is the origin."""
from __future__ import annotations

import re

from kg.model import RegionMention
from kg.extract.flows.labour_words import LABOUR
from kg.extract.flows.list_forms import LIST_END_PLAIN


# A、B等地至C、D等方向的专列; A、B—C的大巴: a route from one list of places to another,
# written with 至/到/a dash between them, of a vehicle or towards 方向.
_ROUTE_GAP = re.compile(rf"^(?:{LIST_END_PLAIN})?(?:至|到|—|－|-|–|—)$")
_ROUTE_VEHICLE = re.compile(r"专列|专车|大巴|包车|班车|列车|动车|直通车|客车|巴士|航班")
_ROUTE_TOWARDS = re.compile(rf"^(?:{LIST_END_PLAIN})?方向")
ROUTE_VEHICLE_WINDOW = 16  # the vehicle is named right after the route (…等方向的直达专列, —C的大巴)
# 从A、B等地陆续开出N列务工专列，开往C、D: the vehicles put on from the first list go to the second (a station, 从A站始发,
# is only where they leave from)
_DEPARTS_AFTER = re.compile(rf"(?:{LIST_END_PLAIN})?(?![东南西北]?站)[^，。；！？,;]{{0,6}}?"
                            r"(?:开出|发出|始发|出发|驶出|开行)[^。；！？]{0,24}?(?:专列|专车|大巴|包车|班车|列车|动车|直通车|客车|航班)")
_FROM_MARKS = ("从", "由", "自")
# 从A、B开往C，接返务工人员N名: the verb of going right after the list of departures (several places: one is
# as often only a station the train leaves, see origins.departures_within)
_GOES_STRAIGHT = re.compile(rf"(?:{LIST_END_PLAIN})?(?:开往|驶往|发往|驶向|直达|开赴)")
DEPARTURE_GAP_LONGEST = 48  # the departure verb, the vehicles with their count and name, and the verb of going


def find_routes(text: str, base: int, groups: list[tuple[list[RegionMention], int]],
                kinds: list[str | None]) -> dict[int, list[RegionMention]]:
    """{index of a destination group: the origin group} for each route; `kinds` marks both ends."""
    routes: dict[int, list[RegionMention]] = {}
    for i in range(1, len(groups)):
        (before, _), (group, start) = groups[i - 1], groups[i]
        if kinds[i - 1] or kinds[i] not in (None, "move", "inbound"):
            continue
        # (从A、B开往C，接返N名务工人员: the vehicles fetch the workers from the first list, not from C)
        if kinds[i] in ("move", "inbound") and _departs_to(text, base, groups[i - 1], start):
            routes[i] = before
            kinds[i - 1], kinds[i] = "route-origin", "route"
            continue
        end = group[-1].end - base
        if kinds[i] == "inbound" or not _ROUTE_GAP.match(text[before[-1].end - base:start]):
            continue
        after = text[end:end + ROUTE_VEHICLE_WINDOW]
        if _ROUTE_TOWARDS.match(after) or _ROUTE_VEHICLE.search(after):
            routes[i] = before
            kinds[i - 1], kinds[i] = "route-origin", "route"
    return routes


def _departs_to(text: str, base: int, origin: tuple[list[RegionMention], int], destination_start: int) -> bool:
    """Whether the vehicles for workers the clause puts on from the list `origin` (从A、B等地开出…务工专列) are the
    ones that go to the list starting at `destination_start`."""
    group, start = origin
    if text[start - 1:start] not in _FROM_MARKS:
        return False
    end = group[-1].end - base
    if len(group) > 1 and _GOES_STRAIGHT.fullmatch(text, end, destination_start):
        return LABOUR.search(text) is not None
    # (the vehicles are for workers: 务工专列, 返岗专车; a tourist train moves no one to work)
    return destination_start - end <= DEPARTURE_GAP_LONGEST and _DEPARTS_AFTER.match(text, end, destination_start) \
        is not None and LABOUR.search(text, end, destination_start) is not None
