"""jieba's dictionary-only segmentation, with jieba's dictionary kept in a cache that loads fast."""
from __future__ import annotations

import array
import hashlib
import logging
import os
import sys
from functools import lru_cache
from pathlib import Path

from kg.atomic import atomic_write_bytes

# jieba keeps its prefix dictionary (about 500,000 words and prefixes -> frequency) as one marshalled dict,
# which takes about 0.7 s to load: marshal makes each string on its own. Kept instead as one UTF-8 text of
# words and one array of counts, the same dict loads in about 0.15 s (one split, one zip). The build loads
# it once per process, so this is most of the start-up of a small build and of a one-article rebuild.
_MAGIC = b"laowu-kg jieba prefix dictionary 1\n"
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
    """A name that changes with jieba's version and its dictionary file, so a stale cache is never read."""
    jieba = _jieba()
    source = Path(jieba.__file__).parent / "dict.txt"
    stat = source.stat()
    stamp = f"{jieba.__version__}\x1f{source}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\x1f{sys.byteorder}"
    return folder / f"jieba-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.dict"


def _encode(freq: dict[str, int], total: int) -> bytes:
    words = "\n".join(freq).encode("utf-8")
    counts = array.array(_COUNT, freq.values()).tobytes()
    header = f"{total} {len(freq)} {len(words)} {len(counts)}\n".encode()
    return _MAGIC + header + words + counts


def _decode(data: bytes) -> tuple[dict[str, int], int]:
    """The dictionary and total from _encode's bytes; ValueError when they are not such bytes."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a laowu-kg jieba dictionary")
    header_end = data.index(b"\n", len(_MAGIC)) + 1
    total, entries, word_bytes, count_bytes = map(int, data[len(_MAGIC):header_end].split())
    if len(data) != header_end + word_bytes + count_bytes:
        raise ValueError("truncated jieba dictionary cache")
    words = data[header_end:header_end + word_bytes].decode("utf-8").split("\n")
    counts = array.array(_COUNT)
    counts.frombytes(data[header_end + word_bytes:])
    if len(words) != entries or len(counts) != entries:
        raise ValueError("inconsistent jieba dictionary cache")
    return dict(zip(words, counts)), total


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


@lru_cache(maxsize=4096)
def cut(text: str) -> tuple[str, ...]:
    """jieba's most probable segmentation of `text` without its HMM (dictionary words only).

    Callers ask about windows of a few characters around a name, and the same windows recur (至上海,
    在内蒙古): memoised.
    """
    return tuple(tokenizer().lcut(text, HMM=False))
