"""Check a graph file against the SHACL shapes and say what is wrong in plain words."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.util import guess_format

from kg.graph.namespaces import LW, RDF, RDFS, SH, bind_prefixes, curie
from kg.graph.namespaces import ontology_path as default_ontology_path
from kg.graph.namespaces import shapes_path as default_shapes_path

__all__ = ["ValidationResult", "validate", "load_graph"]


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[str] = field(default_factory=list)  # one sentence per sh:Violation
    triples: int = 0
    warnings: list[str] = field(default_factory=list)  # sh:Warning / sh:Info: suspicious, not failing


# rdflib's format names (rdflib.util.guess_format) that pyoxigraph parses too. pyoxigraph
# parses ~25x faster than rdflib's Turtle parser; handing the triples to rdflib still costs
# something, but a 50k-triple file loads in ~1 s instead of ~2.3 s of CPU.
_OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
    "json-ld": ox.RdfFormat.JSON_LD,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def load_graph(path: Path, default_format: str = "turtle") -> Graph:
    """Parse `path` with the format its suffix names (Turtle when unknown); ValueError if it cannot.

    Named graphs of TriG and N-Quads files are merged into one graph.
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    fmt = guess_format(str(path)) or default_format
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    try:
        if fmt in _OXIGRAPH_FORMATS:
            quads = ox.parse(path=str(path), format=_OXIGRAPH_FORMATS[fmt])
            graph.addN((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object), graph) for q in quads)
        else:
            graph.parse(path, format=fmt)
    except Exception as error:  # parsers raise many unrelated types (SyntaxError, BadSyntax, UnicodeDecodeError ...)
        message = " ".join(str(error).split()) or type(error).__name__
        if len(message) > 300:
            message = message[:299] + "…"
        raise ValueError(f"{path}: not a readable {fmt} file: {message}") from error
    return graph


def _rdflib(term: object) -> object:
    """A pyoxigraph term as the rdflib term rdflib's own parser would have made."""
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
    raise ValueError(f"unsupported RDF term {term!r} (RDF-star triple terms are not used by laowu-kg)")


def validate(data_path: Path, shapes_path: Path | None = None) -> ValidationResult:
    """Validate the RDF file `data_path` against the shapes (ontology/shapes.ttl by default)."""
    data = load_graph(Path(data_path))
    triples = len(data)
    _add_class_axioms(data)
    shapes = load_graph(Path(shapes_path) if shapes_path else default_shapes_path())
    # inference="none": the few subclass axioms sh:class needs were added above; RDFS
    # inference would materialise far more and is slow on large graphs.
    conforms, report, _ = shacl_validate(
        data,
        shacl_graph=shapes,
        inference="none",
        allow_warnings=True,
        advanced=True,  # SHACL-AF, for the sh:SPARQLTarget shapes (see shapes.ttl on speed)
        inplace=True,  # advanced mode would otherwise copy the whole data graph (~1 s per 50k triples)
        abort_on_first=False,
    )
    if not isinstance(report, Graph):
        # pyshacl returns a ValidationFailure instead of a report when a shape cannot be run.
        raise ValueError(f"{shapes_path or default_shapes_path()}: the shapes could not be run: {report}")
    violations: list[str] = []
    warnings: list[str] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        line = _describe(report, result, data, shapes)
        if report.value(result, SH.resultSeverity) == SH.Violation:
            violations.append(line)
        else:
            warnings.append(line)
    # Sorted and de-duplicated so the output does not depend on pyshacl's iteration order.
    return ValidationResult(
        conforms=bool(conforms),
        violations=sorted(set(violations)),
        triples=triples,
        warnings=sorted(set(warnings)),
    )


@lru_cache(maxsize=1)
def _class_axioms() -> tuple[tuple[URIRef, URIRef], ...]:
    ontology = load_graph(default_ontology_path())
    return tuple(
        sorted(
            (sub, sup)
            for sub, sup in ontology.subject_objects(RDFS.subClassOf)
            if isinstance(sub, URIRef) and isinstance(sup, URIRef)
        )
    )


def _add_class_axioms(data: Graph) -> None:
    """Add the ontology's named rdfs:subClassOf axioms to the parsed data graph.

    sh:class lw:Region then holds for a lw:County without RDFS inference; pyshacl's
    ont_graph would do the same by copying the whole data graph first, which is slower.
    """
    for sub, sup in _class_axioms():
        data.add((sub, RDFS.subClassOf, sup))


def _short(term: object, limit: int = 48) -> str:
    """A term as it should appear in a sentence: prefixed name, or a literal cut to `limit` characters."""
    if isinstance(term, Literal):
        text = str(term)
        if len(text) > limit:
            text = text[: limit - 1] + "…"
        shown = f'"{text}"'
        if term.language:
            shown += f"@{term.language}"
        elif term.datatype is not None:
            shown += f"^^{curie(term.datatype)}"
        return shown
    if isinstance(term, BNode):
        return "a blank node"
    return curie(term)


