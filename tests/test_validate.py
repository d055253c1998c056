"""kg.validate: a valid graph conforms, and each broken one fails with a sentence naming the problem."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.graph.namespaces import shapes_path
from kg.rdfio import GraphFileError
from kg.validate import ValidationResult, load_graph, validate

# An article about 凉山州 (四川省) sending workers to 深圳, with every kind of node the writer emits.
VALID = """\
@prefix lw: <https://w3id.org/laowu-kg/ontology#> .
@prefix article: <https://w3id.org/laowu-kg/id/article/> .
@prefix region: <https://w3id.org/laowu-kg/id/region/> .
@prefix brand: <https://w3id.org/laowu-kg/id/brand/> .
@prefix bdl: <https://w3id.org/laowu-kg/id/brand-destination/> .
@prefix program: <https://w3id.org/laowu-kg/id/program/> .
@prefix flow: <https://w3id.org/laowu-kg/id/flow/> .
@prefix observation: <https://w3id.org/laowu-kg/id/observation/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

article:a1 a lw:Article ;
    lw:sourceFile "seeds/liangshan.txt" ;
    rdfs:label "凉山州“大凉山建工”走出大山"@zh ;
    dcterms:title "凉山州“大凉山建工”走出大山"@zh ;
    dcterms:date "2022-03-18"^^xsd:date ;
    dcterms:source "四川日报"@zh ;
    dcterms:creator "张三"@zh ;
    lw:category "劳务输出" ;
    lw:textHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    lw:subjectRegion region:513400 ;
    lw:mentions region:510000 , region:513400 , region:513401 , region:440300 , brand:b1 , program:p1 .

region:510000 a lw:Province ; rdfs:label "四川省"@zh ; lw:adcode "510000" ; lw:divisionType "省" .
region:513400 a lw:City ; rdfs:label "凉山彝族自治州"@zh ; lw:adcode "513400" ; lw:divisionType "自治州" ;
    lw:partOf region:510000 .
region:513401 a lw:County ; rdfs:label "西昌市"@zh ; lw:adcode "513401" ; lw:divisionType "县级市" ;
    lw:partOf region:513400 .
region:440000 a lw:Province ; rdfs:label "广东省"@zh ; lw:adcode "440000" .
region:440300 a lw:City ; rdfs:label "深圳市"@zh ; lw:adcode "440300" ; lw:partOf region:440000 .
region:500000 a lw:Province ; rdfs:label "重庆市"@zh ; lw:adcode "500000" ; lw:divisionType "直辖市" .
region:500101 a lw:County ; rdfs:label "万州区"@zh ; lw:adcode "500101" ; lw:partOf region:500000 .

brand:b1 a lw:LabourBrand ; rdfs:label "大凉山建工"@zh ; skos:altLabel "凉山建工"@zh ;
    lw:occupation "建筑工" ; lw:level lw:ProvincialLevel ;
    lw:origin region:513400 ; lw:destination region:440300 .
bdl:d1 a lw:BrandDestinationLink ; lw:brand brand:b1 ; lw:destination region:440300 ;
    lw:evidence "“大凉山建工”劳务品牌从业者大多在深圳务工。" ; prov:wasDerivedFrom article:a1 .
program:p1 a lw:Program ; rdfs:label "东西部劳务协作"@zh .

flow:f1 a lw:LabourFlow ; lw:origin region:513400 ; lw:destination region:440300 ;
    lw:workers 1200 ; lw:approximate true ; lw:year "2022"^^xsd:gYear ;
    lw:evidence "今年凉山州向深圳输送务工人员1200余人。" ; prov:wasDerivedFrom article:a1 .

observation:o1 a lw:Observation ; lw:region region:513400 ;
    lw:value "84300"^^xsd:decimal ; lw:valueMax "90000"^^xsd:decimal ;
    lw:unit "人" ; lw:indicator "输转劳动力" ; lw:year "2022"^^xsd:gYear ; lw:approximate false ;
    lw:evidence "全州输转劳动力8.43万至9万人。" ; prov:wasDerivedFrom article:a1 .
