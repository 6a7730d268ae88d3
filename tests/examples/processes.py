"""The examples run as a merchant runs them: each a subprocess whose output is read line by line as it comes."""

from __future__ import annotations

import importlib.util
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
POLL_S = 0.02


def require(*modules: str) -> None:
    """Skip when a module an example needs is not installed; under CI=true, fail instead."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed: pip install -e '.[test]'"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: {message}")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def example_env(**variables: str) -> dict[str, str]:
    """This environment with `variables`, this interpreter's scripts (`binance-pay`) first on PATH, output unbuffered."""
    scripts = str(Path(sys.executable).parent)
    path = os.pathsep.join([scripts, os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, "PYTHONUNBUFFERED": "1", **variables}


class ExampleProcess:
    """A running example; its stdout and stderr together, as lines, in `lines`."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str]) -> None:
        self.command = list(command)
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self.process = subprocess.Popen(
            self.command,
            env=dict(env),
            cwd=EXAMPLES.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def output(self) -> str:
        with self._changed:
            return "\n".join(self.lines)

    def matching(self, pattern: str) -> list[re.Match[str]]:
        with self._changed:
            return [match for line in self.lines if (match := re.search(pattern, line))]

    def wait_for(self, pattern: str, count: int = 1, timeout: float = 20.0) -> list[re.Match[str]]:
        """The lines matching `pattern`, once there are at least `count`; fails if the process ends first."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [match for line in self.lines if (match := re.search(pattern, line))]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                ended = not self._reader.is_alive()
                if left <= 0 or ended:
                    pytest.fail(f"{self.command}: {len(found)} of {count} lines like {pattern!r}:\n{self.output}")
                self._changed.wait(min(left, 0.5))

    def wait_for_port(self, port: int, timeout: float = 30.0) -> None:
        """Return once 127.0.0.1:`port` accepts connections; fail if the process ends or time runs out."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1.0).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"{self.command} is not listening on {port}:\n{self.output}")
                time.sleep(POLL_S)

    def finish(self, timeout: float = 60.0) -> int:
        """The exit status once the process ends by itself (killed after `timeout` seconds)."""
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(f"{self.command} still running after {timeout:g} s:\n{self.output}")
        self._reader.join(5.0)
        return code

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10.0)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10.0)
        self._reader.join(5.0)
