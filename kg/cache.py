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
    stamp: tuple[int, int, int, int] | None = None  # (inode, size, mtime, ctime) of the entry get() checked


def _stamp(status: os.stat_result) -> tuple[int, int, int, int]:
    return status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns


class CacheEntryError(Exception):
    """A cache entry changed between being checked and being copied into the graph."""


# The cache's own folder inside OUT/.cache: the build deletes nothing in OUT/.cache outside it.
CACHE_NAME = "laowu-kg"
_VERSION_CHARS = frozenset("0123456789abcdef")


class ArticleCache:
    """Files DIR/laowu-kg/<extractor version>/<key[:2]>/<key>.ttlc, UTF-8: a JSON header line, the
    shared triples a line each, then the block. The header gives the shared lines' length in bytes,
    the key the entry was stored under and a sha256 of the whole entry (header included), so an entry
    edited, cut short or swapped with another article's is noticed and extracted again. The block is
    copied to the graph from its offset without being decoded."""

    VERIFIED_FILE = "verified.tsv"  # in the version folder
    DAMAGED = "damaged"  # what the verified index records for an entry whose bytes do not match its digest

    def __init__(self, root: str | os.PathLike):
        self.base = Path(root) / CACHE_NAME
        self.root = self.base / extractor_version()
        self._root = str(self.root)
        self.rejected = 0  # entries found but not trusted by get()

    @functools.cached_property
    def verified(self) -> DigestIndex:
        """The entries found whole before. Hashing every entry would be a fifth of a rebuild in which
        nothing changed; as for the input files, an entry checked whole is not hashed again while its
        inode, size, mtime and ctime stay the same. An edit, a truncation or a rename onto it changes one
        of them. Read only by a cache that is read from (a worker's only writes)."""
        return DigestIndex(self.root / self.VERIFIED_FILE, compute=self._whole_digest)

    @staticmethod
    def key(content_digest: str, source_file: str) -> str:
        # The file name is part of the key because it is part of the facts (lw:sourceFile).
        return hashlib.sha256(f"{content_digest}\x1f{source_file}".encode("utf-8", "surrogatepass")).hexdigest()

    def path(self, key: str) -> str:
        return os.path.join(self._root, key[:2], key + ".ttlc")

    @staticmethod
    def _digest(header: dict, body: bytes) -> str:
        digest = hashlib.sha256(json.dumps(header, sort_keys=True).encode("utf-8"))
        digest.update(b"\n")
        digest.update(body)
        return digest.hexdigest()

    @classmethod
    def _check(cls, data: bytes) -> dict | None:
        """The header (its digest included) of a whole, unedited entry; None for anything else."""
        newline = data.find(b"\n")
        try:
            header = json.loads(data[:newline]) if newline > 0 else None
        except ValueError:
            return None
        if not isinstance(header, dict):
            return None
        claimed = header.pop("digest", None)
        try:
            if not isinstance(claimed, str) or cls._digest(header, data[newline + 1:]) != claimed:
                return None
        except TypeError:  # not JSON-encodable as written: never one of ours
            return None
        header["digest"] = claimed
        return header

    @classmethod
    def _whole_digest(cls, path: str | os.PathLike) -> str:
        """The digest an entry claims, when its bytes match it; DAMAGED otherwise."""
        with open(path, "rb") as stream:
            header = cls._check(stream.read())
        # The digest is kept in a whitespace-separated index: anything else stands for damage.
        return header["digest"] if header is not None and header["digest"].isalnum() else cls.DAMAGED

    def get(self, key: str, source_file: str) -> ArticleResult | None:
        """The cached result without its block (copy_block copies that from `offset`), or None."""
        path = self.path(key)
        try:
            whole = self.verified.digest(path) != self.DAMAGED
            with open(path, "rb") as stream:
                first = stream.readline()
                header = json.loads(first) if whole else None
                size = header["shared_bytes"] if whole else 0
                lines = stream.read(size)
                status = os.fstat(stream.fileno())
        except FileNotFoundError:
            return None  # none yet: extract
        except (OSError, ValueError, KeyError, TypeError):
            header = None
        try:
            if header is None or header["key"] != key:
                raise ValueError("damaged, edited, or another article's")
            shared = lines.decode("utf-8").split("\n")
            if len(lines) != size or shared.pop() != "" or len(shared) != header["shared"]:
                raise ValueError("shared lines")
            result = ArticleResult(source_file, key, header["node"], shared, "", header["own"], header["counts"],
                                   offset=len(first) + size)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            self.rejected += 1  # extract again
            return None
        result.stamp = _stamp(status)
        return result

    def save_verified(self) -> None:
        """Remember the entries this build found whole (and only those it looked at)."""
        if "verified" in self.__dict__ and self.root.is_dir():
            self.verified.save()

    def put(self, result: ArticleResult) -> int:
        """Store `result`; return where its block starts in the entry."""
        lines = "".join(line + "\n" for line in result.shared).encode("utf-8")
        body = lines + result.block.encode("utf-8")
        header = {"key": result.key, "node": result.node, "shared": len(result.shared),
                  "shared_bytes": len(lines), "own": result.own, "counts": result.counts}
        header["digest"] = self._digest(header, body)
        first = (json.dumps(header, sort_keys=True) + "\n").encode("utf-8")
        # Not durable: a cache entry lost to a power cut is only extracted again.
        atomic_write_bytes(self.path(result.key), first + body)
        return len(first) + len(lines)

    def copy_block(self, result: ArticleResult, out: BinaryIO) -> None:
        """Copy the stored block of `result` to a binary stream.

        An entry get() checked is copied unread while its inode, size, mtime and ctime are those get()
        saw; any other (a worker's fresh entry, or one changed since) is checked again first.
        """
        with open(self.path(result.key), "rb") as stream:
            status = os.fstat(stream.fileno())
            if result.stamp == _stamp(status):
                stream.seek(result.offset)
                shutil.copyfileobj(stream, out)
                return
            data = stream.read()
        header = self._check(data)
        if header is None or header.get("key") != result.key or header.get("node") != result.node:
            raise CacheEntryError(self.path(result.key))
        out.write(memoryview(data)[data.index(b"\n") + 1 + header["shared_bytes"]:])

    def prune(self, keep: set[str]) -> int:
        """Remove entries not in `keep` and caches of other extractor versions; return how many.

        Only names the cache itself makes are removed: version folders of 16 hex digits under its own
        folder, and entries <key>.ttlc in them.
        """
        removed = 0
        if self.base.is_dir():
            for other in self.base.iterdir():
                name = other.name
                if (other != self.root and len(name) == 16 and set(name) <= _VERSION_CHARS
                        and other.is_dir() and not other.is_symlink()):
                    shutil.rmtree(other, ignore_errors=True)
        for entry in self._entries():
            if entry.stem not in keep:
                entry.unlink(missing_ok=True)
                removed += 1
        return removed

    def _entries(self) -> Iterator[Path]:
        if self.root.is_dir():
            yield from self.root.glob("*/*.ttlc")
