"""Build a corpus into DIR/kg.ttl and DIR/report.json: cached, parallel, bounded in memory."""
from __future__ import annotations

import contextlib
import gc
import itertools
import json
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from kg import __version__
from kg.atomic import TMP_GLOB, atomic_write_text, atomic_writer, remove_stale_temporaries
from kg.cache import CACHE_NAME, ArticleCache, ArticleResult, CacheEntryError, DigestIndex, file_digest
from kg.errors import KgError, UsageError
from kg.graph.triples import vocabulary_triples
from kg.graph.turtle import line_triple, render, write_prefixes
from kg.ingest import IngestError, discover, display_name
from kg.model import BuildReport, Skipped
from kg.owned import check_store, locked, prepare_out

GRAPH_FILE = "kg.ttl"
REPORT_FILE = "report.json"
CACHE_DIR = ".cache"  # the cache itself is CACHE_DIR/laowu-kg (kg.cache.CACHE_NAME): the rest is not ours
DIGESTS_FILE = "digests.tsv"  # in the cache's own folder
# How long --dask-scheduler waits for a scheduler to answer before giving up (seconds).
DASK_TIMEOUT = 10
# Exit status of an interrupted build, as a shell reports a process killed by the signal: 128 + its number.
INTERRUPT_EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}

Progress = Callable[[int, int, str], None]

# Files per task: large enough that scheduling costs vanish, small enough to balance two cores.
BATCH_SIZE = 32
GEN0_THRESHOLD = 10_000  # see _run_local


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


class Interrupted(KgError):
    """SIGINT or SIGTERM stopped the build; the outputs are those of the previous build."""

    def __init__(self, signum: int, out: Path, graph_written: bool = False):
        name = signal.Signals(signum).name
        kept = f"{REPORT_FILE} is" if graph_written else f"{out / GRAPH_FILE} and {REPORT_FILE} are"
        super().__init__(f"interrupted ({name}); {kept} as they were")
        self.exit_code = INTERRUPT_EXIT.get(signum, 128 + signum)


class _Stopped(BaseException):
    """Raised by the SIGINT and SIGTERM handlers: a BaseException, which no `except Exception` around one
    article's extraction swallows."""


class _Signals:
    """Turns SIGTERM and Ctrl-C into Interrupted, so that temporary files are removed and workers ended
    on the way out (the default SIGTERM action would leave both).

    The handler raises wherever the signal lands, and cleanup code there may replace that exception
    with another (closing a file the interrupted call had half opened gives EBADF, which a caller may
    take for a bad input file). So the signal is also remembered: `check()` before each output is
    written, and the way out, stop the build whatever became of the exception.
    """

    HANDLED = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, out: Path):
        self.out = out
        self.signum: int | None = None
        self.previous: dict[int, object] = {}
        self.graph_written = False  # set once the new kg.ttl is in place

    def _on_signal(self, signum, frame):
        self.signum = signum
        raise _Stopped

    def check(self) -> None:
        if self.signum is not None:
            raise Interrupted(self.signum, self.out, self.graph_written)

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for signum in self.HANDLED:
                # A Ctrl-C ignored by whoever started us (nohup, a background job) stays ignored.
                if signal.getsignal(signum) not in (signal.SIG_IGN, None):
                    self.previous[signum] = signal.signal(signum, self._on_signal)
        return self

    def __exit__(self, kind, error, traceback) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)
        if self.signum is not None:
            raise Interrupted(self.signum, self.out, self.graph_written) from None
        if kind is not None and issubclass(kind, KeyboardInterrupt):
            raise Interrupted(signal.SIGINT, self.out, self.graph_written) from None


