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
from collections.abc import Iterator

from kg.explore.tables import DEFAULT_MAX_NODES, FONT_FACE, page_data
from kg.rdfio import write_text

__all__ = [
    "DEFAULT_MAX_NODES",
    "DEFAULT_TITLE",
    "FONT_FACE",
    "json_for_script",
    "page_data",
    "render_html",
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


def _chunks(data: dict, title: str) -> Iterator[str]:
    """The page in pieces: the HTML head, the JSON one table (or a thousand rows) at a time, the tail,
    so the page's JSON never exists as one string in memory."""
    head, tail = _page_parts(title)
    yield head + "{"
    for i, key in enumerate(sorted(data)):
        yield ("," if i else "") + json_for_script(key) + ":"
        value = data[key]
        if isinstance(value, list) and len(value) > 1000:
            yield "["
            for j in range(0, len(value), 1000):
                yield ("," if j else "") + json_for_script(value[j:j + 1000])[1:-1]
            yield "]"
        else:
            yield json_for_script(value)
    yield "}" + tail


def write_page(data: dict, output: str | os.PathLike, *, title: str = DEFAULT_TITLE) -> Path:
    """Write the page atomically as UTF-8 (kg.rdfio.write_text: the old page or the whole new one)."""
    return write_text(output, _chunks(data, title))


def render_html(data: dict, *, title: str = DEFAULT_TITLE) -> str:
    """The whole page as one string (for tests and small graphs); the same data gives the same string."""
    return "".join(_chunks(data, title))
