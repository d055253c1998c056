"""Punctuation that shapes Chinese sentences: what ends a clause, and the quotation marks that name things."""
from __future__ import annotations

import re

__all__ = ["CLAUSE_PUNCT", "CLAUSE_SPLIT_RE", "QUOTE_CLOSE", "QUOTE_OPEN"]

# What ends a clause inside a sentence (full-width and ASCII forms, and a line break): a comma, semicolon,
# colon or end mark. The enumeration comma 、 joins items of one clause and is not among them.
CLAUSE_PUNCT = "，,；;：:。！？!?\n"
CLAUSE_SPLIT_RE = re.compile(f"[{CLAUSE_PUNCT}]")
# The typographic quotation marks that open and close a name (“…”, 「…」, 『…』, ‘…’), in matching order.
QUOTE_OPEN = "“「『‘"
QUOTE_CLOSE = "”」』’"