def _run_local(batches: list[list], jobs: int, cache_dir: str) -> Iterator[list[ArticleResult]]:
    # kg.worker brings in every extractor: imported only when there is something to extract.
    from kg.worker import process_batch, quiet_worker, warm_up

    # The tables loaded once (gazetteer, region automaton, jieba, lexicons, compiled patterns) live as long as
    # the build: frozen, the collector's full passes skip them (on the 1k corpus its full passes took 0.08 s,
    # frozen 0.02 s) and, before a fork, do not write to the pages the workers share. Unfrozen when done, so a
    # process that builds again can collect them. A young-generation pass every GEN0_THRESHOLD allocations
    # rather than 700: most of an article's objects are gone by then (passes: 0.10 s -> 0.06 s per 1k articles).
    threshold = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, *threshold[1:])
    try:
        if jobs <= 1 or len(batches) <= 1:
            for done, batch in enumerate(batches):
                yield process_batch(batch, cache_dir)
                if done == 0:
                    gc.freeze()  # the first batch has loaded what the build needs
            return
        import functools
        import multiprocessing

        # Load jieba, OpenCC and the gazetteer here, then fork: the workers share those pages
        # instead of each loading them again.
        warm_up()
        gc.freeze()
        context = multiprocessing.get_context("fork")
        with context.Pool(processes=jobs, initializer=quiet_worker) as pool:
            # Output order does not matter (blocks are sorted by article), so take batches as they finish.
            yield from pool.imap_unordered(functools.partial(process_batch, cache_dir=cache_dir), batches)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def check_dask_address(address: str) -> None:
    """UsageError unless `address` reads as a scheduler address: [PROTOCOL://]HOST:PORT."""
    try:
        from distributed.comm import parse_address, parse_host_port, registry
    except ImportError:  # an optional extra: say how to get it rather than show a traceback
        raise KgError("--dask-scheduler: needs Dask's distributed package: pip install 'laowu-kg[dask]'") from None

    try:
        protocol, location = parse_address(address)
        registry.get_backend(protocol)
        if protocol in ("tcp", "tls", "ws", "wss"):
            host, port = parse_host_port(location)
            if not host or not 0 < int(port) < 65536:
                raise ValueError(address)
    except (ValueError, TypeError):
        raise UsageError(f"--dask-scheduler {address}: not a scheduler address such as tcp://host:8786") from None


def _connect_dask(address: str):
    """A Client of the scheduler at `address`, or KgError after DASK_TIMEOUT seconds.

    Client's own timeout bounds the TCP connection but not the handshake: a listener that accepts and
    never answers (any service that is not Dask) would hold it until the peer closes. So the client is
    made in a thread of its own and given up on at the deadline.
    """
    import dask
    from distributed import Client

    outcome: dict = {}

    def connect() -> None:
        try:
            with dask.config.set({"distributed.comm.timeouts.connect": f"{DASK_TIMEOUT}s"}):
                outcome["client"] = Client(address, timeout=f"{DASK_TIMEOUT}s")
        except Exception as error:  # noqa: BLE001 - reported below as one line
            outcome["error"] = error

    thread = threading.Thread(target=connect, name="dask-connect", daemon=True)
    thread.start()
    thread.join(DASK_TIMEOUT + 1)
    if "client" in outcome:
        return outcome["client"]
    why = type(outcome["error"]).__name__ if "error" in outcome else "no answer"
    raise KgError(f"--dask-scheduler {address}: no Dask scheduler answered within {DASK_TIMEOUT} s ({why})")


def _run_dask(batches: list[list], address: str) -> Iterator[list[ArticleResult]]:
    from distributed import as_completed

    from kg.worker import process_batch

    client = _connect_dask(address)
    with client:
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
    if dask_scheduler:
        check_dask_address(dask_scheduler)
    # Every refusal comes before the first byte is written or deleted.
    prepare_out(out, [str(p) for p in paths])
    if store is not None:
        check_store(Path(store), out, [str(p) for p in paths])
    with locked(out), _Signals(out) as signals:
        report = None
        try:
            report = _build_locked(paths, out, jobs, dask_scheduler, use_cache, progress, store, started,
                                   signals)
        except CacheEntryError as error:
            raise KgError(f"{error}: cache entry changed during the build (by another program); "
                          "run the build again") from None
        except OSError as error:
            raise KgError(_cannot_write(out, error)) from None
        finally:
            if report is None:  # workers ended mid-write (the pool is gone by now) leave temporary files
                with contextlib.suppress(OSError):
                    _remove_stale_temporaries(out)
    return report


