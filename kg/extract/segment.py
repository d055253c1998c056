"""jieba's dictionary-only segmentation, with jieba's dictionary kept in a cache that loads fast."""
from __future__ import annotations

import array
import hashlib
import logging
import os
import sys
import zlib
from collections.abc import MutableMapping
from functools import lru_cache
from pathlib import Path

from kg.atomic import atomic_write_bytes
from kg.text.memo import article_memo

# jieba keeps its prefix dictionary (about 500,000 words and prefixes -> frequency) as one marshalled dict,
# which takes about 0.7 s to load: marshal makes each string on its own. Kept instead as UTF-8 text and an
# array of counts, grouped by the words' first character, the dict is unpacked one group at a time, when a
# segmentation first reads a word starting with that character: every word jieba looks up in a stretch of
# text starts with one of its characters. A small build reads a few hundred groups, a quarter of the words;
# unpacking all of them (one split, one zip each) would take about 0.15 s of every process's start-up.
_MAGIC = b"laowu-kg jieba prefix dictionary 2\n"
_COUNT = "q"  # signed 64-bit, as jieba's counts are Python ints (the largest is under a million)

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where the dictionary cache lives: $LAOWU_KG_CACHE, else the user's cache folder (XDG), as pip's is."""
    explicit = os.environ.get("LAOWU_KG_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "laowu-kg"


@lru_cache(maxsize=1)
def _jieba():
    """The jieba module, imported without pkg_resources.

    jieba 0.42 imports setuptools' pkg_resources (a tenth of a second, and deprecated) only to open its
    own data files, and opens them directly when that import fails; so the import is made to fail.
    """
    if "pkg_resources" in sys.modules:
        import jieba
    else:
        sys.modules["pkg_resources"] = None  # makes `import pkg_resources` raise ImportError
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    return jieba


def _cache_file(folder: Path) -> Path:
    """A name that changes with jieba's version, its dictionary file and this cache's format, so a stale cache
    is never read (and checkouts with another format, sharing the folder, do not rewrite each other's)."""
    jieba = _jieba()
    source = Path(jieba.__file__).parent / "dict.txt"
    stat = source.stat()
    stamp = (f"{jieba.__version__}\x1f{source}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\x1f{sys.byteorder}"
             f"\x1f{_MAGIC.decode()}")
    return folder / f"jieba-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.dict"


class PrefixDictionary(MutableMapping):
    """jieba's prefix dictionary (word or prefix -> count) that unpacks the words of one first character
    when a look-up first asks for one of them; jieba only looks words up, so it reads it as its own dict."""

    def __init__(self, spans: dict[str, tuple[int, int, int, int]], words: bytes, counts: array.array, size: int):
        self._spans = spans  # first character -> (start, end) in words, (start, end) in counts
        self._words = words  # each group's words joined by newlines (no word holds one), groups one after another
        self._counts = counts
        self._size = size
        self._groups: dict[str, dict[str, int]] = {}

    def _group(self, first: str) -> dict[str, int]:
        group = self._groups.get(first)
        if group is None:
            span = self._spans.get(first)
            if span is None:
                group = {}
            else:
                w0, w1, c0, c1 = span
                group = dict(zip(self._words[w0:w1].decode("utf-8").split("\n"), self._counts[c0:c1]))
            self._groups[first] = group
        return group

    def __getitem__(self, word: str) -> int:
        return self._group(word[:1])[word]

    def get(self, word: str, default=None):
        return self._group(word[:1]).get(word, default)

    def __contains__(self, word) -> bool:
        return isinstance(word, str) and word in self._group(word[:1])

    def __setitem__(self, word: str, count: int) -> None:  # jieba's add_word
        group = self._group(word[:1])
        self._size += word not in group
        group[word] = count

    def __delitem__(self, word: str) -> None:
        del self._group(word[:1])[word]
        self._size -= 1

    def __iter__(self):
        for first in list(self._spans) + [f for f in self._groups if f not in self._spans]:
            yield from self._group(first)

    def __len__(self) -> int:
        return self._size


def _encode(freq: dict[str, int], total: int) -> bytes:
    groups: dict[str, list[str]] = {}
    for word in freq:
        groups.setdefault(word[:1], []).append(word)
    firsts = "".join(groups).encode("utf-8")
    blobs: list[bytes] = []
    counts = array.array(_COUNT)
    bounds = array.array(_COUNT, [0, 0])  # word byte offset, count offset: at each group's start and at the end
    word_offset = 0
    for words in groups.values():
        blob = "\n".join(words).encode("utf-8")
        blobs.append(blob)
        counts.extend(freq[w] for w in words)
        word_offset += len(blob)
        bounds.extend((word_offset, len(counts)))
    words_bytes = b"".join(blobs)
    payload = firsts + bounds.tobytes() + words_bytes + counts.tobytes()
    header = (f"{total} {len(freq)} {len(groups)} {len(firsts)} {len(words_bytes)} {len(counts)} "
              f"{zlib.crc32(payload)}\n").encode()
    return _MAGIC + header + payload


def _decode(data: bytes) -> tuple[PrefixDictionary, int]:
    """The dictionary and total from _encode's bytes; ValueError when they are not such bytes.

    The checksum covers every byte, so a group unpacked later cannot turn out damaged halfway through a build.
    """
    if not data.startswith(_MAGIC):
        raise ValueError("not a laowu-kg jieba dictionary")
    header_end = data.index(b"\n", len(_MAGIC)) + 1
    try:
        total, entries, group_count, first_bytes, word_bytes, count_items, checksum = map(
            int, data[len(_MAGIC):header_end].split())
    except ValueError:
        raise ValueError("unreadable jieba dictionary cache header") from None
    item = array.array(_COUNT).itemsize
    bounds_bytes = 2 * (group_count + 1) * item
    payload = data[header_end:]
    if len(payload) != first_bytes + bounds_bytes + word_bytes + count_items * item:
        raise ValueError("truncated jieba dictionary cache")
    if zlib.crc32(payload) != checksum:
        raise ValueError("damaged jieba dictionary cache")
    firsts = payload[:first_bytes].decode("utf-8")
    bounds = array.array(_COUNT)
    bounds.frombytes(payload[first_bytes:first_bytes + bounds_bytes])
    words = payload[first_bytes + bounds_bytes:first_bytes + bounds_bytes + word_bytes]
    counts = array.array(_COUNT)
    counts.frombytes(payload[first_bytes + bounds_bytes + word_bytes:])
    if len(firsts) != group_count:
        raise ValueError("inconsistent jieba dictionary cache")
    spans = {first: (bounds[2 * i], bounds[2 * i + 2], bounds[2 * i + 1], bounds[2 * i + 3])
             for i, first in enumerate(firsts)}
    return PrefixDictionary(spans, words, counts, entries), total


@lru_cache(maxsize=1)
def tokenizer():
    """A jieba Tokenizer with the default dictionary, from the fast cache when there is one.

    Without a usable cache jieba loads its dictionary its own way (from its marshal cache or dict.txt),
    and the fast cache is written for next time; a cache folder that cannot be written only costs speed.
    """
    jieba = _jieba()
    # jieba announces its dictionary load on stderr at INFO; users of `kg` need not see it.
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    try:
        path: Path | None = _cache_file(cache_dir())
    except OSError:  # jieba's dict.txt is not where jieba keeps it: let jieba find its dictionary
        path = None
    if path is not None:
        try:
            tk.FREQ, tk.total = _decode(path.read_bytes())
            tk.initialized = True
            return tk
        except (OSError, ValueError):  # no cache yet, or a damaged one: it is written again below
            pass
    tk.initialize()
    if path is not None:
        try:
            atomic_write_bytes(str(path), _encode(tk.FREQ, tk.total))
        except OSError as error:
            log.debug("cannot write the jieba dictionary cache %s: %s", path, error)
    return tk


@article_memo(maxsize=1024)
def cut(text: str) -> tuple[str, ...]:
    """jieba's most probable segmentation of `text` without its HMM (dictionary words only).

    Callers ask about windows of a few characters around a name, and within an article the same windows
    recur (至上海, 在内蒙古): memoised for the article (kg.text.memo).
    """
    return tuple(tokenizer().lcut(text, HMM=False))
