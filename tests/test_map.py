"""kg map: the facts behind the arcs, filters and totals, the SVG and PNG figures, and the command."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.errors import KgError, UsageError
from kg.map import write_map
from kg.map.arcs import Filters, build_model
from kg.map.records import read_records, safe_link
from tests.conftest import run_kg

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "map_fixture.ttl"
REFERENCE = DATA / "map_seeds_reference.png"
SVG = "{http://www.w3.org/2000/svg}"


def arcs_by_names(model) -> dict[tuple[str, str, str], object]:
    label = model.records.label
    return {(a.kind, label(a.origin), label(a.destination)): a for a in model.arcs}


def test_fixture_arcs_shared_count_fallback_and_undrawn():
    model = build_model(read_records(FIXTURE))
    arcs = arcs_by_names(model)
    assert set(arcs) == {("flow", "南部县", "杭州市"), ("flow", "南部县", "宁波市"), ("flow", "重庆市", "杭州市"),
                         ("flow", "重庆市", "北屯市"), ("brand", "南部县", "宁波市")}
    # 300 workers to 杭州 and 宁波 in one sentence: on both arcs, marked shared, counted once in total.
    assert arcs[("flow", "南部县", "杭州市")].workers == arcs[("flow", "南部县", "宁波市")].workers == 300
    assert arcs[("flow", "南部县", "杭州市")].facts[0].shared_with == 1
    assert model.totals() == {"facts": 5, "arcs": 5, "workers": 380, "undrawn": 1}
    # 北屯市 has no seat: drawn at its parent's, and the fact says so.
    beitun = arcs[("flow", "重庆市", "北屯市")]
    assert beitun.end.code == "650000"
    assert beitun.facts[0].drawn_at == ["北屯市 画在上级驻地 drawn at the seat of 新疆维吾尔自治区"]
    # A region without adcode cannot be drawn: counted with the reason, never dropped silently.
    assert model.reasons() == {"无码县 has no adcode": 1}
    # The year: stated, else the article's.
    assert [(f.year, f.year_stated) for f in beitun.facts] == [("2021", False)]


def test_brand_links_and_brand_of_flows():
    model = build_model(read_records(FIXTURE))
    link = arcs_by_names(model)[("brand", "南部县", "宁波市")]
    assert [f.evidence for f in link.facts] == ["南部缝纫工多在宁波的服装厂就业。"]
    names = {b.iri: b.label for b in model.records.brands.values()}
    flow = arcs_by_names(model)[("flow", "重庆市", "杭州市")]
    assert [names[b] for b in flow.facts[0].brands] == ["渝州厨师"]


@pytest.mark.parametrize("filters, expected", [
    (Filters(brand="南部缝纫"), {("flow", "南部县", "杭州市"), ("flow", "南部县", "宁波市"), ("brand", "南部县", "宁波市")}),
    (Filters(province="重庆"), {("flow", "重庆市", "杭州市"), ("flow", "重庆市", "北屯市")}),
    (Filters(destination="浙江省"), {("flow", "南部县", "杭州市"), ("flow", "南部县", "宁波市"),
                                    ("flow", "重庆市", "杭州市"), ("brand", "南部县", "宁波市")}),
    (Filters(year_from=2020, year_to=2021), {("flow", "重庆市", "杭州市"), ("flow", "重庆市", "北屯市")}),
    (Filters(year_from=2023), {("flow", "南部县", "杭州市"), ("flow", "南部县", "宁波市"), ("brand", "南部县", "宁波市")}),
])
def test_filters_change_what_is_drawn(filters, expected):
    assert set(arcs_by_names(build_model(read_records(FIXTURE), filters))) == expected


def test_unknown_filter_names_are_user_errors():
    with pytest.raises(KgError, match="no brand named '火星劳务'"):
        build_model(read_records(FIXTURE), Filters(brand="火星劳务"))
    with pytest.raises(KgError, match="no province"):
        build_model(read_records(FIXTURE), Filters(province="火星"))


def test_only_http_links_are_kept():
    records = read_records(FIXTURE)
    assert {a.title: a.url for a in records.articles.values()} == {
        "南部县送技能工赴浙江": "https://news.example.org/a1.html", "重庆劳务输出一览": ""}
    for bad in ("javascript:alert(1)", "data:text/html,x", "https://x.example/a b", "//x.example", ""):
        assert safe_link(bad) == ""
    assert safe_link("http://x.example/a?b=1") == "http://x.example/a?b=1"


def test_svg_parses_shows_the_legend_and_is_deterministic(tmp_path):
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    write_map(FIXTURE, first)
    write_map(FIXTURE, second)
    assert first.read_bytes() == second.read_bytes()
    root = ET.parse(first).getroot()
    texts = ["".join(t.itertext()) for t in root.iter(SVG + "text")]
    assert "图例 Legend" in texts and "南海诸岛" in texts and "示意图 schematic, not to scale" in texts
    assert "人数合计 workers: 380" in texts and "1 × 无码县 has no adcode" in texts
    assert {"南部县", "杭州市", "宁波市", "北屯市", "重庆市"} <= set(texts)
    assert len(root.findall(f".//{SVG}path[@class='arc']")) == 5
    assert len(root.findall(f".//{SVG}polygon")) > 100  # the province outlines


def test_hostile_strings_are_escaped_in_the_svg(tmp_path):
    out = tmp_path / "h.svg"
    write_map(DATA / "hostile_corpus.ttl", out, colour_by="brand")
    root = ET.parse(out).getroot()  # parses: nothing broke out of its attribute or text
    assert not any(el.tag in (SVG + "script", SVG + "foreignObject", SVG + "image", SVG + "a") for el in root.iter())
    assert not any(k.startswith("on") for el in root.iter() for k in el.attrib)
    # The brand's name, payload and all, is in the legend, as text.
    [brand] = read_records(DATA / "hostile_corpus.ttl").brands.values()
    assert brand.label.startswith("<script>")
    assert brand.label in ["".join(t.itertext()) for t in root.iter(SVG + "text")]


def _ink_mask(png: bytes, size: tuple[int, int]):
    """Pixels of the arcs' colours: saturated, unlike the beige land, grey borders and black text."""
    from PIL import Image

    pixels = Image.open(io.BytesIO(png)).convert("HSV").resize(size).tobytes()
    return [pixels[i + 1] > 110 and pixels[i + 2] > 60 for i in range(0, len(pixels), 3)]


