"""Per-article cache of built facts, so a rebuild re-extracts only new or changed articles."""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg import __version__
from kg.atomic import atomic_write_bytes, atomic_writer

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


class DigestIndex:
    """The content digests of an earlier build, reused while a file's inode, size, mtime and ctime are unchanged.

    Hashing every article is most of a rebuild in which little changed. Like make and git, this trusts
    the file system's times; ctime cannot be set by a user, so a file rewritten with the same size and a
    restored mtime is still noticed. A file changed within the clock's granularity of being looked at
    (git's "racily clean" case) would keep its times, so digests of files changed in the last few seconds
    are not kept.
    """

    RACY_NS = 3_000_000_000

    def __init__(self, path: str | os.PathLike, compute=None, trust: bool = True):
        self.path = Path(path)
        self.compute = compute or file_digest
        self.known: dict[tuple[int, int], tuple[int, int, int, str]] = {}
        self.seen: dict[tuple[int, int], tuple[int, int, int, str]] = {}
        if trust:
            try:
                with open(self.path, encoding="ascii") as stream:
                    for line in stream:
                        dev, ino, size, mtime, ctime, digest = line.split()
                        self.known[int(dev), int(ino)] = (int(size), int(mtime), int(ctime), digest)
            except (OSError, ValueError):
                self.known.clear()  # none yet, or damaged: hash every file

    def digest(self, path: str | os.PathLike) -> str:
        """sha256 of the file's bytes, as file_digest gives it."""
        try:
            st = os.stat(path)
        except OSError:
            return self.compute(path)  # it says why, in the words the build reports
        identity = (st.st_dev, st.st_ino)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        known = self.known.get(identity)
        if known is not None and known[:3] == stamp:
            self.seen[identity] = known
            return known[3]
        value = self.compute(path)
        if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > self.RACY_NS:
            self.seen[identity] = (*stamp, value)
        return value

    def save(self) -> None:
        """Keep the digests of the files this build looked at (and only those)."""
        with atomic_writer(self.path, durable=False) as stream:
            for (dev, ino), (size, mtime, ctime, digest) in sorted(self.seen.items()):
                stream.write(f"{dev} {ino} {size} {mtime} {ctime} {digest}\n")


@dataclass
class ArticleResult:
    """What building one file gave, or the reason it was skipped.

    `shared` holds triples about nodes that other articles may state too (regions, brands,
    programs), each as one line "subject<TAB>predicate<TAB>object" of Turtle terms; `block` is the
    Turtle of the nodes minted for this article alone, ready to copy into the graph.
    """

    source_file: str
    key: str = ""
    node: str = ""
    shared: list[str] = field(default_factory=list)
    block: str = ""
    own: int = 0  # triples in `block`
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    stored: bool = False  # already in the cache (written by the worker that built it)
    offset: int = 0  # where the block starts in the stored cache entry, in bytes


class ArticleCache:
    """Files DIR/<extractor version>/<key[:2]>/<key>.ttlc, UTF-8: a JSON header line, the shared
    triples a line each, then the block. The header gives the shared lines' length in bytes, so one
    read takes everything but the block, and the block is later copied from its offset unread."""

    def __init__(self, root: str | os.PathLike):
        self.base = Path(root)
        self.root = self.base / extractor_version()
        self._root = str(self.root)

    @staticmethod
    def key(content_digest: str, source_file: str) -> str:
        # The file name is part of the key because it is part of the facts (lw:sourceFile).
        return hashlib.sha256(f"{content_digest}\x1f{source_file}".encode("utf-8", "surrogatepass")).hexdigest()

    def path(self, key: str) -> str:
        return os.path.join(self._root, key[:2], key + ".ttlc")

    def get(self, key: str, source_file: str) -> ArticleResult | None:
        """The cached result without its block (copy_block copies that from `offset`), or None."""
        try:
            with open(self.path(key), "rb") as stream:
                first = stream.readline()
                header = json.loads(first)
                size = header["shared_bytes"]
                lines = stream.read(size)
            shared = lines.decode("utf-8").split("\n")
            if len(lines) != size or shared.pop() != "" or len(shared) != header["shared"]:
                return None  # cut short: extract again
            return ArticleResult(source_file, key, header["node"], shared, "", header["own"], header["counts"],
                                 offset=len(first) + size)
        except (OSError, ValueError, KeyError, TypeError):
            # Missing, or unreadable after a crash: either way, extract again.
            return None

    def put(self, result: ArticleResult) -> int:
        """Store `result`; return where its block starts in the entry."""
        lines = "".join(line + "\n" for line in result.shared).encode("utf-8")
        header = {"node": result.node, "shared": len(result.shared), "shared_bytes": len(lines),
                  "own": result.own, "counts": result.counts}
        first = (json.dumps(header, sort_keys=True) + "\n").encode("utf-8")
        # Not durable: a cache entry lost to a power cut is only extracted again.
        atomic_write_bytes(self.path(result.key), first + lines + result.block.encode("utf-8"))
        return len(first) + len(lines)

    def copy_block(self, key: str, offset: int, out: BinaryIO) -> None:
        """Copy the stored block of `key`, which starts `offset` bytes into its entry, to a binary stream."""
        with open(self.path(key), "rb") as stream:
            stream.seek(offset)
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
