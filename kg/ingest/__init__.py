"""Ingest: find input files and turn each one's bytes into a Document (body text + metadata)."""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path

from kg.ingest.dates import infer_year, parse_date
from kg.ingest.decode import UNDECODABLE, IngestError, decode_bytes
from kg.ingest.furniture import body_lines, choose_title
from kg.ingest.markup import Meta, html_to_text, looks_like_html, meta_from_front_matter, split_front_matter, strip_markdown
from kg.model import Document, Skipped
from kg.normalize import strip_glosses

__all__ = [
    "IngestError",
    "MAX_BYTES",
    "MAX_TAGS",
    "MAX_TEXT_CHARS",
    "SUFFIXES",
    "UNDECODABLE",
    "decode_bytes",
    "discover",
    "display_name",
    "infer_year",
    "open_regular",
    "parse_date",
    "read_document",
]

# Limits that keep every file to a few seconds and bounded memory. A news article is a few thousand
# characters and its page rarely 1 MB; extraction runs at ~10-50k characters a second on one core
# (slowest on text dense with places and numbers), and BeautifulSoup spends ~60 µs on each tag.
MAX_BYTES = 5 * 1024 * 1024  # larger files are refused, not read
MAX_TEXT_CHARS = 50_000  # a body longer than this (after markup and furniture) is no single article
MAX_TAGS = 50_000  # HTML with more tags than this is refused before it is parsed
SNIFF_BYTES = 65536
SUFFIXES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}

_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_HTML_START_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)
_CONTROLS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAG_RE = re.compile(r"<[A-Za-z/!?]")
_KINDS = {stat.S_IFIFO: "named pipe", stat.S_IFSOCK: "socket", stat.S_IFCHR: "character device",
          stat.S_IFBLK: "block device"}


