"""Browser tests of the HTML explorer: Debian's chromium driven by Playwright, with the network blocked.

Set-up (done by `make test`): `apt-get install -y chromium fonts-noto-cjk` and the pip package
`playwright` (its bundled driver only; never `playwright install`). If chromium or playwright is
missing these tests FAIL, so CI cannot pass without them; KG_SKIP_BROWSER=1 skips them on purpose.
KG_CHROMIUM overrides the browser path; KG_SCREENSHOT_DIR keeps the screenshots.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kg.explore import render, view as views, write_explorer

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "explore_fixture.ttl"
HOSTILE = DATA / "hostile_corpus.ttl"
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
SETUP_HINT = ("install the browser test set-up: `apt-get install -y chromium fonts-noto-cjk` and "
              "`pip install 'playwright>=1.50,<2'` (or set KG_SKIP_BROWSER=1 to skip these tests deliberately)")


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("KG_SKIP_BROWSER") == "1":
        pytest.skip("KG_SKIP_BROWSER=1")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"the Python package playwright is missing: {SETUP_HINT}", pytrace=False)
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"no chromium at {CHROMIUM}: {SETUP_HINT}", pytrace=False)
    manager = sync_playwright().start()
    try:
        launched = manager.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    except Exception as exc:  # a broken install must fail loudly, not skip
        manager.stop()
        pytest.fail(f"chromium at {CHROMIUM} did not start ({exc}): {SETUP_HINT}", pytrace=False)
    yield launched
    launched.close()
    manager.stop()


class Page:
    """One loaded explorer page and everything it tried to do."""

    def __init__(self, browser, path: Path):
        self.path = path
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        # The network is blocked: only the file itself (and data: URLs) may load.
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        # A selector, not wait_for_function: the page's CSP forbids the eval that polling needs.
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=90_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    @staticmethod
    def _route(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def assert_quiet(self):
        errors = [text for kind, text in self.console if kind == "error"] + self.errors
        assert not errors, errors
        outside = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        assert not outside, outside
        assert not self.dialogs, self.dialogs

    def visible_labels(self) -> set[str]:
        return set(self.js("() => kgExplorer.nodes.get({filter: n => !n.hidden}).map(n => n.label)"))

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def fixture_view():
    return views.build_view(views.load_graph(str(FIXTURE)))


@pytest.fixture()
def open_page(browser, tmp_path):
    pages = []

    def opener(source: Path = FIXTURE, html: str | None = None, **kwargs) -> Page:
        out = tmp_path / f"explorer{len(pages)}.html"
        if html is None:
            write_explorer(source, out, **kwargs)
        else:
            render.write_html(html, out)
        pages.append(Page(browser, out))
        return pages[-1]

    yield opener
    for page in pages:
        page.close()


def test_page_loads_offline_with_every_node(open_page, fixture_view):
    p = open_page()
    p.assert_quiet()
    assert p.requests == [p.page.url]
    assert p.js("() => kgExplorer.nodes.length") == fixture_view.number_of_nodes() == 24
    assert p.js("() => kgExplorer.edges.length") == fixture_view.number_of_edges()
    assert p.js("() => Object.keys(kgExplorer.network.body.nodes).length") == 24
    # Physics ran to a stable layout and was then switched off.
    assert p.js("() => kgExplorer.network.physics.options.enabled") is False
    assert p.js("() => [...document.querySelectorAll('[src],[href],link,iframe')].length") == 0
    assert p.js("() => document.querySelectorAll('#kg-classes input').length") == 6
    assert p.js("() => document.querySelectorAll('#kg-province option').length") == 1 + 6
    # Articles start hidden, everything else shown.
    hidden = p.js("() => kgExplorer.nodes.get({filter: n => n.hidden}).map(n => n.cls)")
    assert sorted(hidden) == ["Article"] * 3


def test_search_finds_and_selects_a_brand(open_page):
    p = open_page()
    p.page.fill("#kg-search", "紫阳修脚")
    p.page.press("#kg-search", "Enter")
    selected = p.js("() => kgExplorer.network.getSelectedNodes()")
    assert len(selected) == 1
    assert p.js("(id) => kgExplorer.nodes.get(id).label", selected[0]) == "紫阳修脚"
    assert "紫阳修脚" in p.page.text_content("#kg-search-status")
    detail = p.page.text_content("#kg-detail")
    assert "国家级" in detail and "紫阳修脚师遍布北京" in detail
    # alt labels and prefixes find things too; a miss says so
    assert p.js("() => kgExplorer.nodes.get(kgExplorer.search('紫阳修脚师')).label") == "紫阳修脚"
    assert p.js("() => kgExplorer.nodes.get(kgExplorer.search('安康')).label") == "安康市"
    assert p.js("() => kgExplorer.search('火星')") is None
    p.assert_quiet()


def test_class_filter_hides_exactly_that_class(open_page, fixture_view):
    p = open_page()
    p.page.uncheck("#kg-classes input[data-cls=County]")
    counties = {d["label"] for _, d in fixture_view.nodes(data=True) if d["cls"] == "County"}
    articles = {d["label"] for _, d in fixture_view.nodes(data=True) if d["cls"] == "Article"}
    everything = {d["label"] for _, d in fixture_view.nodes(data=True)}
    assert p.visible_labels() == everything - counties - articles
    p.page.check("#kg-classes input[data-cls=Article]")
    assert p.visible_labels() == everything - counties
    p.page.check("#kg-classes input[data-cls=County]")
    assert p.visible_labels() == everything
    # a search for a hidden node brings it back
    p.page.uncheck("#kg-classes input[data-cls=LabourBrand]")
    assert "紫阳修脚" not in p.visible_labels()
    p.js("() => kgExplorer.search('紫阳修脚')")
    assert "紫阳修脚" in p.visible_labels()
    p.assert_quiet()


def test_province_filter_shows_the_province_scope(open_page, fixture_view):
    p = open_page()
    p.page.select_option("#kg-province", label="陕西省")
    [shaanxi] = views.find_nodes(fixture_view, "陕西省", {"Province"})
    expected = {fixture_view.nodes[n]["label"] for n in views.province_scope(fixture_view, shaanxi)
                if fixture_view.nodes[n]["cls"] != "Article"}
    assert p.visible_labels() == expected
    assert "紫阳修脚" in expected and "北京市" in expected and "甘州劳务" not in expected
    p.page.select_option("#kg-province", value="")
    assert len(p.visible_labels()) == 21
    p.assert_quiet()


def test_brand_focus_shows_brands_and_destinations(open_page):
    p = open_page()
    p.page.click("#kg-brand-focus")
    assert p.page.get_attribute("#kg-brand-focus", "aria-pressed") == "true"
    assert p.visible_labels() == {
        "紫阳修脚", "张北司炉工", "甘州劳务", "酥油河畔拾花女",
        "紫阳县", "安康市", "陕西省", "北京市", "朝阳区", "张北县", "张家口市", "河北省",
        "甘州区", "张掖市", "甘肃省", "新疆维吾尔自治区",
        "深圳市", "广东省"}  # 紫阳县 → 深圳市 is a flow from a brand's origin
    shown_kinds = set(p.js("() => kgExplorer.edges.get({filter: e => !e.hidden}).map(e => e.kind)"))
    assert shown_kinds == {"origin", "destination", "partOf", "flow"}
    p.page.click("#kg-brand-focus")
    assert len(p.visible_labels()) == 21
    p.assert_quiet()


def test_tooltip_is_plain_text(open_page):
    p = open_page()
    point = p.js("""() => {
        const id = kgExplorer.data.nodes.find(n => n.label === '紫阳修脚').id;
        const net = kgExplorer.network;
        const dom = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.getElementById('kg-network').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""")
    p.page.mouse.move(point["x"], point["y"])
    p.page.wait_for_selector("div.vis-tooltip .kg-tip", state="visible", timeout=5000)
    text = p.page.text_content("div.vis-tooltip")
    assert text.startswith("紫阳修脚") and "《紫阳修脚走出大山》" in text
    p.assert_quiet()


def test_hostile_corpus_runs_nothing(open_page):
    hostile_title = '<img src=x onerror="window.__pwned=13">"href"</script><script>window.__pwned=14</script>'
    for strip_csp in (False, True):
        if strip_csp:
            # Without the Content-Security-Policy the page must still be safe on its own.
            out = views.build_view(views.load_graph(str(HOSTILE)))
            html = render.render_html(out, title=hostile_title)
            html, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
            assert n == 1
            p = open_page(html=html)
        else:
            p = open_page(HOSTILE, title=hostile_title)
        assert p.js("() => window.__pwned") is None
        assert p.js("() => document.querySelectorAll('img, svg, iframe, a, b, i').length") == 0
        assert p.js("() => document.querySelectorAll('img[src=x]').length") == 0
        assert p.js("() => document.scripts.length") == 3
        assert p.js("() => document.title") == hostile_title
        assert p.js("() => kgExplorer.nodes.length") == 7
        # Show everything, search, select and hover every node: tooltips and details stay text.
        p.js("() => { document.querySelectorAll('#kg-classes input').forEach(b => { b.checked = true; "
             "b.dispatchEvent(new Event('change')); }); }")
        assert len(p.visible_labels()) == 7
        brand = p.js("() => kgExplorer.search('紫阳修脚')")
        assert brand is not None
        assert p.page.text_content("#kg-detail").startswith('<script>window.__pwned=1;alert(1)</script>"href"紫阳修脚')
        points = p.js("""() => {
            const net = kgExplorer.network, pos = net.getPositions();
            const box = document.getElementById('kg-network').getBoundingClientRect();
            net.fit({animation: false});
            return Object.keys(pos).map(id => {
                const d = net.canvasToDOM(net.getPositions([id])[id]);
                return {id: id, x: box.left + d.x, y: box.top + d.y};
            });
        }""")
        for point in points:
            p.js("(id) => kgExplorer.network.selectNodes([id])", point["id"])
            p.page.mouse.move(point["x"], point["y"])
            p.page.wait_for_timeout(250)
        p.page.mouse.click(points[0]["x"], points[0]["y"])
        p.page.wait_for_timeout(300)
        assert p.js("() => window.__pwned") is None
        assert p.js("() => document.querySelectorAll('img, svg, iframe, a, b, i').length") == 0
        assert p.js("() => document.querySelectorAll('div.vis-tooltip *:not(.kg-tip)').length") == 0
        p.assert_quiet()


def test_chinese_glyphs_render(open_page, tmp_path):
    p = open_page()
    face = p.js("() => kgExplorer.data.options.nodes.font.face")
    assert "Noto Sans CJK SC" in face
    # Draw with the face vis uses: with no CJK font every ideograph falls back to the same
    # notdef box ("tofu"), so two different characters would give identical pixels.
    glyphs = p.js("""(face) => {
        const canvas = document.createElement('canvas');
        canvas.width = 120; canvas.height = 80;
        const ctx = canvas.getContext('2d');
        ctx.font = '60px ' + face;
        function sig(text) {
            ctx.clearRect(0, 0, 120, 80);
            ctx.fillStyle = '#000';
            ctx.fillText(text, 10, 62);
            const px = ctx.getImageData(0, 0, 120, 80).data;
            let ink = 0, hash = 0;
            for (let i = 3; i < px.length; i += 4) {
                if (px[i] > 64) { ink += 1; hash = (hash * 31 + i) % 1000000007; }
            }
            return {ink: ink, hash: hash};
        }
        return {zi: sig('紫'), yang: sig('阳'), tofu: sig('\\u{10FFFD}'),
                width: ctx.measureText('紫阳修脚').width};
    }""", face)
    assert glyphs["zi"]["ink"] > 200 and glyphs["yang"]["ink"] > 200, glyphs
    assert glyphs["zi"]["hash"] != glyphs["yang"]["hash"], f"CJK characters render as tofu: {glyphs}"
    assert glyphs["zi"]["hash"] != glyphs["tofu"]["hash"], glyphs
    assert abs(glyphs["width"] - 240) < 12, glyphs  # CJK ideographs are one em wide
    keep = os.environ.get("KG_SCREENSHOT_DIR")
    shot = Path(keep) / "explorer.png" if keep else tmp_path / "explorer.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    p.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    p.assert_quiet()


def test_large_graph_stabilises_then_stops(open_page, tmp_path):
    from tests.test_explore import synthetic_graph

    source = tmp_path / "big.ttl"
    synthetic_graph(30, 5, 4, 60).serialize(source, format="turtle")
    p = open_page(source)
    assert p.js("() => kgExplorer.nodes.length") == 840
    assert p.js("() => kgExplorer.network.physics.options.enabled") is False
    before = p.js("() => kgExplorer.network.getPositions()")
    p.page.wait_for_timeout(500)
    assert p.js("() => kgExplorer.network.getPositions()") == before  # nothing moves any more
    p.assert_quiet()



def test_seeds_graph_links_brands_to_destinations(open_page, built_seeds):
    """The acceptance case: the seeds' graph from `kg build` opens offline, brands linked to destinations."""
    graph = built_seeds / "kg.ttl"
    expected = views.build_view(views.load_graph(str(graph)))
    p = open_page(graph)
    p.assert_quiet()
    assert p.js("() => kgExplorer.nodes.length") == expected.number_of_nodes()
    html = p.path.read_text("utf-8")
    assert not re.search(r"(?i)https?://", html)
    links = p.js("""() => kgExplorer.data.edges.filter(e => e.kind === 'destination').map(e =>
        [kgExplorer.nodes.get(e.from).cls, kgExplorer.nodes.get(e.to).cls])""")
    assert links and all(src == "LabourBrand" and dst in ("Province", "City", "County", "Region")
                         for src, dst in links)
    p.page.fill("#kg-search", "紫阳修脚")
    p.page.press("#kg-search", "Enter")
    [brand] = p.js("() => kgExplorer.network.getSelectedNodes()")
    assert p.js("(id) => kgExplorer.data.edges.some(e => e.from === id && e.kind === 'destination')", brand)
    p.page.click("#kg-brand-focus")
    assert p.js("(id) => !kgExplorer.nodes.get(id).hidden", brand)
    p.assert_quiet()


def test_layout_is_the_same_on_every_load(open_page):
    first = open_page().js("() => kgExplorer.network.getPositions()")
    second = open_page().js("() => kgExplorer.network.getPositions()")
    assert first == second and len(first) == 21  # getPositions() lists the shown nodes (articles hidden)


def test_empty_graph_page_is_ready(open_page, tmp_path):
    source = tmp_path / "empty.ttl"
    source.write_text("", encoding="utf-8")
    p = open_page(source)
    assert p.js("() => kgExplorer.nodes.length") == 0
    p.assert_quiet()
