"""RDF plumbing the outputs share: formats by suffix, one safe loader, prefixed names, checked atomic writes."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.atomic import atomic_writer
from kg.errors import KgError, UsageError
from kg.graph.terms import NAMESPACES

__all__ = [
    "FORMATS", "GraphFileError", "RdfFormat", "check_graph_file",
    "check_output_dir", "check_output_file", "curie",
    "iter_quads", "load_oxigraph", "load_rdflib", "parse_quads", "rdf_format_for", "write_text",
]


class GraphFileError(KgError):
    """A graph file is missing, a folder, of an unknown format, or does not parse (exit status 1)."""


@dataclass(frozen=True)
class RdfFormat:
    name: str     # what the user is told ("Turtle")
    oxigraph: str  # the pyoxigraph RdfFormat attribute
    quads: bool   # may hold named graphs

    def ox(self) -> Any:
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, self.oxigraph)


_TURTLE = RdfFormat("Turtle", "TURTLE", False)
_NTRIPLES = RdfFormat("N-Triples", "N_TRIPLES", False)
_NQUADS = RdfFormat("N-Quads", "N_QUADS", True)
_RDFXML = RdfFormat("RDF/XML", "RDF_XML", False)
_JSONLD = RdfFormat("JSON-LD", "JSON_LD", True)

FORMATS: dict[str, RdfFormat] = {
    ".ttl": _TURTLE, ".turtle": _TURTLE,
    ".nt": _NTRIPLES, ".ntriples": _NTRIPLES,
    ".nq": _NQUADS, ".nquads": _NQUADS,
    ".trig": RdfFormat("TriG", "TRIG", True),
    ".rdf": _RDFXML, ".xml": _RDFXML, ".owl": _RDFXML,
    ".jsonld": _JSONLD, ".json": _JSONLD,
    ".n3": RdfFormat("N3", "N3", False),
}


def rdf_format_for(path: str | os.PathLike) -> RdfFormat:
    """The RDF format named by the file's suffix; GraphFileError naming the known ones otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFileError(f"{path}: cannot tell the RDF format from the suffix {suffix or '(none)'}; "
                             f"use one of {' '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def check_graph_file(path: str | os.PathLike) -> Path:
    """`path` as a Path if it is a readable graph file's name; GraphFileError with the one message otherwise."""
    path = Path(path)
    if path.is_dir():
        raise GraphFileError(f"{path}: is a folder, not a graph file")
    if not path.is_file():
        hint = " (run `kg build` first)" if path.name == "kg.ttl" else ""
        raise GraphFileError(f"{path}: graph file not found{hint}")
    rdf_format_for(path)
    return path


def _parse_error(path: Path, fmt: RdfFormat, error: BaseException) -> GraphFileError:
    reason = " ".join(str(error).split()) or type(error).__name__
    if "LoadDocumentCallback" in reason:  # pyoxigraph's words for a remote JSON-LD @context
        reason = "its @context names a remote document, and kg reads nothing but the file given: put the context in the file"
    if len(reason) > 300:
        reason = reason[:299] + "…"
    return GraphFileError(f"{path}: not a readable {fmt.name} file: {reason}")


def parse_quads(path: str | os.PathLike) -> list:
    """Every quad of the graph file `path` (pyoxigraph terms), parsed in full before returning.

    pyoxigraph is the only parser used for user files: it is fast, and it fetches nothing. A
    JSON-LD @context naming a URL is refused (no document loader is set), and RDF/XML external
    entities are not resolved, so a parse reads the named file and nothing else.
    """
    return list(iter_quads(path))


