"""Uncapped file options: `--spec`, `--webhook-key` and `--balances` read only regular files, up to a cap. A FIFO,
/dev/zero, a directory, a file over the cap, a spec that is not UTF-8: one clear line on stderr, exit 2, no
traceback, and never a hang or a read into memory without end."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from binance_pay_sandbox import SandboxConfig
from binance_pay_sandbox._balances import MAX_BALANCES_FILE_BYTES
from binance_pay_sandbox._cli import main
from binance_pay_sandbox._files import FileOptionError, read_capped_file
from binance_pay_sandbox._spec import MAX_SPEC_FILE_BYTES
from binance_pay_sandbox._webhooks import MAX_WEBHOOK_KEY_FILE_BYTES

CAPS = {
    "--spec": MAX_SPEC_FILE_BYTES,
    "--webhook-key": MAX_WEBHOOK_KEY_FILE_BYTES,
    "--balances": MAX_BALANCES_FILE_BYTES,
}
NAMES = {"--spec": "spec", "--webhook-key": "webhook key", "--balances": "balances file"}


def _fifo(tmp_path: Path, option: str) -> tuple[Path, str]:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path, "not a regular file (a FIFO)"


def _dev_zero(tmp_path: Path, option: str) -> tuple[Path, str]:
    return Path("/dev/zero"), "not a regular file (a device)"


def _directory(tmp_path: Path, option: str) -> tuple[Path, str]:
    return tmp_path, "cannot read (IsADirectoryError"


def _over_the_cap(tmp_path: Path, option: str) -> tuple[Path, str]:
    path = tmp_path / "big"
    with path.open("wb") as file:  # sparse: cheap to make whatever the cap
        file.truncate(CAPS[option] + 1)
    size = CAPS[option] // 1024
    return path, f"larger than {size // 1024} MiB" if size >= 1024 else f"larger than {size} KiB"


def _missing(tmp_path: Path, option: str) -> tuple[Path, str]:
    return tmp_path / "missing", "cannot read (FileNotFoundError"


KINDS: dict[str, Callable[[Path, str], tuple[Path, str]]] = {
    "fifo": _fifo,
    "dev_zero": _dev_zero,
    "directory": _directory,
    "over_the_cap": _over_the_cap,
    "missing": _missing,
}


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    def refuse_to_serve(config: SandboxConfig) -> None:
        pytest.fail(f"the CLI accepted {argv} and was about to serve")

    monkeypatch.setattr("binance_pay_sandbox._cli.make_server", refuse_to_serve)
    assert main([*argv, "--port", "0"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("option", sorted(CAPS))
def test_uncapped_file_option_is_refused_in_one_line(
    option: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, reason = KINDS[kind](tmp_path, option)
    err = _refused([option, str(path)], capsys, monkeypatch)
    assert err.startswith(f"binance-pay sandbox: error: {NAMES[option]} {path}: ")
    assert reason in err


def test_uncapped_file_option_spec_not_utf8_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "latin1.yaml"
    spec.write_bytes(b"openapi: 3.1.0\ninfo:\n  title: caf\xe9\n")
    err = _refused(["--spec", str(spec)], capsys, monkeypatch)
    assert f"spec {spec}: not UTF-8 text (byte 0xe9 at offset 33)" in err


def test_uncapped_file_option_key_just_under_the_cap_is_read_then_judged_as_a_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "key.pem"
    key.write_bytes(b"x" * MAX_WEBHOOK_KEY_FILE_BYTES)
    assert main(["--webhook-key", str(key), "--port", "0"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "binance-pay sandbox: error: webhook key: not an unencrypted PEM private key (ValueError)\n"


def test_uncapped_file_option_a_file_growing_past_the_cap_while_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "grows"
    path.write_bytes(b"y" * 10)
    with pytest.raises(FileOptionError, match="larger than 8 bytes"):
        read_capped_file(path, "thing", 8)
    assert read_capped_file(path, "thing", 10) == b"y" * 10
