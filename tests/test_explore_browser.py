"""Browser tests of the HTML explorer: Debian's chromium driven by Playwright, with the network blocked.

Set-up and the page recorder: tests/browser.py. KG_SCREENSHOT_DIR keeps the screenshots.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kg.explore import render, write_explorer
from kg.explore import view as views
from tests.browser import LoadedPage, page_opener

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "explore_fixture.ttl"
HOSTILE = DATA / "hostile_corpus.ttl"


class Page(LoadedPage):
    """One loaded explorer page, with the explorer's own reads and gestures."""

    def __init__(self, browser, path: Path):
        super().__init__(browser, path)
        self.views = self.js("() => kgExplorer.views")

    def visible_labels(self) -> set[str]:
        """The names of the nodes drawn in the current view (a label may be left out, not the node)."""
        return set(self.js("() => kgExplorer.nodes.get({filter: n => !n.hidden}).map(n => n.name)"))

    def then_view(self, action):
        """Do `action` (which opens a view) and wait until that view has settled."""
        action()
        self.views += 1
        self.page.wait_for_selector(f'body[data-views="{self.views}"]', state="attached", timeout=30_000)

    def point(self, name: str) -> dict:
        """Where the node called `name` is on the screen."""
        return self.js("""(name) => {
            const n = kgExplorer.nodes.get({filter: n => n.name === name})[0];
            const net = kgExplorer.network;
            const dom = net.canvasToDOM(net.getPositions([n.id])[n.id]);
            const box = document.getElementById('kg-network').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y, id: n.id};
        }""", name)

    def hover(self, name: str) -> dict:
        """Put the pointer on the node called `name` and wait for its tooltip."""
        point = self.point(name)
        self.page.mouse.move(point["x"], point["y"])
        self.page.wait_for_selector("#kg-tooltip", state="visible", timeout=5000)
        return point

    def click_node(self, name: str):
        point = self.point(name)
        self.then_view(lambda: self.page.mouse.click(point["x"], point["y"]))

    def view(self) -> tuple:
        return tuple(self.js("() => [kgExplorer.view.kind, kgExplorer.view.focus < 0 ? '' : "
                             "kgExplorer.data.nodes[kgExplorer.view.focus][1]]"))

    def selected(self) -> list[str]:
        return self.js("() => kgExplorer.network.getSelectedNodes().map(id => kgExplorer.nodes.get(id).name)")

    def label_sizes(self) -> list[tuple[str, float]]:
        """Every text the canvas draws, with its size in CSS pixels as rendered at the current zoom."""
        return [tuple(x) for x in self.js("""() => new Promise(resolve => {
            const proto = CanvasRenderingContext2D.prototype, original = proto.fillText, seen = [];
            proto.fillText = function (text, x, y) {
                const px = parseFloat((this.font.match(/([0-9.]+)px/) || [0, 0])[1]);
                const scale = Math.hypot(this.getTransform().a, this.getTransform().b) / window.devicePixelRatio;
                if (String(text).trim()) seen.push([String(text), px * scale]);
                return original.apply(this, arguments);
            };
            kgExplorer.network.redraw();
            requestAnimationFrame(() => requestAnimationFrame(() => { proto.fillText = original; resolve(seen); }));
        })""")]

@pytest.fixture(scope="module")
def cat():
    return views.read_catalog(FIXTURE)


def labels_of(cat, cls: str) -> set[str]:
    return {cat.label[i] for i in range(len(cat)) if cat.cls[i] == cls}


@pytest.fixture()
def open_page(browser, tmp_path):
    yield from page_opener(browser, tmp_path, "explorer", FIXTURE, write_explorer, Page)


