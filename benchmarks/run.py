"""Run the benchmark: every row side by side, interleaved over several rounds, then the extras.

The fixed-response server runs pinned to one core and this process (the clients) to another.
Each round runs every row for ``--n`` calls and records client CPU per call
(``time.process_time`` delta / calls), p50/p99 latency, calls/s and the server's CPU per request.
Within a round the rows take turns in slices (``SLICES`` of ``n / SLICES`` calls each, the order
rotating each round), so every row of a round is measured across the same stretch of time: an
in-round ratio then compares rows measured milliseconds apart, not seconds, and a burst of other
work on the host weighs on both sides alike. Reported values are the median over rounds with the
min-max spread.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks import extras, phases, report
from benchmarks.clients import ROWS, AsyncBench, Row, SyncBench, Unavailable, check_balance
from benchmarks.server import FixedServer, pin_to_cpu

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass
class Sample:
    """One row measured for one round."""

    cpu_per_call_us: float
    p50_ms: float
    p99_ms: float
    calls_per_s: float
    server_cpu_per_req_us: float


@dataclass
class Stat:
    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> Stat:
        return cls(statistics.median(values), min(values), max(values))


@dataclass
class RowResult:
    key: str
    label: str
    concurrency: int
    skipped: str | None = None
    samples: list[Sample] = field(default_factory=list)
    summary: dict[str, Stat] = field(default_factory=dict)
    phases_profiled: dict[str, float] = field(default_factory=dict)
    """cProfile's CPU µs per call by phase (inflated by the profiler; see `phases`)."""
    phases: dict[str, float] = field(default_factory=dict)
    """The same, scaled to this row's median unprofiled CPU per call."""

    def summarize(self) -> None:
        if self.samples:
            for name in Sample.__dataclass_fields__:
                self.summary[name] = Stat.of([getattr(s, name) for s in self.samples])
            if self.phases_profiled:
                cpu = self.summary["cpu_per_call_us"].median
                self.phases = phases.scaled(self.phases_profiled, cpu)


@dataclass(frozen=True)
class Cores:
    server: int | None
    client: int | None
    note: str


def choose_cores() -> Cores:
    available = sorted(os.sched_getaffinity(0))
    if len(available) < 2:
        return Cores(None, None, f"only {len(available)} core(s) available: nothing pinned")
    return Cores(
        available[0], available[1], f"server on core {available[0]}, clients on core {available[1]}"
    )


def _percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * (len(sorted_values) - 1) + 0.5))]


def _run_sync(bench: SyncBench, n: int) -> list[float]:
    latencies: list[float] = []
    append = latencies.append
    perf = time.perf_counter
    last: object = None
    for _ in range(n):
        t0 = perf()
        last = bench.call()
        append(perf() - t0)
    check_balance(last)
    return latencies


async def _run_async(bench: AsyncBench, n: int, concurrency: int) -> list[float]:
    latencies: list[float] = []
    remaining = n
    results: list[object] = []
    perf = time.perf_counter

    async def worker() -> None:
        nonlocal remaining
        last: object = None
        while remaining > 0:
            remaining -= 1
            t0 = perf()
            last = await bench.call()
            latencies.append(perf() - t0)
        results.append(last)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    for value in results:
        if value is not None:
            check_balance(value)
    return latencies


class Runner:
    def __init__(self, server: FixedServer, loop: asyncio.AbstractEventLoop) -> None:
        self.server = server
        self.loop = loop

    def open(self, row: Row) -> SyncBench | AsyncBench:
        if row.sync_factory is not None:
            return row.sync_factory(self.server.base_url)
        assert row.async_factory is not None
        return self.loop.run_until_complete(row.async_factory(self.server.base_url))

    def close(self, row: Row, bench: SyncBench | AsyncBench) -> None:
        if row.is_async:
            self.loop.run_until_complete(bench.aclose())  # type: ignore[union-attr]
        else:
            bench.close()  # type: ignore[union-attr]

    def calls(self, row: Row, bench: SyncBench | AsyncBench, n: int) -> list[float]:
        if row.is_async:
            coro = _run_async(bench, n, row.concurrency)  # type: ignore[arg-type]
            return self.loop.run_until_complete(coro)
        return _run_sync(bench, n)  # type: ignore[arg-type]

    def measure(self, row: Row, bench: SyncBench | AsyncBench, n: int, tally: Tally) -> None:
        """`n` calls of `row`, added to `tally` (one slice of a round)."""
        before = self.server.stats()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        latencies = self.calls(row, bench, n)
        cpu1, wall1 = time.process_time(), time.perf_counter()
        after = self.server.stats()
        served, server_cpu = after.requests - before.requests, after.cpu - before.cpu
        tally.add(n, cpu1 - cpu0, wall1 - wall0, latencies, served, server_cpu)