def _kind(data: Graph, focus: object) -> str:
    """What the focus node is, for the sentence's subject: the local name of its lw: class."""
    kinds = sorted(str(t)[len(str(LW)):] for t in data.objects(focus, RDF.type) if str(t).startswith(str(LW)))
    return kinds[0] if kinds else "node"


def _path_text(report: Graph, path: object) -> str:
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return curie(path)
    inverse = report.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return f"^{curie(inverse)}"
    return "a property path"  # no other complex paths in our shapes


def _values(data: Graph, report: Graph, focus: object, path: object) -> set:
    """The focus node's values along `path` (a property or an inverse property)."""
    if isinstance(path, URIRef):
        return set(data.objects(focus, path))
    inverse = report.value(path, SH.inversePath) if path is not None else None
    if isinstance(inverse, URIRef):
        return set(data.subjects(inverse, focus))
    return set()


def _describe(report: Graph, result: object, data: Graph, shapes: Graph) -> str:
    """One sh:ValidationResult as a sentence: 'focus: what is wrong (the rule).'"""
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    component = report.value(result, SH.sourceConstraintComponent)
    # The constraint parameters (sh:maxCount 1, sh:datatype ...) are read from our shapes
    # graph: pyshacl reports the shape node itself, blank node included.
    shape = report.value(result, SH.sourceShape)
    messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))

    kind = _kind(data, focus)
    prop = _path_text(report, path)
    shown = _short(value) if value is not None else ""
    name = str(component)[len(str(SH)):] if component is not None else ""
    parameter = lambda p: shapes.value(shape, p) if shape is not None else None  # noqa: E731

    if name == "MinCountConstraintComponent":
        needed = parameter(SH.minCount)
        have = len(_values(data, report, focus, path))
        if have == 0:
            detail = f"{kind} has no {prop}"
        else:
            detail = f"{kind} has {have} {prop}, needs at least {needed}"
    elif name == "MaxCountConstraintComponent":
        allowed = int(parameter(SH.maxCount) or 0)
        values = sorted({_short(v) for v in _values(data, report, focus, path)})
        if allowed == 0 and prop.startswith("^"):
            detail = f"{kind} is the {prop[1:]} of {', '.join(values)}"
        elif allowed == 0:
            detail = f"{kind} has {prop} {', '.join(values)} but may have none"
        else:
            detail = f"{kind} has {len(values)} values of {prop} ({', '.join(values)}), at most {allowed} allowed"
    elif name == "DatatypeConstraintComponent":
        detail = f"{kind}'s {prop} {shown} is not of type {curie(parameter(SH.datatype))}"
    elif name == "PatternConstraintComponent":
        detail = f"{kind}'s {prop} {shown} does not match {parameter(SH.pattern)}"
    elif name == "MinLengthConstraintComponent":
        detail = f"{kind}'s {prop} is empty"
    elif name == "LanguageInConstraintComponent":
        detail = f"{kind}'s {prop} {shown} is not tagged with an allowed language"
    elif name == "ClassConstraintComponent":
        detail = f"{kind}'s {prop} {shown} is not a {curie(parameter(SH['class']))}"
    elif name == "NodeConstraintComponent":
        target = parameter(SH.node)
        label = shapes.value(target, RDFS.label) if target is not None else None
        detail = f"{kind}'s {prop} {shown} is not {label or 'of the required kind'}"
    elif name == "InConstraintComponent":
        members = parameter(SH["in"])
        allowed = ", ".join(_short(m) for m in Collection(shapes, members)) if members is not None else "the list"
        detail = f"{kind}'s {prop} {shown} is not one of {allowed}"
    elif name == "OrConstraintComponent":
        detail = f"{kind}'s {prop} {shown} is not of an allowed kind" if prop else f"{kind} is not of an allowed kind"
    elif name == "NotConstraintComponent":
        detail = f"{kind} has a type it must not have"
    elif name == "MinInclusiveConstraintComponent":
        detail = f"{kind}'s {prop} {shown} is below {_short(parameter(SH.minInclusive))}"
    elif name == "LessThanOrEqualsConstraintComponent":
        other = parameter(SH.lessThanOrEquals)
        bounds = ", ".join(sorted(_short(v) for v in data.objects(focus, other))) if other is not None else ""
        detail = f"{kind}'s {prop} {shown} is larger than its {curie(other)} {bounds}".rstrip()
    elif name == "NodeKindConstraintComponent":
        detail = f"{kind}'s {prop} {shown} is the wrong kind of node" if prop else f"{kind} is a blank node"
    elif name == "SPARQLConstraintComponent":
        check = shapes.value(shape, RDFS.label) if shape is not None else None
        subject = f"{kind}'s {prop} {shown}" if prop and value is not None else kind
        detail = f"{subject} fails the {check or 'SPARQL'} check"
    else:
        detail = f"{kind} fails {name or 'a constraint'}" + (f" on {prop}" if prop else "")

    rule = "; ".join(messages)
    focus_text = _short(focus) if not isinstance(focus, BNode) else "a blank node"
    return f"{focus_text}: {detail} ({rule})" if rule else f"{focus_text}: {detail}"
