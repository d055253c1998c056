"""Per-article cache of built facts, so a rebuild re-extracts only new or changed articles."""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kg import __version__
from kg.atomic import atomic_writer
from kg.graph.turtle import Triple

PACKAGE = Path(__file__).resolve().parent
# What the graph does not depend on: changing these must not empty users' caches.
_NOT_EXTRACTION = ("explore", "query", "cli.py", "validate.py", "data/explorer", "data/ontology")


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of the code and data that make the graph: any change to them invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE).as_posix()
        if not path.is_file() or "__pycache__" in relative or relative.startswith(_NOT_EXTRACTION):
            continue
        if path.suffix in {".py", ".tsv", ".txt", ".json"}:
            digest.update(relative.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes; IngestError when it is gone or no longer a regular file."""
    from kg.ingest import open_regular

    digest = hashlib.sha256()
    with open_regular(path) as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class ArticleResult:
    """What building one file gave, or the reason it was skipped.

    `shared` holds triples about nodes that other articles may state too (regions, brands,
    programs); `block` is the Turtle of the nodes minted for this article alone, ready to copy
    into the graph.
    """

    source_file: str
    key: str = ""
    node: str = ""
    shared: list[Triple] = field(default_factory=list)
    block: str = ""
    own: int = 0  # triples in `block`
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    stored: bool = False  # already in the cache (written by the worker that built it)


class ArticleCache:
    """Files DIR/<extractor version>/<key[:2]>/<key>.ttlc: a JSON header, shared triples, the block."""

    def __init__(self, root: str | os.PathLike):
        self.base = Path(root)
        self.root = self.base / extractor_version()

    @staticmethod
    def key(content_digest: str, source_file: str) -> str:
        # The file name is part of the key because it is part of the facts (lw:sourceFile).
        return hashlib.sha256(f"{content_digest}\x1f{source_file}".encode("utf-8", "surrogatepass")).hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.ttlc"

    def get(self, key: str, source_file: str) -> ArticleResult | None:
        """The cached result without its block (read later by copy_block), or None."""
        try:
            with open(self.path(key), encoding="utf-8", newline="\n") as stream:
                header = json.loads(stream.readline())
                shared = [_decode(stream.readline()) for _ in range(header["shared"])]
        except (OSError, ValueError, KeyError):
            # Missing, or unreadable after a crash: either way, extract again.
            return None
        return ArticleResult(source_file, key, header["node"], shared, "", header["own"], header["counts"])

    def put(self, result: ArticleResult) -> None:
        # Not durable: a cache entry lost to a power cut is only extracted again.
        with atomic_writer(self.path(result.key), durable=False) as stream:
            header = {"node": result.node, "shared": len(result.shared), "own": result.own,
                      "counts": result.counts}
            stream.write(json.dumps(header, sort_keys=True) + "\n")
            for triple in result.shared:
                stream.write("\t".join(triple) + "\n")
            stream.write(result.block)

    def copy_block(self, key: str, out: TextIO) -> None:
        with open(self.path(key), encoding="utf-8", newline="\n") as stream:
            header = json.loads(stream.readline())
            for _ in range(header["shared"]):
                stream.readline()
            shutil.copyfileobj(stream, out)

    def prune(self, keep: set[str]) -> int:
        """Remove entries not in `keep` and caches of other extractor versions; return how many."""
        removed = 0
        if self.base.is_dir():
            for other in self.base.iterdir():
                if other.is_dir() and other != self.root:
                    shutil.rmtree(other, ignore_errors=True)
        for entry in self._entries():
            if entry.stem not in keep:
                entry.unlink(missing_ok=True)
                removed += 1
        return removed

    def _entries(self) -> Iterator[Path]:
        if self.root.is_dir():
            yield from self.root.glob("*/*.ttlc")


def _decode(line: str) -> Triple:
    # Encoded terms never contain a raw tab or newline (terms.py escapes them).
    s, p, o = line.rstrip("\n").split("\t", 2)
    return s, p, o
