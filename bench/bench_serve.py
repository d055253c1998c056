"""Load on `kg serve`: N concurrent clients ask the headline query; latency and server memory printed.

    .venv/bin/python bench/bench_serve.py GRAPH [--clients 50] [--requests 2000]

GRAPH: a kg build output (kg.ttl) or a store folder; make one with bench/generate_graph.py
or bench/generate_corpus.py + kg build (bench/README.md).
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]

# The server runs in its own process (as `kg serve` does), so its memory is measured apart
# from the 50 client threads; cache_answers is an option of the library, not of the command.
SERVER = """
import sys
from pathlib import Path
from kg.serve.app import ServeOptions, Server
server = Server(ServeOptions(Path(sys.argv[1]), port=0, timeout=600, max_rows=10**7,
                             cache_answers=sys.argv[2] == "cache"))
host, port = server.address
print(f"http://{host}:{port}", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
finally:
    answers = server.answers
    if answers is not None:
        print(f"answer cache: {answers.hits} hits, {answers.misses} queries run", flush=True)
    server.close()
"""


def rss_mb(server: psutil.Process) -> float:
    processes = [server] + server.children(recursive=True)
    return sum(p.memory_info().rss for p in processes) / 1e6


def run_round(url: str, clients: int, requests: int, errors: list[str]) -> tuple[list[float], float]:
    """`requests` GETs of `url` by `clients` threads; (latencies of the answers, wall seconds)."""
    latencies: list[float] = []
    lock = threading.Lock()
    remaining = [requests]

    def client() -> None:
        while True:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            began = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=600) as response:
                    response.read()
                    ok = response.status == 200
            except Exception as exc:  # counted and shown: the bench reports, never hides
                ok = False
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
            if ok:
                with lock:
                    latencies.append(time.perf_counter() - began)

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("graph")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--query", default="brand_destinations")
    parser.add_argument("--rounds", type=int, default=2,
                        help="rounds of REQUESTS (default 2: memory after each shows whether it stays flat)")
    parser.add_argument("--no-cache", action="store_true",
                        help="run every request's query (measures the engine, not the answer cache)")
    args = parser.parse_args()

    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", SERVER, args.graph,
                                "nocache" if args.no_cache else "cache"],
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                               stdout=subprocess.PIPE, text=True)
    base = process.stdout.readline().strip()
    if not base:
        print("the server did not start", file=sys.stderr)
        return 1
    server = psutil.Process(process.pid)
    url = f"{base}/queries/{args.query}"
    workers = [c for c in server.children() if "resource_tracker" not in " ".join(c.cmdline())]
    print(f"server ready in {time.perf_counter() - start:.1f} s, {len(workers)} workers")
    began = time.perf_counter()
    with urllib.request.urlopen(url) as response:  # warm-up, and the answer's size
        size = len(response.read())
    print(f"{args.query}: {size:,} bytes of JSON, first answer in {time.perf_counter() - began:.2f} s")
    before = rss_mb(server)

    errors: list[str] = []
    for round_number in range(1, args.rounds + 1):
        latencies, wall = run_round(url, args.clients, args.requests, errors)
        latencies.sort()
        p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan")
        print(f"round {round_number}: {args.clients} clients, {args.requests} requests in {wall:.1f} s "
              f"({len(latencies) / wall:.1f} answers/s), errors so far: {len(errors)}")
        if latencies:
            print(f"  latency median {statistics.median(latencies) * 1000:.0f} ms, "
                  f"p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
        print(f"  server RSS (parent + workers): before {before:.0f} MB, now {rss_mb(server):.0f} MB")
    process.send_signal(signal.SIGINT)
    print(process.communicate(timeout=60)[0].strip())
    for line in errors[:5]:
        print("  ", line)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
