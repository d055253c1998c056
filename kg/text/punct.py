"""Punctuation that shapes Chinese sentences: what ends a clause, and the quotation marks that name things."""
from __future__ import annotations

import re

__all__ = ["CLAUSE_BREAK_RE", "CLAUSE_MARKS", "CLAUSE_PUNCT", "CLAUSE_SPLIT_RE", "END_MARKS", "NAME_QUOTE_CLOSE",
           "NAME_QUOTE_OPEN", "QUOTE_CLOSE", "QUOTE_OPEN", "quoted"]

# The marks that end a clause and let the sentence go on (full-width and ASCII): comma, semicolon, colon. The
# enumeration comma 、 joins items of one clause and is not among them.
CLAUSE_MARKS = "，,；;：:"
# The marks that end a sentence (normalisation cuts sentences after them; one may still close a sentence's text).
END_MARKS = "。！？!?"
# Everything that ends a clause: those marks and a line break (text of more than one paragraph).
CLAUSE_PUNCT = CLAUSE_MARKS + END_MARKS + "\n"
CLAUSE_SPLIT_RE = re.compile(f"[{CLAUSE_PUNCT}]")
# The same within one paragraph: where the rules that read a clause's words stop.
CLAUSE_BREAK_RE = re.compile(f"[{CLAUSE_MARKS}{END_MARKS}]")
# The typographic quotation marks that open and close a name (“…”, 「…」, 『…』, ‘…’), in matching order.
QUOTE_OPEN = "“「『‘"
QUOTE_CLOSE = "”」』’"
# Those without the single marks ‘…’, which also quote a word inside a name.
NAME_QUOTE_OPEN = QUOTE_OPEN[:3]
NAME_QUOTE_CLOSE = QUOTE_CLOSE[:3]


def quoted(shortest: int, longest: int, *, singles: bool = False, inside: str | None = None) -> str:
    """A regex (source) for a quoted name of `shortest`..`longest` characters, the name as group 1.

    Between any opening and any closing mark of NAME_QUOTE_OPEN/CLOSE (and ‘…’ with `singles`); the name holds no
    quotation mark of those and no line break, or only characters of the class `inside` when given.
    """
    opening = QUOTE_OPEN if singles else NAME_QUOTE_OPEN
    closing = QUOTE_CLOSE if singles else NAME_QUOTE_CLOSE
    inside = inside or f"[^{opening}{closing}\\n]"
    return f"[{opening}]({inside}{{{shortest},{longest}}})[{closing}]"