def synthetic_corpus_graph(path: Path, articles: int = 1000, seed: int = 7) -> Path:
    """A graph shaped like a built corpus of `articles` articles (about 1,000 articles' worth of
    provinces, cities, counties, brands, programs, flows and figures), written as N-Triples."""
    import random

    rnd = random.Random(seed)
    lw, ident = "https://w3id.org/laowu-kg/ontology#", "https://w3id.org/laowu-kg/id/"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#label"
    a = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    lines = []

    def t(s, p, o, literal=False):
        lines.append(f'<{s}> <{p}> ' + (f'"{o}"@zh' if literal else f"<{o}>") + " .")

    def entity(s, cls, name):
        t(s, a, lw + cls)
        t(s, rdfs, name, literal=True)

    provinces, cities, counties = [], [], []
    for p in range(31):
        prov = f"{ident}region/{11 + p:02d}0000"
        entity(prov, "Province", f"第{p}测试省")
        provinces.append(prov)
        for c in range(10):
            city = f"{ident}region/{11 + p:02d}{c + 1:02d}00"
            entity(city, "City", f"测{p}市{c}")
            t(city, lw + "partOf", prov)
            cities.append(city)
            for k in range(5):
                county = f"{ident}region/{11 + p:02d}{c + 1:02d}{k + 1:02d}"
                entity(county, "County", f"测{p}-{c}县{k}")
                t(county, lw + "partOf", city)
                counties.append(county)
    brands = []
    for b in range(articles * 12 // 5):
        brand = f"{ident}brand/b{b:05d}"
        entity(brand, "LabourBrand", f"品牌工{b}")
        t(brand, lw + "origin", rnd.choice(counties))
        if b % 5 == 0:
            t(brand, lw + "destination", rnd.choice(cities))
        brands.append(brand)
    programs = [f"{ident}program/p{k}" for k in range(articles * 4 // 5)]
    for k, program in enumerate(programs):
        entity(program, "Program", f"行动计划{k}")
    for n in range(articles):
        art = f"{ident}article/a{n:05d}"
        home = rnd.choice(counties)
        entity(art, "Article", f"测试文章标题第{n}篇")
        t(art, lw + "subjectRegion", home)
        for target in [home, rnd.choice(brands), rnd.choice(programs), rnd.choice(cities)]:
            t(art, lw + "mentions", target)
        for f in range(4):
            flow = f"{ident}flow/f{n:05d}-{f}"
            t(flow, a, lw + "LabourFlow")
            t(flow, lw + "origin", home)
            t(flow, lw + "destination", rnd.choice(cities))
            lines.append(f'<{flow}> <{lw}workers> "{rnd.randint(20, 5000)}"^^<http://www.w3.org/2001/XMLSchema#integer> .')
            t(flow, lw + "evidence", f"第{n}篇文章说有一批务工人员外出。", literal=True)
            t(flow, "http://www.w3.org/ns/prov#wasDerivedFrom", art)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---- loading and the overview ----------------------------------------------------------------

def test_page_loads_offline_on_the_overview(open_page, cat):
    p = open_page()
    p.assert_quiet()
    assert p.requests == [p.page.url]
    assert p.view() == ("overview", "")
    # Top-level regions and the brands; the rest folded, and the page says so.
    assert p.visible_labels() == labels_of(cat, "Province") | labels_of(cat, "LabourBrand")
    folded = p.page.text_content("#kg-folded")
    assert "9 个下级地区" in folded and "2 个项目" in folded and "3 篇文章" in folded
    assert p.js("() => kgExplorer.network.physics.options.enabled") is False
    assert p.js("() => [...document.querySelectorAll('[src],[href],link,iframe')].length") == 0
    # brands attached to their origin's province, flows summed per pair of provinces
    edges = p.js("""() => kgExplorer.edges.get().map(e => [kgExplorer.nodes.get(e.from).name,
                                                             kgExplorer.nodes.get(e.to).name, e.kind, e.count || 0])""")
    assert ["紫阳足护", "陕西省", "origin", 0] in edges
    assert ["陕西省", "广东省", "flow", 1185] in edges
    assert ["甘肃省", "新疆维吾尔自治区", "flow", 200] in edges


def test_overview_counts_a_shared_count_once(open_page, tmp_path):
    from tests.test_explore import SHARED_FLOW

    graph = tmp_path / "shared.ttl"
    graph.write_text(SHARED_FLOW, encoding="utf-8")
    p = open_page(graph)
    [flow] = p.js("() => kgExplorer.edges.get({filter: e => e.kind === 'flow'})")
    assert flow["count"] == 420  # 300 said once for 苏州 and 无锡, plus 120: not 720
    assert flow["fullLabel"] == "420人"
    p.click_node("甘肃省")
    p.click_node("白银市")
    assert p.view() == ("region", "白银市")
    flows = p.js("() => kgExplorer.edges.get({filter: e => e.kind === 'flow'}).map(e => e.count)")
    assert flows == [420]  # 会宁县 → 江苏省, the province outside its own
    p.assert_quiet()


def test_first_view_of_1000_articles_is_small_and_readable(open_page, tmp_path):
    p = open_page(synthetic_corpus_graph(tmp_path / "corpus-1000.nt"))
    shown = p.js("() => kgExplorer.visibleNodeIds().length")
    assert 0 < shown <= 200
    assert p.js("() => kgExplorer.data.nodes.length") > 5000
    sizes = p.label_sizes()
    assert len(sizes) >= 20, sizes  # labels are drawn ...
    small = [(text, round(px, 1)) for text, px in sizes if px < 12]
    assert not small, small  # ... and none under 12 px at the default zoom
    assert any(text.endswith(("万人", "人")) for text, _ in sizes)  # flow counts drawn
    assert p.page.text_content("#kg-folded").startswith("未显示 Folded:")
    assert p.js("() => document.querySelectorAll('#kg-flow-widths .kg-row').length") == 4
    p.assert_quiet()


def test_labels_stay_readable_after_drill_down_and_filters(open_page):
    p = open_page()
    def resize():
        p.page.set_viewport_size({"width": 900, "height": 600})
        p.page.wait_for_timeout(400)

    for step in (lambda: p.click_node("陕西省"), lambda: p.page.uncheck("#kg-classes input[data-cls=City]"),
                 resize):
        step()
        small = [(text, px) for text, px in p.label_sizes() if px < 12]
        assert not small, small


# ---- drill-down -------------------------------------------------------------------------------

def test_click_opens_the_level_below(open_page):
    p = open_page()
    p.click_node("陕西省")
    assert p.view() == ("region", "陕西省")
    shown = p.visible_labels()
    # its city, its brand at that city, the other ends of its flows and brand destinations
    # as seen from it (provinces outside it), its article and program
    assert {"陕西省", "安康市", "紫阳足护", "广东省", "北京市", "紫阳足护走出大山", "东西部劳务协作"} <= shown
    assert not shown & {"紫阳县", "甘州劳务", "深圳市"}
    assert "紫阳县" in p.page.text_content("#kg-detail") or "安康市" in p.page.text_content("#kg-detail")
    p.click_node("安康市")
    assert p.view() == ("region", "安康市")
    assert "紫阳县" in p.visible_labels()
    assert p.js("() => [...document.querySelectorAll('#kg-crumbs button')].map(b => b.textContent)") == [
        "全国 Overview", "陕西省", "安康市"]
    p.then_view(lambda: p.page.click("#kg-crumbs button >> nth=0"))
    assert p.view() == ("overview", "")
    # the browser's Back and Forward walk the same steps
    p.then_view(p.page.go_back)
    assert p.view() == ("region", "安康市") and p.selected() == ["安康市"]
    p.then_view(p.page.go_back)
    assert p.view() == ("region", "陕西省")
    p.then_view(p.page.go_forward)
    assert p.view() == ("region", "安康市")
    p.assert_quiet()


def test_click_on_a_brand_opens_its_detail_graph(open_page):
    p = open_page()
    p.click_node("紫阳足护")
    assert p.view() == ("brand", "紫阳足护")
    assert p.visible_labels() >= {"紫阳足护", "紫阳县", "安康市", "陕西省", "北京市", "朝阳区", "深圳市"}
    assert p.selected() == ["紫阳足护"]
    detail = p.page.text_content("#kg-detail")
    assert "国家级" in detail and "紫阳足护师在北京" in detail
    p.assert_quiet()


def test_programs_and_articles_open_their_own_graphs(open_page):
    p = open_page()
    p.then_view(lambda: p.js("() => kgExplorer.search('春风行动')"))
    assert p.view() == ("program", "春风行动")
    # the articles that name it and what they are about
    assert {"春风行动", "稳住民生“压舱石”", "张北司炉工持证上岗", "甘州区", "张北县"} <= p.visible_labels()
    p.click_node("张北司炉工持证上岗")
    assert p.view() == ("article", "张北司炉工持证上岗")
    assert p.visible_labels() == {"张北司炉工持证上岗", "张北县", "北京市", "张北司炉工", "春风行动"}
    assert "提及 mentions:" in p.page.text_content("#kg-detail")
    p.assert_quiet()


def test_cli_province_opens_on_the_province(open_page):
    p = open_page(province="甘肃")
    assert p.view() == ("region", "甘肃省")
    assert p.page.input_value("#kg-province") != ""
    assert {"张掖市", "甘州劳务", "新疆维吾尔自治区"} <= p.visible_labels()
    p.assert_quiet()


def test_cli_brand_opens_with_the_brand_selected_and_detailed(open_page):
    p = open_page(brand="紫阳足护")
    assert p.view() == ("brand", "紫阳足护")
    assert p.selected() == ["紫阳足护"]
    detail = p.page.text_content("#kg-detail")
    assert detail.startswith("紫阳足护") and "国家级" in detail and "origin 来源地: 紫阳县 (陕西省 安康市)" in detail
    p.assert_quiet()


def test_search_opens_the_hit(open_page):
    p = open_page()
    p.page.fill("#kg-search", "紫阳足护")
    p.then_view(lambda: p.page.press("#kg-search", "Enter"))
    assert p.selected() == ["紫阳足护"] and p.view() == ("brand", "紫阳足护")
    assert "紫阳足护" in p.page.text_content("#kg-search-status")
    p.then_view(lambda: p.js("() => kgExplorer.search('紫阳足护师')"))  # alt label
    assert p.view() == ("brand", "紫阳足护")
    p.then_view(lambda: p.js("() => kgExplorer.search('安康')"))  # prefix
    assert p.view() == ("region", "安康市") and p.selected() == ["安康市"]
    assert p.js("() => kgExplorer.search('火星')") is None
    assert p.page.text_content("#kg-search-status") == "未找到 not found"
    p.assert_quiet()


# ---- filters ----------------------------------------------------------------------------------

def test_class_filter_hides_exactly_that_class_and_refits(open_page, cat):
    p = open_page()
    # Look far away first: only a re-fit brings the nodes back into the canvas.
    p.js("() => kgExplorer.network.moveTo({position: {x: 50000, y: 50000}, scale: 0.2})")
    p.page.uncheck("#kg-classes input[data-cls=LabourBrand]")
    assert p.visible_labels() == labels_of(cat, "Province")
    inside = p.js("""() => {
        const net = kgExplorer.network, box = document.getElementById('kg-network').getBoundingClientRect();
        return kgExplorer.visibleNodeIds().every(id => {
            const d = net.canvasToDOM(net.getPositions([id])[id]);
            return d.x >= 0 && d.y >= 0 && d.x <= box.width && d.y <= box.height;
        });
    }""")
    assert inside
    p.page.check("#kg-classes input[data-cls=LabourBrand]")
    assert p.visible_labels() == labels_of(cat, "Province") | labels_of(cat, "LabourBrand")
    # a search for a node of a hidden class shows that class again
    p.page.uncheck("#kg-classes input[data-cls=LabourBrand]")
    p.then_view(lambda: p.js("() => kgExplorer.search('紫阳足护')"))
    assert "紫阳足护" in p.visible_labels()
    assert p.page.is_checked("#kg-classes input[data-cls=LabourBrand]")
    p.assert_quiet()


def test_province_filter_opens_the_province_and_refits(open_page):
    p = open_page()
    p.then_view(lambda: p.page.select_option("#kg-province", label="陕西省"))
    assert p.view() == ("region", "陕西省")
    fitted = p.js("""() => {
        const net = kgExplorer.network, box = document.getElementById('kg-network').getBoundingClientRect();
        const ids = kgExplorer.visibleNodeIds();
        const xs = ids.map(id => net.canvasToDOM(net.getPositions([id])[id]).x);
        return [Math.min(...xs), Math.max(...xs), box.width];
    }""")
    assert 0 <= fitted[0] and fitted[1] <= fitted[2] and fitted[1] - fitted[0] > fitted[2] / 3
    p.then_view(lambda: p.page.select_option("#kg-province", value=""))
    assert p.view() == ("overview", "")
    p.assert_quiet()


def test_brand_focus_shows_brands_and_destinations(open_page):
    p = open_page()
    p.then_view(lambda: p.page.click("#kg-brand-focus"))
    assert p.page.get_attribute("#kg-brand-focus", "aria-pressed") == "true"
    assert p.visible_labels() == {
        "紫阳足护", "张北司炉工", "甘州劳务", "酥油河畔拾花女",
        "陕西省", "北京市", "河北省", "甘肃省", "新疆维吾尔自治区"}
    kinds = set(p.js("() => kgExplorer.edges.get().map(e => e.kind)"))
    assert kinds == {"origin", "destination", "flow"}  # 紫阳县 → 深圳市: a flow from a brand's origin
    p.then_view(lambda: p.page.click("#kg-brand-focus"))
    assert p.view() == ("overview", "")
    p.assert_quiet()


# ---- tooltips ---------------------------------------------------------------------------------

def test_tooltip_is_plain_text_and_closes(open_page):
    p = open_page()
    p.hover("紫阳足护")
    text = p.page.text_content("#kg-tooltip")
    assert text.startswith("紫阳足护") and "劳务品牌" in text
    assert p.js("() => document.querySelectorAll('#kg-tooltip *').length") == 0
    # the pointer leaves the node: the tooltip goes
    p.page.mouse.move(5, 5)
    p.page.wait_for_selector("#kg-tooltip", state="hidden", timeout=5000)
    # a filter hides the hovered node: the tooltip goes with it
    p.hover("紫阳足护")
    p.js("() => { const b = document.querySelector('#kg-classes input[data-cls=LabourBrand]'); "
         "b.checked = false; b.dispatchEvent(new Event('change')); }")
    assert p.page.is_hidden("#kg-tooltip")
    assert p.js("() => kgExplorer.tooltipFor()") is None
    p.assert_quiet()


def test_tooltip_closes_when_the_view_changes(open_page):
    p = open_page()
    p.hover("陕西省")
    p.then_view(lambda: p.js("() => kgExplorer.search('甘州劳务')"))
    assert p.page.is_hidden("#kg-tooltip")
    p.assert_quiet()


# ---- safety, glyphs, stability ---------------------------------------------------------------------

def test_hostile_corpus_runs_nothing(open_page):
    hostile_title = '<img src=x onerror="window.__pwned=13">"href"</script><script>window.__pwned=14</script>'
    for strip_csp in (False, True):
        if strip_csp:
            # Without the Content-Security-Policy the page must still be safe on its own.
            html = render.render_html(render.page_data(views.read_catalog(HOSTILE)), title=hostile_title)
            html, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
            assert n == 1
            p = open_page(html=html)
        else:
            p = open_page(HOSTILE, title=hostile_title)
        assert p.js("() => window.__pwned") is None
        assert p.js("() => document.querySelectorAll('img, svg, iframe, a, b, i').length") == 0
        assert p.js("() => document.scripts.length") == 3
        assert p.js("() => document.title") == hostile_title
        assert p.js("() => kgExplorer.data.nodes.length") == 7
        # Open every node's view, hover and select it: tooltips and details stay text.
        for index in range(7):
            p.then_view(lambda page=p, i=index: page.js("(i) => kgExplorer.openNode(i)", i))
            for name in sorted(p.visible_labels()):
                point = p.point(name)
                p.page.mouse.move(point["x"], point["y"])
                p.page.wait_for_timeout(60)
        brand = p.js("() => kgExplorer.search('紫阳足护')")
        assert brand is not None
        p.page.wait_for_selector("body[data-ready]", state="attached")
        assert p.page.text_content("#kg-detail").startswith('<script>window.__pwned=1;alert(1)</script>"href"紫阳足护')
        assert p.js("() => window.__pwned") is None
        assert p.js("() => document.querySelectorAll('img, svg, iframe, a, b, i').length") == 0
        assert p.js("() => document.querySelectorAll('#kg-tooltip *, #kg-detail *, #kg-folded *').length") == 0
        p.assert_quiet()


def test_chinese_glyphs_render(open_page, tmp_path):
    p = open_page()
    face = p.js("() => kgExplorer.data.font")
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
                width: ctx.measureText('紫阳足护').width};
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


def test_views_settle_then_stop(open_page, tmp_path):
    p = open_page(synthetic_corpus_graph(tmp_path / "corpus.nt", articles=300))
    for step in (lambda: None, lambda: p.click_node(p.js("() => kgExplorer.data.nodes[kgExplorer.view.nodes[0]][1]"))):
        step()
        assert p.js("() => kgExplorer.network.physics.options.enabled") is False
        before = p.js("() => kgExplorer.network.getPositions()")
        p.page.wait_for_timeout(400)
        assert p.js("() => kgExplorer.network.getPositions()") == before  # nothing moves any more
    p.assert_quiet()


def test_seeds_graph_links_brands_to_destinations(open_page, built_seeds):
    """The acceptance case: the seeds' graph from `kg build` opens offline, brands linked to destinations."""
    graph = built_seeds / "kg.ttl"
    p = open_page(graph)
    p.assert_quiet()
    assert p.js("() => kgExplorer.data.nodes.length") == len(views.read_catalog(graph))
    assert not re.search(r"(?i)https?://", p.path.read_text("utf-8"))
    # Every brand the seeds link to a destination, searched by name as a user would.
    cat = views.read_catalog(graph)
    brands = sorted({cat.label[b] for b, _ in cat.destinations})
    assert brands
    for name in brands:
        p.page.fill("#kg-search", name)
        p.then_view(lambda: p.page.press("#kg-search", "Enter"))
        assert p.selected() == [name]
        links = p.js("""() => kgExplorer.edges.get({filter: e => e.kind === 'destination'}).map(e =>
            [kgExplorer.nodes.get(e.from).cls, kgExplorer.nodes.get(e.to).cls])""")
        assert links and all(src == "LabourBrand" and dst in ("Province", "City", "County", "Region")
                             for src, dst in links)
    p.then_view(lambda: p.page.click("#kg-brand-focus"))
    assert set(brands) <= p.visible_labels()
    p.assert_quiet()


def test_layout_is_the_same_on_every_load_and_visit(open_page):
    first = open_page()
    second = open_page()
    assert first.js("() => kgExplorer.network.getPositions()") == second.js("() => kgExplorer.network.getPositions()")
    before = first.js("() => kgExplorer.network.getPositions()")
    first.click_node("陕西省")
    drilled = first.js("() => kgExplorer.network.getPositions()")
    first.then_view(lambda: first.page.click("#kg-crumbs button >> nth=0"))
    assert first.js("() => kgExplorer.network.getPositions()") == before
    first.click_node("陕西省")  # a view settles the same way every time it is opened
    assert first.js("() => kgExplorer.network.getPositions()") == drilled


def test_empty_graph_page_is_ready(open_page, tmp_path):
    source = tmp_path / "empty.ttl"
    source.write_text("", encoding="utf-8")
    p = open_page(source)
    assert p.js("() => kgExplorer.data.nodes.length") == 0
    p.assert_quiet()