def display_name(name: str) -> str:
    """`name` as valid text: bytes of a file name that are not UTF-8 are shown as \\xNN.

    os.fsdecode keeps such bytes as lone surrogates, which no UTF-8 file (kg.ttl, report.json)
    can hold; the escape keeps the name readable and tells two such names apart.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _not_regular(mode: int) -> str:
    return f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'special file')})"


def open_regular(path: str | os.PathLike):
    """Open a regular file for binary reading; IngestError for anything else.

    O_NONBLOCK: a named pipe with no writer would block a plain open() for ever; the type is
    checked on the open descriptor, so a file swapped for a pipe after discover is caught too.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise IngestError("permission denied") from None
    except FileNotFoundError:
        raise IngestError("no such file or directory") from None
    except IsADirectoryError:
        raise IngestError("is a directory") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise IngestError("symbolic link loop") from None
        raise IngestError(f"cannot read: {error.strerror or error}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IngestError("is a directory")
        if not stat.S_ISREG(mode):
            raise IngestError(_not_regular(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    # Outside the try: once the file object exists it owns the descriptor, and closing it here as
    # well (after a signal landed inside open) would close a number another file may have taken.
    return open(fd, "rb")  # the builtin, so that tests can stand in for it


# --- finding files ----------------------------------------------------------------------------------


def discover(paths: Sequence[str | os.PathLike], exclude: str | os.PathLike | None = None
             ) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """Expand files and folders into (path, source_file) pairs, sorted by source_file.

    A file's source_file is its path from the folder that holds the argument it was found under
    (`news` and `/data/news` both give `news/a.txt`; a file argument gives its name), so the graph
    holds no local path and names do not depend on how a path was typed. Two different files that
    would get the same name are refused (kg.errors.UsageError). Folders are walked recursively,
    following symbolic links but entering each real folder once; hidden entries (".git", ".DS_Store")
    are passed over, and so is the folder `exclude` (the build's own out folder). Files named on the
    command line are always taken unless missing; inside folders only text suffixes are, and files
    without a suffix when their first bytes look like Chinese text or HTML.
    """
    found: dict[str, tuple[Path, str]] = {}  # source_file -> (path, real path)
    clashes: list[tuple[str, Path, Path]] = []
    skipped: list[Skipped] = []
    excluded = os.path.realpath(exclude) if exclude is not None else None
    for given in paths:
        shown = os.fspath(given)
        path = Path(shown)
        label = os.path.basename(os.path.abspath(shown))
        if not os.path.lexists(shown):
            skipped.append(Skipped(shown, "no such file or directory"))
        elif path.is_dir():
            _walk(shown, label, found, clashes, skipped, excluded)
        elif not path.exists():
            skipped.append(Skipped(shown, _dangling(shown)))
        elif path.suffix.lower() in SUFFIXES or path.suffix == "" or not path.is_file():
            _take(found, clashes, label, path, os.path.realpath(shown))
        else:
            skipped.append(Skipped(shown, f"unsupported file type '{path.suffix}'"))
    if clashes:
        from kg.errors import UsageError

        name, one, other = min(clashes, key=lambda clash: display_name(clash[0]))
        raise UsageError(f"{one} and {other} would both be named {display_name(name)} in the graph "
                         "(lw:sourceFile is the path from the folder holding each input); rename one of "
                         "their folders, or build their common parent folder")
    # The same file reached twice, by two names or links, is taken once, under its longest name
    # (`news/b/x.txt` rather than `b/x.txt` when both `news` and `news/b` are given).
    chosen: dict[str, str] = {}  # real path -> name
    for name in sorted(found, key=lambda name: (-name.count("/"), display_name(name))):
        chosen.setdefault(found[name][1], name)
    # The path opens the file; the name is what the graph and the report say.
    files = sorted(((found[name][0], display_name(name)) for name in chosen.values()), key=lambda pair: pair[1])
    skipped = [Skipped(display_name(s.source_file), s.reason) for s in skipped]
    skipped.sort(key=lambda s: s.source_file)
    return files, skipped


def _take(found: dict[str, tuple[Path, str]], clashes: list, name: str, path: Path, real: str) -> None:
    known = found.setdefault(name, (path, real))
    if known[1] != real:
        clashes.append((name, known[0], path))


def _dangling(path: str) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link"


def _walk(top: str, label: str, found: dict[str, tuple[Path, str]], clashes: list, skipped: list[Skipped],
          excluded: str | None) -> None:
    # Each argument is walked on its own, so that which name a file is shown under depends on
    # the sorted names alone, never on the order of the arguments.
    seen_dirs: set[str] = set()
    if excluded is not None:
        seen_dirs.add(excluded)  # as if walked already: nothing under it is read
    excluded_prefix = excluded.rstrip(os.sep) + os.sep if excluded is not None else None
    stack = [(top, label)]
    while stack:
        folder, folder_label = stack.pop()
        real = os.path.realpath(folder)
        if real in seen_dirs:
            continue  # a symlink loop, a folder already walked under another name, or the out folder
        seen_dirs.add(real)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=attrgetter("name"))
        except PermissionError:
            skipped.append(Skipped(folder, "permission denied"))
            continue
        except OSError as error:
            skipped.append(Skipped(folder, f"cannot list folder: {error.strerror or error}"))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            shown = os.path.join(folder, name)
            named = f"{folder_label}/{name}" if folder_label else name
            suffix = _suffix(name)
            # The directory entry knows a plain file's or folder's type without a stat; links are followed.
            try:
                if entry.is_dir():
                    stack.append((shown, named))
                    continue
                regular = entry.is_file()
                mode = 0 if regular else entry.stat().st_mode
            except OSError as error:
                if suffix in SUFFIXES:
                    loop = error.errno == errno.ELOOP
                    skipped.append(Skipped(shown, "symbolic link loop" if loop else "broken symbolic link"))
                continue
            if regular:
                # Not a link, so its real path is its real folder's and its name.
                target = os.path.realpath(shown) if entry.is_symlink() else os.path.join(real, name)
                if excluded_prefix is not None and target.startswith(excluded_prefix):
                    continue  # a link into the out folder
                if suffix in SUFFIXES or (suffix == "" and _sniff_text(shown)):
                    _take(found, clashes, named, Path(shown), target)
            elif suffix in SUFFIXES:
                # A pipe or device named like an article: say so rather than pass it over (and
                # never open it, which for a pipe without a writer would block the build).
                skipped.append(Skipped(shown, _not_regular(mode)))


def _suffix(name: str) -> str:
    """Path(name).suffix, lower-cased, without making a Path."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _sniff_text(path: str) -> bool:
    """A file without a suffix is taken when its head decodes and holds Chinese or HTML."""
    try:
        with open_regular(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, IngestError):
        return False
    if not head:
        return False
    if len(head) == SNIFF_BYTES:
        head = head[: len(head) - 4]  # do not judge a character cut in two at the edge
    for cut in range(4):
        try:
            text, _ = decode_bytes(head[: len(head) - cut] if cut else head)
            break
        except IngestError:
            continue
    else:
        return False
    return bool(_CJK_RE.search(text) or _HTML_START_RE.match(text))


# --- reading one file ---------------------------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise IngestError(_too_large(size, max_bytes))
            # Read one byte past the limit: a file that grew since fstat, or whose size the
            # kernel does not know (/proc), is still refused without being read whole. A known
            # size is asked for first (plus one byte, to notice growth): read(n) allocates n bytes
            # up front, and a 5 MB buffer for a 5 kB article costs more than reading it.
            want = size + 1 if size else max_bytes + 1
            data = handle.read(want)
            if len(data) == want and want <= max_bytes:
                data += handle.read(max_bytes + 1 - want)
    except PermissionError:
        raise IngestError("permission denied") from None
    except FileNotFoundError:
        raise IngestError("no such file or directory") from None
    except IsADirectoryError:
        raise IngestError("is a directory") from None
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise IngestError(_too_large(len(data), max_bytes))
    if not data:
        raise IngestError("empty file")
    return data


def _check_tags(html: str) -> None:
    tags = sum(1 for _ in _TAG_RE.finditer(html))
    if tags > MAX_TAGS:
        raise IngestError(f"too much markup ({tags} tags > {MAX_TAGS} limit)")


def _too_large(size: int, limit: int) -> str:
    mb = 1024 * 1024
    return f"file too large ({size / mb:.1f} MB > {limit / mb:g} MB limit)"


def _media_type(path: Path, text: str, has_front_matter: bool) -> str:
    media = SUFFIXES.get(path.suffix.lower())
    if media:
        return media
    if _HTML_START_RE.match(text):
        return "text/html"
    return "text/markdown" if has_front_matter else "text/plain"


def _merge(primary: Meta, secondary: Meta) -> None:
    for name in ("title", "date", "author", "source", "url"):
        if not getattr(primary, name) and getattr(secondary, name):
            setattr(primary, name, getattr(secondary, name))
    if not primary.categories:
        primary.categories = secondary.categories
    if primary.headline_at is None:  # where the body's date line stood: the headline is right above it
        primary.headline_at = secondary.headline_at


def read_document(path: Path, source_file: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read, decode and clean one file; raises IngestError(reason) for input that cannot be used."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    text, encoding = decode_bytes(data)
    text = _CONTROLS_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise IngestError("empty file (whitespace only)")

    front, rest = split_front_matter(text)
    meta = meta_from_front_matter(front) if front else Meta()
    media_type = _media_type(path, text, front is not None)
    if media_type == "text/html":
        _check_tags(rest)
        rest, page_meta = html_to_text(rest, whole_page=True)
        _merge(meta, page_meta)
    else:
        rest = strip_markdown(rest, markdown=media_type == "text/markdown" or front is not None)
        if looks_like_html(rest):
            _check_tags(rest)
            rest, _ = html_to_text(rest, whole_page=False)

    line_meta = Meta()
    lines = body_lines(rest, line_meta)
    _merge(meta, line_meta)
    title, lines = choose_title(lines, meta)
    if not lines:
        raise IngestError("no article text after removing markup and page furniture")
    body = "\n".join(line for line, _ in lines)
    if len(body) > MAX_TEXT_CHARS:
        raise IngestError(f"article text too long ({len(body)} characters > {MAX_TEXT_CHARS} limit)")

    date, inferred = meta.date, False
    if not date:
        year = infer_year("\n".join(key for _, key in lines))
        if year is not None:
            date, inferred = str(year), True
    return Document(
        source_file=source_file,
        body=body,
        title=title,
        date=date,
        date_inferred=inferred,
        author=strip_glosses(meta.author) if meta.author else None,
        source=strip_glosses(meta.source) if meta.source else None,
        categories=meta.categories,
        url=meta.url,
        encoding=encoding,
        media_type=media_type,
        content_hash=hashlib.sha256(data).hexdigest(),
    )
