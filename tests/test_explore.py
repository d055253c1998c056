"""Tests of the HTML explorer that need no browser: the view, the page's bytes, the CLI and its filters."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from kg.cli import main as kg_main
from kg.cli import make_parser
from kg.explore import render, view as views, write_explorer

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "explore_fixture.ttl"
HOSTILE = DATA / "hostile_corpus.ttl"
LW = Namespace("https://w3id.org/laowu-kg/ontology#")
ID = "https://w3id.org/laowu-kg/id/"


def shown_classes(graph: Graph) -> set[URIRef]:
    """The entities the explorer draws as nodes, counted straight from the RDF."""
    classes = [LW.Province, LW.City, LW.County, LW.Region, LW.LabourBrand, LW.Program, LW.Article]
    return {s for c in classes for s in graph.subjects(RDF.type, c)}


@pytest.fixture(scope="module")
def fixture_graph() -> Graph:
    return views.load_graph(str(FIXTURE))


@pytest.fixture(scope="module")
def fixture_view(fixture_graph):
    return views.build_view(fixture_graph)


def embedded_data(html: str) -> dict:
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S)
    assert match, "the page embeds its data as application/json"
    return json.loads(match.group(1))


def labels(view, nodes) -> set[str]:
    return {view.nodes[n]["label"] for n in nodes}


class _Attrs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]


# ---- the view ------------------------------------------------------------------------------

def test_view_has_one_node_per_region_brand_program_article(fixture_graph, fixture_view):
    assert fixture_view.number_of_nodes() == len(shown_classes(fixture_graph)) == 24
    by_class = {}
    for _, d in fixture_view.nodes(data=True):
        by_class[d["cls"]] = by_class.get(d["cls"], 0) + 1
    assert by_class == {"Province": 6, "City": 4, "County": 5, "LabourBrand": 4, "Program": 2, "Article": 3}


def test_view_edges_carry_properties_and_evidence(fixture_view):
    v = fixture_view
    brand = ID + "brand/a1"
    assert v.has_edge(brand, ID + "region/610924", "origin")
    dest = v.get_edge_data(brand, ID + "region/110000", "destination")
    assert dest["label"] == "destination"
    assert any("紫阳修脚师遍布北京" in e and "《紫阳修脚走出大山》" in e for e in dest["evidence"])
    # hierarchy county → city → province
    assert v.has_edge(ID + "region/610924", ID + "region/610900", "partOf")
    assert v.has_edge(ID + "region/610900", ID + "region/610000", "partOf")
    # flows become labelled region → region edges, not nodes
    flow = v.get_edge_data(ID + "region/610924", ID + "region/440300", "flow")
    assert flow["label"] == "flow 1185人 (2021)"
    assert "flow" not in {d["cls"] for _, d in v.nodes(data=True)}
    assert v.has_edge(ID + "article/c1", ID + "brand/a1", "mentions")


def test_observations_fold_into_the_region(fixture_view):
    county = fixture_view.nodes[ID + "region/620702"]
    assert any(line.startswith("输转城乡劳动力: 84300人 ≈ 8.43万 (2021)")
               for line in county["observations"])
    ziyang = fixture_view.nodes[ID + "region/610924"]
    assert any("约30000–40000人" in line for line in ziyang["observations"])


def test_brand_facts_name_level_origin_and_destinations(fixture_view):
    facts = dict((k, v) for k, v in fixture_view.nodes[ID + "brand/a1"]["facts"] if not k.startswith("dest"))
    assert facts["level 级别"] == "国家级"
    assert facts["origin 来源地"] == "紫阳县 (陕西省 安康市)"
    dests = [v for k, v in fixture_view.nodes[ID + "brand/a1"]["facts"] if k.startswith("destination")]
    assert dests == ["北京市", "朝阳区 (北京市)"]


# ---- the page ------------------------------------------------------------------------------

def test_page_is_deterministic(tmp_path, fixture_view):
    first = render.render_html(fixture_view)
    again = render.render_html(views.build_view(views.load_graph(str(FIXTURE))))
    assert first == again
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_explorer(FIXTURE, a)
    write_explorer(FIXTURE, b)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() == first.encode("utf-8")


@pytest.mark.parametrize("source", [FIXTURE, HOSTILE])
def test_page_has_no_network_resource(tmp_path, source):
    out = tmp_path / "explorer.html"
    write_explorer(source, out)
    html = out.read_text("utf-8")
    # Not in an attribute, and not anywhere else either (library comments included).
    assert not re.search(r"(?i)https?://", html)
    parser = _Attrs()
    parser.feed(html)
    for tag, name, value in parser.attrs:
        assert name not in ("src", "href", "srcset", "action", "formaction", "poster"), (tag, name, value)
        assert "http" not in value.lower() or name == "http-equiv", (tag, name, value)
    assert "link" not in parser.tags and "iframe" not in parser.tags
    assert "default-src 'none'" in html.replace("&#39;", "'")


def test_page_ids_are_opaque_and_sorted(fixture_view):
    data = embedded_data(render.render_html(fixture_view))
    ids = [n["id"] for n in data["nodes"]]
    assert ids == [f"n{i}" for i in range(len(ids))]
    # n0, n1, … follow the view's sorted IRIs
    assert [n["label"] for n in data["nodes"]] == [d["label"] for _, d in fixture_view.nodes(data=True)]
    assert all(re.fullmatch(r"e\d+", e["id"]) for e in data["edges"])
    assert len(data["nodes"]) == fixture_view.number_of_nodes()
    assert len(data["edges"]) == fixture_view.number_of_edges()
    assert data["options"]["layout"]["randomSeed"] == render._options(1)["layout"]["randomSeed"]
    assert "Noto Sans CJK SC" in data["options"]["nodes"]["font"]["face"]


def test_page_data_legend_and_tooltips(fixture_view):
    data = embedded_data(render.render_html(fixture_view))
    classes = {c["cls"]: c for c in data["classes"]}
    assert classes["Article"]["visible"] is False and classes["LabourBrand"]["visible"] is True
    assert {k["kind"] for k in data["edgeKinds"]} >= {"partOf", "origin", "destination", "flow", "mentions"}
    brand = next(n for n in data["nodes"] if n["label"] == "紫阳修脚")
    assert "紫阳修脚师遍布北京" in brand["title"] and "《紫阳修脚走出大山》" in brand["title"]
    assert brand["shape"] == "star" and brand["cls"] == "LabourBrand"
    shaanxi = next(p["id"] for p in data["provinces"] if p["label"] == "陕西省")
    assert shaanxi in brand["provinces"]


def test_hostile_strings_stay_text(tmp_path):
    out = tmp_path / "h.html"
    write_explorer(HOSTILE, out, title='<script>window.__pwned=8</script>"href"')
    html = out.read_text("utf-8")
    parser = _Attrs()
    parser.feed(html)
    # Exactly our elements: three scripts (data, vis, app), no element born from a payload.
    assert parser.tags.count("script") == 3
    for tag in ("img", "svg", "iframe", "a", "b", "i"):
        assert tag not in parser.tags, tag
    assert not any(name.startswith("on") for _, name, _ in parser.attrs)
    assert html.lower().count("</script") == 3
    assert "<title>&lt;script&gt;window.__pwned=8&lt;/script&gt;&#34;href&#34;</title>" in html
    # The payloads survive as data, character for character.
    data = embedded_data(html)
    by_label = {n["label"]: n for n in data["nodes"]}
    assert '<script>window.__pwned=1;alert(1)</script>"href"紫阳修脚' in by_label
    assert any("{{ 7*7 }}{% raw %}" in n["title"] for n in data["nodes"])
    assert any("</script>\u2028<script>" in name for n in data["nodes"] for name in n["names"])
    assert any("</script><script>window.__pwned=5" in n["detail"] for n in data["nodes"])


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_json_for_script_round_trips_and_cannot_break_out(text):
    encoded = render.json_for_script({"t": text})
    assert json.loads(encoded) == {"t": text}
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in encoded
    assert "://" not in encoded


def test_write_html_is_atomic_utf8(tmp_path):
    target = tmp_path / "sub" / "page.html"
    render.write_html("紫阳修脚\n", target)
    assert target.read_bytes() == "紫阳修脚\n".encode("utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["page.html"]


# ---- subgraphs and the CLI ------------------------------------------------------------------

def test_province_scope_keeps_brands_and_their_other_ends(fixture_view):
    [shaanxi] = views.find_nodes(fixture_view, "陕西", {"Province"})
    scope = labels(fixture_view, views.province_scope(fixture_view, shaanxi))
    assert {"陕西省", "安康市", "紫阳县", "紫阳修脚", "北京市", "朝阳区", "深圳市", "广东省"} <= scope
    assert not scope & {"甘州劳务", "甘州区", "张北司炉工", "新疆维吾尔自治区", "宝安区"}


def test_brand_scope(fixture_view):
    [brand] = views.find_nodes(fixture_view, "紫阳修脚", {"LabourBrand"})
    assert labels(fixture_view, views.brand_scope(fixture_view, brand)) == {
        "紫阳修脚", "紫阳县", "安康市", "陕西省", "北京市", "朝阳区", "紫阳修脚走出大山"}
    assert views.find_nodes(fixture_view, "紫阳修脚师", {"LabourBrand"}) == [brand]  # alt label


def test_max_nodes_keeps_brands_with_ancestors(fixture_view):
    kept = views.limit_nodes(fixture_view, 6)
    assert len(kept) <= 6
    assert labels(fixture_view, kept) == {"紫阳修脚", "紫阳县", "安康市", "陕西省", "北京市", "朝阳区"}
    for n in kept:  # the hierarchy never floats
        assert set(views.ancestors(fixture_view, n)) <= kept
    assert views.limit_nodes(fixture_view, 6) == kept
    assert len(views.limit_nodes(fixture_view, 1000)) == fixture_view.number_of_nodes()


def parse(argv):
    return make_parser().parse_args(["explore", *argv])


def test_cli_defaults():
    args = parse([])
    # No -o: the page goes beside the graph (out/explorer.html here).
    assert (args.graph, args.output, args.max_nodes, args.province, args.brand) == (
        "out/kg.ttl", None, None, None, None)
    with pytest.raises(SystemExit):
        parse(["--max-nodes", "0"])


@pytest.mark.parametrize("argv, expected", [
    (["--province", "陕西省"], {"紫阳修脚", "北京市", "紫阳县"}),
    (["--brand", "紫阳修脚", "--no-articles"], {"紫阳修脚", "紫阳县", "安康市", "陕西省", "北京市", "朝阳区"}),
    (["--province", "甘肃", "--max-nodes", "5"], {"甘州劳务", "甘州区", "张掖市", "甘肃省", "新疆维吾尔自治区"}),
])
def test_cli_subgraphs(tmp_path, capsys, argv, expected):
    out = tmp_path / "e.html"
    assert kg_main(["explore", str(FIXTURE), "-o", str(out), *argv]) == 0
    got = {n["label"] for n in embedded_data(out.read_text("utf-8"))["nodes"]}
    if "--max-nodes" in argv or "--no-articles" in argv:
        assert got == expected
    else:
        assert expected <= got and "甘州劳务" not in got
    assert "wrote" in capsys.readouterr().out


def test_cli_reports_unknown_names_and_files(tmp_path, capsys):
    out = tmp_path / "e.html"
    assert kg_main(["explore", str(FIXTURE), "-o", str(out), "--province", "火星省"]) == 2
    assert kg_main(["explore", str(FIXTURE), "-o", str(out), "--brand", "无此品牌"]) == 2
    assert kg_main(["explore", str(tmp_path / "missing.ttl"), "-o", str(out)]) == 1  # as in query, validate
    assert "火星省" in capsys.readouterr().err
    assert not out.exists()


def synthetic_graph(provinces: int, cities: int, counties: int, brands: int) -> Graph:
    """A graph of the documented shape, big enough to exercise the large-graph settings."""
    g = Graph()
    for p in range(provinces):
        prov = URIRef(f"{ID}region/{p + 11:02d}0000")
        g.add((prov, RDF.type, LW.Province))
        g.add((prov, RDFS.label, Literal(f"省{p}", lang="zh")))
        for c in range(cities):
            city = URIRef(f"{ID}region/{p + 11:02d}{c + 1:02d}00")
            g.add((city, RDF.type, LW.City))
            g.add((city, RDFS.label, Literal(f"市{p}-{c}", lang="zh")))
            g.add((city, LW.partOf, prov))
            for k in range(counties):
                county = URIRef(f"{ID}region/{p + 11:02d}{c + 1:02d}{k + 1:02d}")
                g.add((county, RDF.type, LW.County))
                g.add((county, RDFS.label, Literal(f"县{p}-{c}-{k}", lang="zh")))
                g.add((county, LW.partOf, city))
    for b in range(brands):
        brand = URIRef(f"{ID}brand/b{b:04d}")
        g.add((brand, RDF.type, LW.LabourBrand))
        g.add((brand, RDFS.label, Literal(f"品牌{b}", lang="zh")))
        g.add((brand, LW.origin, URIRef(f"{ID}region/{b % provinces + 11:02d}0101")))
        g.add((brand, LW.destination, URIRef(f"{ID}region/{(b * 7) % provinces + 11:02d}0000")))
    return g


def test_large_graph_options_and_max_nodes():
    big = views.build_view(synthetic_graph(30, 5, 4, 60))
    assert big.number_of_nodes() == 30 + 150 + 600 + 60
    options = embedded_data(render.render_html(big))["options"]
    assert options["physics"]["stabilization"]["iterations"] <= 300
    assert options["layout"]["improvedLayout"] is False
    kept = views.limit_nodes(big, 120)
    assert 100 <= len(kept) <= 120
    assert sum(big.nodes[n]["cls"] == "LabourBrand" for n in kept) >= 20
    for n in kept:
        assert set(views.ancestors(big, n)) <= kept


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.html"
        code = "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"
        subprocess.run([sys.executable, "-c", code, "explore", str(FIXTURE), "-o", str(out)],
                       check=True, capture_output=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_empty_graph_renders(tmp_path):
    source = tmp_path / "empty.ttl"
    source.write_text("", encoding="utf-8")
    out = tmp_path / "empty.html"
    assert write_explorer(source, out)["nodes"] == 0
    assert embedded_data(out.read_text("utf-8"))["nodes"] == []
