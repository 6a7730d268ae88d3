"""Measurements outside the call loop: import time, regeneration time, sandbox throughput."""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHONPATH = os.pathsep.join(str(REPO / p) for p in ("generated_client", "sandbox", "."))
# Wall time and CPU time of the import. CPU time is what the target uses: it leaves out the
# time the interpreter sat waiting for a core, so other work on the host distorts it less.
_IMPORT_SNIPPET = (
    "import sys, time; t = time.perf_counter(); c = time.process_time(); import {module}; "
    "print(time.perf_counter() - t, time.process_time() - c, 'aiohttp' in sys.modules)"
)


@dataclass
class ImportTimes:
    httpx_ms: list[float] = field(default_factory=list)  # CPU time
    binance_pay_ms: list[float] = field(
        default_factory=list
    )  # CPU time, generated from a one-operation spec
    httpx_wall_ms: list[float] = field(default_factory=list)
    binance_pay_wall_ms: list[float] = field(default_factory=list)
    binance_pay_many_ms: list[float] = field(
        default_factory=list
    )  # CPU time, generated from `many_operations`
    many_operations: int = 0
    lean_venv: bool = False  # measured in a fresh venv holding only the runtime install (httpx)
    binance_pay_imports_aiohttp: bool | None = None
    heaviest_extra_modules: list[tuple[str, float]] = field(default_factory=list)
    skipped: str | None = None

    @property
    def difference_ms(self) -> float | None:
        if not self.httpx_ms or not self.binance_pay_ms:
            return None
        return statistics.median(self.binance_pay_ms) - statistics.median(self.httpx_ms)


@dataclass
class Regeneration:
    seconds: list[float] = field(default_factory=list)
    skipped: str | None = None


@dataclass
class SandboxThroughput:
    requests_per_s: float | None = None
    ok: int = 0
    failed: int = 0
    concurrency: int = 32
    seconds: float = 0.0
    server_cpu_utilisation: float | None = None
    requests_per_server_cpu_s: float | None = None
    first_failure: str | None = None
    skipped: str | None = None


@dataclass
class HttpxOverhead:
    """CPU per call of ``httpx.AsyncClient`` alone (canned response, no I/O, concurrency 1).

    Signing and JSON parsing are measured separately and subtracted.
    """

    async_client_us: float | None = None
    skipped: str | None = None


@dataclass
class WebhookVerify:
    """CPU per `Webhooks.verify` of a signed PAY notification, its certificate cached.

    Target: <= 200 us.
    """

    verify_us: float | None = None
    skipped: str | None = None


@dataclass
class Extras:
    imports: ImportTimes = field(default_factory=ImportTimes)
    regeneration: Regeneration = field(default_factory=Regeneration)
    sandbox: SandboxThroughput = field(default_factory=SandboxThroughput)
    httpx_overhead: HttpxOverhead = field(default_factory=HttpxOverhead)
    webhook_verify: WebhookVerify = field(default_factory=WebhookVerify)


def measure_httpx_overhead(n: int, log: Callable[[str], None]) -> HttpxOverhead:
    """What any transport under ``httpx.AsyncClient`` pays per call before touching the network."""
    import httpx

    from benchmarks.clients import balance_body, parse_balance, signed_headers
    from benchmarks.server import BALANCE_PATH, RESPONSE_BODY

    def canned(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Type": "application/json"}, content=RESPONSE_BODY
        )

    async def calls() -> float:
        async with httpx.AsyncClient(
            base_url="http://127.0.0.1:9", transport=httpx.MockTransport(canned)
        ) as client:
            for i in range(n + 100):
                if i == 100:  # after warm-up
                    start = time.process_time()
                body = balance_body()
                response = await client.post(
                    BALANCE_PATH, content=body, headers=signed_headers(body)
                )
                parse_balance(response.content)
        return (time.process_time() - start) / n * 1e6

    start = time.process_time()
    for _ in range(n):  # signing + parsing, which the aiohttp row pays too: not httpx's overhead
        body = balance_body()
        signed_headers(body)
        parse_balance(RESPONSE_BODY)
    sign_parse_us = (time.process_time() - start) / n * 1e6
    result = HttpxOverhead(async_client_us=asyncio.run(calls()) - sign_parse_us)
    log(f"  httpx.AsyncClient overhead (no I/O): {result.async_client_us:.0f} us/call")
    return result


