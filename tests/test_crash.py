"""kill -9 during a build: the previous graph, report and cache stay intact and the next build completes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kg.cache import ArticleCache, extractor_version
from tests.conftest import ROOT, SEEDS, run_kg

COPIES = 8  # x5 seeds (cut short) = 40 files = two batches (kg.build.BATCH_SIZE): the kill lands between them


def make_corpus(folder: Path, copies: int = COPIES) -> None:
    """Distinct files: each seed's head, told apart by a sentence naming its copy."""
    folder.mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        head = seed.read_text(encoding="utf-8")[:1000]
        for i in range(copies):
            extra = f"\n第{i + 1}批次，某县输转劳动力{100 + i}人。\n"
            (folder / f"{seed.stem}_{i:03d}.txt").write_text(head + extra, encoding="utf-8")


def cache_entries(out: Path) -> list[Path]:
    """The entries a reader can see: temporary files of atomic writes are hidden (.NAME.*.tmp)."""
    root = out / ".cache" / "laowu-kg" / extractor_version()
    return sorted(p for p in root.glob("*/*") if not p.name.startswith(".")) if root.exists() else []


def _kill_mid_build(corpus: Path, out: Path, before: int) -> bool:
    """Start a build and SIGKILL it once it has written its first new cache entry; True if killed mid-build."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if len(cache_entries(out)) > before:
                process.send_signal(signal.SIGKILL)  # the build's own process, as `kill -9 PID` does
                break
            time.sleep(0.005)
        killed = process.wait(timeout=60) == -signal.SIGKILL
    finally:
        # Pool workers would outlive it; end the group too (the one this test started).
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return killed


def test_kill_9_leaves_the_previous_graph_and_a_usable_cache(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    out = tmp_path / "out"
    # The previous good build: one seed.
    run_kg("build", str(sorted(SEEDS.glob("*.txt"))[0]), "--out", str(out), "-q", check=True)
    previous_graph = (out / "kg.ttl").read_bytes()
    previous_report = (out / "report.json").read_bytes()
    before = len(cache_entries(out))

    killed = _kill_mid_build(corpus, out, before)
    if killed:
        assert (out / "kg.ttl").read_bytes() == previous_graph
        assert (out / "report.json").read_bytes() == previous_report
    else:  # it finished before the kill landed: the outputs must then be the new, whole ones
        assert (out / "kg.ttl").read_bytes() != previous_graph
    json.loads((out / "report.json").read_text(encoding="utf-8"))
    # Whatever the kill interrupted, the visible outputs are only the build's own files.
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == {"kg.ttl", "report.json"}
    # Every cache entry a reader can see is whole (half-written ones are hidden temporary files).
    entries = cache_entries(out)
    assert len(entries) > before
    cache = ArticleCache(out / ".cache")
    assert all(cache.get(entry.stem, "any") is not None for entry in entries)

    # The next build completes, reuses what the killed one cached, and gives a clean build's bytes.
    run_kg("build", str(corpus), "--out", str(out), "-q", check=True)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 5 * COPIES and report["skipped"] == []
    assert report["from_cache"] >= len(entries) - before
    # What the killed build left half-done (temporary files, spill folders) is gone.
    assert {p.name for p in out.iterdir()} == {"kg.ttl", "report.json", ".cache", ".laowu-kg", ".laowu-kg.lock"}
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    clean = tmp_path / "clean"
    run_kg("build", str(corpus), "--out", str(clean), "--no-cache", "-q", check=True)
    assert (out / "kg.ttl").read_bytes() == (clean / "kg.ttl").read_bytes()