def test_png_of_the_seeds_map_matches_the_reference_loosely(built_seeds, tmp_path):
    from PIL import Image

    out = tmp_path / "seeds.png"
    write_map(built_seeds / "kg.ttl", out)
    rendered = out.read_bytes()
    assert rendered.startswith(b"\x89PNG")
    reference = REFERENCE.read_bytes()
    size = Image.open(io.BytesIO(reference)).size
    assert Image.open(io.BytesIO(rendered)).size[0] == 2 * size[0]
    ours, theirs = _ink_mask(rendered, size), _ink_mask(reference, size)
    width = size[0]

    def near(mask, index):
        y, x = divmod(index, width)
        return any(mask[(y + dy) * width + x + dx] for dy in (-2, 0, 2) for dx in (-2, 0, 2)
                   if 0 <= y + dy < size[1] and 0 <= x + dx < width)

    ink = [i for i, on in enumerate(theirs) if on]
    assert len(ink) > 1500, "the reference has its arcs"
    found = sum(near(ours, i) for i in ink) / len(ink)
    assert found > 0.8, f"only {found:.0%} of the reference's arc pixels are drawn"
    # and the rendered image is not saturated all over (what a broken renderer might do)
    assert sum(ours) < 2.5 * len(ink)


def test_unknown_suffix_and_bad_years_are_usage_errors(tmp_path):
    with pytest.raises(UsageError):
        write_map(FIXTURE, tmp_path / "map.pdf")
    with pytest.raises(UsageError):
        write_map(FIXTURE, tmp_path / "m.svg", year_from=2023, year_to=2020)
    with pytest.raises(UsageError):
        write_map(FIXTURE, tmp_path, year=2020)


def test_cli_map_writes_each_format_and_reports(tmp_path):
    for name in ("m.html", "m.svg", "m.png"):
        result = run_kg("map", str(FIXTURE), "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        assert "5 arcs, 5 facts, 380 workers" in result.stdout
        assert "not drawn: 1 × 无码县 has no adcode" in result.stdout
        assert (tmp_path / name).stat().st_size > 10_000
    filtered = run_kg("map", str(FIXTURE), "-o", str(tmp_path / "y.svg"), "--year", "2020")
    assert filtered.returncode == 0 and "1 arcs, 1 facts" in filtered.stdout


@pytest.mark.parametrize("args, status, message", [
    (["nope.ttl"], 1, "nope.ttl: graph file not found"),
    ([str(FIXTURE), "-o", "x.pdf"], 2, "write .html, .svg or .png"),
    ([str(FIXTURE), "--brand", "火星劳务"], 1, "no brand named"),
    ([str(FIXTURE), "--year", "20x"], 2, "not a year"),
])
def test_cli_map_errors_are_one_line(tmp_path, args, status, message):
    result = run_kg("map", *args, "-o", str(tmp_path / "m.svg")) if "-o" not in args else run_kg("map", *args)
    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_graph_gives_an_empty_map(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    for name in ("e.html", "e.svg", "e.png"):
        assert write_map(empty, tmp_path / name) == {"arcs": 0, "facts": 0, "workers": 0, "undrawn": 0,
                                                     "reasons": {}}
    root = ET.parse(tmp_path / "e.svg").getroot()
    assert not root.findall(f".//{SVG}path[@class='arc']")
