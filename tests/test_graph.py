"""The graph writer: term encoding, deterministic Turtle, and output both RDF engines can read."""
from __future__ import annotations

import io
from decimal import Decimal

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph import terms as t
from kg.graph.turtle import write_turtle

HOSTILE = ['say "hi"', "back\\slash", "line\nbreak\r\n", "tab\there", "<script>alert(1)</script>",
           "} ; DROP ALL . @prefix x: <y> .", "\u2028sep\u2029", "nul\x00byte\x07", "'''", '"""',
           "lone \udcff surrogate", "紫阳修脚“师”"]


def as_graph(triples) -> tuple[str, Graph]:
    out = io.StringIO()
    write_turtle(triples, out)
    graph = Graph()
    graph.parse(data=out.getvalue(), format="turtle")
    return out.getvalue(), graph


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_round_trip_through_rdflib_and_oxigraph(value):
    triples = [("brand:ab12", "rdfs:label", t.text(value))]
    text, graph = as_graph(triples)
    labels = list(graph.objects(URIRef(t.INSTANCES + "brand/ab12"), None))
    expected = value.replace("\udcff", "\ufffd")
    assert labels == [Literal(expected, lang="zh")]
    store = pyoxigraph.Store()
    store.load(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == 1


def test_output_is_independent_of_triple_order():
    triples = [("region:610900", "rdfs:label", t.text("安康市")),
               ("region:610900", "rdf:type", "lw:City"),
               ("region:610924", "lw:partOf", "region:610900"),
               ("region:610900", "lw:adcode", t.text("610900", lang=None)),
               ("region:610924", "rdf:type", "lw:County")]
    first, second = io.StringIO(), io.StringIO()
    write_turtle(triples, first)
    write_turtle(list(reversed(triples)) * 2, second)
    assert first.getvalue() == second.getvalue()
    assert "region:610900\n    a lw:City ;\n    rdfs:label \"安康市\"@zh" in first.getvalue()


def test_literals_keep_their_datatypes():
    triples = [("observation:1a", "lw:value", t.decimal(Decimal("2.371E+9"))),
               ("observation:1a", "lw:year", t.gyear(2021)),
               ("flow:2b", "lw:workers", t.integer(1185)),
               ("flow:2b", "lw:approximate", t.boolean(True)),
               ("article:3c", "dcterms:date", t.date("2022-03-18"))]
    _, graph = as_graph(triples)
    values = {str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]: o for _, p, o in graph}
    assert values["value"] == Literal("2371000000", datatype=XSD.decimal)
    assert values["year"].datatype == XSD.gYear
    assert values["workers"] == Literal(1185)
    assert values["approximate"] == Literal(True)
    assert values["date"].datatype == XSD.date


def test_instance_keys_must_be_opaque():
    with pytest.raises(ValueError):
        t.node("brand", "紫阳修脚")
    with pytest.raises(ValueError):
        t.node("brand", "a> <b")
    with pytest.raises(ValueError):
        t.node("nonsense", "ab")


def _reference_render(triples) -> str:
    """The order render() promises, the plain way: sort whole triples, rdf:type then rdfs:label first."""
    rank = {"rdf:type": "\x00", "rdfs:label": "\x01"}
    verb = {"\x00": "a", "\x01": "rdfs:label"}
    out, subject, predicate = [], None, None
    for s, p, o in sorted({(s, rank.get(p, p), o) for s, p, o in triples}):
        if s != subject:
            out.append((" .\n" if subject else "") + f"\n{s}\n    {verb.get(p, p)} {o}")
            subject, predicate = s, p
        elif p != predicate:
            out.append(f" ;\n    {verb.get(p, p)} {o}")
            predicate = p
        else:
            out.append(f",\n        {o}")
    return "".join(out) + (" .\n" if subject else "")


def test_render_writes_sorted_triples_with_type_and_label_first():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kg.graph.turtle import render

    subjects = st.sampled_from(["region:1", "region:12", "brand:ab", "article:ff"])
    predicates = st.sampled_from(["rdf:type", "rdfs:label", "lw:adcode", "lw:partOf", "dcterms:title"])
    objects = st.sampled_from(['"x"', '"y"@zh', "lw:City", "region:1", "true"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(subjects, predicates, objects), max_size=30))
    def check(triples):
        text, count = render(triples)
        assert text == _reference_render(triples)
        assert count == len(set(triples))

    check()


def test_own_and_shared_triples_split_an_article_by_its_subjects(built_seeds):
    from kg.gazetteer import Gazetteer
    from kg.graph.triples import article_triples, own_triples, shared_lines, shared_triples
    from kg.graph.turtle import triple_line
    from kg.pipeline import process_file
    from tests.conftest import SEEDS

    minted = ("article:", "flow:", "observation:", "brand-destination:")
    for path in sorted(SEEDS.glob("*.txt")):
        facts = process_file(path, path.name)
        own, shared = list(own_triples(facts)), list(shared_triples(facts, Gazetteer.load()))
        assert own and shared
        assert all(s.startswith(minted) for s, _, _ in own)
        assert not any(s.startswith(minted) for s, _, _ in shared)
        assert set(own) | set(shared) == set(article_triples(facts, Gazetteer.load()))
        assert shared_lines(facts, Gazetteer.load()) == set(map(triple_line, shared))
