"""The per-article work of a build, shaped to run in a process pool or on a Dask worker."""
from __future__ import annotations

from pathlib import Path

from kg.cache import ArticleCache, ArticleResult
from kg.gazetteer import Gazetteer
from kg.graph.triples import article_node, own_triples, shared_lines
from kg.graph.turtle import render
from kg.ingest import IngestError
from kg.model import ArticleFacts
from kg.pipeline import process_file


def warm_up() -> None:
    """Load the gazetteer, jieba and OpenCC once per worker process rather than per article."""
    from kg.model import Document
    from kg.pipeline import extract
    from kg.normalize import normalize

    from kg.extract.regions import preload

    Gazetteer.load()
    preload()
    extract(normalize(Document(source_file="warm-up", body="甘肃省张掖市甘州区输转劳动力1万人。")))


def count_facts(facts: ArticleFacts) -> dict[str, int]:
    return {
        "brand_destinations": len(facts.brand_destinations),
        "brands": len(facts.brands),
        "flows": len(facts.flows),
        "observations": len(facts.observations),
        "programs": len(facts.programs),
        "regions": len(facts.regions.codes),
    }


def process_one(path: str, source_file: str, key: str) -> ArticleResult:
    try:
        facts = process_file(Path(path), source_file)
        block, count = render(own_triples(facts))
        shared = shared_lines(facts, Gazetteer.load())
    except IngestError as error:
        return ArticleResult(source_file, key, error=str(error))
    except RecursionError:
        return ArticleResult(source_file, key, error="document nested too deeply to read")
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the corpus
        return ArticleResult(source_file, key, error=f"extraction failed: {type(error).__name__}: {error}")
    return ArticleResult(source_file, key, article_node(facts), sorted(shared), block, count,
                         count_facts(facts))


def process_batch(batch: list[tuple[str, str, str]], cache_dir: str | None = None) -> list[ArticleResult]:
    """Build each (path, source file, cache key) of a batch.

    With `cache_dir` (a worker on the build's own machine) each result is stored in the cache here and
    comes back without its Turtle block: the bulk of the output then never passes through the parent,
    which would otherwise serialise every worker's writing. A remote worker leaves the storing to the parent.
    """
    results = [process_one(path, source_file, key) for path, source_file, key in batch]
    if cache_dir is not None:
        cache = ArticleCache(cache_dir)
        for result in results:
            if result.error is None:
                result.offset = cache.put(result)
                result.block, result.stored = "", True
    return results


def quiet_worker() -> None:
    """Set up a pool worker: the parent alone answers Ctrl-C and SIGTERM, and ends its workers itself.

    Forked workers inherit the parent's handlers, which would print a traceback each; with the default
    SIGTERM action they end silently when the parent terminates the pool, and Linux ends them too
    should the parent die without doing so (kill -9).
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the parent's own terminate() still ends them
