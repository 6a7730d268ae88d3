"""The files `binance-pay` options name (`--body FILE`, `--public-key FILE`): regular files up to a cap, or `-`."""

from __future__ import annotations

import os
import stat
import sys

# Opened non-blocking, a FIFO with no writer does not hang the open; a regular file reads as usual.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class FileOptionError(ValueError):
    """A file named by an option cannot be used; the message names the option, the file and why, on one line."""


def _size_text(limit: int) -> str:
    for unit, name in ((1024 * 1024, "MiB"), (1024, "KiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def read_file(path: str, option: str, limit: int) -> bytes:
    """The bytes of the file an option names, at most `limit`; `FileOptionError` when it cannot be used."""
    where = f"{option} {path}"
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            descriptor = os.open(path, _OPEN_FLAGS)
        except OSError as exc:
            raise FileOptionError(f"{where}: cannot read ({type(exc).__name__}: {exc.strerror})") from None
        try:
            data = _read_regular(descriptor, where, limit)
        finally:
            os.close(descriptor)
    if len(data) > limit:
        raise FileOptionError(f"{where}: larger than {_size_text(limit)}")
    return data


def _read_regular(descriptor: int, where: str, limit: int) -> bytes:
    """Up to `limit` + 1 bytes of an open file, refused unless it is a regular file no larger than `limit`."""
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise FileOptionError(f"{where}: cannot read (it is a directory)")
        if not stat.S_ISREG(info.st_mode):
            raise FileOptionError(f"{where}: not a regular file (a FIFO, a device or a socket)")
        if info.st_size > limit:
            raise FileOptionError(f"{where}: larger than {_size_text(limit)}")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may have grown since fstat
            chunk = os.read(descriptor, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise FileOptionError(f"{where}: cannot read ({type(exc).__name__}: {exc.strerror})") from None
    return b"".join(chunks)