def _remove_stale_temporaries(out: Path) -> None:
    """Remove dead writers' temporary files from the out folder and the cache's own folder, nowhere else."""
    cache = f"{CACHE_DIR}/{CACHE_NAME}"
    for pattern in (TMP_GLOB, f"{cache}/{TMP_GLOB}", f"{cache}/*/{TMP_GLOB}", f"{cache}/*/*/{TMP_GLOB}"):
        remove_stale_temporaries(out, pattern)


def _cannot_write(out: Path, error: OSError) -> str:
    where = error.filename or out
    return f"{where}: {error.strerror or error}; {out / GRAPH_FILE} and {REPORT_FILE} are as they were"


def _build_locked(paths: Sequence[str], out: Path, jobs: int, dask_scheduler: str | None, use_cache: bool,
                  progress: Progress | None, store: str | Path | None, started: float,
                  signals: _Signals) -> BuildReport:
    report = BuildReport()
    files, skipped = discover(paths, exclude=out)
    report.skipped.extend(skipped)
    cache = ArticleCache(out / CACHE_DIR)
    _remove_stale_temporaries(out)
    shared: set[str] = set()  # encoded lines (kg.graph.turtle.triple_line): most repeat across articles
    built: dict[str, ArticleResult] = {}  # cache key -> the article's result, without its block
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
            result.block = ""
        shared.update(result.shared)
        result.shared = []
        built[result.key] = result
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
    report.cache_rejected = cache.rejected
    batches = _batches(todo, BATCH_SIZE)
    if not batches:
        runner: Iterator[list[ArticleResult]] = iter(())
    elif dask_scheduler:
        runner = _run_dask(batches, dask_scheduler)
    else:
        runner = _run_local(batches, jobs, str(out / CACHE_DIR))
    try:
        for results in runner:
            for result in results:
                take(result, fresh=True)
    finally:
        # On an error or interrupt too, so that pool workers are ended now, not when collected.
        close = getattr(runner, "close", None)
        if close is not None:
            close()

    report.facts = dict(sorted(counter.items()))
    if report.articles:
        header = f"laowu-kg {__version__}: {report.articles} articles"
        signals.check()
        with atomic_writer(out / GRAPH_FILE) as stream:
            write_prefixes(stream, header)
            text, count = render(itertools.chain(vocabulary_triples(), map(line_triple, shared)))
            stream.write(text)
            stream.flush()  # the blocks go to the byte stream below it, copied from the cache undecoded
            for _key, result in sorted(built.items(), key=lambda item: (item[1].node, item[0])):
                cache.copy_block(result, stream.buffer)
                count += result.own
            signals.check()  # a signal that landed while writing: the graph is not put in place
        signals.graph_written = True
        report.triples = count
        if store is not None:
            from kg.store import load_store

            signals.check()
            load_store(out / GRAPH_FILE, store)
    cache.prune(set(built))
    digests.save()
    if use_cache:
        cache.save_verified()
    report.skipped.sort(key=lambda s: s.source_file)
    report.seconds = round(time.perf_counter() - started, 3)
    signals.check()
    write_report(report, out / REPORT_FILE)
    return report


def write_report(report: BuildReport, path: Path) -> None:
    data = {
        "articles": report.articles,
        "from_cache": report.cached,
        # cache entries found damaged, edited or another article's, and extracted again
        "cache_rejected": report.cache_rejected,
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
    if report.cache_rejected:
        reused += f" ({report.cache_rejected} damaged cache entries extracted again)"
    return (
        f"{report.articles} articles{reused}, {len(report.skipped)} skipped, {facts} facts, "
        f"{report.triples} triples, {report.seconds:.2f} s"
    )


def print_skipped(report: BuildReport, stream=sys.stderr) -> None:
    from kg.safetext import visible  # a file name may carry ESC sequences: show them, never run them

    for item in report.skipped:
        print(visible(f"skipped {item.source_file}: {item.reason}", keep_layout=False), file=stream)

