"""Ingest: find input files and turn each one's bytes into a Document (body text + metadata)."""
from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Sequence

from kg.ingest.dates import infer_year, parse_date
from kg.ingest.decode import UNDECODABLE, IngestError, decode_bytes
from kg.ingest.furniture import body_lines, choose_title
from kg.ingest.markup import Meta, html_to_text, looks_like_html, meta_from_front_matter, split_front_matter, strip_markdown
from kg.model import Document, Skipped
from kg.normalize import strip_glosses

__all__ = [
    "IngestError",
    "MAX_BYTES",
    "SUFFIXES",
    "UNDECODABLE",
    "decode_bytes",
    "discover",
    "infer_year",
    "parse_date",
    "read_document",
]

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused, not read
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


# --- finding files ----------------------------------------------------------------------------------


def discover(paths: Sequence[str | os.PathLike]) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """Expand files and folders into (path, source_file) pairs, sorted by source_file.

    Folders are walked recursively, following symbolic links but entering each real folder
    once; hidden entries (".git", ".DS_Store") are passed over. Files named on the command line
    are always taken unless missing; inside folders only text suffixes are, and files without a
    suffix when their first bytes look like Chinese text or HTML.
    """
    found: dict[str, Path] = {}
    skipped: list[Skipped] = []
    for given in paths:
        shown = os.fspath(given)
        path = Path(shown)
        if not os.path.lexists(shown):
            skipped.append(Skipped(shown, "no such file or directory"))
        elif path.is_dir():
            _walk(shown, found, skipped)
        elif not path.exists():
            skipped.append(Skipped(shown, "broken symbolic link"))
        elif path.suffix.lower() in SUFFIXES or path.suffix == "" or not path.is_file():
            found.setdefault(shown, path)
        else:
            skipped.append(Skipped(shown, f"unsupported file type '{path.suffix}'"))
    files: list[tuple[Path, str]] = []
    seen_files: set[str] = set()
    for shown in sorted(found):
        real = os.path.realpath(shown)
        if real not in seen_files:  # the same file reached twice, by two names or links
            seen_files.add(real)
            files.append((found[shown], shown))
    skipped.sort(key=lambda s: s.source_file)
    return files, skipped


def _walk(top: str, found: dict[str, Path], skipped: list[Skipped]) -> None:
    # Each argument is walked on its own, so that which name a file is shown under depends on
    # the sorted names alone, never on the order of the arguments.
    seen_dirs: set[str] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen_dirs:
            continue  # a symlink loop, or a folder already walked under another name
        seen_dirs.add(real)
        try:
            with os.scandir(folder) as entries:
                names = sorted(e.name for e in entries)
        except PermissionError:
            skipped.append(Skipped(folder, "permission denied"))
            continue
        except OSError as error:
            skipped.append(Skipped(folder, f"cannot list folder: {error.strerror or error}"))
            continue
        for name in names:
            if name.startswith("."):
                continue
            shown = os.path.join(folder, name)
            try:
                mode = os.stat(shown).st_mode
            except OSError:
                if Path(name).suffix.lower() in SUFFIXES:
                    skipped.append(Skipped(shown, "broken symbolic link"))
                continue
            if stat.S_ISDIR(mode):
                stack.append(shown)
            elif stat.S_ISREG(mode):
                suffix = Path(name).suffix.lower()
                if suffix in SUFFIXES or (suffix == "" and _sniff_text(shown)):
                    found.setdefault(shown, Path(shown))


def _sniff_text(path: str) -> bool:
    """A file without a suffix is taken when its head decodes and holds Chinese or HTML."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
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
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IngestError("is a directory")
        if info.st_size > max_bytes:
            raise IngestError(_too_large(info.st_size, max_bytes))
        with open(path, "rb") as handle:
            # Read one byte past the limit: files whose size stat cannot tell (pipes, /proc)
            # are still refused without being read whole.
            data = handle.read(max_bytes + 1)
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
    for name in ("title", "date", "author", "source"):
        if not getattr(primary, name) and getattr(secondary, name):
            setattr(primary, name, getattr(secondary, name))
    if not primary.categories:
        primary.categories = secondary.categories


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
        rest, page_meta = html_to_text(rest, whole_page=True)
        _merge(meta, page_meta)
    else:
        rest = strip_markdown(rest, markdown=media_type == "text/markdown" or front is not None)
        if looks_like_html(rest):
            rest, _ = html_to_text(rest, whole_page=False)

    line_meta = Meta()
    lines = body_lines(rest, line_meta)
    _merge(meta, line_meta)
    title, lines = choose_title(lines, meta)
    if not lines:
        raise IngestError("no article text after removing markup and page furniture")
    body = "\n".join(line for line, _ in lines)

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
        encoding=encoding,
        media_type=media_type,
        content_hash=hashlib.sha256(data).hexdigest(),
    )
