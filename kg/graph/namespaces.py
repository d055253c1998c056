"""The graph's namespaces, their fixed prefixes, and where the ontology and shapes files live."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from kg.graph.terms import NAMESPACES
from kg.rdfio import curie as short_iri

__all__ = [
    "LW", "ID", "PROV", "RDFS", "RDF", "XSD", "SKOS", "DCTERMS", "OWL", "SH", "QB", "SCHEMA",
    "PREFIXES", "bind_prefixes", "sparql_prefixes", "curie",
    "ontology_dir", "ontology_path", "shapes_path",
]

# The IRIs themselves live in kg.graph.terms (plain strings, no rdflib); these are rdflib's views.
PREFIXES: dict[str, str] = NAMESPACES
LW = Namespace(NAMESPACES["lw"])
ID = Namespace(NAMESPACES["id"])
QB = Namespace(NAMESPACES["qb"])
SCHEMA = Namespace(NAMESPACES["schema"])


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix of PREFIXES on `graph` (replacing rdflib's defaults) and return it.

    rdflib binds ~30 prefixes of its own on a new Graph; create graphs with
    `Graph(bind_namespaces="none")` when the output must carry only ours.
    """
    for prefix, namespace in PREFIXES.items():
        # replace=True: rdflib may already hold another prefix for the same namespace
        # (e.g. "schema" for https://schema.org/), and the output must use ours.
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """The PREFIX prologue for a SPARQL query, one line per prefix, in PREFIXES order."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def curie(term: object) -> str:
    """`term` written short with our prefixes (id:region/620702); other IRIs in <>, literals as N3."""
    if isinstance(term, URIRef):
        return short_iri(term)
    n3 = getattr(term, "n3", None)
    return n3() if callable(n3) else str(term)


# Where the ontology files are found. The canonical copies live in ontology/ at the top
# of the repository; an editable install (pip install -e .) runs kg/ from the checkout,
# so they are found there, two levels above this file. A regular wheel ships only the
# package, so a build step may copy them to kg/data/ontology/ (pyproject's package-data
# already includes kg/data/**), and that copy is the fallback.
_CANDIDATE_DIRS = (
    Path(__file__).resolve().parents[2] / "ontology",
    Path(__file__).resolve().parents[1] / "data" / "ontology",
)


def ontology_dir() -> Path:
    """The directory holding laowu.ttl and shapes.ttl (checkout first, then the packaged copy)."""
    for directory in _CANDIDATE_DIRS:
        if (directory / "laowu.ttl").is_file() and (directory / "shapes.ttl").is_file():
            return directory
    tried = ", ".join(str(d) for d in _CANDIDATE_DIRS)
    raise FileNotFoundError(f"ontology files (laowu.ttl, shapes.ttl) not found; looked in {tried}")


def ontology_path() -> Path:
    """Path of the OWL ontology, laowu.ttl."""
    return ontology_dir() / "laowu.ttl"


def shapes_path() -> Path:
    """Path of the SHACL shapes, shapes.ttl."""
    return ontology_dir() / "shapes.ttl"
