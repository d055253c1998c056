"""Write the explorer page: one self-contained, offline, injection-safe HTML file over compact JSON."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TextIO

from kg.atomic import atomic_writer
from kg.explore.view import CLASSES, REGION_CLASSES, Catalog, curie

__all__ = [
    "DEFAULT_MAX_NODES",
    "DEFAULT_TITLE",
    "FONT_FACE",
    "json_for_script",
    "page_data",
    "render_html",
    "write_explorer",
    "write_page",
]

DEFAULT_TITLE = "劳务品牌与劳务输转 · laowu-kg explorer"
# Nodes on screen in one view: past this a graph stops reading as anything but a hairball.
DEFAULT_MAX_NODES = 120

# Canvas labels are drawn with this list; Noto Sans CJK SC is what Debian's fonts-noto-cjk
# installs, the others cover Windows and macOS, sans-serif is the last resort.
FONT_FACE = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", '
             '"Microsoft YaHei", "PingFang SC", sans-serif')

# Hierarchical colouring: provinces dark, cities mid, counties light blue; brands stand out.
CLASS_STYLE: dict[str, dict] = {
    "Province": {"label": "省级 Province", "color": "#1f4e79", "shape": "dot", "font": "#14304d"},
    "City": {"label": "地级 City", "color": "#2e75b6", "shape": "dot", "font": "#14304d"},
    "County": {"label": "县级 County", "color": "#9dc3e6", "shape": "dot", "font": "#222222"},
    "Region": {"label": "地区 Region", "color": "#bdd7ee", "shape": "dot", "font": "#222222"},
    "LabourBrand": {"label": "劳务品牌 LabourBrand", "color": "#e46c0a", "shape": "star", "font": "#7a3300"},
    "Program": {"label": "项目 Program", "color": "#548235", "shape": "diamond", "font": "#2f4a1d"},
    "Article": {"label": "文章 Article", "color": "#8c8c8c", "shape": "square", "font": "#444444"},
}
EDGE_STYLE: dict[str, dict] = {
    "partOf": {"label": "partOf 隶属", "color": "#a6a6a6", "dashes": True},
    "origin": {"label": "origin 来源地", "color": "#c55a11", "dashes": False},
    "destination": {"label": "destination 去向", "color": "#d62728", "dashes": False},
    "flow": {"label": "flow 劳务输转 (workers)", "color": "#7030a0", "dashes": False},
    "mentions": {"label": "mentions 提及", "color": "#c8c8c8", "dashes": False},
}

# Evidence kept in the page: a sentence for each origin→destination pair, the largest flows first,
# within a budget (every count is kept, so sums stay right); a long sentence is clipped. The rest
# is one `kg query` away.
EVIDENCE_PER_PAIR = 1
SENTENCE_MAX = 120
SENTENCE_BUDGET = 200_000  # characters, about 600 kB of the page


SOURCE_FILE = "sourceFile 文件"


def _source_root(cat: Catalog, order: list[int]) -> str:
    """The folder all article files share (with its separator), written once instead of per article."""
    paths = [v for o in order for k, v in cat.facts.get(o, ()) if k == SOURCE_FILE]
    try:
        root = os.path.commonpath(paths) if len(paths) > 1 else ""
    except ValueError:  # absolute and relative paths mixed
        return ""
    return root + os.sep if root and all(p.startswith(root + os.sep) for p in paths) else ""


def _short_curie(iri: str) -> str:
    """`region/610924` for id:region/610924 (the page puts the `id:` back)."""
    text = curie(iri)
    return text.removeprefix("id:")


def _int_or_text(workers: str | None):
    return int(workers) if workers is not None and workers.isdigit() else workers


def _evidenced(flows: list, budget: int) -> list[int]:
    """Which flows keep their sentence: one per origin→destination pair, the pairs with the most
    workers first, until the budget of characters is spent."""
    pairs: dict[tuple[int, int], list[int]] = defaultdict(list)
    for k, flow in enumerate(flows):
        if flow.sentence:
            pairs[(flow.origin, flow.destination)].append(k)

    def volume(pair) -> tuple:
        total = sum(int(flows[k].workers) for k in pairs[pair] if (flows[k].workers or "").isdigit())
        return (-total, pair)

    chosen = []
    for pair in sorted(pairs, key=volume):
        for k in pairs[pair][:EVIDENCE_PER_PAIR]:
            cost = min(len(flows[k].sentence), SENTENCE_MAX)
            if cost > budget:
                return sorted(chosen)
            budget -= cost
            chosen.append(k)
    return sorted(chosen)


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


def _clip(text: str) -> str:
    return text if len(text) <= SENTENCE_MAX else text[: SENTENCE_MAX - 1] + "…"


def _weights(cat: Catalog, keep: list[int]) -> dict[int, int]:
    """Facts under each node: for a region everything stated about it or any region below it."""
    own: dict[int, int] = defaultdict(int)
    for flow in cat.flows:
        own[flow.origin] += 1
        if flow.destination != flow.origin:
            own[flow.destination] += 1
    for brand, region in cat.origins:
        own[region] += 1
        own[brand] += 1
    for (brand, region) in cat.destinations:
        own[region] += 1
        own[brand] += 1
    for region, count in cat.observation_count.items():
        own[region] += count
    for article, targets in cat.mentions.items():
        own[article] += len(targets)
        for target in targets:
            own[target] += 1
    total = dict(own)
    for node in keep:
        if cat.cls[node] in REGION_CLASSES and own.get(node):
            seen, up = {node}, cat.parent[node]
            while up >= 0 and up not in seen:
                total[up] = total.get(up, 0) + own[node]
                seen.add(up)
                up = cat.parent[up]
    return total


def page_data(cat: Catalog, keep: set[int] | None = None, *, max_nodes: int = DEFAULT_MAX_NODES,
              articles: bool = True, start: dict | None = None):
    """The page's data as (key, value) pairs in key order: tables indexed by dense node id."""
    order = sorted(keep) if keep is not None else list(range(len(cat)))
    new = {old: i for i, old in enumerate(order)}
    if not articles:
        # Articles are not drawn, but their titles still name the source of each piece of evidence.
        shown = {old for old in order if cat.cls[old] != "Article"}
    else:
        shown = set(order)
    sentences: dict[str, int] = {}

    def sentence(text: str) -> int:
        if not text:
            return -1
        return sentences.setdefault(_clip(text), len(sentences))

    weights = _weights(cat, order)
    nodes = []
    for old in order:
        parent = cat.parent[old]
        nodes.append([CLASSES.index(cat.cls[old]), cat.label[old], new.get(parent, -1),
                      _short_curie(cat.iris[old]), weights.get(old, 0)])
    dests = []
    for (brand, region), lines in sorted(cat.destinations.items()):
        if brand in new and region in new:
            dests.append([new[brand], new[region],
                          [[new.get(a, -1), sentence(s)] for a, s in lines[:EVIDENCE_PER_PAIR]]])
    kept = [flow for flow in cat.flows if flow.origin in new and flow.destination in new]
    # A count said once for several destinations ("200 workers to Xinjiang and Jiangsu") is one
    # statement: the page sums a statement once per pair of shown regions, however many it names.
    statements: dict[tuple, int] = {}
    flows = []
    for flow in kept:
        key = (flow.article, flow.sentence, flow.origin, flow.workers, flow.year)
        flows.append([new[flow.origin], new[flow.destination], _int_or_text(flow.workers), flow.year,
                      int(flow.approximate), new.get(flow.article, -1), -1,
                      statements.setdefault(key, len(statements))])
    for k in _evidenced(kept, SENTENCE_BUDGET - sum(len(t) for t in sentences)):
        flows[k][6] = sentence(kept[k].sentence)
    root = _source_root(cat, order)
    fact_index: dict[str, int] = {}
    fact_names: list[str] = []  # filled below, once the facts have numbered their names
    counts = {c: 0 for c in CLASSES}
    for old in order:
        if old in shown:
            counts[cat.cls[old]] += 1
    data = {
        "articlesShown": articles,
        "classes": [{"cls": c, "label": CLASS_STYLE[c]["label"], "color": CLASS_STYLE[c]["color"],
                     "shape": CLASS_STYLE[c]["shape"], "font": CLASS_STYLE[c]["font"], "count": counts[c]}
                    for c in CLASSES],
        "dests": dests,
        "edgeKinds": [{"kind": k, **EDGE_STYLE[k]} for k in EDGE_STYLE],
        "factNames": fact_names,
        "facts": {str(new[o]): [[fact_index.setdefault(k, len(fact_index)), v[len(root):] if k == SOURCE_FILE else v]
                            for k, v in cat.facts[o]]
                  for o in order if o in cat.facts},
        "sourceRoot": root,
        "flows": flows,
        "font": FONT_FACE,
        "maxNodes": max_nodes,
        "mentions": [[new[a], [new[t] for t in cat.mentions[a] if t in new]]
                     for a in order if a in cat.mentions and a in shown],
        "names": {str(new[o]): cat.names[o] for o in order if o in cat.names},
        "nodes": nodes,
        "observations": {str(new[o]): [cat.observation_count[o], cat.observations[o]]
                         for o in order if o in cat.observations},
        "origins": [[new[b], new[r]] for b, r in cat.origins if b in new and r in new],
        "start": start or {"view": "overview"},
        "subjects": [[new[a], [new[r] for r in cat.subjects[a] if r in new]]
                     for a in order if cat.subjects.get(a) and a in shown],
    }
    fact_names.extend(sorted(fact_index, key=fact_index.get))
    # Sentences last: they are numbered while the tables above are built.
    data["sentences"] = [text for text, _ in sorted(sentences.items(), key=lambda kv: kv[1])]
    return data


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


