"""Browser tests of the map page and the dossiers: Debian's chromium, every non-file: request blocked.

Set-up and the page recorder: tests/browser.py.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.dossier import write_dossiers
from kg.map import write_map
from kg.map.records import read_records
from tests.browser import LoadedPage as Page
from tests.browser import page_opener

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "map_fixture.ttl"
HOSTILE = DATA / "hostile_corpus.ttl"

# Region names the page draws at each end of the visible arcs.
ARC_ENDS = """() => kgMap.visibleArcs().map(i => {
    const a = kgMap.data.arcs[i];
    return [a.kind, kgMap.data.regions[a.origin].label, kgMap.data.regions[a.destination].label];
})"""


@pytest.fixture()
def open_map(browser, tmp_path):
    yield from page_opener(browser, tmp_path, "map", FIXTURE, write_map, Page)


def arc_point(p: Page, index: int) -> dict:
    """A point of the arc's curve where the arc itself is the topmost element (arcs may cross)."""
    point = p.js("""(i) => {
        const path = document.querySelector(`path.arc[data-arc="${i}"]`);
        const m = path.getScreenCTM();
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85]) {
            const q = path.getPointAtLength(path.getTotalLength() * t);
            const x = q.x * m.a + q.y * m.c + m.e, y = q.x * m.b + q.y * m.d + m.f;
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.dataset.arc === String(i)) return {x: x, y: y};
        }
        return null;
    }""", index)
    assert point is not None, f"arc {index} is hidden under others everywhere"
    return point


def click_arc(p: Page, index: int) -> None:
    """Click the arc's curve, where a reader would."""
    point = arc_point(p, index)
    p.page.mouse.click(point["x"], point["y"])


def arc_index(p: Page, origin: str, destination: str, kind: str = "flow") -> int:
    return p.js("""([o, d, k]) => kgMap.data.arcs.findIndex(a => a.kind === k &&
        kgMap.data.regions[a.origin].label === o && kgMap.data.regions[a.destination].label === d)""",
                [origin, destination, kind])


def test_seeds_map_draws_the_seeds_flows_offline(open_map, built_seeds):
    p = open_map(built_seeds / "kg.ttl")
    p.assert_quiet()
    assert p.requests == [p.page.url]
    assert not re.search(r"(?i)https?://", p.path.read_text("utf-8"))
    ends = {tuple(e) for e in p.js(ARC_ENDS)}
    assert ("flow", "紫阳县", "上海市") in ends
    assert {("flow", "静宁县", "西安市"), ("flow", "静宁县", "上海市")} <= ends
    ganzhou = {d for k, o, d in ends if k == "flow" and o == "甘州区"}
    assert {"新疆维吾尔自治区", "江苏省"} <= ganzhou
    # every arc is really on screen: a curve with a length, and both ends labelled
    lengths = p.js("() => [...document.querySelectorAll('path.arc')].map(e => e.getTotalLength())")
    assert len(lengths) == len(ends) and min(lengths) > 5
    shown_places = set(p.js("() => [...document.querySelectorAll('g.place:not(.kg-hidden) text')].map(t => t.textContent)"))
    assert {"紫阳县", "上海市", "甘州区", "静宁县", "西安市"} <= shown_places
    # clicking the arc shows its evidence sentence and its article
    click_arc(p, arc_index(p, "紫阳县", "上海市"))
    detail = p.page.text_content("#kg-detail")
    assert detail.startswith("紫阳县 → 上海市") and "上海" in detail and "《" in detail
    evidence = p.js("() => [...document.querySelectorAll('#kg-detail blockquote')].map(b => b.textContent)")
    assert evidence and all(len(sentence) > 10 for sentence in evidence)
    p.assert_quiet()


def test_filters_change_what_is_drawn_and_the_totals(open_map):
    p = open_map()
    everything = {tuple(e) for e in p.js(ARC_ENDS)}
    assert len(everything) == 5
    assert "5 条弧线 arcs · 5 条事实 facts · 人数合计 workers 380" in p.page.text_content("#kg-totals")
    assert p.page.text_content("#kg-undrawn-count") == "1"
    p.page.select_option("#kg-province", label="重庆市")
    assert {tuple(e) for e in p.js(ARC_ENDS)} == {("flow", "重庆市", "杭州市"), ("flow", "重庆市", "北屯市")}
    assert "2 条弧线 arcs · 2 条事实 facts · 人数合计 workers 80" in p.page.text_content("#kg-totals")
    assert p.js("() => document.querySelectorAll('path.arc.kg-hidden').length") == 3
    p.page.select_option("#kg-province", value="")
    p.page.select_option("#kg-from", "2023")
    assert {tuple(e) for e in p.js(ARC_ENDS)} == {("flow", "南部县", "杭州市"), ("flow", "南部县", "宁波市"),
                                                  ("brand", "南部县", "宁波市")}
    # 300 shared by 杭州 and 宁波 counts once
    assert "人数合计 workers 300" in p.page.text_content("#kg-totals")
    p.page.select_option("#kg-brand", label="渝州厨师")
    assert p.js(ARC_ENDS) == []
    p.page.click("#kg-reset")
    assert len(p.js(ARC_ENDS)) == 5
    p.page.select_option("#kg-destination", label="浙江省")
    assert len(p.js(ARC_ENDS)) == 4
    p.assert_quiet()


