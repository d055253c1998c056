"""Which pairs of regions can be a flow: a flow leaves its origin for a place outside it."""
from __future__ import annotations

from functools import lru_cache

from kg.gazetteer import Gazetteer


# Keyed by two gazetteer codes (the gazetteer is read once per process): a pair's answer never changes.
@lru_cache(maxsize=1 << 16)
def can_flow(origin: str, destination: str) -> bool:
    """A flow leaves its origin: not to the same place, not within it, not to a region containing it."""
    contains = Gazetteer.load().contains
    return origin != destination and not contains(origin, destination) and not contains(destination, origin)


def contains_region(a: str, b: str) -> bool:
    return Gazetteer.load().contains(a, b)
