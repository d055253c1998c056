"""Tests for queries/*.rq and kg.query: rows, engine parity, safe parameters, errors, formats, CLI."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main as kg_main
from kg.query import (
    GraphFileError, ParamError, QueryResult, QuerySyntaxError, Term, UpdateRefused, load_graph,
    render, run_all_queries, run_query, to_csv, to_json, to_table, to_tsv,
)
from kg.query import engine as engine_module
from kg.query.formats import display_width

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
FIXTURE = Path(__file__).resolve().parent / "data" / "query_fixture.ttl"
ENGINES = ["rdflib", "oxigraph"]
QUERY_NAMES = sorted(p.stem for p in QUERIES.glob("*.rq"))

ZIYANG_TITLE = "从有就业到就好业——安康市“稳就业促增收”工作侧记"
S001_TITLE = '四川"川妹子",走向全国'
A003 = "seeds/003_602e8a491a69bcda.txt"
H001 = "seeds/h001_xinhua.txt"
S001 = "seeds/s001_sichuan.txt"


def q(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def rows(name: str, engine: str, params: dict | None = None, graph: Path = FIXTURE) -> list:
    return run_query(graph, q(name), params, engine=engine).values()


# ------------------------------------------------------------------ the queries themselves

def test_every_query_states_its_question_and_orders_its_rows():
    assert set(QUERY_NAMES) >= {
        "brand_destinations", "brands_by_province", "region_hierarchy", "flows_by_origin",
        "flows_by_destination", "metrics_by_region", "programs_by_region", "article_facts"}
    for name in QUERY_NAMES:
        text = q(name)
        assert text.startswith("#"), name
        assert "Columns:" in text, name
        assert "ORDER BY" in text, name


@pytest.mark.parametrize("engine", ENGINES)
def test_brand_destinations_headline(engine):
    assert rows("brand_destinations", engine) == [
        ("仙桃月嫂", "仙桃市", None, "湖北省", "广州市", "仙桃月嫂在广州很受欢迎。", S001_TITLE, S001),
        ("川妹子", None, None, "四川省", "广州市", "川妹子走进广州。", S001_TITLE, S001),
        ("川妹子", None, None, "四川省", "深圳市", "川妹子走进深圳。", S001_TITLE, S001),
        ("新化文印", "新化县", "娄底市", "湖南省", "深圳市", "新化文印人在深圳开店。", "新化文印走出去", H001),
        # a brand whose articles name no destination is listed all the same
        ("旬阳建工", "旬阳市", "安康市", "陕西省", None, None, None, None),
        ("紫阳修脚", "紫阳县", "安康市", "陕西省", "上海市", "紫阳修脚师遍布上海。", ZIYANG_TITLE, A003),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_brands_by_province(engine):
    assert rows("brands_by_province", engine) == [
        ("四川省", None, None, "川妹子", None, None),
        ("湖北省", None, "仙桃市", "仙桃月嫂", "月嫂", None),
        ("湖南省", "娄底市", "新化县", "新化文印", "文印", "省级"),
        ("陕西省", "安康市", "旬阳市", "旬阳建工", "建筑", None),
        ("陕西省", "安康市", "紫阳县", "紫阳修脚", "修脚", "国家级"),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_region_hierarchy(engine):
    got = [r[:4] for r in rows("region_hierarchy", engine)]
    assert got == [
        ("上海市", None, None, "Province"),
        ("四川省", None, None, "Province"),
        ("广东省", None, None, "Province"),
        ("广东省", "广州市", None, "City"),
        ("广东省", "深圳市", None, "City"),
        ("湖北省", None, None, "Province"),
        ("湖北省", None, "仙桃市", "County"),
        ("湖南省", None, None, "Province"),
        ("湖南省", "娄底市", None, "City"),
        ("湖南省", "娄底市", "新化县", "County"),
        ("陕西省", None, None, "Province"),
        ("陕西省", "安康市", None, "City"),
        ("陕西省", "安康市", "旬阳市", "County"),
        ("陕西省", "安康市", "紫阳县", "County"),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_flows_by_origin_and_destination(engine):
    by_origin = [r[:5] + (r[6],) for r in rows("flows_by_origin", engine)]
    assert by_origin == [
        ("四川省", "广州市", "5000", None, "2021", S001),
        ("新化县", "深圳市", None, None, "2023", H001),
        ("紫阳县", "上海市", "1000", "true", "2022", A003),
    ]
    by_destination = [r[:3] for r in rows("flows_by_destination", engine)]
    assert by_destination == [("上海市", "紫阳县", "1000"), ("广州市", "四川省", "5000"),
                              ("深圳市", "新化县", None)]
    # A region parameter keeps the flows at or under it.
    assert [r[:2] for r in rows("flows_by_origin", engine, {"region": "陕西省"})] == [
        ("紫阳县", "上海市")]
    assert [r[:2] for r in rows("flows_by_destination", engine, {"region": "广东省"})] == [
        ("广州市", "四川省"), ("深圳市", "新化县")]


@pytest.mark.parametrize("engine", ENGINES)
def test_metrics_by_region_without_and_with_param(engine):
    everything = rows("metrics_by_region", engine)
    # Without a parameter: every observation once.
    assert [(r[0], r[2], r[3], r[4]) for r in everything] == [
        ("四川省", "26000000", None, "人"), ("安康市", "623300", None, "人"),
        ("旬阳市", "20", "30", "家"), ("紫阳县", "1000", None, "人")]
    expected = [("安康市", "输转城乡劳动力", "623300"), ("旬阳市", "建筑企业", "20"),
                ("紫阳县", "在沪修脚师", "1000")]
    # A name matches the @zh label; an IRI, prefixed or in <>, matches the region itself.
    for value in ("安康市", "id:region/610900", "<https://w3id.org/laowu-kg/id/region/610900>",
                  "陕西省"):
        assert [r[:3] for r in rows("metrics_by_region", engine, {"region": value})] == expected
    assert [r[:3] for r in rows("metrics_by_region", engine, {"region": "紫阳县"})] == [
        ("紫阳县", "在沪修脚师", "1000")]
    assert rows("metrics_by_region", engine, {"region": "湖南省"}) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_programs_by_region(engine):
    assert [r[:3] for r in rows("programs_by_region", engine)] == [
        ("东西部劳务协作", "四川省", "1"), ("春风行动", "安康市", "1"),
        ("春风行动", "新化县", "1"), ("雨露计划", "新化县", "1")]
    assert [r[:3] for r in rows("programs_by_region", engine, {"region": "陕西省"})] == [
        ("春风行动", "陕西省", "1")]
    assert [r[:3] for r in rows("programs_by_region", engine, {"region": "娄底市"})] == [
        ("春风行动", "娄底市", "1"), ("雨露计划", "娄底市", "1")]


@pytest.mark.parametrize("engine", ENGINES)
def test_article_facts(engine):
    for params in ({"source": "003_602e8a491a69bcda.txt"}, {"source": A003},
                   {"source": "003_602e8a491a69bcda"}, {"article": "id:article/a003"}):
        facts = rows("article_facts", engine, params)
        assert {r[0] for r in facts} == {A003}
        kinds = [r[1] for r in facts]
        assert kinds.count("brand-destination") == 1
        assert kinds.count("flow") == 1
        assert kinds.count("observation") == 3
        assert kinds.count("mentions") == 7
        assert ("flow", "紫阳县", "上海市", "1000", None, "2022",
                "紫阳县1000余名修脚师在上海就业。") in [r[1:8] for r in facts]
    assert len(rows("article_facts", engine)) == 31
    assert rows("article_facts", engine, {"source": "no-such-file.txt"}) == []


PARAM_CASES = [(name, None) for name in QUERY_NAMES] + [
    ("metrics_by_region", {"region": "安康市"}),
    ("metrics_by_region", {"region": "id:region/610000"}),
    ("programs_by_region", {"region": "陕西省"}),
    ("flows_by_origin", {"region": "四川省"}),
    ("flows_by_destination", {"region": "<https://w3id.org/laowu-kg/id/region/440000>"}),
    ("article_facts", {"source": "s001_sichuan.txt"}),
    ("article_facts", {"article": "id:article/h001"}),
]


@pytest.mark.parametrize("name,params", PARAM_CASES)
def test_both_engines_return_the_same_rows(name, params):
    a = run_query(FIXTURE, q(name), params, engine="rdflib")
    b = run_query(FIXTURE, q(name), params, engine="oxigraph")
    assert a.variables == b.variables
    assert a.rows == b.rows  # same terms, same order: every query orders on all its columns
    assert a.rows, f"{name} {params} found nothing in the fixture"


# ------------------------------------------------------------------ parameters are data

NASTY = ['安康市" } ; DROP ALL ; #', "安康市> <http://evil/> #", '" } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #',
         "> <", "?region", "'; CLEAR DEFAULT", "安康市\n} LIMIT 0 #"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("value", NASTY)
def test_a_hostile_param_is_a_literal_that_matches_nothing(engine, value):
    loaded = load_graph(FIXTURE, engine)
    before = len(loaded.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows)
    result = loaded.query(q("metrics_by_region"), {"region": value})
    assert result.rows == []
    # and the graph is untouched
    assert len(loaded.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows) == before
    # bound as a literal: echoed back intact in the projected parameter column
    echo = loaded.query("SELECT ?region ?n WHERE { BIND(1 AS ?n) }", {"region": value})
    assert echo.rows == [(Term("literal", value), Term("literal", "1",
                                                       "http://www.w3.org/2001/XMLSchema#integer"))]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=30).filter(lambda s: not s.startswith("<") and ":" not in s))
def test_any_text_param_binds_as_a_literal(value):
    for engine in ENGINES:
        result = run_query(FIXTURE, "SELECT ?x ?y WHERE { BIND(STR(?x) AS ?y) }", {"x": value},
                           engine=engine)
        assert result.rows == [(Term("literal", value), Term("literal", value))]


def test_param_iri_forms_and_errors():
    text = "PREFIX ex: <http://example.org/> SELECT ?x WHERE {}"
    for value, expected in [("<http://a.example/x>", Term("uri", "http://a.example/x")),
                            ("ex:thing", Term("uri", "http://example.org/thing")),
                            ("lw:LabourBrand", Term("uri", "https://w3id.org/laowu-kg/ontology#LabourBrand")),
                            ("nope:thing", Term("literal", "nope:thing")),
                            ("时间:2022", Term("literal", "时间:2022"))]:
        for engine in ENGINES:
            assert run_query(FIXTURE, text, {"x": value}, engine=engine).rows == [(expected,)]
    with pytest.raises(ParamError):
        run_query(FIXTURE, text, {"x": "<not an iri>"})
    with pytest.raises(ParamError):
        run_query(FIXTURE, text, {"x": "<http://a/> } DROP ALL <http://b/>"})
    with pytest.raises(ParamError, match="SELECT clause"):
        run_query(FIXTURE, q("metrics_by_region"), {"regoin": "安康市"})
    with pytest.raises(ParamError, match="SELECT clause"):
        run_query(FIXTURE, "SELECT * WHERE { ?x ?p ?o }", {"x": "a"})
    with pytest.raises(ParamError):
        engine_module.parse_param("no-equals-sign")
    assert engine_module.parse_param("?region=a=b") == ("region", "a=b")


# ------------------------------------------------------------------ errors

@pytest.mark.parametrize("engine", ENGINES)
def test_syntax_error_reports_line_and_column(engine):
    text = "PREFIX lw: <https://w3id.org/laowu-kg/ontology#>\nSELECT ?b\nWHERE { ?b a lw:LabourBrand }\nLIMIT many\n"
    with pytest.raises(QuerySyntaxError) as info:
        run_query(FIXTURE, text, engine=engine)
    assert info.value.line == 4
    assert info.value.column in (1, 7)  # rdflib points at LIMIT, Oxigraph at "many"
    assert "line 4" in str(info.value)


def test_line_col_from_offset():
    assert engine_module._line_col("ab\ncd\nef", 7) == (3, 2)
    error = engine_module._oxigraph_syntax_error(SyntaxError("bad at offset 4"), "ab\ncdef")
    assert (error.line, error.column) == (2, 2)


UPDATES = [
    "INSERT DATA { <http://a/> <http://b/> <http://c/> }",
    "DELETE DATA { <http://a/> <http://b/> <http://c/> }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX lw: <https://w3id.org/laowu-kg/ontology#>\nDELETE { ?s ?p ?o } INSERT { ?s lw:x 1 } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/x.ttl>",
    "CLEAR DEFAULT", "DROP ALL", "CREATE GRAPH <http://g/>",
    "ADD DEFAULT TO <http://g/>", "MOVE DEFAULT TO <http://g/>", "COPY DEFAULT TO <http://g/>",
    "# a comment first\ninsert data { <http://a/> <http://b/> 'x' } ; drop all",
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", UPDATES)
def test_update_is_refused(engine, text):
    with pytest.raises(UpdateRefused, match="read-only"):
        run_query(FIXTURE, text, engine=engine)
    # nothing happened to the file's graph
    assert len(run_query(FIXTURE, "SELECT ?s WHERE { ?s ?p ?o }", engine=engine).rows) > 200


@pytest.mark.parametrize("engine", ENGINES)
def test_update_words_inside_strings_and_comments_are_not_updates(engine):
    text = ('# DROP ALL; INSERT DATA { } -- just a comment\n'
            'SELECT ?x WHERE { BIND("DELETE WHERE { ?s ?p ?o }; CLEAR ALL" AS ?x) }')
    result = run_query(FIXTURE, text, engine=engine)
    assert result.values() == [("DELETE WHERE { ?s ?p ?o }; CLEAR ALL",)]


def test_empty_query_and_missing_or_unknown_graph(tmp_path):
    with pytest.raises(QuerySyntaxError, match="empty"):
        run_query(FIXTURE, "  # only a comment\n")
    with pytest.raises(GraphFileError, match="not found"):
        run_query(tmp_path / "absent.ttl", "SELECT * WHERE { ?s ?p ?o }")
    odd = tmp_path / "graph.xyz"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(GraphFileError, match="suffix"):
        run_query(odd, "SELECT * WHERE { ?s ?p ?o }")
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(GraphFileError):
        run_query(broken, "SELECT * WHERE { ?s ?p ?o }", engine="oxigraph")


# ------------------------------------------------------------------ input formats and engines

@pytest.fixture(scope="module")
def fixture_in_every_format(tmp_path_factory) -> dict[str, Path]:
    from rdflib import Dataset, Graph, URIRef

    folder = tmp_path_factory.mktemp("formats")
    graph = Graph().parse(FIXTURE)
    paths = {}
    for suffix, fmt in [(".nt", "nt"), (".rdf", "xml"), (".xml", "xml"), (".jsonld", "json-ld"),
                        (".n3", "n3"), (".ttl", "turtle")]:
        paths[suffix] = folder / f"kg{suffix}"
        graph.serialize(paths[suffix], format=fmt, encoding="utf-8")
    dataset = Dataset()
    named = dataset.graph(URIRef("https://w3id.org/laowu-kg/id/graph/seeds"))
    for triple in graph:
        named.add(triple)
    for suffix, fmt in [(".nq", "nquads"), (".trig", "trig")]:
        paths[suffix] = folder / f"kg{suffix}"
        dataset.serialize(paths[suffix], format=fmt, encoding="utf-8")
    return paths


@pytest.mark.parametrize("suffix", [".nt", ".nq", ".trig", ".rdf", ".xml", ".jsonld", ".n3", ".ttl"])
@pytest.mark.parametrize("engine", ENGINES)
def test_any_rdf_format(fixture_in_every_format, suffix, engine):
    expected = rows("brand_destinations", "rdflib")
    assert rows("brand_destinations", engine, graph=fixture_in_every_format[suffix]) == expected


def test_auto_engine_chooses_by_size(monkeypatch):
    engine_module.clear_cache()
    assert run_query(FIXTURE, q("brand_destinations")).engine == "rdflib"
    monkeypatch.setattr(engine_module, "AUTO_THRESHOLD_BYTES", 100)
    assert run_query(FIXTURE, q("brand_destinations")).engine == "oxigraph"
    with pytest.raises(ParamError):
        run_query(FIXTURE, q("brand_destinations"), engine="jena")


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_and_construct(engine):
    ask = run_query(FIXTURE, "PREFIX lw: <https://w3id.org/laowu-kg/ontology#> "
                             "ASK { ?b a lw:LabourBrand }", engine=engine)
    assert ask.boolean is True
    assert json.loads(to_json(ask)) == {"head": {}, "boolean": True}
    built = run_query(FIXTURE, "PREFIX lw: <https://w3id.org/laowu-kg/ontology#> "
                               "CONSTRUCT { ?b a lw:Brand } WHERE { ?b a lw:LabourBrand }",
                      engine=engine)
    assert built.variables == ["subject", "predicate", "object"] and len(built.rows) == 5


# ------------------------------------------------------------------ result formats

def sample_result() -> QueryResult:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    return QueryResult(
        ["s", "label", "n", "note"],
        [
            (Term("uri", "https://w3id.org/laowu-kg/id/brand/ziyang"), Term("literal", "紫阳修脚", lang="zh"),
             Term("literal", "1000", xsd + "integer"), Term("literal", 'say "hi",\tthen\nleave')),
            (Term("bnode", "b0"), None, Term("literal", "2.5", xsd + "decimal"), Term("literal", "a\\b")),
        ],
    )


def test_csv_is_w3c_csv():
    text = to_csv(sample_result())
    assert text.startswith("s,label,n,note\r\n")
    assert text.count("\r\n") == 3
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == ["s", "label", "n", "note"]
    assert parsed[1] == ["https://w3id.org/laowu-kg/id/brand/ziyang", "紫阳修脚", "1000",
                         'say "hi",\tthen\nleave']
    assert parsed[2] == ["_:b0", "", "2.5", "a\\b"]
    assert '"say ""hi"",\tthen\nleave"' in text  # quotes doubled inside a quoted field
    # and the fixture's title with a quote and a comma
    headline = to_csv(run_query(FIXTURE, q("brand_destinations")))
    assert '"四川""川妹子"",走向全国"' in headline


def test_tsv_uses_ntriples_terms():
    text = to_tsv(sample_result())
    lines = text.split("\n")
    assert lines[0] == "?s\t?label\t?n\t?note"
    assert lines[1].split("\t") == [
        "<https://w3id.org/laowu-kg/id/brand/ziyang>", '"紫阳修脚"@zh',
        '"1000"^^<http://www.w3.org/2001/XMLSchema#integer>', '"say \\"hi\\",\\tthen\\nleave"']
    assert lines[2].split("\t") == ["_:b0", "", '"2.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
                                    '"a\\\\b"']
    assert text.endswith("\n") and len(lines) == 4


def test_json_is_w3c_json():
    document = json.loads(to_json(sample_result()))
    assert document["head"] == {"vars": ["s", "label", "n", "note"]}
    first, second = document["results"]["bindings"]
    assert first["s"] == {"type": "uri", "value": "https://w3id.org/laowu-kg/id/brand/ziyang"}
    assert first["label"] == {"type": "literal", "value": "紫阳修脚", "xml:lang": "zh"}
    assert first["n"] == {"type": "literal", "value": "1000",
                          "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert first["note"] == {"type": "literal", "value": 'say "hi",\tthen\nleave'}
    assert second["s"] == {"type": "bnode", "value": "b0"}
    assert "label" not in second  # unbound variables are left out


@pytest.mark.parametrize("fmt,ox_format", [("json", "JSON"), ("tsv", "TSV")])
def test_formats_read_back_by_a_w3c_parser(fmt, ox_format):
    # (Oxigraph refuses to read CSV back, as CSV drops datatypes and languages by design.)
    result = run_query(FIXTURE, q("flows_by_origin"))
    parsed = ox.parse_query_results(render(result, fmt).encode("utf-8"),
                                    getattr(ox.QueryResultsFormat, ox_format))
    assert [v.value for v in parsed.variables] == result.variables
    solutions = list(parsed)
    assert len(solutions) == len(result.rows)
    for solution, row in zip(solutions, result.rows):
        for i, term in enumerate(row):
            assert engine_module._from_oxigraph(solution[i]) == term


def test_table_lines_up_chinese_text():
    result = run_query(FIXTURE, q("brand_destinations"))
    lines = to_table(result).splitlines()
    header, rule, body, footer = lines[0], lines[1], lines[2:-1], lines[-1]
    assert footer == "(6 rows)"
    # Each column starts at the same display column on every line: find the starts from
    # the rule (runs of '-') and check every cell begins there.
    starts, col = [], 0
    for run in rule.split("  "):
        starts.append(col)
        col += len(run) + 2
    for line in [header] + body:
        # display offset of each character
        offsets, pos = [], 0
        for char in line:
            offsets.append(pos)
            pos += display_width(char)
        cell_starts = {offsets[i] for i, c in enumerate(line)
                       if c != " " and (i == 0 or line[i - 1] == " " and (i < 2 or line[i - 2] == " "))}
        assert cell_starts <= set(starts), line
    # 紫阳修脚 is 8 columns wide, like 4 ASCII pairs
    assert display_width("紫阳修脚") == 8 and display_width("abc") == 3
    row = next(line for line in body if line.startswith("紫阳修脚"))
    assert row.index("紫阳县") == len("紫阳修脚") + (starts[1] - 8)


def test_table_truncates_long_cells():
    long = "很长的句子" * 20
    table = to_table(QueryResult(["x"], [(Term("literal", long),)]))
    cell = table.splitlines()[2]
    assert cell.endswith("…") and display_width(cell) <= 40
    assert to_table(QueryResult([], [], boolean=False)) == "false\n"


# ------------------------------------------------------------------ make run and the CLI

def test_run_all_queries_writes_one_csv_each(tmp_path):
    written = run_all_queries(FIXTURE, QUERIES, tmp_path / "queries")
    assert sorted(p.name for p in written) == sorted(f"{n}.csv" for n in QUERY_NAMES)
    headline = (tmp_path / "queries" / "brand_destinations.csv").read_bytes().decode("utf-8")
    assert headline.startswith("brand,county,city,province,destination,evidence,title,sourceFile\r\n")
    assert "紫阳修脚,紫阳县,安康市,陕西省,上海市," in headline


def cli(*argv: str) -> int:
    return kg_main(list(argv))


def test_cli_runs_a_file_with_params_and_formats(tmp_path, capsys):
    assert cli("query", str(QUERIES / "metrics_by_region.rq"), "--kg", str(FIXTURE),
               "--param", "region=安康市", "--format", "json") == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["results"]["bindings"]) == 3
    out = tmp_path / "r.csv"
    assert cli("query", "-e", "SELECT ?x WHERE { BIND('紫阳' AS ?x) }", "--kg", str(FIXTURE),
               "--format", "csv", "-o", str(out), "--engine", "oxigraph") == 0
    assert out.read_bytes() == "x\r\n紫阳\r\n".encode()
    assert cli("query", str(QUERIES / "brand_destinations.rq"), "--kg", str(FIXTURE)) == 0
    assert "紫阳修脚  紫阳县" in capsys.readouterr().out


def test_cli_exit_statuses(tmp_path, capsys):
    kg = ["--kg", str(FIXTURE)]
    assert cli("query", "-e", "SELECT ?x WHERE {\n  ?x ?y\n}", *kg, "--engine", "oxigraph") == 1
    # -e:LINE:COLUMN: syntax error: ... The one parser that checks every query (kg.query.engine.
    # check_query) reports it for both engines, so Oxigraph never sees text it has not checked.
    assert "-e:2:3: syntax error" in capsys.readouterr().err
    assert cli("query", "-e", "SELECT ?x WHERE {\n  ?x ?y\n}", *kg, "--engine", "rdflib") == 1
    assert "syntax error" in capsys.readouterr().err
    assert cli("query", "-e", "DROP ALL", *kg) == 1
    assert "read-only" in capsys.readouterr().err
    assert cli("query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--kg", str(tmp_path / "none.ttl")) == 1
    assert "not found" in capsys.readouterr().err
    assert cli("query", str(tmp_path / "missing.rq"), *kg) == 1
    assert cli("query", *kg) == 2  # neither FILE nor -e
    assert cli("query", str(QUERIES / "brand_destinations.rq"), "-e", "ASK {}", *kg) == 2
    assert cli("query", str(QUERIES / "metrics_by_region.rq"), "--param", "novalue", *kg) == 2
    assert cli("query", str(QUERIES / "metrics_by_region.rq"), "--param", "typo=x", *kg) == 2
    with pytest.raises(SystemExit) as info:
        cli("query", "-e", "ASK {}", "--format", "xml")
    assert info.value.code == 2


def test_cli_help_has_examples_and_exit_status(capsys):
    with pytest.raises(SystemExit):
        cli("query", "--help")
    text = capsys.readouterr().out
    for needle in ("examples:", "exit status:", "--param", "--engine", "--kg", "table", "tsv"):
        assert needle in text


# ------------------------------------------------------------------ the real seeds

def test_headline_on_the_seeds_graph(built_seeds):
    graph = built_seeds / "kg.ttl"
    headline = {engine: rows("brand_destinations", engine, graph=graph) for engine in ENGINES}
    assert headline["rdflib"] == headline["oxigraph"]
    ziyang = [r for r in headline["rdflib"] if r[0] == "紫阳修脚" and r[4] == "上海市"]
    assert ziyang, headline["rdflib"]
    assert ziyang[0][1:4] == ("紫阳县", "安康市", "陕西省")
    assert "上海" in ziyang[0][5]  # the sentence that says so
    assert ziyang[0][7] and ziyang[0][7].endswith("003_602e8a491a69bcda.txt")


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_every_query_agrees_on_the_seeds_graph(built_seeds, name):
    graph = built_seeds / "kg.ttl"
    a = run_query(graph, q(name), engine="rdflib")
    b = run_query(graph, q(name), engine="oxigraph")
    assert a.rows == b.rows and a.rows


def test_seed_facts_a_reader_expects(built_seeds):
    graph = built_seeds / "kg.ttl"
    hierarchy = [r[:3] for r in rows("region_hierarchy", "rdflib", graph=graph)]
    assert ("陕西省", "安康市", "紫阳县") in hierarchy
    assert ("甘肃省", "张掖市", "甘州区") in hierarchy
    brands = {r[3]: r[:3] for r in rows("brands_by_province", "rdflib", graph=graph)}
    assert brands.get("紫阳修脚") == ("陕西省", "安康市", "紫阳县")
    flows = {(r[0], r[1]) for r in rows("flows_by_origin", "rdflib", graph=graph)}
    assert ("紫阳县", "上海市") in flows
    ankang = rows("metrics_by_region", "rdflib", {"region": "安康市"}, graph=graph)
    assert ankang and all(r[-1] == "安康市" for r in ankang)
    facts = rows("article_facts", "rdflib", {"source": "003_602e8a491a69bcda.txt"}, graph=graph)
    assert ("mentions", "紫阳修脚") in {r[1:3] for r in facts}
