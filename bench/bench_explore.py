"""Benchmark `kg explore` on built synthetic corpora: writing it, and opening it in headless Chromium.

Figures: write time and peak RSS, page size; time to ready, renderer memory, nodes of the first view
and the smallest label the canvas draws."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
# The acceptance targets (issue 19), printed next to the figures.
TARGETS = {"explore_s": 30.0, "explore_rss_mb": 1024, "page_mb": 10.0, "ready_s": 5.0, "renderer_mb": 500,
           "first_view_nodes": 200, "min_label_px": 12.0}

# Run one command and report its peak RSS: RUSAGE_CHILDREN of a fresh wrapper covers that command only.
_WRAPPER = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "code = subprocess.run(sys.argv[1:]).returncode; wall = time.perf_counter() - t; "
            "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)")


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def built_graph(workdir: Path, articles: int, seed: int) -> Path:
    """The kg.ttl of a synthetic corpus of `articles` articles, generated and built once, then reused."""
    corpus = workdir / f"corpus-{articles}-s{seed}"
    out = workdir / f"explore-build-{articles}-s{seed}"
    graph = out / "kg.ttl"
    if graph.is_file():
        return graph
    if not corpus.is_dir():
        subprocess.run([sys.executable, str(HERE / "generate_corpus.py"), "--articles", str(articles),
                        "--out", str(corpus), "--seed", str(seed)], check=True, env=_env())
    subprocess.run(_kg("build", str(corpus), "--out", str(out), "--quiet", "--jobs", "2"), check=True, env=_env())
    return graph


def time_explore(graph: Path, page: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", _WRAPPER, *_kg("explore", str(graph), "-o", str(page))],
                            check=True, capture_output=True, text=True, env=_env())
    wall, cpu, rss_kb, code = result.stdout.split()[-4:]
    if code != "0":
        raise SystemExit(f"kg explore failed on {graph}")
    # CPU time next to wall time: other work on the machine stretches the second, not the first.
    return {"explore_s": round(float(wall), 2), "explore_cpu_s": round(float(cpu), 2),
            "explore_rss_mb": round(int(rss_kb) / 1024),
            "page_mb": round(page.stat().st_size / 1e6, 2)}


def _renderer_rss_mb(marker: str) -> int:
    """RSS of the largest renderer process of the browser started with `marker` on its command line."""
    parents, commands, rss = {}, {}, {}
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_bytes()
            fields = stat[stat.rindex(b")") + 2:].split()
            commands[int(entry)] = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ")
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * page_kb
        except (OSError, ValueError, IndexError):
            continue
    roots = {pid for pid, cmd in commands.items() if marker.encode() in cmd}

    def ours(pid: int) -> bool:
        seen = set()
        while pid > 1 and pid not in seen:
            if pid in roots:
                return True
            seen.add(pid)
            pid = parents.get(pid, 0)
        return False

    renderers = [rss[p] for p, cmd in commands.items() if b"--type=renderer" in cmd and ours(p)]
    return round(max(renderers, default=0) / 1024)


_LABEL_SIZES = """() => new Promise(resolve => {
    const proto = CanvasRenderingContext2D.prototype, original = proto.fillText, seen = [];
    proto.fillText = function (text) {
        const px = parseFloat((this.font.match(/([0-9.]+)px/) || [0, 0])[1]);
        const scale = Math.hypot(this.getTransform().a, this.getTransform().b) / window.devicePixelRatio;
        if (String(text).trim()) seen.push(px * scale);
        return original.apply(this, arguments);
    };
    kgExplorer.network.redraw();
    requestAnimationFrame(() => requestAnimationFrame(() => { proto.fillText = original; resolve(seen); }));
})"""


def time_browser(page: Path) -> dict:
    from playwright.sync_api import sync_playwright

    marker = f"--kg-bench={uuid.uuid4().hex}"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=["--no-sandbox", "--disable-gpu", marker])
        tab = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
        start = time.perf_counter()
        tab.goto(page.resolve().as_uri())
        tab.wait_for_selector("body[data-ready]", state="attached", timeout=600_000)
        ready = time.perf_counter() - start
        renderer = _renderer_rss_mb(marker)
        shown = tab.evaluate("() => kgExplorer.visibleNodeIds().length")
        sizes = tab.evaluate(_LABEL_SIZES)
        heap = tab.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : 0")
        drill = time.perf_counter()
        tab.evaluate("() => kgExplorer.openNode(kgExplorer.view.nodes[0])")
        tab.wait_for_selector('body[data-views="2"]', state="attached", timeout=600_000)
        drill = time.perf_counter() - drill
        browser.close()
    return {"ready_s": round(ready, 2), "renderer_mb": renderer, "js_heap_mb": round(heap / 1e6),
            "first_view_nodes": shown, "labels_drawn": len(sizes),
            "min_label_px": round(min(sizes), 1) if sizes else None, "drill_down_s": round(drill, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes in articles (default 1000,10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "laowu-bench",
                        help="corpora and builds are kept here and reused")
    parser.add_argument("--json", action="store_true", help="also print all figures as JSON")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    rows = {}
    for size in (int(s) for s in args.sizes.split(",")):
        graph = built_graph(args.workdir, size, args.seed)
        page = args.workdir / f"explorer-{size}.html"
        figures = {"graph_mb": round(graph.stat().st_size / 1e6, 1), **time_explore(graph, page), **time_browser(page)}
        rows[size] = figures
        print(f"\n{size:,} articles ({figures['graph_mb']} MB of Turtle)")
        for name, value in figures.items():
            target = TARGETS.get(name)
            verdict = ""
            if target is not None and value is not None:
                ok = value >= target if name == "min_label_px" else value <= target
                verdict = f"   target {'>=' if name == 'min_label_px' else '<='} {target}: {'ok' if ok else 'MISSED'}"
            print(f"  {name:18} {value}{verdict}")
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
