"""The ontology and shapes files: they parse, hold every contract term, and describe each one."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.graph.namespaces import (
    DCTERMS, ID, LW, OWL, PREFIXES, PROV, QB, RDF, RDFS, SCHEMA, SH, SKOS,
    bind_prefixes, curie, ontology_path, shapes_path, sparql_prefixes,
)
from kg.model import LEVELS

HERE = Path(__file__).resolve().parent
# The shared contract when this checkout sits beside it, else the copy kept with the tests.
CONTRACT = next(p for p in (HERE.parents[1] / "shared" / "CONTRACT.md", HERE / "data" / "CONTRACT.md") if p.is_file())

# (XSD is not imported: pytest probing rdflib's XSD namespace at collection warns.)
CONTRACT_PREFIXES = {"lw": str(LW), "prov": str(PROV), "rdfs": str(RDFS), "xsd": PREFIXES["xsd"]}
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
EXTENSIONS = (
    "subjectRegion", "textHash", "dateInferred", "category", "occupation", "divisionType",
    "valueMax", "BrandDestinationLink", "brand",
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def _section_terms(section: str) -> list[URIRef]:
    """The backticked terms in the first column of the table under `## {section}` in CONTRACT.md."""
    text = CONTRACT.read_text(encoding="utf-8")
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    terms = []
    for line in body.splitlines():
        if not line.startswith("|") or line.startswith("| ---"):
            continue
        first = line.split("|")[1]
        for prefix, local in re.findall(r"`(\w+):(\w+)`", first):
            terms.append(URIRef(CONTRACT_PREFIXES[prefix] + local))
    assert terms, f"no terms found under '## {section}' in {CONTRACT}"
    return terms


def _all_lw_terms() -> set[URIRef]:
    text = CONTRACT.read_text(encoding="utf-8")
    return {LW[local] for local in re.findall(r"`lw:(\w+)`", text)}


def _own_terms(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(str(LW))}


def test_ontology_parses_and_describes_itself(ontology):
    (onto,) = set(ontology.subjects(RDF.type, OWL.Ontology))
    assert ontology.value(onto, OWL.versionInfo)
    assert {label.language for label in ontology.objects(onto, RDFS.label)} >= {"zh", "en"}
    assert ontology.value(onto, RDFS.comment)


def test_contract_prefixes_match_the_code():
    block = CONTRACT.read_text(encoding="utf-8").split("```", 2)[1]
    declared = dict(re.findall(r"^(\w+):\s+<([^>]+)>", block, flags=re.M))
    assert declared, "no prefixes found in the contract"
    for prefix, namespace in declared.items():
        assert PREFIXES[prefix] == namespace


def test_every_contract_class_is_an_owl_class(ontology):
    for term in _section_terms("Classes"):
        assert (term, RDF.type, OWL.Class) in ontology, curie(term)


def test_every_contract_property_is_declared(ontology):
    for term in _section_terms("Properties"):
        if term == RDFS.label:
            continue  # built into OWL as an annotation property
        types = set(ontology.objects(term, RDF.type))
        assert types & set(PROPERTY_TYPES), f"{curie(term)} is not declared as a property"


def test_every_lw_term_in_the_contract_exists(ontology):
    declared = _own_terms(ontology)
    missing = sorted(curie(t) for t in _all_lw_terms() - declared)
    assert not missing, f"contract terms missing from the ontology: {missing}"


def test_extension_terms_exist(ontology):
    for local in EXTENSIONS:
        assert (LW[local], RDF.type, None) in ontology, local


def test_every_term_has_zh_and_en_labels_and_a_comment(ontology):
    for term in sorted(_own_terms(ontology)):
        languages = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"zh", "en"} <= languages, f"{curie(term)} lacks a zh or en rdfs:label"
        comments = list(ontology.objects(term, RDFS.comment))
        assert any(c.language == "en" for c in comments), f"{curie(term)} lacks an English rdfs:comment"


def test_every_own_property_has_a_domain_and_a_range(ontology):
    for prop_type in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, prop_type):
            if not str(prop).startswith(str(LW)):
                continue
            assert ontology.value(prop, RDFS.domain) is not None, curie(prop)
            assert ontology.value(prop, RDFS.range) is not None, curie(prop)


def test_no_property_is_both_object_and_datatype(ontology):
    # OWL 2 DL forbids the punning of one IRI as an object and a datatype property.
    both = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) & set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    assert not both


def test_class_hierarchy(ontology):
    for level in (LW.Province, LW.City, LW.County):
        assert (level, RDFS.subClassOf, LW.Region) in ontology
    assert (LW.Observation, RDFS.subClassOf, QB.Observation) in ontology
    assert (LW.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in ontology
    assert (LW.Region, RDFS.subClassOf, SCHEMA.AdministrativeArea) in ontology


def test_part_of_is_the_direct_parent_not_transitive(ontology):
    assert (LW.partOf, RDF.type, OWL.TransitiveProperty) not in ontology
    assert ontology.value(LW.partOf, RDFS.domain) == LW.Region
    assert ontology.value(LW.partOf, RDFS.range) == LW.Region


def test_union_domains_are_well_formed_lists(ontology):
    domain = ontology.value(LW.origin, RDFS.domain)
    members = list(Collection(ontology, ontology.value(domain, OWL.unionOf)))
    assert set(members) == {LW.LabourBrand, LW.LabourFlow}


def test_brand_levels_form_a_concept_scheme(ontology):
    assert (LW.BrandLevelScheme, RDF.type, SKOS.ConceptScheme) in ontology
    concepts = {LW.NationalLevel, LW.ProvincialLevel, LW.MunicipalLevel, LW.CountyLevel}
    notations = set()
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert (concept, SKOS.inScheme, LW.BrandLevelScheme) in ontology
        assert {label.language for label in ontology.objects(concept, SKOS.prefLabel)} >= {"zh", "en"}
        notations.add(str(ontology.value(concept, SKOS.notation)))
    assert notations == set(LEVELS)


def test_reused_terms_are_declared(ontology):
    assert (PROV.wasDerivedFrom, RDF.type, OWL.ObjectProperty) in ontology
    for term in (DCTERMS.title, DCTERMS.date, DCTERMS.source, DCTERMS.creator):
        assert (term, RDF.type, OWL.AnnotationProperty) in ontology


def test_every_shape_speaks_in_words(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape))
    assert node_shapes and property_shapes
    for shape in property_shapes:
        assert shapes.value(shape, SH.name), curie(shape)
        assert shapes.value(shape, SH.message), curie(shape)
        assert shapes.value(shape, SH.targetClass), curie(shape)
    for shape in node_shapes:
        assert shapes.value(shape, RDFS.label), curie(shape)
        constraint = shapes.value(shape, SH.sparql)
        assert shapes.value(shape, SH.message) or shapes.value(constraint, SH.message), curie(shape)


def test_shapes_avoid_what_makes_pyshacl_slow(shapes):
    # Nested property shapes run once per focus node, sh:or/sh:not/sh:node once per value node,
    # and a sh:sparql constraint ~35 ms per focus node: together 15-80 s on a 50k-triple graph.
    assert not list(shapes.objects(None, SH.property)), "give each property shape its own sh:targetClass"
    assert not list(shapes.objects(None, SH["not"]))
    assert not list(shapes.objects(None, SH.node))
    ors = [s for s in shapes.subjects(SH["or"], None)]
    assert ors == [URIRef("https://w3id.org/laowu-kg/shapes#Article-date")]  # one per article: cheap
    for shape in shapes.subjects(SH.sparql, None):
        assert shapes.value(shape, SH.target) is not None, f"{curie(shape)}: narrow it with a sh:SPARQLTarget"


def test_shapes_name_only_declared_terms(ontology, shapes):
    declared = _own_terms(ontology)
    used = {o for o in shapes.objects() if isinstance(o, URIRef) and str(o).startswith(str(LW))}
    assert used <= declared, sorted(curie(t) for t in used - declared)


def test_namespaces_module():
    assert list(PREFIXES)[:2] == ["lw", "id"]
    assert PREFIXES["qb"] == "http://purl.org/linked-data/cube#"
    assert PREFIXES["schema"] == "https://schema.org/"
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    assert [p for p, _ in graph.namespaces()] == list(PREFIXES)
    assert sparql_prefixes().splitlines()[0] == f"PREFIX lw: <{LW}>"
    assert curie(ID["region/620702"]) == "id:region/620702"
    assert curie(LW.partOf) == "lw:partOf"
    assert curie(Literal("x")) == '"x"'
    assert ontology_path().name == "laowu.ttl" and shapes_path().name == "shapes.ttl"
    assert ontology_path().parent == shapes_path().parent
