"""A sentence's clauses: where its clause punctuation stands, found once per sentence, and a clause's bounds."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.text.memo import article_memo
from kg.text.punct import CLAUSE_MARKS, CLAUSE_SPLIT_RE

__all__ = ["clause_bounds", "clause_stops", "mark_stops"]

_MARKS_RE = re.compile(f"[{CLAUSE_MARKS}]")


# Every rule of an extractor asks about the sentence it is reading: a few entries keep its stops (emptied with
# each article, kg.text.memo: a corpus that repeats sentences must not read faster than news).
@article_memo(maxsize=8)
def clause_stops(text: str) -> list[int]:
    """Offsets of every clause punctuation of `text` (kg.text.punct.CLAUSE_PUNCT: marks, end marks, line breaks)."""
    return [m.start() for m in CLAUSE_SPLIT_RE.finditer(text)]


@article_memo(maxsize=8)
def mark_stops(text: str) -> list[int]:
    """Offsets of the clause marks of `text` (，；： and their ASCII forms), not of the end marks: the clause a
    sentence's last mark closes runs to its end."""
    return [m.start() for m in _MARKS_RE.finditer(text)]


def clause_bounds(stops: list[int], pos: int, length: int) -> tuple[int, int]:
    """(start, end) of the clause that holds offset `pos`, given a text's `stops` and its length: just after the
    last stop before `pos` (else 0), and the first stop from `pos` on (else the end). A bisection, so a sentence of
    thousands of clauses stays linear."""
    i = bisect_left(stops, pos)
    return (stops[i - 1] + 1 if i else 0), (stops[i] if i < len(stops) else length)
