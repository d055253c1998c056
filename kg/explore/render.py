"""Render the explorer view as one self-contained, offline and injection-safe HTML page."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.explore.view import CLASSES, EDGE_KINDS, province_scope
from kg.rdfio import write_text

__all__ = ["DEFAULT_TITLE", "FONT_FACE", "render_html", "write_html", "page_data", "json_for_script"]

DEFAULT_TITLE = "劳务品牌与劳务输转 · laowu-kg explorer"

# Canvas labels are drawn with this list; Noto Sans CJK SC is what Debian's fonts-noto-cjk
# installs, the others cover Windows and macOS, sans-serif is the last resort.
FONT_FACE = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", '
             '"Microsoft YaHei", "PingFang SC", sans-serif')

# Hierarchical colouring: provinces dark, cities mid, counties light blue; brands stand out.
CLASS_STYLE: dict[str, dict] = {
    "Province": {"label": "省级 Province", "color": "#1f4e79", "shape": "box", "font": "#ffffff", "size": 18},
    "City": {"label": "地级 City", "color": "#2e75b6", "shape": "ellipse", "font": "#ffffff", "size": 16},
    "County": {"label": "县级 County", "color": "#9dc3e6", "shape": "dot", "font": "#222222", "size": 11},
    "Region": {"label": "地区 Region", "color": "#bdd7ee", "shape": "dot", "font": "#222222", "size": 10},
    "LabourBrand": {"label": "劳务品牌 LabourBrand", "color": "#e46c0a", "shape": "star", "font": "#7a3300",
                    "size": 22},
    "Program": {"label": "项目 Program", "color": "#548235", "shape": "diamond", "font": "#2f4a1d", "size": 13},
    "Article": {"label": "文章 Article", "color": "#8c8c8c", "shape": "square", "font": "#444444", "size": 8},
}
# Articles are off at first: every article mentions many regions and would bury the rest.
HIDDEN_CLASSES = {"Article"}

EDGE_STYLE: dict[str, dict] = {
    "partOf": {"label": "partOf 隶属", "color": "#a6a6a6", "width": 1, "dashes": True},
    "origin": {"label": "origin 来源地", "color": "#c55a11", "width": 2, "dashes": False},
    "destination": {"label": "destination 去向", "color": "#d62728", "width": 3.5, "dashes": False},
    "flow": {"label": "flow 劳务输转 (workers)", "color": "#7030a0", "width": 2.5, "dashes": False},
    "mentions": {"label": "mentions 提及", "color": "#d0d0d0", "width": 0.6, "dashes": False},
    "context": {"label": "context 项目所在地", "color": "#a9d18e", "width": 1, "dashes": True},
}

_CLASS_NAMES = {c: s["label"] for c, s in CLASS_STYLE.items()}
_TOOLTIP_EVIDENCE = 5
_TOOLTIP_FIGURES = 8
_TOOLTIP_LINE = 90
_ARTICLE_LABEL = 14
_LARGE = 300  # above this many nodes: fewer stabilisation iterations, cheaper layout


def _vis_dir() -> Path:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    candidates = sorted(lib.glob("vis-*/vis-network.min.js"),
                        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not candidates:
        raise RuntimeError(f"vis-network.min.js not found under {lib}")
    return candidates[-1].parent


def _defuse_urls(text: str) -> str:
    """Write `://` as `:\\/\\/`: identical in JS strings, regexes and comments, and in CSS
    escapes, so the page holds no literal http(s) URL that anything could mistake for a resource."""
    return re.sub(r"(?i)(https?):/{2}", lambda m: m.group(1) + r":\/\/", text)


def _check_inline(name: str, text: str, closing: str) -> str:
    # Inside <script>/<style> only these sequences can end the element early or switch the
    # HTML tokenizer into its escaped state; the shipped libraries must never contain them.
    lowered = text.lower()
    if f"</{closing}" in lowered or "<!--" in lowered:
        raise RuntimeError(f"{name} cannot be inlined safely")
    return text


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    vis = _vis_dir()
    here = resources.files("kg").joinpath("data", "explorer")
    return {
        "vis_js": _check_inline("vis-network.min.js", _defuse_urls((vis / "vis-network.min.js").read_text("utf-8")), "script"),
        "vis_css": _check_inline("vis-network.css", _defuse_urls((vis / "vis-network.css").read_text("utf-8")), "style"),
        "app_js": _check_inline("explorer.js", here.joinpath("explorer.js").read_text("utf-8"), "script"),
        "app_css": _check_inline("explorer.css", here.joinpath("explorer.css").read_text("utf-8"), "style"),
        "template": here.joinpath("page.html.j2").read_text("utf-8"),
    }


def json_for_script(value: object) -> str:
    """JSON that can sit inside <script type="application/json">: no `<`, `>`, `&`, `/`, U+2028/9 raw.

    Each of those can only occur inside JSON strings, where the \\uXXXX (or \\/) escape means
    the same character to JSON.parse, so the text can never close the element or form a URL.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("/", "\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _tooltip(label: str, cls: str, curie: str, facts, evidence, figures, full: bool) -> str:
    lines = [label, f"{_CLASS_NAMES.get(cls, cls)} · {curie}"]
    lines += [f"{name}: {value}" for name, value in facts]
    for heading, items, cap in (("证据 evidence", evidence, _TOOLTIP_EVIDENCE),
                                ("数据 figures", figures, _TOOLTIP_FIGURES)):
        if not items:
            continue
        # The tooltip keeps each line short so it fits beside the node; the click panel has all.
        shown = items if full else [i if len(i) <= _TOOLTIP_LINE else i[: _TOOLTIP_LINE - 1] + "…"
                                    for i in items[:cap]]
        lines.append(f"{heading}:")
        lines += [f"• {item}" for item in shown]
        if len(items) > len(shown):
            lines.append(f"… +{len(items) - len(shown)} more — click the node for all")
    return "\n".join(lines)


def _options(n_nodes: int) -> dict:
    large = n_nodes > _LARGE
    return {
        "autoResize": True,
        "layout": {"randomSeed": 20240607, "improvedLayout": not large},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "centralGravity": 0.01,
                                 "springLength": 110, "springConstant": 0.06, "avoidOverlap": 0.5},
            "minVelocity": 1,
            # The page turns physics off once these iterations are done (explorer.js).
            "stabilization": {"enabled": True, "iterations": 250 if large else 600,
                              "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False, "navigationButtons": False},
        "nodes": {"font": {"face": FONT_FACE, "size": 14}, "borderWidth": 1},
        "edges": {
            "font": {"face": FONT_FACE, "size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "selectionWidth": 2,
        },
    }


def page_data(view: nx.MultiDiGraph) -> dict:
    """The JSON the page embeds: vis nodes, edges and options produced by pyvis, plus legend data."""
    from pyvis.network import Network

    # Opaque ids in the view's sorted order: no IRI or label ever becomes an id or attribute.
    ids = {node: f"n{i}" for i, node in enumerate(view.nodes)}
    provinces = [n for n, d in view.nodes(data=True) if d["cls"] == "Province"]
    scopes = {p: province_scope(view, p) for p in provinces}

    net = Network(directed=True, height="100%", width="100%")
    for node, d in view.nodes(data=True):
        cls = d["cls"]
        style = CLASS_STYLE.get(cls, CLASS_STYLE["Region"])
        args = (d["label"], cls, d["curie"], d["facts"], d["evidence"], d["observations"])
        alt = [v for k, v in d["facts"] if k.startswith("altLabel")]
        # Article titles are long: the canvas shows the first words, tooltip and search the whole.
        label = d["label"] if cls != "Article" or len(d["label"]) <= _ARTICLE_LABEL else (
            d["label"][: _ARTICLE_LABEL - 1] + "…")
        net.add_node(
            ids[node],
            label=label,
            shape=style["shape"],
            color=style["color"],
            size=style["size"],
            font={"color": style["font"]},
            title=_tooltip(*args, full=False),
            detail=_tooltip(*args, full=True),
            cls=cls,
            names=[d["label"], *alt],
            provinces=[ids[p] for p in provinces if node in scopes[p]],
            hidden=cls in HIDDEN_CLASSES,
            # Article nodes stay out of the physics: they would drag every region they mention.
            physics=cls != "Article",
        )
    for i, (u, v, kind, d) in enumerate(view.edges(keys=True, data=True)):
        style = EDGE_STYLE[kind]
        evidence = d.get("evidence", [])
        title_lines = [f"{view.nodes[u]['label']} → {view.nodes[v]['label']}", d["label"]]
        if evidence:
            title_lines += ["证据 evidence:"] + [f"• {e}" for e in evidence]
        net.add_edge(
            ids[u], ids[v],
            id=f"e{i}",
            kind=kind,
            label=d["label"],
            title="\n".join(title_lines),
            color={"color": style["color"], "highlight": style["color"], "hover": style["color"]},
            width=style["width"],
            dashes=style["dashes"],
            physics=kind != "mentions",
            # mentions are many and secondary: their labels are drawn smaller
            font={"size": 8} if kind == "mentions" else {},
        )
    net.options = _options(view.number_of_nodes())
    nodes, edges, _heading, _h, _w, options_json = net.get_network_data()

    counts = {c: 0 for c in CLASSES}
    for _, d in view.nodes(data=True):
        counts[d["cls"]] = counts.get(d["cls"], 0) + 1
    edge_counts = {k: 0 for k in EDGE_KINDS}
    for *_, kind in view.edges(keys=True):
        edge_counts[kind] += 1
    return {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options_json),
        "classes": [
            {"cls": c, "label": CLASS_STYLE[c]["label"], "color": CLASS_STYLE[c]["color"],
             "shape": CLASS_STYLE[c]["shape"], "count": counts[c], "visible": c not in HIDDEN_CLASSES}
            for c in CLASSES if counts.get(c)
        ],
        "edgeKinds": [
            {"kind": k, **EDGE_STYLE[k], "count": edge_counts[k]} for k in EDGE_KINDS if edge_counts[k]
        ],
        "provinces": [{"id": ids[p], "label": view.nodes[p]["label"]} for p in provinces],
    }


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_html(view: nx.MultiDiGraph, *, title: str = DEFAULT_TITLE) -> str:
    """The whole page as a string; the same view and title always give the same string."""
    import jinja2
    import pyvis

    assets = _assets()
    # Autoescape on: the title (user input) and anything else interpolated is HTML-escaped;
    # only the vetted assets and the escaped JSON are marked safe.
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(assets["template"])
    # Content-Security-Policy: nothing may be fetched, and only our two scripts (by hash) run,
    # so even markup that slipped into the page could neither load nor execute anything.
    csp = ("default-src 'none'; "
           f"script-src '{_sha256(assets['vis_js'])}' '{_sha256(assets['app_js'])}'; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "connect-src 'none'; base-uri 'none'; form-action 'none'")
    return template.render(
        title=title,
        csp=csp,
        pyvis_version=getattr(pyvis, "__version__", "0.3"),
        data_json=json_for_script(page_data(view)),
        **{k: assets[k] for k in ("vis_js", "vis_css", "app_js", "app_css")},
    )


def write_html(html: str, path: str | os.PathLike) -> Path:
    """Write `html` as UTF-8, atomically (kg.rdfio.write_text)."""
    return write_text(path, html)