_DATA_MARK = "\x00kg-data\x00"


def _page_parts(title: str) -> tuple[str, str]:
    """The HTML before and after the embedded data."""
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
    html = template.render(
        title=title, csp=csp, pyvis_version=getattr(pyvis, "__version__", "0.3"), data_json=_DATA_MARK,
        **{k: assets[k] for k in ("vis_js", "vis_css", "app_js", "app_css")},
    )
    head, tail = html.split(_DATA_MARK)
    return head, tail


def _write(stream: TextIO, data: dict, title: str) -> None:
    head, tail = _page_parts(title)
    stream.write(head)
    # One key at a time, so the page's JSON never exists as one string in memory.
    stream.write("{")
    for i, key in enumerate(sorted(data)):
        stream.write(("," if i else "") + json_for_script(key) + ":")
        value = data[key]
        if isinstance(value, list) and len(value) > 1000:
            stream.write("[")
            stream.writelines(("," if j else "") + json_for_script(value[j:j + 1000])[1:-1]
                              for j in range(0, len(value), 1000))
            stream.write("]")
        else:
            stream.write(json_for_script(value))
    stream.write("}")
    stream.write(tail)


def write_page(data: dict, output: str | os.PathLike, *, title: str = DEFAULT_TITLE) -> Path:
    """Write the page atomically (temporary file, then rename) as UTF-8."""
    with atomic_writer(output) as stream:
        _write(stream, data, title)
    return Path(output)


