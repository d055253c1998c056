"""The build machinery: cache reuse, parallel jobs, bounded-memory merging, atomic output."""
from __future__ import annotations

import json
import shutil

from tests.conftest import SEEDS, run_kg


def report(out) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_parallel_build_gives_the_same_bytes(tmp_path, built_seeds):
    run_kg("build", str(SEEDS), "--out", str(tmp_path), "--jobs", "2", "--no-cache", check=True)
    assert (tmp_path / "kg.ttl").read_bytes() == (built_seeds / "kg.ttl").read_bytes()


def test_rebuild_reuses_the_cache_for_unchanged_articles(tmp_path, built_seeds):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    out = tmp_path / "out"
    run_kg("build", str(corpus), "--out", str(out), check=True)
    first = (out / "kg.ttl").read_bytes()
    assert report(out)["from_cache"] == 0
    run_kg("build", str(corpus), "--out", str(out), check=True)
    assert report(out)["from_cache"] == 5
    assert (out / "kg.ttl").read_bytes() == first
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新增一段：某县输转劳动力100人。\n", encoding="utf-8")
    run_kg("build", str(corpus), "--out", str(out), check=True)
    assert report(out)["from_cache"] == 4


def test_a_corrupt_cache_entry_is_rebuilt_not_trusted(tmp_path, built_seeds):
    out = tmp_path / "out"
    run_kg("build", str(SEEDS), "--out", str(out), check=True)
    for entry in (out / ".cache").rglob("*.ttlc"):
        entry.write_text("{not json", encoding="utf-8")
    run_kg("build", str(SEEDS), "--out", str(out), check=True)
    assert report(out)["from_cache"] == 0
    assert (out / "kg.ttl").read_bytes() == (built_seeds / "kg.ttl").read_bytes()


def test_leftovers_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    import os
    import subprocess

    from kg.atomic import remove_stale_temporaries

    child = subprocess.Popen(["true"])  # once it has exited, its pid names a dead writer
    child.wait()
    (tmp_path / f".laowu-kg-tmp.kg.ttl.{child.pid}.abc.tmp").write_text("half", encoding="utf-8")
    (tmp_path / f".laowu-kg-tmp.kg.ttl.{os.getppid()}.def.tmp").write_text("in progress", encoding="utf-8")
    assert remove_stale_temporaries(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == [f".laowu-kg-tmp.kg.ttl.{os.getppid()}.def.tmp"]


def test_store_option_loads_an_oxigraph_store_that_kg_query_reads(tmp_path, built_seeds):
    store = tmp_path / "store"
    run_kg("build", str(SEEDS), "--out", str(tmp_path / "out"), "--store", str(store), check=True)
    assert store.is_dir()
    from_store = run_kg("query", "queries/brand_destinations.rq", "--kg", str(store), "--format", "csv", check=True)
    from_file = run_kg("query", "queries/brand_destinations.rq", "--kg", str(built_seeds / "kg.ttl"),
                       "--format", "csv", check=True)
    assert from_store.stdout == from_file.stdout
    assert "紫阳修脚" in from_store.stdout
    # A second build swaps a fresh store in whole.
    run_kg("build", str(SEEDS), "--out", str(tmp_path / "out"), "--store", str(store), check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "store"]
