"""Check a graph file against the SHACL shapes and say what is wrong in plain words."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.errors import KgError
from kg.graph.namespaces import LW, RDF, RDFS, SH, bind_prefixes, curie
from kg.graph.namespaces import ontology_path as default_ontology_path
from kg.graph.namespaces import shapes_path as default_shapes_path
from kg.rdfio import load_rdflib

__all__ = ["ValidationResult", "validate", "load_graph"]


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[str] = field(default_factory=list)  # one sentence per sh:Violation
    triples: int = 0
    warnings: list[str] = field(default_factory=list)  # sh:Warning / sh:Info: suspicious, not failing


def load_graph(path: Path) -> Graph:
    """Parse the graph file `path` (format from its suffix; named graphs merged); GraphFileError if it cannot."""
    return bind_prefixes(load_rdflib(path))


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
        raise KgError(f"{shapes_path or default_shapes_path()}: the shapes could not be run: {report}")
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
