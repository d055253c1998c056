"""Write files so that a reader never sees half of one: temporary file, fsync, then rename."""
from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

# Every temporary file the tool writes starts with this, so that a later run removes only its own
# leftovers, never a user's hidden *.tmp file.
TMP_PREFIX = ".laowu-kg-tmp."
TMP_GLOB = f"{TMP_PREFIX}*.tmp"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, encoding: str = "utf-8", durable: bool = True) -> Iterator[TextIO]:
    """Yield a text stream; on success it replaces `path` in one step, on error `path` is untouched.

    `durable` also flushes the file to disk before the rename, so that it survives a power cut, not
    only a killed process; that costs a disk round trip per file, too much for cache entries.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The writer's process id is in the name, so a later build can tell a dead writer's leftover
    # from a live one's file in progress.
    fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); the output is an ordinary file, so give it the
        # permissions the user's umask gives any new file.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as stream:
            yield stream
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_writer(path) as stream:
        stream.write(text)


def atomic_write_bytes(path: str, data: bytes) -> None:
    """Write many small files quickly: atomic (temporary file, rename) but not durable.

    The temporary name is fixed by the writing process and thread, so no random name is drawn and the
    kernel applies the umask itself; a file left under that name can only be a dead writer's, and is
    overwritten.
    """
    folder, name = os.path.split(path)
    tmp = os.path.join(folder, f"{TMP_PREFIX}{name}.{os.getpid()}.{threading.get_ident()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(tmp, flags, 0o666)
    except FileNotFoundError:  # the folder's first file
        os.makedirs(folder, exist_ok=True)
        fd = os.open(tmp, flags, 0o666)
    try:
        with open(fd, "wb") as stream:
            stream.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def remove_stale_temporaries(folder: str | os.PathLike, pattern: str = TMP_GLOB) -> int:
    """Delete the tool's temporary files matching `pattern` under `folder` that were left by writers
    that died (kill -9); return how many. Files without the tool's prefix are never touched."""
    removed = 0
    for leftover in Path(folder).glob(pattern):
        if not (leftover.name.startswith(TMP_PREFIX) and leftover.name.endswith(".tmp")) or not leftover.is_file():
            continue
        parts = leftover.name.split(".")
        pid = int(parts[-3]) if len(parts) >= 4 and parts[-3].isdigit() else None
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
