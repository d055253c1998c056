"""A sentence's clauses and clause punctuation, as every metric rule reads them."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from kg.text.clauses import clause_stops

# Words that open the words before a figure without saying what it counts: connectives, time words, hedges,
# and the words that stand for the subject (全县, 本市, 这些).
LEAD_WORDS = re.compile(
    r"^(?:[\s“”\"‘’（(]*(?:其中|据统计|据了解|据悉|另外|此外|同时|共计|合计|一共|总共|共有|已有|还有|另有|共|并|还|也|再|已经|已"
    r"|累计实现|实现|完成了|完成(?!率)|当天|当日|当地(?![人])|本地(?![人])"
    r"|全年|目前|截至目前|止目前|今年以来|今年|去年|我们|仅|就(?!业)|又|另|(?:19|20)[0-9]{2}年(?:以来)?|[全我本该][市州县区省旗]"
    r"|这些|这批|此批|该批|这里(?![面边头])|这儿)){0,4}"
)
_LEAD_WORDS_AT = re.compile(LEAD_WORDS.pattern[1:])  # the same words, read at any offset
# The letters a lead word opens with, and the quotes and brackets that LEAD_WORDS passes over before one (and
# the spaces, tested apart): text that opens on none of them opens on no lead word (most words before a figure).
LEAD_LETTERS = frozenset("其据另此同共合一总已还也再并累实完当全目截止今去我仅就又12本该这" "“”\"‘’（(")


def lead_words_end(text: str, start: int = 0) -> int:
    """Where the lead words that open `text` at `start` end (LEAD_WORDS read in place), `start` if none do. Asked
    of the words before every figure and of every clause a brand may open: tried only on a letter one opens with."""
    first = text[start:start + 1]
    if not first or (first not in LEAD_LETTERS and not first.isspace()):
        return start
    return _LEAD_WORDS_AT.match(text, start).end()


# X籍 names where the people counted come from: the place is part of what is counted.
NATIVE = "籍"


# A clause's memo not filled yet (None is a reading: the clause opens on no brand).
UNREAD = object()


@dataclass(slots=True)  # (made by the hundred thousand: no __dict__ each)
class Clause:
    start: int  # offsets within the sentence
    end: int
    lead: str | None  # the adcode the clause opens with, if any
    # The origin of the brand the clause opens on (brand_owner.brand_subject), read once for all the figures
    # of its sentence; UNREAD until then.
    opening_brand: object = UNREAD


def any_of(letters) -> Callable[..., re.Match | None]:
    """`search(text[, start[, end]])` for any one of `letters`: whether the text holds one, read in C. (A set's
    isdisjoint makes a string of each Chinese letter it reads, and costs several times more on a phrase.)"""
    return re.compile("[" + "".join(re.escape(letter) for letter in sorted(letters)) + "]").search


def within_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return bool(spans) and any(s <= start and end <= e for s, e in spans)  # (most sentences mask nothing)


def clause_start_of(text: str, pos: int) -> int:
    """Just after the last clause punctuation before `pos`, else 0 (clause_bounds' start, asked of every figure)."""
    stops = clause_stops(text)
    i = bisect_left(stops, pos)
    return stops[i - 1] + 1 if i else 0


def clause_index(clauses: list[Clause], pos: int) -> int:
    """The first clause that holds `pos` or ends right before it, else the last clause."""
    for i, clause in enumerate(clauses):
        if clause.start <= pos <= clause.end:
            return i
    return len(clauses) - 1
