"""Benchmark `kg map` and `kg dossier` on the graph of a synthetic corpus: time, peak RSS, page ready time."""
# Usage: .venv/bin/python bench/bench_map.py [--articles 10000] [--seed 0] [--workdir DIR] [--jobs 2] [--json]
# The corpus and its graph are made once (bench/generate_corpus.py, then `kg build`) and reused.
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_build  # noqa: E402  (measuring wrapper, corpus generation)

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
TARGET_MAP_S = 30.0
TARGET_RSS_MB = 1024
TARGET_READY_S = 5.0


def page_ready_seconds(page_path: Path, runs: int) -> list[float]:
    """Seconds from navigation to the page's ready mark in headless chromium, network blocked."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as manager:
        browser = manager.chromium.launch(executable_path=CHROMIUM, headless=True,
                                          args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                       else r.abort())
            start = time.perf_counter()
            page.goto(page_path.resolve().as_uri())
            page.wait_for_selector("body[data-ready]", state="attached", timeout=120_000)
            times.append(time.perf_counter() - start)
            if errors:
                raise SystemExit(f"the page reported errors: {errors[:3]}")
            context.close()
        browser.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2, help="jobs of the one-off `kg build` (default 2)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "laowu-bench")
    parser.add_argument("--runs", type=int, default=3, help="page loads to time (default 3)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = bench_build.ensure_corpus(args.workdir, args.articles, args.seed)
    kg = [sys.executable, "-m", "kg.cli"]
    os.environ["PYTHONPATH"] = str(HERE.parent) + os.pathsep + os.environ.get("PYTHONPATH", "")
    graph_dir = args.workdir / f"graph-{args.articles}-s{args.seed}"
    graph = graph_dir / "kg.ttl"
    results: dict = {"articles": args.articles, "cores": os.cpu_count(), "loadavg_start": os.getloadavg()}
    if not graph.exists():
        build = bench_build.measure([*kg, "build", str(corpus), "--out", str(graph_dir), "--quiet",
                                     "--jobs", str(args.jobs)], args.workdir / "map-build.log")
        print(f"  built the graph in {build['wall']:.0f} s", flush=True)
    results["graph_mb"] = graph.stat().st_size / 1e6
    out = args.workdir / "map-out"
    out.mkdir(exist_ok=True)
    for name, cmd in (("map_html", ["map", str(graph), "-o", str(out / "map.html")]),
                      ("map_svg", ["map", str(graph), "-o", str(out / "map.svg")]),
                      ("map_png", ["map", str(graph), "-o", str(out / "map.png")]),
                      ("dossier", ["dossier", str(graph), "-o", str(out / "dossiers")])):
        results[name] = bench_build.measure([*kg, *cmd], args.workdir / f"{name}.log")
        print(f"  kg {' '.join(cmd[:1])} -> {cmd[-1]}: {results[name]['wall']:.1f} s, "
              f"{results[name]['maxrss_mb']:.0f} MB", flush=True)
    log = (args.workdir / "map_html.log").read_text(errors="replace").strip().splitlines()
    results["drawn"] = log[0] if log else ""
    results["page_mb"] = (out / "map.html").stat().st_size / 1e6
    results["dossier_pages"] = len(list((out / "dossiers").glob("*.html")))
    results["ready_s"] = page_ready_seconds(out / "map.html", args.runs)
    results["loadavg_end"] = os.getloadavg()

    ready = statistics.median(results["ready_s"])
    html = results["map_html"]
    print(f"\n{args.articles} articles, graph {results['graph_mb']:.0f} MB; {results['drawn']}")
    print("| figure | measured | target |\n| --- | --- | --- |")
    # CPU seconds beside the wall time: on a shared machine the wall time is mostly waiting.
    print(f"| `kg map` → HTML wall (CPU) / peak RSS | {html['wall']:.1f} s ({html['cpu']:.1f} s) / "
          f"{html['maxrss_mb']:.0f} MB | ≤ {TARGET_MAP_S:.0f} s / ≤ {TARGET_RSS_MB} MB |")
    for name in ("map_svg", "map_png", "dossier"):
        print(f"| `kg {name.replace('_', ' → ')}` wall (CPU) / peak RSS | {results[name]['wall']:.1f} s "
              f"({results[name]['cpu']:.1f} s) / {results[name]['maxrss_mb']:.0f} MB | — |")
    print(f"| page ({results['page_mb']:.1f} MB) ready in headless chromium, median of {args.runs} | "
          f"{ready:.2f} s ({', '.join(f'{t:.2f}' for t in results['ready_s'])}) | ≤ {TARGET_READY_S:.0f} s |")
    print(f"| dossier pages | {results['dossier_pages']} | — |")
    print(f"load average {results['loadavg_start'][0]:.1f} → {results['loadavg_end'][0]:.1f} "
          "(other work on the machine slows wall times)")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