def _env(pythonpath: str = PYTHONPATH) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = pythonpath + (os.pathsep + env["PYTHONPATH"] if "PYTHONPATH" in env else "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_import(
    module: str, python: str = sys.executable, pythonpath: str = PYTHONPATH
) -> tuple[float, float, bool]:
    out = subprocess.run(
        [python, "-c", _IMPORT_SNIPPET.format(module=module)],
        env=_env(pythonpath),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]) * 1e3, float(out[1]) * 1e3, out[2] == "True"


def _importtime_cumulative(
    module: str, python: str = sys.executable, pythonpath: str = PYTHONPATH
) -> dict[str, float]:
    """Cumulative time (ms) of each module imported by ``import module`` (``-X importtime``)."""
    err = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"],
        env=_env(pythonpath),
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    times: dict[str, float] = {}
    for line in err.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].startswith("import time:") and parts[1].strip().isdigit():
            times[parts[2].strip()] = int(parts[1]) / 1e3
    return times


def _lean_python(root: Path, log: Callable[[str], None]) -> str | None:
    """A fresh venv holding only the client's runtime dependency (httpx, at this version)."""
    import importlib.metadata

    venv = root / "lean-venv"
    python = venv / "bin" / "python"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                f"httpx=={importlib.metadata.version('httpx')}",
            ],
            check=True,
            capture_output=True,
        )
    except (subprocess.CalledProcessError, OSError) as exc:
        log(f"  lean venv unavailable ({exc}); measuring imports in this interpreter")
        return None
    return str(python)


def _spec_with_operations(count: int | None) -> dict[str, object]:
    """The project's spec with only its first operation (count=1), or padded with copies of that
    operation under new tags until it has at least `count` operations."""
    sys.path.insert(0, str(REPO))
    from tests.fixtures.proof_spec import _load

    spec = _load(REPO / "openapi" / "binance-pay.yaml")
    paths: dict[str, dict[str, object]] = spec["paths"]
    first_path, first_item = next(iter(paths.items()))
    if count == 1:
        spec["paths"] = {first_path: first_item}
        return spec
    operation = next(iter(first_item.values()))
    assert isinstance(operation, dict)
    index = 0
    while count is not None and len(paths) < count:
        index += 1
        clone = {**operation, "operationId": f"benchCopy{index}", "tags": [f"bench_copy_{index}"]}
        paths[f"/binancepay/openapi/bench-copy-{index}"] = {"post": clone}
    return spec


def _generate(spec: dict[str, object], root: Path, name: str) -> Path:
    import yaml
    from tests.fixtures.proof_spec import _ExactDumper

    spec_path = root / f"{name}.yaml"
    spec_path.write_text(yaml.dump(spec, Dumper=_ExactDumper, sort_keys=False))
    package_root = root / name
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--spec",
            str(spec_path),
            "--output",
            str(package_root / "binance_pay"),
        ],
        cwd=REPO,
        env=_env(),
        check=True,
        capture_output=True,
    )
    return package_root


def measure_imports(reps: int, log: Callable[[str], None], operations: int = 40) -> ImportTimes:
    """`import binance_pay` against `import httpx` in fresh interpreters, for a client generated
    from one operation and from at least `operations` operations (resources load lazily, so the
    two should cost the same)."""
    result = ImportTimes()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        root = Path(tmp)
        try:
            one = _generate(_spec_with_operations(1), root, "one")
            many_spec = _spec_with_operations(operations)
            result.many_operations = sum(len(item) for item in many_spec["paths"].values())  # type: ignore[attr-defined]
            many = _generate(many_spec, root, "many")
        except (subprocess.CalledProcessError, ImportError) as exc:
            result.skipped = f"could not generate the measured packages: {exc}"
            log(f"  skip import time: {result.skipped}")
            return result
        python = _lean_python(root, log) or sys.executable
        result.lean_venv = python != sys.executable
        for _ in range(
            reps
        ):  # interleaved, fresh interpreters (bytecode cached by the first round)
            wall, cpu, _ = _time_import("httpx", python, str(one))
            result.httpx_wall_ms.append(wall)
            result.httpx_ms.append(cpu)
            wall, cpu, has_aiohttp = _time_import("binance_pay", python, str(one))
            result.binance_pay_wall_ms.append(wall)
            result.binance_pay_ms.append(cpu)
            result.binance_pay_imports_aiohttp = bool(
                result.binance_pay_imports_aiohttp or has_aiohttp
            )
            _wall, cpu, _ = _time_import("binance_pay", python, str(many))
            result.binance_pay_many_ms.append(cpu)
        # Top-level packages that binance_pay pulls in and httpx does not, by cumulative time
        # (-X importtime inflates absolute numbers; the ranking is what helps).
        base = _importtime_cumulative("httpx", python, str(one))
        extra = {
            m: t
            for m, t in _importtime_cumulative("binance_pay", python, str(many)).items()
            if m not in base and "." not in m and m != "binance_pay"
        }
    result.heaviest_extra_modules = sorted(extra.items(), key=lambda kv: -kv[1])[:8]
    where = ", lean venv" if result.lean_venv else ""
    httpx_ms = statistics.median(result.httpx_ms)
    one_ms, many_ms = (
        statistics.median(result.binance_pay_ms),
        statistics.median(result.binance_pay_many_ms),
    )
    log(
        f"  import (CPU{where}): httpx {httpx_ms:.1f} ms,"
        f" binance_pay {one_ms:.1f} ms (1 operation),"
        f" {many_ms:.1f} ms ({result.many_operations} operations)"
    )
    return result


