"""The pages `kg serve` shows: the offline query page, the built-in queries, and the explorer, map and dossiers."""
from __future__ import annotations

import base64
import hashlib
import html
import importlib
import json
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

__all__ = ["BuiltInQuery", "load_builtin_queries", "query_page", "index_page", "GeneratedPages"]

_PARAM = re.compile(r"--param\s+([A-Za-z_][A-Za-z0-9_]*)=")
_NAME = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class BuiltInQuery:
    name: str
    text: str
    description: str   # the comment block the file opens with
    parameters: tuple[str, ...]


def load_builtin_queries(folder: Path) -> dict[str, BuiltInQuery]:
    """The queries/*.rq files by name (only plain names: they become URL paths)."""
    queries = {}
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        if not _NAME.match(path.stem):
            continue
        text = path.read_text(encoding="utf-8")
        comment = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            comment.append(line[1:].strip())
        description = "\n".join(comment).strip()
        parameters = tuple(dict.fromkeys(_PARAM.findall(description)))
        queries[path.stem] = BuiltInQuery(path.stem, text, description, parameters)
    return queries


def _script_json(data: object) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


def _csp_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()


_QUERY_SCRIPT = r"""
"use strict";
const queries = JSON.parse(document.getElementById("queries").textContent);
const $ = (id) => document.getElementById(id);
const list = $("list"), text = $("text"), params = $("params"), status = $("status");
const table = $("table"), csv = $("csv");
let current = null;

function show(name) {
  current = name ? queries.find((q) => q.name === name) : null;
  text.value = current ? current.text : text.value;
  text.readOnly = !!current;
  params.replaceChildren();
  for (const p of current ? current.parameters : []) {
    const label = document.createElement("label");
    label.textContent = p + " ";
    const input = document.createElement("input");
    input.name = p;
    label.append(input);
    params.append(label);
  }
  $("description").textContent = current ? current.description : "";
}

function target(format) {
  const search = new URLSearchParams();
  if (current) {
    for (const input of params.querySelectorAll("input")) {
      if (input.value) search.set(input.name, input.value);
    }
    if (format) search.set("format", format);
    return "queries/" + encodeURIComponent(current.name) + "?" + search;
  }
  search.set("query", text.value);
  if (format) search.set("format", format);
  return "sparql?" + search;
}

function cell(term) {
  const td = document.createElement("td");
  if (term) {
    td.textContent = term.value;
    td.className = term.type;
  }
  return td;
}

async function run() {
  status.textContent = "running…";
  table.replaceChildren();
  csv.hidden = true;
  let response;
  try {
    response = current
      ? await fetch(target(""), {headers: {Accept: "application/sparql-results+json"}})
      : await fetch("sparql", {method: "POST",
          headers: {"Content-Type": "application/sparql-query",
                    Accept: "application/sparql-results+json, text/turtle;q=0.5"},
          body: text.value});
  } catch (error) {
    status.textContent = "the server did not answer: " + error;
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    status.textContent = response.status + ": " + (await response.text());
    return;
  }
  if (!type.startsWith("application/sparql-results+json")) {
    status.textContent = "a graph (" + type.split(";")[0] + "):";
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    table.append(pre);
    return;
  }
  const data = await response.json();
  if ("boolean" in data) {
    status.textContent = "answer: " + data.boolean;
    return;
  }
  const head = document.createElement("tr");
  for (const v of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.append(th);
  }
  table.append(head);
  for (const binding of data.results.bindings) {
    const tr = document.createElement("tr");
    for (const v of data.head.vars) tr.append(cell(binding[v]));
    table.append(tr);
  }
  const n = data.results.bindings.length;
  const limited = response.headers.get("X-KG-Truncated");
  status.textContent = n + (n === 1 ? " row" : " rows") + (limited ? " (" + limited + ")" : "");
  csv.href = target("csv");
  csv.hidden = false;
}

for (const q of queries) {
  const option = document.createElement("option");
  option.value = q.name;
  option.textContent = q.name;
  list.append(option);
}
list.addEventListener("change", () => show(list.value));
$("run").addEventListener("click", run);
show(queries.length ? queries[0].name : "");
if (queries.length) list.value = queries[0].name;
"""

