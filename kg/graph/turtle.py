"""Deterministic Turtle: sorted triples grouped by subject, written without rdflib's serializer."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from kg.graph.terms import TURTLE_PREFIXES

Triple = tuple[str, str, str]

# Subjects minted for one article only; everything else (regions, brands, programs, the
# vocabulary) can be stated by many articles.
ARTICLE_KINDS = ("article:", "flow:", "observation:", "brand-destination:")


# Triples are written by subject, then predicate with rdf:type and rdfs:label first and the rest
# alphabetical, then object. render() sorts plain tuples with those two predicates replaced by
# strings that sort before any prefixed name, so the sort compares tuples natively.
_RANKED = {"rdf:type": "\x00", "rdfs:label": "\x01"}
_VERB = {"\x00": "a", "\x01": "rdfs:label"}


def render(triples: Iterable[Triple]) -> tuple[str, int]:
    """Turtle statements (no prefixes) for `triples`, sorted and de-duplicated; and their count."""
    ranked = _RANKED.get
    ordered = sorted({(s, ranked(p, p), o) for s, p, o in triples})
    verbs = _VERB.get
    parts: list[str] = []
    subject = predicate = None
    for s, p, o in ordered:
        if s != subject:
            if subject is not None:
                parts.append(" .\n")
            parts.append(f"\n{s}\n    {verbs(p, p)} {o}")
            subject, predicate = s, p
        elif p != predicate:
            parts.append(f" ;\n    {verbs(p, p)} {o}")
            predicate = p
        else:
            parts.append(f",\n        {o}")
    if subject is not None:
        parts.append(" .\n")
    return "".join(parts), len(ordered)


def write_prefixes(out: TextIO, header: str | None = None) -> None:
    if header:
        for line in header.splitlines():
            out.write(f"# {line}\n")
    for prefix, namespace in TURTLE_PREFIXES.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")


def write_turtle(triples: Iterable[Triple], out: TextIO, header: str | None = None) -> int:
    """Write `triples` (already-encoded Turtle terms) as a Turtle document; return how many.

    The output depends only on the set of triples, so the same facts always give the same bytes.
    """
    write_prefixes(out, header)
    text, count = render(triples)
    out.write(text)
    return count