def iter_quads(path: str | os.PathLike):
    """The quads of `path` one at a time, as parse_quads reads them, for readers of large graphs that
    keep only a part (kg map): the whole list of a 10k-article graph is millions of objects."""
    import pyoxigraph as ox

    path = check_graph_file(path)
    fmt = rdf_format_for(path)
    try:
        yield from ox.parse(path=str(path), format=fmt.ox())
    except (SyntaxError, ValueError, OSError) as error:
        raise _parse_error(path, fmt, error) from None


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib_term(term: Any) -> Any:
    """A pyoxigraph term as the rdflib term rdflib's own parser would have made."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        # rdflib keeps a plain "x" untyped, and "x" != "x"^^xsd:string in rdflib.
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    raise GraphFileError(f"unsupported RDF term {term!r} (RDF-star triple terms are not used by laowu-kg)")


def load_rdflib(path: str | os.PathLike, *, dataset: bool = False) -> Any:
    """The graph file as an rdflib Graph (named graphs merged), or as a Dataset whose default graph
    is the union of its graphs when `dataset` is true and the format holds quads.

    Parsed by pyoxigraph (see parse_quads), about 25 times faster than rdflib's Turtle parser.
    """
    import pyoxigraph as ox
    from rdflib import Dataset, Graph, URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    quads = parse_quads(path)
    if dataset and rdf_format_for(path).quads:
        store = Dataset(default_union=True)
        graphs: dict[str, Any] = {}
        for quad in quads:
            name = quad.graph_name
            if isinstance(name, ox.DefaultGraph):
                target = store.graph(DATASET_DEFAULT_GRAPH_ID)
            else:
                key = str(name)
                if key not in graphs:
                    graphs[key] = store.graph(URIRef(name.value) if isinstance(name, ox.NamedNode) else None)
                target = graphs[key]
            target.add((to_rdflib_term(quad.subject), to_rdflib_term(quad.predicate),
                        to_rdflib_term(quad.object)))
        return store
    graph = Graph(bind_namespaces="none")
    graph.addN((to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object), graph)
               for q in quads)
    return graph


def load_oxigraph(path: str | os.PathLike, store_dir: str | os.PathLike | None = None) -> Any:
    """The graph file bulk-loaded into an Oxigraph store (same parser as parse_quads): in memory,
    or on disk in `store_dir` (kg serve's workers share one)."""
    import pyoxigraph as ox

    path = check_graph_file(path)
    fmt = rdf_format_for(path)
    store = ox.Store(None if store_dir is None else str(store_dir))
    try:
        store.bulk_load(path=str(path), format=fmt.ox())
    except (SyntaxError, ValueError, OSError) as error:
        raise _parse_error(path, fmt, error) from None
    return store


# Longest namespace first, so that a namespace that is a prefix of another never wins wrongly.
_BY_LENGTH = sorted(NAMESPACES.items(), key=lambda item: -len(item[1]))


def curie(iri: object) -> str:
    """An IRI (str or rdflib URIRef) written short with our prefixes (id:region/620702), else in <>."""
    text = str(iri)
    for prefix, namespace in _BY_LENGTH:
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return f"<{text}>"


def write_text(path: str | os.PathLike, chunks: str | Iterable[str]) -> Path:
    """Write text to `path` atomically: a reader sees the old file or the whole new one, never a part.

    Line ends are written as given (CSV's CRLF stays CRLF). A path whose folder cannot be made, or
    that names a folder, raises KgError naming it.
    """
    target = Path(path)
    if target.is_dir():
        raise KgError(f"{target}: is a folder; name a file to write")
    try:
        with atomic_writer(target) as stream:
            for chunk in [chunks] if isinstance(chunks, str) else chunks:
                stream.write(chunk)
    except (NotADirectoryError, FileExistsError):
        raise KgError(f"{target}: cannot write there: {_blocking_file(target) or target.parent} is a file, "
                      "not a folder") from None
    except OSError as error:
        raise KgError(f"{target}: cannot write it: {error.strerror or error}") from None
    return target


def _blocking_file(path: Path) -> Path | None:
    """The nearest existing ancestor of `path` that is not a folder: nothing can be written under it."""
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def check_output_file(option: str, path: str | os.PathLike) -> Path:
    """`path` if a file can be written there; UsageError naming the option, the path and the reason.

    Commands call it before any work, so an impossible output is refused with nothing touched."""
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"{option} {path}: is a folder; name the file to write")
    blocking = _blocking_file(target)
    if blocking is not None:
        raise UsageError(f"{option} {path}: {blocking} is a file, not a folder")
    return target


def check_output_dir(option: str, path: str | os.PathLike) -> Path:
    """`path` if it is or can become a folder; UsageError naming the option, the path and the reason."""
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise UsageError(f"{option} {path}: is a file, not a folder")
    blocking = _blocking_file(target)
    if blocking is not None:
        raise UsageError(f"{option} {path}: {blocking} is a file, not a folder")
    return target
