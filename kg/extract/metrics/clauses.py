"""A sentence's clauses and clause punctuation, as every metric rule reads them."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from kg.text.punct import CLAUSE_SPLIT_RE


@dataclass
class Clause:
    start: int  # offsets within the sentence
    end: int
    lead: str | None  # the adcode the clause opens with, if any


def within_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def clause_start_of(text: str, pos: int) -> int:
    """Just after the last clause punctuation before `pos`, else 0."""
    stops = clause_stops(text)
    i = bisect_left(stops, pos)
    return stops[i - 1] + 1 if i else 0


@lru_cache(maxsize=8)
def clause_stops(text: str) -> list[int]:
    """Offsets of the clause punctuation of a sentence, found once per sentence."""
    return [m.start() for m in CLAUSE_SPLIT_RE.finditer(text)]


def clause_index(clauses: list[Clause], pos: int) -> int:
    """The first clause that holds `pos` or ends right before it, else the last clause."""
    for i, clause in enumerate(clauses):
        if clause.start <= pos <= clause.end:
            return i
    return len(clauses) - 1
