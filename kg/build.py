"""Build a corpus into DIR/kg.ttl and DIR/report.json: cached, parallel, bounded in memory."""
from __future__ import annotations

import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from kg import __version__
from kg.atomic import atomic_write_text, atomic_writer, remove_stale_temporaries
from kg.cache import ArticleCache, ArticleResult, DigestIndex, file_digest
from kg.graph.triples import vocabulary_triples
from kg.graph.turtle import line_triple, render, write_prefixes
from kg.ingest import IngestError, discover, display_name
from kg.model import BuildReport, Skipped

GRAPH_FILE = "kg.ttl"
REPORT_FILE = "report.json"
CACHE_DIR = ".cache"
DIGESTS_FILE = "digests.tsv"  # in CACHE_DIR

Progress = Callable[[int, int, str], None]

# Files per task: large enough that scheduling costs vanish, small enough to balance two cores.
BATCH_SIZE = 32


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _run_local(batches: list[list], jobs: int, cache_dir: str) -> Iterator[list[ArticleResult]]:
    # kg.worker brings in every extractor: imported only when there is something to extract.
    from kg.worker import process_batch, warm_up

    if jobs <= 1 or len(batches) <= 1:
        for batch in batches:
            yield process_batch(batch, cache_dir)
        return
    import functools
    import multiprocessing

    # Load jieba, OpenCC and the gazetteer here, then fork: the workers share those pages
    # instead of each loading them again.
    warm_up()
    context = multiprocessing.get_context("fork")
    with context.Pool(processes=jobs) as pool:
        # Output order does not matter (blocks are sorted by article), so take batches as they finish.
        yield from pool.imap_unordered(functools.partial(process_batch, cache_dir=cache_dir), batches)


def _run_dask(batches: list[list], address: str) -> Iterator[list[ArticleResult]]:
    from distributed import Client, as_completed

    from kg.worker import process_batch

    with Client(address) as client:
        futures = client.map(process_batch, batches, pure=False)
        for _, results in as_completed(futures, with_results=True):
            yield results


def build(
    paths: Sequence[str],
    out_dir: str | Path,
    jobs: int = 1,
    dask_scheduler: str | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    store: str | Path | None = None,
) -> BuildReport:
    """Build every article under `paths` into `out_dir`; bad files are reported, never fatal.

    Each article's facts are kept in the cache as the triples it shares with others (regions,
    brands, programs) and a ready Turtle block of its own nodes; the graph is the shared triples,
    sorted, followed by the blocks in article order. Memory holds the shared triples only.
    """
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport()
    files, skipped = discover(paths)
    report.skipped.extend(skipped)
    for pattern in (".*.tmp", f"{CACHE_DIR}/.*.tmp", f"{CACHE_DIR}/*/*/.*.tmp"):
        remove_stale_temporaries(out, pattern)
    cache = ArticleCache(out / CACHE_DIR)
    shared: set[str] = set()  # encoded lines (kg.graph.turtle.triple_line): most repeat across articles
    built: dict[str, tuple[str, int, int]] = {}  # cache key -> (article node, own triples, block offset)
    counter: Counter = Counter()
    done = 0

    def take(result: ArticleResult, fresh: bool) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(files), result.source_file)
        if result.error is not None:
            report.skipped.append(Skipped(result.source_file, result.error))
            return
        if result.key in built:
            return  # the same file named twice on the command line
        if not fresh:
            report.cached += 1
        elif not result.stored:
            result.offset = cache.put(result)
        shared.update(result.shared)
        built[result.key] = (result.node, result.own, result.offset)
        counter.update(result.counts)
        report.articles += 1

    digests = DigestIndex(cache.base / DIGESTS_FILE, compute=file_digest, trust=use_cache)
    todo = []
    for path, source_file in files:
        try:
            key = ArticleCache.key(digests.digest(path), source_file)
        except IngestError as error:  # removed, or replaced by a folder or a pipe, since discover
            take(ArticleResult(source_file, error=error.reason), False)
            continue
        except OSError as error:
            take(ArticleResult(source_file, error=f"cannot read: {error.strerror or error}"), False)
            continue
        cached = cache.get(key, source_file) if use_cache else None
        if cached is not None:
            take(cached, fresh=False)
        else:
            todo.append((str(path), source_file, key))
    batches = _batches(todo, BATCH_SIZE)
    if not batches:
        runner: Iterator[list[ArticleResult]] = iter(())
    elif dask_scheduler:
        runner = _run_dask(batches, dask_scheduler)
    else:
        runner = _run_local(batches, jobs, str(cache.base))
    for results in runner:
        for result in results:
            take(result, fresh=True)

    report.facts = dict(sorted(counter.items()))
    if report.articles:
        header = f"laowu-kg {__version__}: {report.articles} articles"
        with atomic_writer(out / GRAPH_FILE) as stream:
            write_prefixes(stream, header)
            text, count = render(itertools.chain(vocabulary_triples(), map(line_triple, shared)))
            stream.write(text)
            stream.flush()  # the blocks go to the byte stream below it, copied from the cache undecoded
            for key, (_, own, offset) in sorted(built.items(), key=lambda item: (item[1][0], item[0])):
                cache.copy_block(key, offset, stream.buffer)
                count += own
        report.triples = count
        if store is not None:
            from kg.store import load_store

            load_store(out / GRAPH_FILE, store)
    cache.prune(set(built))
    digests.save()
    report.skipped.sort(key=lambda s: s.source_file)
    report.seconds = round(time.perf_counter() - started, 3)
    write_report(report, out / REPORT_FILE)
    return report


def write_report(report: BuildReport, path: Path) -> None:
    data = {
        "articles": report.articles,
        "from_cache": report.cached,
        # display_name: a caller may pass names that are not valid UTF-8 (kg.ingest.discover does not).
        "skipped": [{"file": display_name(s.source_file), "reason": s.reason} for s in report.skipped],
        "facts": report.facts,
        "triples": report.triples,
        "seconds": report.seconds,
    }
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def summary(report: BuildReport) -> str:
    facts = sum(report.facts.values())
    reused = f" ({report.cached} from cache)" if report.cached else ""
    return (
        f"{report.articles} articles{reused}, {len(report.skipped)} skipped, {facts} facts, "
        f"{report.triples} triples, {report.seconds:.2f} s"
    )


def print_skipped(report: BuildReport, stream=sys.stderr) -> None:
    from kg.safetext import visible  # a file name may carry ESC sequences: show them, never run them

    for item in report.skipped:
        print(visible(f"skipped {item.source_file}: {item.reason}", keep_layout=False), file=stream)

