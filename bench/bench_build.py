"""Benchmark `kg build` on synthetic corpora: speed, parallel speed-up, bare-pass ratio, peak RSS, rebuilds."""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "seeds"
ARTICLE_SUFFIXES = {".txt", ".md", ".html"}
# The acceptance targets, printed next to the figures.
TARGET_BARE_RATIO = 1.5
TARGET_SPEEDUP = 1.7
TARGET_SEEDS_S = 2.0
TARGET_RSS_MB = 1536
TARGET_REBUILD = 0.05


# -- the measuring wrapper ----------------------------------------------------------------------------
# Each build runs under a fresh wrapper process so that RUSAGE_CHILDREN (a max over all children ever
# waited for) covers that one build only. The wrapper also samples the whole process tree's RSS, since with
# --jobs N the peak that matters is the sum of the parent and its workers, which ru_maxrss cannot give.
def _tree_rss_kb(root_pid: int) -> int:
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
            # Fields after the command name, which may hold spaces: state ppid ... rss is field 24.
            fields = stat[stat.rindex(b")") + 2:].split()
            pid = int(entry)
            parents[pid] = int(fields[1])
            rss[pid] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    total, stack = 0, [root_pid]
    seen = set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += rss.get(pid, 0)
        stack.extend(p for p, pp in parents.items() if pp == pid)
    return total


def _measure_main(cmd: list[str], log: str) -> int:
    with open(log, "wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        peak_tree = 0
        while proc.poll() is None:
            peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))
            time.sleep(0.25)
        wall = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"rc": proc.returncode, "wall": wall, "cpu": ru.ru_utime + ru.ru_stime,
                      "maxrss_mb": ru.ru_maxrss / 1024, "tree_rss_mb": peak_tree / 1024}))
    return 0


def measure(cmd: list[str], log: Path) -> dict:
    """Run cmd under a fresh wrapper; wall seconds, CPU seconds of all its processes, peak RSS."""
    # Run from the log's folder: `python -m` puts the current folder first on sys.path, and in the checkout
    # that would pick the live kg/ over the snapshot.
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--_measure", str(log), "--", *cmd],
                         capture_output=True, text=True, check=True, cwd=log.parent)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    if res["rc"] != 0:
        tail = log.read_text(errors="replace")[-2000:]
        raise SystemExit(f"build failed ({res['rc']}): {' '.join(cmd)}\n{tail}")
    return res


# -- kg build and its flags -------------------------------------------------------------------------------
_SNAPSHOT: Path | None = None


