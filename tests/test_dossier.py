"""kg dossier: one page per brand with its origin, destinations, figures and articles; escaped; safe writes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.dossier import write_dossiers
from kg.dossier.facts import build_dossier, page_name
from kg.errors import KgError
from kg.map.records import read_records
from tests.conftest import run_kg

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "map_fixture.ttl"
HOSTILE = DATA / "hostile_corpus.ttl"


def dossier_of(name: str):
    records = read_records(FIXTURE)
    [brand] = [b for b in records.brands.values() if b.label == name]
    return build_dossier(records, brand)


def test_dossier_gathers_the_brands_facts():
    d = dossier_of("南部缝纫工")
    assert d.aliases == ["南部缝纫"] and d.occupations == ["缝纫"] and d.levels == ["国家级"]
    assert d.origins == ["四川省 → 南充市 → 南部县"]
    dests = {x.chain: (x.facts, x.workers, x.years, x.stated_by_brand, x.shared) for x in d.destinations}
    assert dests == {
        "浙江省 → 杭州市": (1, 300, ["2023"], False, True),
        "浙江省 → 宁波市": (1, 300, ["2023"], True, True),
        "无码县": (1, 5, ["2023"], False, False),
    }
    # The shared 300 counts once in the year's total.
    assert d.workers_by_year == [("2023", 305)]
    assert d.figures == [("2022", "南部县", "输转劳动力", "42,000人")]
    assert d.programs == ["春风行动"]
    [article] = d.articles
    assert article.url == "https://news.example.org/a1.html" and article.date == "2023-03-02"
    assert "南部缝纫工多在宁波的服装厂就业。" in article.sentences
    assert "2022年南部县输转劳动力4.2万人。" in article.sentences


def test_page_names_are_plain():
    assert page_name("https://w3id.org/laowu-kg/id/brand/c6552c520cb2e5e8") == "brand-c6552c520cb2e5e8.html"
    assert page_name("https://x.example/brand/../<evil>") == "brand-evil.html"


def test_pages_escape_everything_and_link_only_http(tmp_path):
    write_dossiers(HOSTILE, tmp_path / "h")
    for page in (tmp_path / "h").glob("*.html"):
        html = page.read_text("utf-8")
        assert "<script" not in html.lower()
        assert not re.search(r"<(img|iframe|svg|b|i)\b", html)
        assert not re.search(r"(?i)href=\"(?!index\.html|brand-|https?://)", html)
        assert "javascript:" not in re.findall(r'href="([^"]*)"', html)
    brand = (tmp_path / "h" / "brand-h1.html").read_text("utf-8")
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in brand
    write_dossiers(FIXTURE, tmp_path / "f")
    fixture = (tmp_path / "f" / "brand-b2.html").read_text("utf-8")
    assert "javascript" not in fixture  # the javascript: URL of its article is dropped, not shown
    assert 'href="https://news.example.org/a1.html"' in (tmp_path / "f" / "brand-b1.html").read_text("utf-8")


def test_output_is_deterministic_and_never_overwrites_foreign_files(tmp_path):
    out = tmp_path / "d"
    first = {p.name: p.read_bytes() for p in write_dossiers(FIXTURE, out)}
    again = {p.name: p.read_bytes() for p in write_dossiers(FIXTURE, out)}
    assert first == again and sorted(first) == ["brand-b1.html", "brand-b2.html", "index.html"]
    (out / "index.html").write_text("my own notes", encoding="utf-8")
    with pytest.raises(KgError, match="was not written by kg dossier"):
        write_dossiers(FIXTURE, out)
    assert (out / "index.html").read_text("utf-8") == "my own notes"
    assert (out / "brand-b1.html").read_bytes() == first["brand-b1.html"]


def test_cli_dossier(tmp_path, built_seeds):
    records = read_records(built_seeds / "kg.ttl")
    # the brand of 紫阳县, found by its origin rather than by name
    [ziyang] = [b.label for b in records.brands.values() if [records.label(o) for o in b.origins] == ["紫阳县"]]
    result = run_kg("dossier", str(built_seeds / "kg.ttl"), "-o", str(tmp_path / "d"), "--brand", ziyang)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 brand page(s)")
    page = next(p for p in (tmp_path / "d").glob("brand-*.html"))
    html = page.read_text("utf-8")
    assert f"<h1>{ziyang}</h1>" in html and "陕西省 → 安康市 → 紫阳县" in html and "上海市" in html
    missing = run_kg("dossier", str(built_seeds / "kg.ttl"), "-o", str(tmp_path / "e"), "--brand", "火星劳务")
    assert missing.returncode == 1 and "no brand named '火星劳务'" in missing.stderr
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")
    clash = run_kg("dossier", str(FIXTURE), "-o", str(afile))
    assert clash.returncode == 2 and "is a file" in clash.stderr and "Traceback" not in clash.stderr