def test_hover_and_click_show_the_facts_with_links_only_for_http(open_map):
    p = open_map()
    index = arc_index(p, "南部县", "杭州市")
    point = arc_point(p, index)
    p.page.mouse.move(point["x"], point["y"])
    p.page.wait_for_selector("#kg-tip:not([hidden])", timeout=5000)
    tip = p.page.text_content("#kg-tip")
    assert tip.startswith("南部县 → 杭州市") and "300" in tip and "2023" in tip and "南部缝纫工" in tip
    assert "shared" in tip
    click_arc(p, index)
    assert "南部县300名缝纫工分赴杭州、宁波务工。" in p.page.text_content("#kg-detail")
    links = p.js("() => [...document.querySelectorAll('#kg-detail a')].map(a => a.href)")
    assert links == ["https://news.example.org/a1.html"]
    click_arc(p, arc_index(p, "重庆市", "北屯市"))
    detail = p.page.text_content("#kg-detail")
    assert "重庆80余名厨师来到北屯市。" in detail and "drawn at the seat of 新疆维吾尔自治区" in detail
    # the javascript: URL of that article is neither a link nor shown as one
    assert p.js("() => document.querySelectorAll('#kg-detail a').length") == 0
    assert "javascript" not in detail
    p.assert_quiet()


def test_hostile_map_runs_nothing(open_map):
    for strip_csp in (False, True):
        if strip_csp:
            out = open_map().path.parent / "hostile-source.html"
            write_map(HOSTILE, out, colour_by="brand")
            html, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", out.read_text("utf-8"))
            assert n == 1
            p = open_map(html=html)
        else:
            p = open_map(HOSTILE, colour_by="brand")
        assert p.js("() => window.__pwned") is None
        assert p.js("() => document.querySelectorAll('img, iframe, a, b, i, script:not([id])').length") == 1
        assert p.js("() => document.scripts.length") == 2
        for index in p.js("() => kgMap.visibleArcs()"):
            click_arc(p, index)
            p.page.wait_for_timeout(100)
        p.page.select_option("#kg-brand", index=1)
        [brand] = read_records(HOSTILE).brands.values()
        assert brand.label.startswith("<script>") and brand.label in p.page.text_content("#kg-brand")
        assert p.js("() => window.__pwned") is None
        assert p.js("() => document.querySelectorAll('img, iframe, a, b, i').length") == 0
        p.assert_quiet()


def test_dossiers_open_offline_and_hostile_ones_run_nothing(browser, tmp_path, built_seeds):
    seeds = tmp_path / "seeds"
    write_dossiers(built_seeds / "kg.ttl", seeds)
    p = Page(browser, seeds / "index.html")
    names = p.js("() => [...document.querySelectorAll('td a')].map(a => a.textContent)")
    records = read_records(built_seeds / "kg.ttl")
    assert sorted(names) == sorted(b.label for b in records.brands.values())
    # the brand of 紫阳县, by its origin rather than by name
    [ziyang] = [b.label for b in records.brands.values() if [records.label(o) for o in b.origins] == ["紫阳县"]]
    p.page.click(f"text={ziyang}")
    p.page.wait_for_selector(f"h1:text('{ziyang}')")
    assert "陕西省 → 安康市 → 紫阳县" in p.page.text_content("body")
    p.assert_quiet()
    p.context.close()
    hostile = tmp_path / "hostile"
    write_dossiers(HOSTILE, hostile)
    for page in sorted(hostile.glob("*.html")):
        p = Page(browser, page)
        assert p.js("() => window.__pwned") is None
        assert p.js("() => document.scripts.length") == 0
        assert p.js("() => document.querySelectorAll('img, iframe, b, i, svg').length") == 0
        hrefs = p.js("() => [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
        assert all(h == "index.html" or h.startswith("brand-") for h in hrefs), hrefs
        p.assert_quiet()
        p.context.close()