def snapshot_code(workdir: Path) -> Path:
    """Copy kg/ aside and build from the copy: an edit to the work tree during a run (others work in the same
    checkout) would otherwise change the output between runs and, through the extractor version, empty the cache."""
    global _SNAPSHOT
    dest = workdir / "code"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(ROOT / "kg", dest / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    _SNAPSHOT = dest
    os.environ["PYTHONPATH"] = str(dest) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return dest


def kg_command() -> list[str]:
    if _SNAPSHOT is not None:
        return [sys.executable, "-m", "kg.cli"]  # PYTHONPATH puts the snapshot first
    exe = Path(sys.executable).with_name("kg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "kg.cli"]


def build_flags() -> set[str]:
    """Options the installed `kg build` has: the lead adds --jobs, --no-cache, --dask-scheduler as they land."""
    out = subprocess.run([*kg_command(), "build", "--help"], capture_output=True, text=True,
                         cwd=_SNAPSHOT or ROOT)
    return {f for f in ("--jobs", "--no-cache", "--dask-scheduler", "--quiet") if f in out.stdout}


def build_cmd(corpus: Path, out: Path, flags: set[str], jobs: int | None = None, cache: bool = False) -> list[str]:
    cmd = [*kg_command(), "build", str(corpus), "--out", str(out)]
    if "--quiet" in flags:
        cmd.append("--quiet")
    if jobs is not None and "--jobs" in flags:
        cmd += ["--jobs", str(jobs)]
    if not cache and "--no-cache" in flags:
        cmd.append("--no-cache")
    return cmd


def report_of(out: Path) -> dict:
    try:
        return json.loads((out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


# -- corpora ------------------------------------------------------------------------------------------
def article_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)


def ensure_corpus(workdir: Path, n: int, seed: int) -> Path:
    """The corpus of n articles for seed, generated once and reused while complete."""
    corpus = workdir / f"corpus-{n}-s{seed}"
    if corpus.exists() and len(article_files(corpus)) == n:
        return corpus
    shutil.rmtree(corpus, ignore_errors=True)
    sys.path.insert(0, str(HERE))
    import generate_corpus

    t0 = time.perf_counter()
    size = generate_corpus.generate(n, corpus, seed=seed)
    print(f"  generated {n} articles ({size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s", flush=True)
    return corpus


# -- the bare pass ------------------------------------------------------------------------------------
def bare_pass(files: list[Path]) -> dict:
    """Read + decode + OpenCC t2s + jieba.lcut over the files, in this process: the floor a build is held to."""
    import jieba
    import opencc

    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    # Loading the dictionary and the converter is timed apart: a build pays it once, not per article.
    jieba.initialize()
    cc = opencc.OpenCC("t2s")
    init = time.perf_counter() - t0
    c0, t0 = time.process_time(), time.perf_counter()
    chars = tokens = 0
    for path in files:
        text = cc.convert(_decode(path.read_bytes())[0])
        tokens += len(jieba.lcut(text))
        chars += len(text)
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "init_seconds": init,
            "chars": chars, "tokens": tokens}


# -- the benchmark ------------------------------------------------------------------------------------
def bench_size(n: int, args, flags: set[str], results: dict) -> None:
    workdir: Path = args.workdir
    print(f"\n== {n} articles", flush=True)
    corpus = ensure_corpus(workdir, n, args.seed)
    files = article_files(corpus)
    row: dict = {"articles": n, "bytes": sum(p.stat().st_size for p in files)}
    bare = bare_pass(files)
    row["bare"] = bare
    print(f"  bare pass (read+decode+t2s+jieba.lcut): {bare['seconds']:.1f} s wall, {bare['cpu']:.1f} s CPU, "
          f"{n / bare['seconds']:.0f} articles/s (+{bare['init_seconds']:.1f} s to load jieba and OpenCC once)",
          flush=True)
    job_counts = (1, 2) if "--jobs" in flags else (1,)
    for jobs in job_counts:
        out = workdir / f"out-{n}-j{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        m = measure(build_cmd(corpus, out, flags, jobs=jobs), workdir / f"log-{n}-j{jobs}.txt")
        rep = report_of(out)
        m.update(articles_per_s=n / m["wall"], ttl_sha256=sha(out / "kg.ttl"),
                 triples=rep.get("triples"), skipped=len(rep.get("skipped", []) or []))
        row[f"jobs{jobs}"] = m
        print(f"  kg build --jobs {jobs}: {m['wall']:.1f} s wall, {m['cpu']:.1f} s CPU, {m['articles_per_s']:.1f} articles/s, "
              f"peak RSS {m['maxrss_mb']:.0f} MB (largest process), {m['tree_rss_mb']:.0f} MB (all processes, sampled); "
              f"{m['triples']} triples, {m['skipped']} skipped", flush=True)
    j1 = row["jobs1"]
    row["bare_ratio"] = j1["wall"] / bare["seconds"]
    row["bare_ratio_cpu"] = j1["cpu"] / bare["cpu"]
    print(f"  build/bare at --jobs 1: {row['bare_ratio']:.2f}x wall, {row['bare_ratio_cpu']:.2f}x CPU "
          f"(target <= {TARGET_BARE_RATIO}x)", flush=True)
    if "jobs2" in row:
        row["speedup"] = row["jobs2"]["articles_per_s"] / j1["articles_per_s"]
        row["identical_ttl"] = row["jobs2"]["ttl_sha256"] == j1["ttl_sha256"]
        print(f"  --jobs 2 / --jobs 1 articles/s: {row['speedup']:.2f}x (target >= {TARGET_SPEEDUP}x); "
              f"kg.ttl identical: {row['identical_ttl']}", flush=True)
    if n == args.rebuild_size:
        row["rebuild"] = rebuild(corpus, files, n, args, flags)
    results["sizes"].append(row)


def _decode(data: bytes) -> tuple[str, str]:
    """The corpus's text and its encoding: UTF-8, else GB18030, else Big5 (what the generator writes)."""
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), "utf-8"


def _changed(data: bytes) -> bytes:
    """The article with one more sentence, in the article's own encoding."""
    text, enc = _decode(data)
    extra = "今年一季度，该县新增输转农村劳动力1234人，实现劳务收入5678万元。"
    if "</p>" in text:
        text = text.replace("</p>", "</p>\n<p>" + extra + "</p>", 1)
    else:
        text = text.rstrip("\n") + "\n" + extra + "\n"
    return text.encode(enc)


def rebuild(corpus: Path, files: list[Path], n: int, args, flags: set[str]) -> dict:
    """Full build with the cache, change one article, build again into the same --out: the incremental cost."""
    workdir: Path = args.workdir
    out = workdir / f"out-{n}-rebuild"
    shutil.rmtree(out, ignore_errors=True)
    jobs = args.rebuild_jobs
    full = measure(build_cmd(corpus, out, flags, jobs=jobs, cache=True), workdir / f"log-{n}-full.txt")
    unchanged = measure(build_cmd(corpus, out, flags, jobs=jobs, cache=True), workdir / f"log-{n}-same.txt")
    victim = files[len(files) // 2]
    original, st = victim.read_bytes(), victim.stat()
    try:
        victim.write_bytes(_changed(original))
        changed = measure(build_cmd(corpus, out, flags, jobs=jobs, cache=True), workdir / f"log-{n}-changed.txt")
        rep = report_of(out)
    finally:
        # Put the corpus back as generated, so later runs reuse it unchanged.
        victim.write_bytes(original)
        os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
    res = {"jobs": jobs, "full": full, "unchanged": unchanged, "changed": changed,
           "from_cache": rep.get("from_cache"), "ratio": changed["wall"] / full["wall"],
           "ratio_unchanged": unchanged["wall"] / full["wall"], "changed_file": str(victim.relative_to(corpus))}
    print(f"  rebuild (--jobs {jobs}, cache in --out): full {full['wall']:.1f} s; nothing changed {unchanged['wall']:.2f} s "
          f"({res['ratio_unchanged']:.1%}); one article changed {changed['wall']:.2f} s = {res['ratio']:.1%} of the full build "
          f"(target <= {TARGET_REBUILD:.0%}); {res['from_cache']} articles from cache", flush=True)
    return res


def bench_seeds(args, flags: set[str], results: dict) -> None:
    walls = []
    for i in range(args.seed_runs):
        out = args.workdir / f"out-seeds-{i}"
        shutil.rmtree(out, ignore_errors=True)
        walls.append(measure(build_cmd(SEEDS, out, flags), args.workdir / "log-seeds.txt")["wall"])
    results["seeds"] = {"runs": walls, "min": min(walls), "median": statistics.median(walls)}
    print(f"\n== kg build seeds ({len(article_files(SEEDS)) or 5} articles, fresh --out): median {statistics.median(walls):.2f} s, "
          f"min {min(walls):.2f} s over {len(walls)} runs (target <= {TARGET_SEEDS_S} s)", flush=True)


def summary(results: dict) -> None:
    rows = results["sizes"]
    if not rows:
        return
    print("\n== peak RSS by corpus size (--jobs 1, largest process)")
    prev = None
    for row in rows:
        mb = row["jobs1"]["maxrss_mb"]
        growth = ""
        if prev:
            growth = f"  x{mb / prev[1]:.2f} for x{row['articles'] / prev[0]:.0f} articles"
        print(f"  {row['articles']:>7}: {mb:7.0f} MB{growth}")
        prev = (row["articles"], mb)
    print(f"  (target at 100000: <= {TARGET_RSS_MB} MB, growing sub-linearly from 10000)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--_measure"]:
        return _measure_main(argv[3:], argv[1])
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--full", action="store_true", help="also run 100000 articles")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed")
    ap.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "laowu-bench",
                    help="where corpora (kept and reused) and build outputs go")
    ap.add_argument("--rebuild-size", type=int, default=10000, help="corpus size for the one-changed-article rebuild")
    ap.add_argument("--rebuild-jobs", type=int, default=1, help="--jobs of the rebuild measurement")
    ap.add_argument("--seed-runs", type=int, default=3, help="runs of `kg build seeds`")
    ap.add_argument("--no-seeds", action="store_true", help="skip the `kg build seeds` timing")
    ap.add_argument("--live-code", action="store_true",
                    help="build with the work tree's kg/ as it changes, not a copy taken at the start")
    ap.add_argument("--json", action="store_true", help="print all figures as one JSON object at the end")
    args = ap.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()} | ({100000} if args.full else set()))
    if args.rebuild_size not in sizes:
        args.rebuild_size = max(s for s in sizes if s <= 10000) if any(s <= 10000 for s in sizes) else sizes[0]
    args.workdir.mkdir(parents=True, exist_ok=True)
    if not args.live_code:
        snapshot_code(args.workdir)
    flags = build_flags()
    print(f"kg build options found: {', '.join(sorted(flags)) or 'none'}; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine slows wall times)", flush=True)
    results: dict = {"code": str(_SNAPSHOT or ROOT / "kg"), "flags": sorted(flags), "cores": os.cpu_count(), "loadavg_start": os.getloadavg(), "sizes": []}
    if not args.no_seeds:
        bench_seeds(args, flags, results)
    for n in sizes:
        bench_size(n, args, flags, results)
    summary(results)
    results["loadavg_end"] = os.getloadavg()
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
