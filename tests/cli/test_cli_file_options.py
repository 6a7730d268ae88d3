"""Uncapped file options of `binance-pay`: `--body FILE` (an operation's request), `webhooks verify --body FILE`
and `--public-key FILE` read only regular files, up to a cap. A FIFO, /dev/zero, a directory, a file over the
cap, a missing file, a request that is not UTF-8 or not JSON: one clear line on stderr, exit 2, no traceback, and
never a hang or a read into memory without end."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from binance_pay import _cli

VERIFY = ["webhooks", "verify", "--header", "BinancePay-Nonce=x"]


def _fifo(tmp_path: Path, limit: int) -> tuple[Path, str]:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path, "not a regular file"


def _dev_zero(tmp_path: Path, limit: int) -> tuple[Path, str]:
    return Path("/dev/zero"), "not a regular file"


def _directory(tmp_path: Path, limit: int) -> tuple[Path, str]:
    return tmp_path, "cannot read (it is a directory)"


def _over_the_cap(tmp_path: Path, limit: int) -> tuple[Path, str]:
    path = tmp_path / "big"
    with path.open("wb") as file:  # sparse: cheap to make
        file.truncate(limit + 1)
    return path, "larger than " + ("16 MiB" if limit == 16 * 1024 * 1024 else "64 KiB")


def _missing(tmp_path: Path, limit: int) -> tuple[Path, str]:
    return tmp_path / "missing.json", "cannot read (FileNotFoundError"


KINDS: dict[str, Callable[[Path, int], tuple[Path, str]]] = {
    "fifo": _fifo,
    "dev_zero": _dev_zero,
    "directory": _directory,
    "over_the_cap": _over_the_cap,
    "missing": _missing,
}


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as info:
        _cli.main(argv)
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


def _key(tmp_path: Path) -> Path:
    key = tmp_path / "key.pem"
    key.write_text("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n")
    return key


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_uncapped_file_option_operation_body_is_refused_in_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, reason = KINDS[kind](tmp_path, _cli._MAX_FILE_BYTES)
    err = _refused(["wallet", "balance", "--body", str(path)], capsys)
    assert err.startswith(f"binance-pay wallet balance: error: --body {path}: {reason}")


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_uncapped_file_option_webhook_body_is_refused_in_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _key(tmp_path)
    path, reason = KINDS[kind](tmp_path, _cli._MAX_FILE_BYTES)
    err = _refused([*VERIFY, "--body", str(path), "--public-key", str(key)], capsys)
    assert err.startswith(f"binance-pay webhooks verify: error: --body {path}: {reason}")


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_uncapped_file_option_public_key_is_refused_in_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = tmp_path / "body.json"
    body.write_bytes(b"{}")
    path, reason = KINDS[kind](tmp_path, _cli._MAX_KEY_FILE_BYTES)
    err = _refused([*VERIFY, "--body", str(body), "--public-key", str(path)], capsys)
    assert err.startswith(f"binance-pay webhooks verify: error: --public-key {path}: {reason}")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"wallet": "SPOT_WALLET", "currency": "caf\xe9"}', "not UTF-8 text (byte 0xe9 at offset 42)"),
        (b'{"wallet": ', "not JSON ("),
        (b'{"wallet": "\x1b]0;pwned\x07"', "not JSON ("),
    ],
    ids=["latin1", "truncated", "escapes"],
)
def test_uncapped_file_option_operation_body_must_be_utf8_json(
    content: bytes, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "body.json"
    path.write_bytes(content)
    err = _refused(["wallet", "balance", "--body", str(path)], capsys)
    assert err.startswith(f"binance-pay wallet balance: error: --body {path}: {reason}")
    assert "\x1b" not in err and "\x07" not in err


def test_uncapped_file_option_cap_applies_to_what_is_read_not_only_the_size_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "body.json"
    path.write_bytes(b"x" * 10)
    monkeypatch.setattr(os, "fstat", lambda descriptor: os.stat(tmp_path / "empty"))
    (tmp_path / "empty").write_bytes(b"")  # the file looks empty, then turns out longer than the cap
    monkeypatch.setattr(_cli, "_MAX_FILE_BYTES", 8)
    with pytest.raises(ValueError, match="larger than 8 bytes"):
        _cli._body_file(str(path))
