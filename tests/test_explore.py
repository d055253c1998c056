"""Tests of the HTML explorer that need no browser: the catalog read from the graph, the page's
data and bytes, the CLI and its narrowing options."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import KgError, UsageError
from kg.cli import main as kg_main
from kg.cli import make_parser
from kg.explore import render, tables, write_explorer
from kg.explore import view as views

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "explore_fixture.ttl"
HOSTILE = DATA / "hostile_corpus.ttl"

# Two flows stated by one sentence for two destinations in the same province, and one more flow:
# summed per pair of provinces the shared count must be counted once (300 + 120, not 720).
SHARED_FLOW = """\
@prefix lw: <https://w3id.org/laowu-kg/ontology#> .
@prefix id: <https://w3id.org/laowu-kg/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:region\\/620000 a lw:Province ; rdfs:label "甘肃省"@zh .
id:region\\/620400 a lw:City ; rdfs:label "白银市"@zh ; lw:partOf id:region\\/620000 .
id:region\\/620422 a lw:County ; rdfs:label "会宁县"@zh ; lw:partOf id:region\\/620400 .
id:region\\/320000 a lw:Province ; rdfs:label "江苏省"@zh .
id:region\\/320500 a lw:City ; rdfs:label "苏州市"@zh ; lw:partOf id:region\\/320000 .
id:region\\/320200 a lw:City ; rdfs:label "无锡市"@zh ; lw:partOf id:region\\/320000 .
id:article\\/x1 a lw:Article ; rdfs:label "会宁县送岗到村"@zh ; lw:subjectRegion id:region\\/620422 .
id:flow\\/s1 a lw:LabourFlow ; lw:origin id:region\\/620422 ; lw:destination id:region\\/320500 ; lw:workers 300 ;
    lw:evidence "会宁县组织300名务工人员乘专车赴苏州、无锡务工。"@zh ; prov:wasDerivedFrom id:article\\/x1 .
id:flow\\/s2 a lw:LabourFlow ; lw:origin id:region\\/620422 ; lw:destination id:region\\/320200 ; lw:workers 300 ;
    lw:evidence "会宁县组织300名务工人员乘专车赴苏州、无锡务工。"@zh ; prov:wasDerivedFrom id:article\\/x1 .
id:flow\\/s3 a lw:LabourFlow ; lw:origin id:region\\/620422 ; lw:destination id:region\\/320500 ; lw:workers 120 ;
    lw:evidence "此前已有120人在苏州电子厂就业。"@zh ; prov:wasDerivedFrom id:article\\/x1 .
