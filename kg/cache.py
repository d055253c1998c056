"""Per-article cache of extracted triples, so a rebuild re-extracts only new or changed articles."""
from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__
from kg.atomic import atomic_writer
from kg.graph.merge import decode, encode
from kg.graph.turtle import Triple

PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of the package's code and data: any change to either invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".tsv", ".txt", ".json", ".ttl", ".html", ".js", ".css"} \
                and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_digest(path: Path) -> str:
    """sha256 of a regular file's bytes; kg.ingest.IngestError for a pipe, device or missing file."""
    from kg.ingest import open_regular  # a plain open() of a pipe without a writer never returns

    digest = hashlib.sha256()
    with open_regular(path) as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class ArticleResult:
    """What building one file gave: its triples and fact counts, or the reason it was skipped."""

    source_file: str
    key: str = ""
    triples: list[Triple] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


class ArticleCache:
    """Files under DIR/<extractor version>/<key[:2]>/<key>.tsv: a JSON line of counts, then triples."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root) / extractor_version()

    @staticmethod
    def key(content_digest: str, source_file: str) -> str:
        # The file name is part of the key because it is part of the facts (lw:sourceFile).
        return hashlib.sha256(f"{content_digest}\x1f{source_file}".encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.tsv"

    def get(self, key: str, source_file: str) -> ArticleResult | None:
        path = self._path(key)
        try:
            with open(path, encoding="utf-8", newline="\n") as stream:
                counts = json.loads(stream.readline())
                triples = [decode(line) for line in stream]
        except (OSError, ValueError):
            # Missing, or unreadable after a crash: either way, extract again.
            return None
        return ArticleResult(source_file, key, triples, counts)

    def put(self, result: ArticleResult) -> None:
        with atomic_writer(self._path(result.key)) as stream:
            stream.write(json.dumps(result.counts, sort_keys=True) + "\n")
            for triple in result.triples:
                stream.write(encode(triple) + "\n")
