"""Where a build's time goes: seconds per pipeline stage over a corpus, in one process (`--jobs 1`, no cache).

Each stage function that kg.pipeline calls (read_document, normalize, find_regions, find_brands, ...) is
wrapped with a clock; the articles then go through kg.pipeline.process_file one by one, as a worker does.
The graph and the build loop are not timed here (bench_build.py times whole builds); the first article
also pays for loading the gazetteer and lexicons. Run it with the code to measure first on PYTHONPATH,
e.g. an earlier commit exported with git archive:  PYTHONPATH=/tmp/old python bench/bench_stages.py CORPUS
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def stage_times(corpus: Path) -> tuple[dict[str, float], float, int]:
    """({stage: seconds}, seconds for all articles, how many) for one pass over `corpus`."""
    import kg.pipeline as pipeline

    spent: collections.Counter[str] = collections.Counter()

    def clocked(name, function):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return run

    originals = {}
    for name, value in vars(pipeline).items():
        if callable(value) and (name.startswith(("find_", "link_", "read_")) or name == "normalize"):
            originals[name] = value
            setattr(pipeline, name, clocked(name, value))
    try:
        files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        start = time.perf_counter()
        for path in files:
            try:
                pipeline.process_file(path, str(path.relative_to(corpus)))
            except Exception as error:  # a bad article is the build's business; here it only costs its time
                print(f"{path}: {error}", file=sys.stderr)
        total = time.perf_counter() - start
    finally:
        for name, value in originals.items():
            setattr(pipeline, name, value)
    return dict(spent), total, len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of articles")
    parser.add_argument("--repeat", type=int, default=1, help="passes; the best time of each stage is shown")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: not a folder")
    best: dict[str, float] = {}
    best_total, count = float("inf"), 0
    for _ in range(args.repeat):
        spent, total, count = stage_times(args.corpus)
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
        best_total = min(best_total, total)
    print(f"{count} articles, {best_total:.2f} s through the pipeline ({count / best_total:.0f} articles/s)")
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"  {name:26s} {seconds:7.2f} s  {100 * seconds / best_total:5.1f} %")
    other = best_total - sum(best.values())
    print(f"  {'(between stages)':26s} {other:7.2f} s  {100 * other / best_total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
