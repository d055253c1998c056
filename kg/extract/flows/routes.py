"""Routes from one list of places to another (A、B至C、D的专列): the first list is the origin."""
from __future__ import annotations

import re

from kg.model import RegionMention
from kg.extract.flows.list_forms import LIST_END_PLAIN


# A、B等地至C、D等方向的专列; A、B—C的大巴: a route from one list of places to another,
# written with 至/到/a dash between them, of a vehicle or towards 方向.
_ROUTE_GAP = re.compile(rf"^(?:{LIST_END_PLAIN})?(?:至|到|—|－|-|–|—)$")
_ROUTE_VEHICLE = re.compile(r"专列|专车|大巴|包车|班车|列车|动车|直通车|客车|巴士|航班")
_ROUTE_TOWARDS = re.compile(rf"^(?:{LIST_END_PLAIN})?方向")
ROUTE_VEHICLE_WINDOW = 16  # the vehicle is named right after the route (…等方向的直达专列, —C的大巴)


def find_routes(text: str, base: int, groups: list[tuple[list[RegionMention], int]],
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
