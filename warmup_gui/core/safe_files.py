"""Reading a file the app did not write itself, safely: by type first, then within a cap.

Every reader of routines, illustrations and history goes through :func:`read_capped`. A named
pipe, a device, a socket or a folder is refused from its ``stat`` before anything opens it (a
pipe would block a reader forever, a device may never end); a file larger than the cap is
refused from its size before a byte is read, and the read itself stops one byte past the cap
in case the file grows meanwhile. The descriptor is opened non-blocking and checked again, so
a file swapped for a pipe between the two looks is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_CHUNK = 64 * 1024


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


class FileRefused(OSError):
    """A file the app will not read: ``reason`` says why, in words."""

    def __init__(self, path: str | Path, reason: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, reason, str(path))
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.filename}: {self.reason}"


def size_text(n_bytes: int) -> str:
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):g} MiB"
    return f"{n_bytes / 1024:g} KiB"


def _check(path: str | Path, result: os.stat_result, max_bytes: int) -> None:
    if not stat.S_ISREG(result.st_mode):
        what = _kind(result.st_mode)
        code = errno.EISDIR if what == "a folder" else errno.EINVAL
        raise FileRefused(path, f"is {what}, not a file", code)
    if result.st_size > max_bytes:
        raise FileRefused(path, f"is larger than {size_text(max_bytes)}", errno.EFBIG)


def check_file(path: str | Path, max_bytes: int) -> None:
    """Raise :class:`FileRefused` unless ``path`` is a regular file within the cap (following
    symbolic links), or the ``OSError`` of looking at it."""
    _check(path, os.stat(path), max_bytes)


def read_capped(path: str | Path, max_bytes: int) -> bytes:
    """The whole content of a regular file of at most ``max_bytes`` bytes.

    Raises :class:`FileRefused` for a special file or a larger one, and ``OSError`` when the
    file cannot be opened or read."""
    check_file(path, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
        | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _check(path, os.fstat(fd), max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > max_bytes:
        raise FileRefused(path, f"is larger than {size_text(max_bytes)}", errno.EFBIG)
    return b"".join(chunks)