"""


@pytest.fixture(scope="module")
def cat() -> views.Catalog:
    return views.read_catalog(FIXTURE)


def node(cat, name: str) -> int:
    [found] = [i for i in range(len(cat)) if cat.label[i] == name]
    return found


def names(cat, nodes) -> set[str]:
    return {cat.label[i] for i in nodes}


def embedded_data(html: str) -> dict:
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.DOTALL)
    assert match, "the page embeds its data as application/json"
    return json.loads(match.group(1))


class _Attrs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]


# ---- the catalog ---------------------------------------------------------------------------

def test_catalog_has_one_node_per_region_brand_program_article(cat):
    assert len(cat) == 24
    counts = {c: cat.cls.count(c) for c in set(cat.cls)}
    assert counts == {"Province": 6, "City": 4, "County": 5, "LabourBrand": 4, "Program": 2, "Article": 3}
    assert cat.iris == sorted(cat.iris)  # dense ids follow the IRIs: the same graph, the same page
    assert cat.triples > 100


def test_catalog_hierarchy_brands_and_flows(cat):
    ziyang, ankang, shaanxi = node(cat, "紫阳县"), node(cat, "安康市"), node(cat, "陕西省")
    assert views.ancestors(cat, ziyang) == [ankang, shaanxi]
    brand = node(cat, "紫阳足护")
    assert (brand, ziyang) in cat.origins
    evidence = cat.destinations[(brand, node(cat, "北京市"))]
    assert evidence == [(node(cat, "紫阳足护走出大山"), "紫阳足护师在北京、上海开了许多门店。")]
    assert (brand, node(cat, "朝阳区")) in cat.destinations
    [flow] = [f for f in cat.flows if f.origin == ziyang]
    assert (flow.destination, flow.workers, flow.year) == (node(cat, "深圳市"), "1185", "2021")
    assert cat.mentions[node(cat, "紫阳足护走出大山")][:1] and brand in cat.mentions[node(cat, "紫阳足护走出大山")]


def test_observations_fold_into_their_region(cat):
    ganzhou = node(cat, "甘州区")
    assert "输转城乡劳动力: 84300人 ≈ 8.43万 (2021)" in cat.observations[ganzhou]
    assert cat.observation_count[ganzhou] == 2
    assert any("约30000–40000人" in line for line in cat.observations[node(cat, "紫阳县")])


def test_brand_facts_name_level_and_occupation(cat):
    facts = dict(cat.facts[node(cat, "紫阳足护")])
    assert facts["level 级别"] == "国家级" and facts["occupation 职业"] == "修脚"
    assert cat.names[node(cat, "紫阳足护")] == ["紫阳足护师"]


def test_unreadable_graph_is_a_one_line_error(tmp_path):
    with pytest.raises(KgError, match="not found"):
        views.read_catalog(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"broken\.ttl: not a readable Turtle file") as caught:
        views.read_catalog(broken)
    assert "\n" not in str(caught.value)
    # A lone surrogate could not be written to the page as UTF-8: the parser refuses it, in one line.
    surrogate = tmp_path / "surrogate.ttl"
    surrogate.write_text('<https://example.org/a> <https://example.org/b> "x\\uD800y" .\n', encoding="utf-8")
    with pytest.raises(KgError, match=r"surrogate\.ttl: not a readable Turtle file"):
        views.read_catalog(surrogate)


# ---- scopes ----------------------------------------------------------------------------------

def test_province_scope_keeps_brands_and_their_other_ends(cat):
    [shaanxi] = views.find_nodes(cat, "陕西", {"Province"})
    scope = names(cat, views.province_scope(cat, shaanxi))
    assert {"陕西省", "安康市", "紫阳县", "紫阳足护", "北京市", "朝阳区", "深圳市", "广东省"} <= scope
    assert not scope & {"甘州劳务", "甘州区", "张北司炉工", "新疆维吾尔自治区", "宝安区"}


def test_brand_scope(cat):
    [brand] = views.find_nodes(cat, "紫阳足护", {"LabourBrand"})
    assert names(cat, views.brand_scope(cat, brand)) == {
        "紫阳足护", "紫阳县", "安康市", "陕西省", "北京市", "朝阳区", "紫阳足护走出大山"}
    assert views.find_nodes(cat, "紫阳足护师", {"LabourBrand"}) == [brand]  # alt label


# ---- the page's data ---------------------------------------------------------------------------

def test_page_data_is_compact_tables(cat):
    data = render.page_data(cat)
    assert len(data["nodes"]) == 24
    assert data["nodes"][node(cat, "紫阳县")][2] == node(cat, "安康市")  # parent by id
    assert data["nodes"][node(cat, "紫阳县")][3] == "region/610924"
    # No per-node HTML or tooltip text: details are composed in the page from these tables.
    assert not any(key in data for key in ("title", "detail", "edges"))
    # A region's weight counts the facts under it: 安康市 holds 紫阳县's brand, flow and figures.
    assert data["nodes"][node(cat, "安康市")][4] >= data["nodes"][node(cat, "紫阳县")][4] > 0
    assert data["start"] == {"view": "overview"} and data["maxNodes"] == render.DEFAULT_MAX_NODES


def test_shared_count_is_one_statement(tmp_path):
    graph = tmp_path / "shared.ttl"
    graph.write_text(SHARED_FLOW, encoding="utf-8")
    shared = views.read_catalog(graph)
    flows = render.page_data(shared)["flows"]
    by_dest = {shared.label[f[1]]: f for f in flows if f[2] == 300}
    assert set(by_dest) == {"苏州市", "无锡市"}
    assert by_dest["苏州市"][7] == by_dest["无锡市"][7]  # one statement id
    other = next(f for f in flows if f[2] == 120)
    assert other[7] != by_dest["苏州市"][7]


def test_evidence_budget_goes_to_the_largest_flows_first(tmp_path):
    graph = tmp_path / "shared.ttl"
    graph.write_text(SHARED_FLOW, encoding="utf-8")
    shared = views.read_catalog(graph)
    biggest = [k for k, f in enumerate(shared.flows) if f.workers == "300"]
    one_sentence = len(shared.flows[biggest[0]].sentence)
    chosen = tables._evidenced(shared.flows, one_sentence)
    assert len(chosen) == 1 and chosen[0] in biggest
    assert len(tables._evidenced(shared.flows, 10_000)) == 2  # one per pair: 会宁→苏州, 会宁→无锡


def test_page_is_deterministic(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_explorer(FIXTURE, a)
    write_explorer(FIXTURE, b)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() == render.render_html(render.page_data(views.read_catalog(FIXTURE))).encode("utf-8")


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.html"
        code = "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"
        subprocess.run([sys.executable, "-c", code, "explore", str(FIXTURE), "-o", str(out)],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


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
    labels = {n[1] for n in data["nodes"]}
    assert '<script>window.__pwned=1;alert(1)</script>"href"紫阳足护' in labels
    assert any("</script>\u2028<script>" in name for alts in data["names"].values() for name in alts)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_json_for_script_round_trips_and_cannot_break_out(text):
    encoded = render.json_for_script({"t": text})
    assert json.loads(encoded) == {"t": text}
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in encoded
    assert "://" not in encoded


def test_streamed_page_is_valid_json_whatever_the_table_size():
    data = {"nodes": [[0, f"县{i}", -1, f"region/{i}", i] for i in range(2500)], "a": [], "z": {"k": "</script>"}}
    assert embedded_data(render.render_html(data)) == data


def test_page_is_written_atomically(tmp_path):
    target = tmp_path / "sub" / "page.html"
    write_explorer(FIXTURE, target)
    assert [p.name for p in target.parent.iterdir()] == ["page.html"]
    before = target.read_bytes()
    with pytest.raises(KgError):
        write_explorer(tmp_path / "missing.ttl", target)
    assert target.read_bytes() == before  # a failed run leaves the old page alone


# ---- the CLI -----------------------------------------------------------------------------------

def parse(argv):
    return make_parser().parse_args(["explore", *argv])


def test_cli_defaults(tmp_path):
    args = parse([])
    # No -o: the page goes beside the graph (out/explorer.html here).
    assert (args.graph, args.output, args.max_nodes, args.province, args.brand) == (
        "out/kg.ttl", None, None, None, None)
    with pytest.raises(SystemExit):
        parse(["--max-nodes", "0"])
    graph = tmp_path / "g.ttl"
    graph.write_bytes(FIXTURE.read_bytes())
    assert write_explorer(graph)["output"] == str(tmp_path / "explorer.html")


def test_max_nodes_is_the_cap_of_every_view(tmp_path):
    out = tmp_path / "e.html"
    write_explorer(FIXTURE, out, max_nodes=7)
    assert embedded_data(out.read_text("utf-8"))["maxNodes"] == 7
    with pytest.raises(UsageError):
        write_explorer(FIXTURE, out, max_nodes=0)


@pytest.mark.parametrize("argv, inside, outside, start", [
    (["--province", "陕西省"], {"紫阳足护", "北京市", "紫阳县"}, {"甘州劳务"}, ("region", "陕西省")),
    (["--brand", "紫阳足护"], {"紫阳足护", "紫阳县", "安康市", "陕西省", "北京市", "朝阳区"},
     {"甘州劳务", "张北县"}, ("brand", "紫阳足护")),
])
def test_cli_narrows_and_opens_on_the_choice(tmp_path, capsys, argv, inside, outside, start):
    out = tmp_path / "e.html"
    assert kg_main(["explore", str(FIXTURE), "-o", str(out), *argv]) == 0
    data = embedded_data(out.read_text("utf-8"))
    got = {n[1] for n in data["nodes"]}
    assert inside <= got and not outside & got
    assert (data["start"]["view"], data["nodes"][data["start"]["node"]][1]) == start
    assert "wrote" in capsys.readouterr().out


def test_no_articles_keeps_titles_for_evidence_only(tmp_path):
    out = tmp_path / "e.html"
    write_explorer(FIXTURE, out, articles=False)
    data = embedded_data(out.read_text("utf-8"))
    assert data["articlesShown"] is False and data["mentions"] == []
    assert next(c for c in data["classes"] if c["cls"] == "Article")["count"] == 0


def test_cli_reports_unknown_names_and_files(tmp_path, capsys):
    out = tmp_path / "e.html"
    assert kg_main(["explore", str(FIXTURE), "-o", str(out), "--province", "火星省"]) == 2
    assert kg_main(["explore", str(FIXTURE), "-o", str(out), "--brand", "无此品牌"]) == 2
    assert kg_main(["explore", str(FIXTURE), "-o", str(out), "--province", "甘肃", "--brand", "紫阳足护"]) == 2
    assert kg_main(["explore", str(tmp_path / "missing.ttl"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "火星省" in err and "missing.ttl" in err and "Traceback" not in err
    assert not out.exists()


def test_empty_graph_renders(tmp_path):
    source = tmp_path / "empty.ttl"
    source.write_text("", encoding="utf-8")
    out = tmp_path / "empty.html"
    assert write_explorer(source, out)["nodes"] == 0
    assert embedded_data(out.read_text("utf-8"))["nodes"] == []
