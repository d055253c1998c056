"""Deterministic Turtle: sorted triples grouped by subject, written without rdflib's serializer."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from kg.graph.terms import TURTLE_PREFIXES

Triple = tuple[str, str, str]

# Within a subject, these predicates come first, in this order; the rest follow alphabetically.
_LEADING = ("rdf:type", "rdfs:label")


def _predicate_key(predicate: str) -> tuple[int, str]:
    if predicate in _LEADING:
        return (_LEADING.index(predicate), predicate)
    return (len(_LEADING), predicate)


def triple_key(triple: Triple) -> tuple[str, tuple[int, str], str]:
    """The order triples are written in: by subject, predicate (type and label first), object."""
    return triple[0], _predicate_key(triple[1]), triple[2]


def write_turtle(triples: Iterable[Triple], out: TextIO, header: str | None = None,
                 presorted: bool = False) -> int:
    """Write `triples` (already-encoded Turtle terms) to `out`; return how many were written.

    The output depends only on the set of triples: subjects, predicates and objects are sorted,
    duplicates dropped, so the same facts always give the same bytes. With `presorted`, the
    caller promises distinct triples in `triple_key` order (as TripleSorter yields them), and
    they are streamed without being held in memory.
    """
    ordered = triples if presorted else sorted(set(triples), key=triple_key)
    count = 0
    if header:
        for line in header.splitlines():
            out.write(f"# {line}\n")
    for prefix, namespace in TURTLE_PREFIXES.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    subject = predicate = None
    for s, p, o in ordered:
        count += 1
        if s != subject:
            if subject is not None:
                out.write(" .\n")
            out.write(f"\n{s}\n    {'a' if p == 'rdf:type' else p} {o}")
            subject, predicate = s, p
        elif p != predicate:
            out.write(f" ;\n    {'a' if p == 'rdf:type' else p} {o}")
            predicate = p
        else:
            out.write(f",\n        {o}")
    if subject is not None:
        out.write(" .\n")
    return count
