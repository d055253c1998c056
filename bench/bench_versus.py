"""Time `kg build --jobs 1` of this checkout against an earlier commit, back to back on one corpus: the ratio.

Issue 16 holds the build to at most 1.5x the time of the code it started from. Timings of one build
drift by 10 % with the machine's load, so a ratio is only worth reading when both versions run on the
same corpus, alternately (A B B A …), on the same interpreter: that is what this script does.

The earlier commit is exported with `git archive` into a temporary folder (never a checkout of yours),
and each build runs as `python -m kg.cli build CORPUS --out TMP --jobs 1 --no-cache -q` with that tree
first on PYTHONPATH. CPU time is the child's user + system time; wall time is printed beside it.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5  # issue 16: the build at --jobs 1 at most 1.5x the reference's time


def export_commit(commit: str, into: Path) -> Path:
    """The tree of `commit` written under `into` (via git archive); the folder that holds kg/."""
    tree = into / f"ref-{commit}"
    tree.mkdir()
    archive = into / "ref.tar"
    with open(archive, "wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit], stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    archive.unlink()
    return tree


def timed_build(tree: Path, corpus: Path, scratch: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one cold build of `corpus` by the code in `tree`."""
    out = scratch / "out"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--jobs", "1",
                    "--no-cache", "-q"], cwd=scratch, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    shutil.rmtree(out, ignore_errors=True)
    return cpu, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of articles (e.g. one made by generate_corpus.py)")
    parser.add_argument("--ref", required=True, metavar="COMMIT", help="the earlier commit to compare with")
    parser.add_argument("--rounds", type=int, default=2,
                        help="rounds of (reference, this checkout) in alternating order (default 2)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: not a folder")
    args.corpus = args.corpus.resolve()  # the builds run in a scratch folder
    with tempfile.TemporaryDirectory(prefix="laowu-versus-") as tmp:
        scratch = Path(tmp)
        trees = {"reference": export_commit(args.ref, scratch), "this checkout": ROOT}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for n in range(args.rounds):
            order = list(trees) if n % 2 == 0 else list(reversed(trees))
            for name in order:
                cpu, wall = timed_build(trees[name], args.corpus, scratch)
                times[name].append((cpu, wall))
                print(f"round {n + 1}: {name:13s} cpu {cpu:7.2f} s   wall {wall:7.2f} s", flush=True)
    ref_cpu = statistics.median(c for c, _ in times["reference"])
    new_cpu = statistics.median(c for c, _ in times["this checkout"])
    ratio = new_cpu / ref_cpu
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"median cpu: reference ({args.ref}) {ref_cpu:.2f} s, this checkout {new_cpu:.2f} s: "
          f"{ratio:.3f}x ({verdict} the {TARGET_RATIO}x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
