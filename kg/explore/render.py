"""Write the explorer page: one self-contained, offline, injection-safe HTML file over compact JSON."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TextIO

from kg.atomic import atomic_writer
from kg.explore.tables import DEFAULT_MAX_NODES, FONT_FACE, page_data

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
