"""Deterministic Turtle: sorted triples grouped by subject, written without rdflib's serializer."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from kg.graph.terms import TURTLE_PREFIXES

Triple = tuple[str, str, str]

# Within a subject, these predicates come first, in this order; the rest follow alphabetically.
_LEADING = {"rdf:type": (0, "rdf:type"), "rdfs:label": (1, "rdfs:label")}

# Subjects minted for one article only; everything else (regions, brands, programs, the
# vocabulary) can be stated by many articles.
ARTICLE_KINDS = ("article:", "flow:", "observation:", "brand-destination:")


def triple_key(triple: Triple) -> tuple[str, tuple[int, str], str]:
    """The order triples are written in: by subject, predicate (type and label first), object."""
    predicate = triple[1]
    return triple[0], _LEADING.get(predicate) or (2, predicate), triple[2]


def is_article_own(triple: Triple) -> bool:
    return triple[0].startswith(ARTICLE_KINDS)


def render(triples: Iterable[Triple]) -> tuple[str, int]:
    """Turtle statements (no prefixes) for `triples`, sorted and de-duplicated; and their count."""
    ordered = sorted(set(triples), key=triple_key)
    parts: list[str] = []
    subject = predicate = None
    for s, p, o in ordered:
        verb = "a" if p == "rdf:type" else p
        if s != subject:
            if subject is not None:
                parts.append(" .\n")
            parts.append(f"\n{s}\n    {verb} {o}")
            subject, predicate = s, p
        elif p != predicate:
            parts.append(f" ;\n    {verb} {o}")
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
