"""Time the headline query (queries/brand_destinations.rq) on rdflib and Oxigraph over ≥1M triples."""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout: `python bench/bench_query.py`
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_graph import generate  # noqa: E402

from kg.query import load_graph  # noqa: E402


def timed_runs(loaded, text: str, runs: int) -> tuple[float, list[float], int]:
    """Median seconds of `runs` timed runs after one untimed warm-up, the runs, and the row count."""
    rows = len(loaded.query(text).rows)  # warm-up: caches, lazy indexes, query plan
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = loaded.query(text)
        times.append(time.perf_counter() - start)
        assert len(result.rows) == rows
    return statistics.median(times), times, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=1_000_000, help="graph size (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=20240601, help="generator seed")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per engine (default 5)")
    parser.add_argument("--rdflib-runs", type=int, default=None,
                        help="timed runs for rdflib if fewer are wanted: one rdflib run of the "
                             "headline on 1M triples takes many minutes (default: --runs)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="where to keep the generated .nt (default: a temporary folder); "
                             "bench/corpora/ is git-ignored and reused when present")
    parser.add_argument("--query", type=Path, default=ROOT / "queries" / "brand_destinations.rq")
    args = parser.parse_args()

    text = args.query.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus or Path(tmp)
        graph = folder / f"synthetic_{args.triples}_{args.seed}.nt"
        if graph.exists():
            print(f"graph: reusing {graph}")
        else:
            start = time.perf_counter()
            count = generate(graph, args.triples, args.seed)
            print(f"graph: {count:,} triples, {graph.stat().st_size / 1e6:.0f} MB, "
                  f"generated in {time.perf_counter() - start:.1f} s -> {graph}")

        results = {}
        for engine in ("oxigraph", "rdflib"):
            loaded = load_graph(graph, engine)
            print(f"{engine:8}  load {loaded.load_seconds:7.1f} s", flush=True)
            runs = args.rdflib_runs if engine == "rdflib" and args.rdflib_runs else args.runs
            median, times, rows = timed_runs(loaded, text, runs)
            results[engine] = (median, rows, loaded.query(text).rows)
            print(f"{engine:8}  headline query: median {median:8.3f} s over {args.runs} runs "
                  f"(runs: {', '.join(f'{t:.3f}' for t in times)}); {rows:,} rows", flush=True)
            del loaded

        same = results["rdflib"][2] == results["oxigraph"][2]
        ratio = results["rdflib"][0] / results["oxigraph"][0]
        print(f"ratio rdflib/oxigraph: {ratio:.1f}x; same rows on both engines: {same}")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
