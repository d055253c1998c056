"""Bulk-load a built graph into an on-disk Oxigraph store that `kg query --kg DIR` can open."""
from __future__ import annotations

import gc
import shutil
from pathlib import Path


def is_store(path: str | Path) -> bool:
    """A folder, rather than an RDF file: an Oxigraph store written by `kg build --store`."""
    return Path(path).is_dir()


def load_store(graph: str | Path, store_dir: str | Path) -> int:
    """Replace `store_dir` with a store holding `graph`; return its number of triples.

    The store is loaded beside the target and swapped in only when complete, so a crash leaves
    the previous store as it was.
    """
    import pyoxigraph

    target = Path(store_dir)
    loading = target.with_name(f".{target.name}.loading")
    retired = target.with_name(f".{target.name}.old")
    for leftover in (loading, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    store = pyoxigraph.Store(str(loading))
    store.bulk_load(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
    store.flush()
    count = len(store)
    del store
    gc.collect()  # the store holds its files open until the object is gone
    if target.exists():
        target.rename(retired)
    loading.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    return count
