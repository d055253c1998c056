"""Bulk-load a built graph into an on-disk Oxigraph store that `kg query --kg DIR` can open."""
from __future__ import annotations

import gc
import shutil
from pathlib import Path

from kg.owned import STORE_KIND, locked_folder, owned_or_absent, write_marker


def load_store(graph: str | Path, store_dir: str | Path) -> int:
    """Replace `store_dir` with a store holding `graph`; return its number of triples.

    Only a store this tool wrote (its marker inside) or an empty folder is replaced; anything else is
    refused with kg.errors.UsageError before a byte is written. The store is loaded beside the target
    and swapped in only when complete, so a crash leaves the previous store as it was.
    """
    import pyoxigraph

    target = Path(store_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with locked_folder(target.parent):
        return _replace_store(graph, target, pyoxigraph)


def _replace_store(graph: str | Path, target: Path, pyoxigraph) -> int:
    existed = owned_or_absent(target, "--store")
    loading = target.with_name(f".{target.name}.laowu-kg-loading")
    retired = target.with_name(f".{target.name}.laowu-kg-old")
    for leftover in (loading, retired):  # a killed build's: marked like any store this tool writes
        if owned_or_absent(leftover, "--store (leftover)"):
            shutil.rmtree(leftover)
    loading.mkdir()
    write_marker(loading, STORE_KIND)
    store = pyoxigraph.Store(str(loading))
    store.bulk_load(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
    store.flush()
    count = len(store)
    del store
    gc.collect()  # the store holds its files open until the object is gone
    if existed:
        target.rename(retired)
    loading.rename(target)
    if existed:
        shutil.rmtree(retired)
    return count
