"""Load on `kg serve`: N concurrent clients ask the headline query; latency and server memory printed.

    .venv/bin/python bench/bench_serve.py GRAPH [--clients 50] [--requests 2000]

GRAPH: a kg build output (kg.ttl) or a store folder; make one with bench/generate_graph.py
or bench/generate_corpus.py + kg build (bench/README.md).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.serve import ServeOptions, start_server  # noqa: E402


def rss_mb(server) -> float:
    processes = [psutil.Process()] + [psutil.Process(pid) for pid in server.pool.pids()]
    return sum(p.memory_info().rss for p in processes) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("graph")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--query", default="brand_destinations")
    parser.add_argument("--no-cache", action="store_true",
                        help="run every request's query (measures the engine, not the answer cache)")
    args = parser.parse_args()

    start = time.perf_counter()
    server = start_server(ServeOptions(Path(args.graph), port=0, timeout=600, max_rows=10**7,
                                       cache_answers=not args.no_cache))
    host, port = server.address
    url = f"http://{host}:{port}/queries/{args.query}"
    print(f"server ready in {time.perf_counter() - start:.1f} s, {len(server.pool.pids())} workers")
    began = time.perf_counter()
    with urllib.request.urlopen(url) as response:  # warm-up, and the answer's size
        size = len(response.read())
    print(f"{args.query}: {size:,} bytes of JSON, first answer in {time.perf_counter() - began:.2f} s")
    before = rss_mb(server)

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    remaining = [args.requests]

    def client() -> None:
        while True:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            began = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=300) as response:
                    response.read()
                    ok = response.status == 200
            except Exception as exc:  # counted and shown: the bench reports, never hides
                ok = False
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
            with lock:
                if ok:
                    latencies.append(time.perf_counter() - began)

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    after = rss_mb(server)
    cache = server.answers
    server.close()

    latencies.sort()
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan")
    print(f"{args.clients} clients, {args.requests} requests in {wall:.1f} s "
          f"({len(latencies) / wall:.1f} answers/s), errors: {len(errors)}")
    if latencies:
        print(f"latency median {statistics.median(latencies) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    print(f"server RSS (parent + workers) before {before:.0f} MB, after {after:.0f} MB")
    if cache is not None:
        print(f"answer cache: {cache.hits} hits, {cache.misses} queries run")
    for line in errors[:5]:
        print("  ", line)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