@dataclass
class Tally:
    """One row's slices of one round, added up."""

    calls: int = 0
    cpu: float = 0.0
    wall: float = 0.0
    served: int = 0
    server_cpu: float = 0.0
    latencies: list[float] = field(default_factory=list)

    def add(
        self,
        calls: int,
        cpu: float,
        wall: float,
        latencies: list[float],
        served: int,
        server_cpu: float,
    ) -> None:
        self.calls += calls
        self.cpu += cpu
        self.wall += wall
        self.latencies += latencies
        self.served += served
        self.server_cpu += server_cpu

    def sample(self) -> Sample:
        latencies = sorted(self.latencies)
        return Sample(
            cpu_per_call_us=self.cpu / self.calls * 1e6,
            p50_ms=_percentile(latencies, 0.50) * 1e3,
            p99_ms=_percentile(latencies, 0.99) * 1e3,
            calls_per_s=self.calls / self.wall,
            server_cpu_per_req_us=self.server_cpu / max(1, self.served) * 1e6,
        )


SLICES = 5
"""Turns each row takes per round (each of n / SLICES calls)."""


# The rows whose CPU is broken down by phase: each SDK path and the floor it is measured against.
PROFILED_ROWS = (
    "http_client",
    "sdk_sync",
    "aiohttp_16",
    "sdk_async_16",
    "aiohttp_64",
    "sdk_async_64",
)


def _run_round(
    runner: Runner,
    rows: list[Row],
    open_benches: dict[int, SyncBench | AsyncBench],
    results: list[RowResult],
    n: int,
    r: int,
    log: Callable[[str], None],
) -> None:
    """Round `r`: every open row for `n` calls, the rows taking turns in slices."""
    order = list(open_benches)
    shift = r % len(order) if order else 0
    order = order[shift:] + order[:shift]
    tallies = {i: Tally() for i in order}
    gc.collect()
    for part in range(SLICES):
        calls = n // SLICES + (1 if part < n % SLICES else 0)
        for i in [i for i in order if i in open_benches]:
            try:
                runner.measure(rows[i], open_benches[i], calls, tallies[i])
            except Exception as exc:
                results[i].skipped = f"failed in round {r + 1}: {type(exc).__name__}: {exc}"
                log(f"  FAIL {rows[i].key}: {results[i].skipped}")
                del open_benches[i]
    for i in [i for i in order if i in open_benches]:
        sample = tallies[i].sample()
        results[i].samples.append(sample)
        log(
            f"  round {r + 1} {rows[i].key:<28} c={rows[i].concurrency:<3} "
            f"cpu/call {sample.cpu_per_call_us:8.1f} us  p50 {sample.p50_ms:7.3f} ms  "
            f"p99 {sample.p99_ms:7.3f} ms  {sample.calls_per_s:9.0f} calls/s"
        )


