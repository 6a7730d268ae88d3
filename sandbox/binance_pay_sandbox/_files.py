"""Reading the files the sandbox's options name (spec, balances, webhook key): capped, regular files only.

A path may name anything: /dev/zero or an endless pipe (a read that never ends), a FIFO (an open that blocks until
someone writes), a directory, a file of gigabytes. Each is refused with a one-line `FileOptionError` before or
while reading, never by running out of memory or hanging.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Opened non-blocking, a FIFO with no writer does not hang the open; a regular file reads as usual.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_READ_SIZE = 1024 * 1024


class FileOptionError(ValueError):
    """A file named by an option cannot be used; the message is one line naming the option's file and why."""


def size_text(limit: int) -> str:
    """16 MiB, 64 KiB or 100 bytes."""
    for unit, name in ((1024 * 1024, "MiB"), (1024, "KiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def _reason(exc: OSError) -> str:
    return f"{type(exc).__name__}: {exc.strerror}" if exc.strerror else type(exc).__name__


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_capped_file(path: str | Path, what: str, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; FileOptionError ("{what} {path}: ...") if it
    is missing, unreadable, a directory, not a regular file, or larger than `limit`."""
    where = f"{what} {path}"
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise FileOptionError(f"{where}: cannot read ({_reason(exc)})") from None
    try:
        return _read_regular(descriptor, where, limit)
    finally:
        os.close(descriptor)


def _read_regular(descriptor: int, where: str, limit: int) -> bytes:
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise FileOptionError(f"{where}: cannot read (IsADirectoryError: it is a directory)")
        if not stat.S_ISREG(info.st_mode):
            raise FileOptionError(f"{where}: not a regular file ({_kind(info.st_mode)})")
        if info.st_size > limit:
            raise FileOptionError(f"{where}: larger than {size_text(limit)}")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may have grown since fstat
            chunk = os.read(descriptor, min(_READ_SIZE, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise FileOptionError(f"{where}: cannot read ({_reason(exc)})") from None
    if size > limit:
        raise FileOptionError(f"{where}: larger than {size_text(limit)}")
    return b"".join(chunks)


def utf8_text(raw: bytes, where: str) -> str:
    """`raw` decoded as UTF-8; FileOptionError naming the first bad byte otherwise."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileOptionError(f"{where}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