_STYLE = """
body { font: 15px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 1.5em; }
textarea { width: 100%; height: 14em; font: 13px monospace; }
table { border-collapse: collapse; margin-top: 1em; }
td, th { border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; }
td.uri { color: #035; font-size: 12px; }
#description { white-space: pre-wrap; color: #444; font-size: 13px; }
label { margin-right: 1em; }
"""


def query_page(queries: dict[str, BuiltInQuery]) -> tuple[str, str]:
    """(HTML, Content-Security-Policy) of the query page: no CDN, no innerHTML of data."""
    data = [{"name": q.name, "text": q.text, "description": q.description,
             "parameters": list(q.parameters)} for q in queries.values()]
    page = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>laowu-kg · SPARQL</title>
<style>{_STYLE}</style></head>
<body>
<h1>laowu-kg SPARQL</h1>
<p><a href="./">home</a> · built-in query <select id="list"><option value="">(your own query)</option></select>
<button id="run" type="button">Run</button> <a id="csv" hidden download>download CSV</a></p>
<div id="params"></div>
<p id="description"></p>
<textarea id="text" spellcheck="false">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 10</textarea>
<p id="status"></p>
<table id="table"></table>
<script type="application/json" id="queries">{_script_json(data)}</script>
<script>{_QUERY_SCRIPT}</script>
</body></html>
"""
    policy = (f"default-src 'none'; script-src '{_csp_hash(_QUERY_SCRIPT)}'; "
              f"style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; "
              f"form-action 'none'")
    return page, policy


def index_page(pages: list[tuple[str, str]], queries: dict[str, BuiltInQuery], host_note: str) -> str:
    links = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(label)}</a></li>'
                      for href, label in pages)
    named = "\n".join(f'<li><a href="queries/{q.name}">{q.name}</a>'
                      f'{" (" + ", ".join(q.parameters) + ")" if q.parameters else ""}</li>'
                      for q in queries.values())
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>laowu-kg</title></head>
<body><h1>laowu-kg</h1><p>{html.escape(host_note)}</p>
<ul>{links}</ul>
<h2>Built-in queries</h2><ul>{named}</ul>
<p>SPARQL endpoint: <code>/sparql</code> (GET or POST, <code>query=</code>), read-only.</p>
</body></html>
"""


# page kind -> (module, its writer function, the file or folder it writes in our folder, index link, label)
_WRITERS = {
    "explorer": ("kg.explore", "write_explorer", "explorer.html", "explorer", "explorer"),
    "map": ("kg.map", "write_map", "map.html", "map", "map of labour flows"),
    "dossiers": ("kg.dossier", "write_dossiers", "dossiers", "dossiers/", "brand dossiers"),
}


class GeneratedPages:
    """The explorer, map and dossiers of the graph, written on first request into a folder we own.

    Each page is made by its own command's library function, found by import: a module that is
    not importable (a trimmed installation) is simply not offered.
    """

    def __init__(self, graph_file: Callable[[], Path]):
        self.graph_file = graph_file
        self.folder = Path(tempfile.mkdtemp(prefix="laowu-kg-serve-pages-"))
        self.lock = threading.Lock()
        self.made: dict[str, Path] = {}

    def writer(self, kind: str) -> Callable | None:
        """The library function that writes page `kind`, or None when its module is not installed."""
        module_name, attribute, *_ = _WRITERS[kind]
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            return None
        function = getattr(module, attribute, None)
        return function if callable(function) else None

    def available(self) -> list[tuple[str, str]]:
        return [("query", "query page")] + [(link, label) for kind, (*_, link, label) in _WRITERS.items()
                                            if self.writer(kind)]

    def page(self, kind: str) -> Path | None:
        """The written file for 'explorer', 'map' or 'dossiers' (its folder), made once."""
        with self.lock:
            if kind in self.made:
                return self.made[kind]
            write = self.writer(kind) if kind in _WRITERS else None
            if write is None:
                return None
            target = self.folder / _WRITERS[kind][2]
            write(self.graph_file(), target)
            self.made[kind] = target
            return target

    def dossier_file(self, name: str) -> Path | None:
        """One file of the dossier folder, by plain file name only (no paths: no traversal)."""
        folder = self.page("dossiers")
        if folder is None or not re.fullmatch(r"[^/\\]+\.html", name) or name.startswith("."):
            return None
        candidate = folder / name
        return candidate if candidate.is_file() and candidate.parent == folder else None

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)  # our own mkdtemp folder, nothing else