def run_rows(
    rows: list[Row],
    n: int,
    rounds: int,
    cores: Cores,
    log: Callable[[str], None],
    profile_calls: int = 0,
) -> list[RowResult]:
    results = [RowResult(row.key, row.label, row.concurrency) for row in rows]
    loop = asyncio.new_event_loop()
    with FixedServer(cpu=cores.server) as server:
        runner = Runner(server, loop)
        open_benches: dict[int, SyncBench | AsyncBench] = {}
        for i, row in enumerate(rows):
            try:
                bench = runner.open(row)
                runner.calls(row, bench, max(20, 2 * row.concurrency))  # warm-up, connections
            except Unavailable as exc:
                results[i].skipped = str(exc)
                log(f"  skip {row.key}: {exc}")
                continue
            except Exception as exc:  # a broken client must not sink the other rows
                results[i].skipped = f"failed: {type(exc).__name__}: {exc}"
                log(f"  FAIL {row.key}: {type(exc).__name__}: {exc}")
                continue
            open_benches[i] = bench
        for r in range(rounds):
            _run_round(runner, rows, open_benches, results, n, r, log)
        if profile_calls:
            for i, bench in open_benches.items():
                if rows[i].key in PROFILED_ROWS:
                    log(f"  profiling {rows[i].key} ({profile_calls} calls)")
                    results[i].phases_profiled = phases.profile_row(
                        rows[i], bench, loop, profile_calls
                    )
        for i, bench in open_benches.items():
            runner.close(rows[i], bench)
    loop.close()
    for result in results:
        if result.skipped is not None:
            result.samples.clear()
        result.summarize()
    return results


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="calls per row per round")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI (n=50, 1 round)")
    parser.add_argument("--rows", default="", help="comma-separated row keys (default: all)")
    parser.add_argument("--import-reps", type=int, default=21, help="fresh interpreters each")
    parser.add_argument("--sandbox-seconds", type=float, default=5.0)
    parser.add_argument("--no-extras", action="store_true", help="skip import/regen/sandbox")
    parser.add_argument("--out", type=Path, default=None, help="results directory")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target fails")
    parser.add_argument(
        "--profile-calls", type=int, default=1000, help="calls per row in the per-phase profile"
    )
    args = parser.parse_args(argv)
    if args.smoke:
        args.n, args.rounds = min(args.n, 50), 1
        args.import_reps = min(args.import_reps, 3)
        args.sandbox_seconds = min(args.sandbox_seconds, 1.0)
        args.profile_calls = min(args.profile_calls, 100)
    if args.out is None:
        args.out = RESULTS_DIR / "smoke" if args.smoke else RESULTS_DIR
    return args


def _add_repo_packages_to_path() -> None:
    """Make ``binance_pay`` / ``binance_pay_sandbox`` importable from the repo when not installed.

    Appended, not prepended: an installed package (e.g. under tox) wins over the source tree.
    """
    repo = RESULTS_DIR.parent.parent
    for sub in ("generated_client", "sandbox"):
        path = str(repo / sub)
        if path not in sys.path:
            sys.path.append(path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    _add_repo_packages_to_path()

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    cores = choose_cores()
    pin_to_cpu(cores.client)
    wanted = {k.strip() for k in args.rows.split(",") if k.strip()}
    rows = [row for row in ROWS if not wanted or row.key in wanted]
    started = dt.datetime.now(dt.UTC)
    log(f"benchmark: n={args.n} rounds={args.rounds}; {cores.note}")
    counters = report.host_counters()
    row_results = run_rows(rows, args.n, args.rounds, cores, log, args.profile_calls)
    host_load = report.describe_host_load(counters, report.host_counters())
    own_work: dict[str, float] = {}
    if args.profile_calls:
        log("own work: the clients with an in-memory transport")
        try:
            own_work = phases.own_work(max(200, args.profile_calls * 5))
        except ImportError as exc:
            log(f"  skip own work: {exc}")
    extra = extras.Extras()
    if not args.no_extras:
        log("extras: import time, regeneration, sandbox throughput")
        extra = extras.run_all(
            import_reps=args.import_reps,
            sandbox_seconds=args.sandbox_seconds,
            cores=(cores.server, cores.client),
            log=log,
        )
    result = report.Report(
        date=started.strftime("%Y-%m-%d %H:%M UTC"),
        machine=report.machine_info(),
        settings={
            "n": args.n,
            "rounds": args.rounds,
            "smoke": args.smoke,
            "cores": cores.note,
            "host_load": host_load,
            "own_work_us": own_work,
        },
        rows=[asdict(r) for r in row_results],
        extras=asdict(extra),
    )
    result.targets = report.evaluate_targets(result)
    report.write_all(result, args.out)
    print(report.render_markdown(result))
    log(f"wrote {args.out}/results.md, results.json, results.png")
    failed = [t for t in result.targets if t["status"] == "FAIL"]
    return 1 if args.check and failed else 0