def measure_regeneration(reps: int, log: Callable[[str], None]) -> Regeneration:
    result = Regeneration()
    if not (REPO / "generator" / "__main__.py").exists():
        result.skipped = "generator/__main__.py does not exist yet"
        return result
    for _ in range(reps):
        with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
            t0 = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "generator", "--output", str(Path(tmp) / "binance_pay")],
                cwd=REPO,
                env=_env(),
                capture_output=True,
                text=True,
            )
            elapsed = time.perf_counter() - t0
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["?"]
            result.skipped = f"`python -m generator` exited {proc.returncode}: {tail[0]}"
            result.seconds.clear()
            break
        result.seconds.append(elapsed)
    if result.skipped:
        log(f"  skip regeneration: {result.skipped}")
    else:
        log(f"  regeneration: {statistics.median(result.seconds):.2f} s")
    return result


def measure_sandbox(
    seconds: float, concurrency: int, server_cpu: int | None, log: Callable[[str], None]
) -> SandboxThroughput:
    from benchmarks.sandbox_load import SandboxProcess, SandboxUnavailable, load

    result = SandboxThroughput(concurrency=concurrency)
    try:
        with SandboxProcess(cpu=server_cpu, env=_env()) as sandbox:
            asyncio.run(load(sandbox, 0.5, concurrency, SandboxThroughput()))  # warm-up
            cpu0 = sandbox.cpu_time()
            asyncio.run(load(sandbox, seconds, concurrency, result))
            cpu1 = sandbox.cpu_time()
    except SandboxUnavailable as exc:
        result.skipped = str(exc)
        log(f"  skip sandbox: {exc}")
        return result
    if result.seconds > 0:
        result.requests_per_s = result.ok / result.seconds
        result.server_cpu_utilisation = (cpu1 - cpu0) / result.seconds
        if cpu1 > cpu0:
            result.requests_per_server_cpu_s = result.ok / (cpu1 - cpu0)
    log(f"  sandbox: {result.requests_per_s or 0:.0f} req/s ok={result.ok} failed={result.failed}")
    return result


def run_all(
    *,
    import_reps: int,
    sandbox_seconds: float,
    cores: tuple[int | None, int | None],
    log: Callable[[str], None],
) -> Extras:
    return Extras(
        httpx_overhead=measure_httpx_overhead(2000 if import_reps > 3 else 200, log),
        imports=measure_imports(import_reps, log),
        regeneration=measure_regeneration(3 if import_reps > 3 else 1, log),
        sandbox=measure_sandbox(sandbox_seconds, 32, cores[0], log),
        webhook_verify=measure_webhook_verify(2000 if import_reps > 3 else 200, log),
    )


def measure_webhook_verify(n: int, log: Callable[[str], None]) -> WebhookVerify:
    """Sign n PAY notifications with a fresh RSA-2048 key (off the clock), then verify them all."""
    try:
        from binance_pay.models import Certificate
        from binance_pay.webhooks import Webhooks
        from tests.webhooks.conftest import PAY_BODY, make_signer
    except ImportError as exc:
        return WebhookVerify(skipped=f"needs cryptography and the tests: {exc}")
    signer = make_signer("bench")
    certificates = [Certificate(cert_serial=signer.serial, cert_public=signer.public_pem)]
    webhooks = Webhooks(lambda: certificates)
    webhooks.verify(
        PAY_BODY, signer.headers(PAY_BODY)
    )  # fetch, import the models, compile the schema
    signed = [signer.headers(PAY_BODY) for _ in range(n)]
    start = time.process_time()
    for headers in signed:
        webhooks.verify(PAY_BODY, headers)
    result = WebhookVerify(verify_us=(time.process_time() - start) / n * 1e6)
    log(f"  webhook verify (cached certificate): {result.verify_us:.0f} us/call")
    return result
