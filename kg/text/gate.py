"""Patterns searched through long texts, told first which characters any match of theirs opens with."""
from __future__ import annotations

import re
from re import _constants as _c, _parser  # the parser re itself compiles with (Python 3.11+)

__all__ = ["gated", "opening_chars"]

_WIDEST_RANGE = 256  # a class's range wider than this is left to the pattern itself


def gated(pattern: str) -> re.Pattern[str]:
    """re.compile(pattern), led by a lookahead for the characters its matches open with when they are few.

    Searched for in text without a match (an article without a table, a line that is no copyright notice), an
    alternation of words is tried at every position; led by a class, re scans for that class's characters in C
    first (about 3x faster on news for the patterns that use it). The lookahead only skips positions no match can
    start at: the same matches, the same groups. A pattern whose openings are not a known small set is compiled as
    it is. Measure before using it: re already scans fast for a pattern that opens with a group of words (来源|稿源…),
    and such a pattern gated is slower."""
    opening = opening_chars(pattern)
    if not opening:
        return re.compile(pattern)
    return re.compile(f"(?=[{''.join(re.escape(c) for c in sorted(opening))}])(?:{pattern})")


def opening_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of `pattern` opens with, or None where they are not a small known set (an
    optional or empty start, a category such as \\s, a negated class, an assertion, flags)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & ~_c.SRE_FLAG_UNICODE:
        return None
    return _opening(list(parsed))


def _opening(items: list) -> frozenset[str] | None:
    if not items:
        return None  # an empty match
    op, arg = items[0]
    if op is _c.LITERAL:
        return frozenset(chr(arg))
    if op is _c.IN:
        return _class_chars(arg)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in arg[1]:
            chars = _opening(list(alternative))
            if chars is None:
                return None
            out |= chars
        return frozenset(out)
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        return None if add_flags or del_flags else _opening(list(sub))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = arg
        return _opening(list(sub)) if low >= 1 else None
    return None


def _class_chars(members: list) -> frozenset[str] | None:
    out: set[str] = set()
    for op, arg in members:
        if op is _c.LITERAL:
            out.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < _WIDEST_RANGE:
            out.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, a wide range
    return frozenset(out)
