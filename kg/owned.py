"""Prove which folders the tool wrote (a marker file in each), refuse the others, and lock an out folder."""
from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.atomic import TMP_PREFIX, atomic_write_text
from kg.errors import KgError, UsageError

MARKER = ".laowu-kg"  # in an out folder and in a store folder: {"tool": ..., "kind": ..., "format": N}
LOCK = ".laowu-kg.lock"  # in an out folder; never replaced nor removed, so every build locks the same file
TOOL = "laowu-kg"
FORMAT = 1  # bump when the layout of an out or store folder changes incompatibly
OUT_KIND = "out"
STORE_KIND = "store"
# What an out folder written before markers existed holds for certain (kg.build writes both; the
# graph's first line is the header kg.graph.turtle.write_prefixes writes).
_LEGACY_GRAPH_HEAD = b"# laowu-kg "
_LEGACY_REPORT_KEYS = {"articles", "skipped", "facts", "triples"}


def marker_kind(folder: Path) -> str | None:
    """The kind of tool folder `folder` is by its marker ("out", "store"), or None without a valid one."""
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("tool") != TOOL or not isinstance(data.get("format"), int):
        return None
    if data["format"] > FORMAT:
        raise UsageError(f"{folder}: written by a newer laowu-kg (folder format {data['format']}); "
                         "use that version or another folder")
    return data.get("kind")


def write_marker(folder: Path, kind: str) -> None:
    atomic_write_text(folder / MARKER, json.dumps({"tool": TOOL, "kind": kind, "format": FORMAT}) + "\n")


def is_legacy_out(folder: Path) -> bool:
    """An out folder of a version before markers: its kg.ttl starts with our header and its report.json
    is one of ours. Only those two files (and OUT/.cache/laowu-kg, new) are ever replaced in it."""
    try:
        with open(folder / "kg.ttl", "rb") as stream:
            head = stream.read(len(_LEGACY_GRAPH_HEAD))
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return head == _LEGACY_GRAPH_HEAD and isinstance(report, dict) and _LEGACY_REPORT_KEYS <= report.keys()


# A page or figure names the command that wrote it near its start (an HTML generator meta, an SVG
# comment, a PNG text chunk); the head is all that is read, as a foreign file may be large.
_SIGNATURE_HEAD = 16 * 1024


def refuse_foreign_file(path: str | os.PathLike, signature: bytes, command: str) -> None:
    """UsageError if `path` exists and is not a file `command` wrote (its head lacks `signature`).

    Called before any work, so a user's own file of that name is never replaced."""
    target = Path(path)
    if not os.path.lexists(target):
        return
    if target.is_symlink():
        raise UsageError(f"{target}: is a symbolic link; {command} replaces only files it wrote itself")
    try:
        with open(target, "rb") as stream:
            head = stream.read(_SIGNATURE_HEAD)
    except OSError as error:
        raise UsageError(f"{target}: cannot be read to check who wrote it ({error.strerror or error}); "
                         "not replacing it") from None
    if signature not in head:
        raise UsageError(f"{target}: exists and was not written by {command}; not replacing it "
                         "(move it away or give another -o)")


def _is_within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _holds_other_than_ours(folder: Path) -> bool:
    # The tool's own names do not count: a build starting at the same moment may be writing the
    # marker (through a temporary file) or hold the lock file already. Those names exactly: a user's
    # ".laowu-kg-notes" is the user's, and a folder holding it is not ours to replace.
    with os.scandir(folder) as listing:
        return any(not _is_own_name(entry.name) for entry in listing)


def _is_own_name(name: str) -> bool:
    return name in (MARKER, LOCK) or name.startswith(f"{TMP_PREFIX}{MARKER}.")


def _real(path: str | os.PathLike) -> str:
    return os.path.realpath(os.path.abspath(path))


def _kind_of_existing(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        return "a broken symbolic link"
    return "a file" if path.is_file() else "a special file"


def _check_not_inputs(option: str, path: Path, inputs: Sequence[str]) -> None:
    real = _real(path)
    for given in inputs:
        given_real = _real(given)
        if given_real == real:
            raise UsageError(f"{option} {path}: is the input {given}; choose another folder")
        if _is_within(given_real, real):
            raise UsageError(f"{option} {path}: holds the input {given}; choose another folder")


def prepare_out(out: Path, inputs: Sequence[str]) -> None:
    """Make `out` a marked out folder, or refuse (UsageError) when it is anything the tool did not write."""
    _check_not_inputs("--out", out, inputs)
    if os.path.lexists(out) and not out.is_dir():
        raise UsageError(f"--out {out}: {_kind_of_existing(out)}, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise UsageError(f"--out {out}: a part of this path is a file, not a folder") from None
    except OSError as error:
        raise KgError(f"--out {out}: cannot create it: {error.strerror or error}") from None
    kind = marker_kind(out)
    if kind == OUT_KIND:
        return
    if kind is not None:
        raise UsageError(f"--out {out}: is a laowu-kg {kind} folder, not an out folder")
    try:
        empty = not _holds_other_than_ours(out)
    except OSError as error:
        raise KgError(f"--out {out}: cannot list it: {error.strerror or error}") from None
    if not (empty or is_legacy_out(out)):
        raise UsageError(f"--out {out}: folder is not empty and was not written by kg build; "
                         "choose a new or empty folder")
    try:
        write_marker(out, OUT_KIND)
    except OSError as error:
        raise KgError(f"--out {out}: cannot write in it: {error.strerror or error}") from None


def check_store(store: Path, out: Path, inputs: Sequence[str]) -> None:
    """Refuse (UsageError) a --store path that exists and is not a store this tool wrote, before any work."""
    real = _real(store)
    if real == _real(out):
        raise UsageError(f"--store {store}: is the --out folder; choose another folder")
    _check_not_inputs("--store", store, inputs)
    if _is_within(_real(out), real):
        raise UsageError(f"--store {store}: holds the --out folder {out}; choose another folder")
    owned_or_absent(store, "--store")


def owned_or_absent(path: Path, option: str) -> bool:
    """True when `path` is a store this tool wrote (or an empty folder), False when it does not exist;
    UsageError for anything else (a file, a foreign folder)."""
    if not os.path.lexists(path):
        return False
    if not path.is_dir() or path.is_symlink():
        raise UsageError(f"{option} {path}: {'a symbolic link' if path.is_symlink() else _kind_of_existing(path)}"
                         ", not a store written by kg build; nothing was changed")
    kind = marker_kind(path)
    if kind == STORE_KIND:
        return True
    if kind is None and not _holds_other_than_ours(path):
        return True
    what = f"a laowu-kg {kind} folder" if kind else "a folder not written by kg build --store"
    raise UsageError(f"{option} {path}: {what}; nothing was changed (remove it yourself or choose another)")


@contextlib.contextmanager
def locked_folder(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on a folder itself (no file is made in it): builds loading stores into the
    same folder (from different out folders) take turns at its leftovers and renames."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on the out folder: a second build into it waits until the first is done."""
    try:
        fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as error:
        if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise KgError(f"--out {out}: cannot create its lock file: {error.strerror or error}") from None
        try:  # a read-only folder: the lock file of an earlier build still locks
            fd = os.open(out / LOCK, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            raise KgError(f"--out {out}: cannot write in it: {error.strerror or error}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            from kg.safetext import visible  # the path may hold escape sequences

            print(visible(f"kg build: waiting for the other build writing into {out} to finish",
                          keep_layout=False), file=sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
