"""Deterministic Turtle: sorted triples grouped by subject, written without rdflib's serializer."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from kg.graph.terms import TURTLE_PREFIXES

Triple = tuple[str, str, str]



def triple_line(triple: Triple) -> str:
    """A triple as one line of text, "subject<TAB>predicate<TAB>object", as the build merges and caches them."""
    # Encoded terms never contain a raw tab or newline (kg.graph.terms escapes them).
    return "\t".join(triple)


def line_triple(line: str) -> Triple:
    s, p, o = line.split("\t", 2)
    return s, p, o


# Triples are written by subject, then predicate with rdf:type and rdfs:label first and the rest
# alphabetical, then object. render() ranks those two predicates by strings that sort before any
# prefixed name, so plain tuple comparison gives that order.
_RANKED = {"rdf:type": "\x00", "rdfs:label": "\x01"}
_VERB = {"\x00": "a", "\x01": "rdfs:label"}


def render(triples: Iterable[Triple]) -> tuple[str, int]:
    """Turtle statements (no prefixes) for `triples`, sorted and de-duplicated; and their count."""
    ranked = _RANKED.get
    # Grouped by subject first: sorting each subject's few (predicate, object) pairs is cheaper than
    # sorting every triple with its subject compared again and again.
    by_subject: dict[str, set[tuple[str, str]]] = {}
    for s, p, o in triples:
        pairs = by_subject.get(s)
        if pairs is None:
            by_subject[s] = pairs = set()
        pairs.add((ranked(p, p), o))
    verbs = _VERB.get
    parts: list[str] = []
    count = 0
    for s in sorted(by_subject):
        pairs = sorted(by_subject[s])
        count += len(pairs)
        predicate = None
        for p, o in pairs:
            if predicate is None:
                parts.append(f"\n{s}\n    {verbs(p, p)} {o}")
            elif p != predicate:
                parts.append(f" ;\n    {verbs(p, p)} {o}")
            else:
                parts.append(f",\n        {o}")
            predicate = p
        parts.append(" .\n")
    return "".join(parts), count


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