def render_html(data: dict, *, title: str = DEFAULT_TITLE) -> str:
    """The whole page as one string (for tests and small graphs); the same data gives the same string."""
    import io

    buffer = io.StringIO()
    _write(buffer, data, title)
    return buffer.getvalue()


def write_explorer(graph_path: str | os.PathLike, output: str | os.PathLike, *, province: str | None = None,
                   brand: str | None = None, max_nodes: int | None = None, title: str | None = None,
                   articles: bool = True) -> dict:
    """Read the graph, narrow it to a province or brand if asked, write the page; returns a summary.

    The page opens on the overview (or the province's or brand's view); `max_nodes` caps the nodes
    of every view, the rest folded into the counts it shows.
    """
    from kg.explore import view as views

    if max_nodes is not None and max_nodes <= 0:
        raise views.ViewError(f"--max-nodes must be positive, not {max_nodes}")
    cat = views.read_catalog(graph_path)
    keep: set[int] | None = None
    start = {"view": "overview"}
    if province:
        matches = views.find_nodes(cat, province, {"Province"})
        if not matches:
            raise views.ViewError(f"no province named {province!r} in {graph_path}")
        keep = set().union(*(views.province_scope(cat, p) for p in matches))
        start = {"view": "region", "node": matches[0]}
    if brand:
        matches = views.find_nodes(cat, brand, {"LabourBrand"})
        if not matches:
            raise views.ViewError(f"no labour brand named {brand!r} in {graph_path}")
        scope = set().union(*(views.brand_scope(cat, b) for b in matches))
        keep = scope if keep is None else keep & scope
        start = {"view": "brand", "node": matches[0]}
    if "node" in start:
        start["node"] = sorted(keep).index(start["node"])
    data = page_data(cat, keep, max_nodes=max_nodes or DEFAULT_MAX_NODES, articles=articles, start=start)
    path = write_page(data, output, title=title or DEFAULT_TITLE)
    shown = sum(c["count"] for c in data["classes"])
    edges = (len(data["origins"]) + len(data["dests"]) + len(data["flows"])
             + sum(len(targets) for _, targets in data["mentions"]))
    return {"output": str(path), "nodes": shown, "of_nodes": len(cat), "flows": len(data["flows"]),
            "edges": edges}
