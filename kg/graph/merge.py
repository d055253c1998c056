"""Merge triples from many articles into one sorted, de-duplicated stream with bounded memory."""
from __future__ import annotations

import heapq
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.graph.turtle import Triple, triple_key

# Triples held in memory before a sorted run is spilled to disk (~100 MB of strings).
RUN_SIZE = 400_000
# Spill folders are named after the building process, so that a later build can tell the folders of
# a killed one (which may hold gigabytes of runs) from those of a build still running beside it.
_SPILL_PREFIX = ".kg-merge-"
_SPILL_RE = re.compile(re.escape(_SPILL_PREFIX) + r"(\d+)-")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 sends nothing: it only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_stale_spills(workdir: str | os.PathLike) -> None:
    """Delete the spill folders that builds killed before they could clean up left in `workdir`."""
    try:
        entries = list(os.scandir(workdir))
    except OSError:
        return
    for entry in entries:
        m = _SPILL_RE.match(entry.name)
        if m and entry.is_dir(follow_symlinks=False) and not _alive(int(m[1])):
            shutil.rmtree(entry.path, ignore_errors=True)


def encode(triple: Triple) -> str:
    # Encoded terms never contain a raw tab or newline (terms.py escapes them), so a tab-separated
    # line holds one triple exactly.
    return "\t".join(triple)


def decode(line: str) -> Triple:
    s, p, o = line.rstrip("\n").split("\t", 2)
    return s, p, o


class TripleSorter:
    """Collect triples, spilling sorted runs to a temporary folder, then yield them merged."""

    def __init__(self, workdir: str | os.PathLike | None = None, run_size: int = RUN_SIZE):
        self.run_size = run_size
        self.buffer: set[Triple] = set()
        self.runs: list[Path] = []
        self._tmp = tempfile.TemporaryDirectory(prefix=f"{_SPILL_PREFIX}{os.getpid()}-", dir=workdir)

    def add(self, triples: Iterable[Triple]) -> None:
        self.buffer.update(triples)
        if len(self.buffer) >= self.run_size:
            self._spill()

    def _spill(self) -> None:
        path = Path(self._tmp.name) / f"run{len(self.runs):05d}.tsv"
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for triple in sorted(self.buffer, key=triple_key):
                out.write(encode(triple) + "\n")
        self.runs.append(path)
        self.buffer = set()

    def _read(self, path: Path) -> Iterator[Triple]:
        with open(path, encoding="utf-8", newline="\n") as stream:
            for line in stream:
                yield decode(line)

    def sorted(self) -> Iterator[Triple]:
        """Every distinct triple once, in Turtle order."""
        in_memory = sorted(self.buffer, key=triple_key)
        if not self.runs:
            yield from in_memory
            return
        streams = [self._read(path) for path in self.runs] + [iter(in_memory)]
        previous = None
        for triple in heapq.merge(*streams, key=triple_key):
            if triple != previous:
                yield triple
                previous = triple

    def close(self) -> None:
        self._tmp.cleanup()

    def __enter__(self) -> "TripleSorter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