"""


def _write(tmp_path: Path, text: str, name: str = "kg.ttl") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _broken(tmp_path: Path, old: str, new: str) -> ValidationResult:
    assert old in VALID, old  # the edit must really change the graph
    return validate(_write(tmp_path, VALID.replace(old, new, 1)))


def test_valid_graph_conforms(tmp_path):
    result = validate(_write(tmp_path, VALID))
    assert result.violations == [] and result.warnings == []
    assert result.conforms
    assert result.triples == len(Graph().parse(data=VALID, format="turtle"))


def test_explicit_shapes_path_and_other_formats(tmp_path):
    graph = Graph().parse(data=VALID, format="turtle")
    nt = tmp_path / "kg.nt"
    graph.serialize(nt, format="nt", encoding="utf-8")
    result = validate(nt, shapes_path())
    assert result.conforms and result.triples == len(graph)


def test_observation_without_unit(tmp_path):
    result = _broken(tmp_path, 'lw:unit "人" ; ', "")
    assert not result.conforms
    (line,) = result.violations
    assert line.startswith("id:observation/o1: Observation has no lw:unit")
    assert "unit" in line.split("(", 1)[1]  # the rule is given too


def test_adcode_of_five_digits(tmp_path):
    result = _broken(tmp_path, 'lw:adcode "513401"', 'lw:adcode "12345"')
    assert not result.conforms
    assert any(
        line.startswith("id:region/513401:") and "lw:adcode" in line and '"12345"' in line and "six" in line
        for line in result.violations
    ), result.violations


def test_county_with_two_parents(tmp_path):
    result = _broken(tmp_path, "lw:partOf region:513400 .", "lw:partOf region:513400 , region:510000 .")
    assert not result.conforms
    (line,) = result.violations
    assert line.startswith("id:region/513401: County has 2 values of lw:partOf")
    assert "at most 1" in line and "direct parent" in line


def test_county_under_a_county(tmp_path):
    result = _broken(tmp_path, "lw:partOf region:500000 .", "lw:partOf region:513401 .")
    assert any(line.startswith("id:region/513401: County is the lw:partOf of id:region/500101") for line in result.violations)


def test_flow_without_origin(tmp_path):
    result = _broken(tmp_path, "flow:f1 a lw:LabourFlow ; lw:origin region:513400 ;", "flow:f1 a lw:LabourFlow ;")
    assert not result.conforms
    (line,) = result.violations
    assert line.startswith("id:flow/f1: LabourFlow has no lw:origin")


def test_brand_level_not_a_concept(tmp_path):
    result = _broken(tmp_path, "lw:level lw:ProvincialLevel", 'lw:level "省级"')
    assert not result.conforms
    (line,) = result.violations
    assert line.startswith("id:brand/b1: LabourBrand's lw:level")
    assert "lw:NationalLevel" in line and "lw:CountyLevel" in line


def test_value_must_be_a_decimal_not_above_its_maximum(tmp_path):
    result = _broken(tmp_path, 'lw:value "84300"^^xsd:decimal', "lw:value 84300")
    assert any("is not of type xsd:decimal" in line for line in result.violations), result.violations
    result = _broken(tmp_path, 'lw:valueMax "90000"^^xsd:decimal', 'lw:valueMax "80000"^^xsd:decimal')
    (line,) = result.violations
    assert "larger than its lw:valueMax" in line


def test_region_without_a_level_class(tmp_path):
    result = _broken(tmp_path, "region:440000 a lw:Province ;", "region:440000 a lw:Region ;")
    assert any(
        line.startswith("id:region/440000:") and "exactly one level class" in line and "typed Region" in line
        for line in result.violations
    ), result.violations


def test_region_with_two_level_classes(tmp_path):
    result = _broken(tmp_path, "region:513401 a lw:County ;", "region:513401 a lw:County , lw:City ;")
    assert any("exactly one level class" in line for line in result.violations), result.violations


def test_article_mentions_only_regions_brands_and_programs(tmp_path):
    result = _broken(tmp_path, "brand:b1 , program:p1 .", "brand:b1 , program:p1 , observation:o1 .")
    (line,) = result.violations
    assert line.startswith("id:article/a1: Article's lw:mentions id:observation/o1")


def test_fact_without_source_article(tmp_path):
    result = _broken(tmp_path, 'lw:evidence "全州输转劳动力8.43万至9万人。" ; prov:wasDerivedFrom article:a1 .',
                     'lw:evidence "全州输转劳动力8.43万至9万人。" .')
    (line,) = result.violations
    assert line.startswith("id:observation/o1: Observation has no prov:wasDerivedFrom")


def test_blank_node_facts_are_refused(tmp_path):
    result = _broken(tmp_path, "flow:f1 a lw:LabourFlow ;", "[] a lw:LabourFlow ; lw:origin region:513400 ; "
                     'lw:destination region:440300 ; lw:evidence "x" ; prov:wasDerivedFrom article:a1 .\nflow:f1 a lw:LabourFlow ;')
    assert any(line.startswith("a blank node: LabourFlow is a blank node") for line in result.violations), result.violations


def test_suspicious_data_warns_without_failing(tmp_path):
    # 440300 is 深圳; placing it under 四川省 breaks the adcode nesting: probably a wrong parent.
    result = _broken(tmp_path, "lw:adcode \"440300\" ; lw:partOf region:440000 .", "lw:adcode \"440300\" ; lw:partOf region:510000 .")
    assert result.conforms and result.violations == []
    assert any(line.startswith("id:region/440300:") and "adcode nesting" in line for line in result.warnings), result.warnings


def test_violations_are_sorted_and_unique(tmp_path):
    text = VALID.replace('lw:unit "人" ; ', "").replace('lw:adcode "513401"', 'lw:adcode "51340"')
    result = validate(_write(tmp_path, text))
    assert len(result.violations) >= 2
    assert result.violations == sorted(set(result.violations))


def test_non_rdf_file_raises_a_clear_error(tmp_path):
    path = _write(tmp_path, "这不是RDF：just some prose.\n", name="notes.ttl")
    with pytest.raises(GraphFileError) as error:
        validate(path)
    message = str(error.value)
    assert str(path) in message and "Turtle" in message and "line 1" in message


def test_binary_file_and_missing_file_raise_graph_file_errors(tmp_path):
    binary = tmp_path / "photo.ttl"
    binary.write_bytes(bytes(range(256)))
    with pytest.raises(GraphFileError, match="photo.ttl"):
        validate(binary)
    with pytest.raises(GraphFileError, match="not found"):
        validate(tmp_path / "missing.ttl")


def test_unknown_suffix_is_refused_with_the_known_ones(tmp_path):
    # The same rule as kg query and kg explore: the suffix names the format, never a guess.
    with pytest.raises(GraphFileError, match=r"graph\.data: cannot tell the RDF format .*\.ttl"):
        validate(_write(tmp_path, VALID, name="graph.data"))


def test_load_graph_keeps_plain_strings_untyped(tmp_path):
    graph = load_graph(_write(tmp_path, VALID))
    # rdflib's own parser leaves "人" without a datatype; the fast path must agree, or SPARQL
    # equality against graphs parsed either way would break.
    units = [o for o in graph.objects() if str(o) == "人"]
    assert units and all(u.datatype is None and u.language is None for u in units)
