"""The certificate cache cannot be turned against the merchant: forged serials and a failing or slow
certificate endpoint (a real HTTP server) cost at most one fetch, and never delay a genuine notification."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from binance_pay import AsyncBinancePayClient, BinancePayClient
from binance_pay.webhooks import AsyncWebhooks, Webhooks, WebhookVerificationError

from .conftest import PAY_BODY, Signer, make_signer
from .servers import CertificateServer

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def server(signer: Signer) -> Iterator[CertificateServer]:
    made = CertificateServer(signer)
    yield made
    made.close()


def client_for(server: CertificateServer) -> BinancePayClient:
    return BinancePayClient(api_key="key", secret_key="secret", base_url=server.url, max_retries=0)


def reason(verify: Any, body: bytes, headers: Any) -> str:
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers)
    return info.value.reason


def forged(count: int) -> list[dict[str, str]]:
    """Notifications naming serials Binance never issued (signed with keys of the forger's own)."""
    forger = make_signer("0" * 32)
    headers = []
    for index in range(count):
        signed = forger.headers(PAY_BODY)
        signed["BinancePay-Certificate-SN"] = f"{index:032x}"
        headers.append(signed)
    return headers


def test_forged_serial_flood_costs_one_certificate_fetch(server: CertificateServer, signer: Signer) -> None:
    with client_for(server) as client:
        reasons = {reason(client.webhooks.verify, PAY_BODY, headers) for headers in forged(30)}
        assert reasons == {"unknown_certificate"}
        assert server.calls == 1  # the first fetch counts against the refetch interval too
        assert client.webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type == "PAY"
    assert server.calls == 1


def test_forged_serial_flood_from_threads_costs_one_certificate_fetch(server: CertificateServer) -> None:
    server.gate = threading.Event()
    notifications = forged(20)
    with client_for(server) as client:
        reasons: list[str] = []

        def post(headers: dict[str, str]) -> None:
            reasons.append(reason(client.webhooks.verify, PAY_BODY, headers))

        threads = [threading.Thread(target=post, args=(headers,)) for headers in notifications]
        for thread in threads:
            thread.start()
        time.sleep(0.2)
        server.gate.set()
        for thread in threads:
            thread.join()
    assert server.calls == 1
    assert set(reasons) <= {"unknown_certificate", "certificates_unavailable"} and len(reasons) == 20


def test_failing_certificate_endpoint_is_remembered_for_failure_ttl(server: CertificateServer, signer: Signer) -> None:
    server.failing = True
    with client_for(server) as client:
        webhooks = Webhooks(client.certificates.list, failure_ttl=0.5)
        started = time.monotonic()
        for headers in [signer.headers(PAY_BODY) for _ in range(3)] + forged(20):
            assert reason(webhooks.verify, PAY_BODY, headers) == "certificates_unavailable"
        assert server.calls == 1 and time.monotonic() - started < 0.5  # failed fast, without the network
        server.failing = False
        time.sleep(0.6)  # the failure is forgotten: the next notification fetches again
        assert webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type == "PAY"
        assert server.calls == 2


def test_failing_certificate_endpoint_cause_is_the_client_error(server: CertificateServer, signer: Signer) -> None:
    from binance_pay import errors

    server.failing = True
    with client_for(server) as client, pytest.raises(WebhookVerificationError) as info:
        client.webhooks.verify(PAY_BODY, signer.headers(PAY_BODY))
    assert isinstance(info.value.__cause__, errors.BinancePayError)
    assert "secret" not in str(info.value)


def test_slow_certificate_endpoint_does_not_delay_a_known_serial_sync(
    server: CertificateServer, signer: Signer, other_signer: Signer
) -> None:
    with client_for(server) as client:
        webhooks = Webhooks(client.certificates.list, refetch_interval=0, fetch_wait=0.2)
        webhooks.verify(PAY_BODY, signer.headers(PAY_BODY))  # the keys are cached
        server.gate = threading.Event()
        refetching = threading.Thread(target=reason, args=(webhooks.verify, PAY_BODY, forged(1)[0]))
        refetching.start()
        while server.in_flight == 0:
            time.sleep(0.005)
        started = time.monotonic()
        assert webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type == "PAY"
        genuine_s = time.monotonic() - started
        # Another unknown serial waits `fetch_wait` at most, not for the whole fetch.
        started = time.monotonic()
        assert reason(webhooks.verify, PAY_BODY, other_signer.headers(PAY_BODY)) == "unknown_certificate"
        unknown_s = time.monotonic() - started
        assert server.in_flight == 1  # the fetch is still under way
        server.gate.set()
        refetching.join()
    assert genuine_s < 0.1 and unknown_s < 0.5
    assert server.calls == 2


def test_slow_certificate_endpoint_does_not_delay_a_known_serial_async(
    server: CertificateServer, signer: Signer, other_signer: Signer
) -> None:
    async def run() -> tuple[float, float]:
        async with AsyncBinancePayClient(
            api_key="key", secret_key="secret", base_url=server.url, max_retries=0
        ) as client:
            webhooks = AsyncWebhooks(client.certificates.list, refetch_interval=0, fetch_wait=0.2)
            await webhooks.verify(PAY_BODY, signer.headers(PAY_BODY))
            server.gate = threading.Event()
            refetching = asyncio.create_task(webhooks.verify(PAY_BODY, forged(1)[0]))
            while server.in_flight == 0:
                await asyncio.sleep(0.005)
            started = time.monotonic()
            assert (await webhooks.verify(PAY_BODY, signer.headers(PAY_BODY))).biz_type == "PAY"
            genuine_s = time.monotonic() - started
            started = time.monotonic()
            with pytest.raises(WebhookVerificationError) as info:
                await webhooks.verify(PAY_BODY, other_signer.headers(PAY_BODY))
            assert info.value.reason == "unknown_certificate"
            unknown_s = time.monotonic() - started
            assert server.in_flight == 1
            server.gate.set()
            with pytest.raises(WebhookVerificationError):
                await refetching
            return genuine_s, unknown_s

    genuine_s, unknown_s = asyncio.run(run())
    assert genuine_s < 0.1 and unknown_s < 0.5
    assert server.calls == 2


def test_slow_certificate_endpoint_first_fetch_is_shared_by_concurrent_genuine_notifications(
    server: CertificateServer, signer: Signer
) -> None:
    server.gate = threading.Event()
    with client_for(server) as client:
        results: list[str] = []

        def post() -> None:
            results.append(client.webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type)

        threads = [threading.Thread(target=post) for _ in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(0.05)
        server.gate.set()  # the fetch ends within the others' fetch_wait
        for thread in threads:
            thread.join()
    assert results == ["PAY"] * 8 and server.calls == 1


def test_derived_clients_share_one_verifier_replay_cache_and_certificates(
    server: CertificateServer, signer: Signer
) -> None:
    with client_for(server) as client:
        derived = client.with_options(max_retries=0)
        assert derived.webhooks is client.webhooks
        headers = signer.headers(PAY_BODY)
        assert client.webhooks.verify(PAY_BODY, headers).biz_type == "PAY"
        assert reason(derived.webhooks.verify, PAY_BODY, headers) == "replayed_nonce"
        assert derived.with_options(timeout=5).webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type == "PAY"
    assert server.calls == 1


def test_derived_async_clients_share_one_verifier(server: CertificateServer, signer: Signer) -> None:
    async def run() -> None:
        async with AsyncBinancePayClient(api_key="key", secret_key="secret", base_url=server.url) as client:
            derived = client.with_options(max_retries=0)
            assert derived.webhooks is client.webhooks
            headers = signer.headers(PAY_BODY)
            assert (await derived.webhooks.verify(PAY_BODY, headers)).biz_type == "PAY"
            with pytest.raises(WebhookVerificationError) as info:
                await client.webhooks.verify(PAY_BODY, headers)
            assert info.value.reason == "replayed_nonce"

    asyncio.run(run())
    assert server.calls == 1


def test_configured_webhooks_keep_the_client_and_are_shared_by_derived_clients(
    server: CertificateServer, signer: Signer, tmp_path: Any
) -> None:
    from binance_pay.webhooks import SQLiteReplayStore

    store = SQLiteReplayStore(tmp_path / "nonces.db")
    with client_for(server) as client, client_for(server) as other_worker:
        derived = client.with_options(max_retries=0)
        configured = client.configure_webhooks(replay_store=store, tolerance=60)
        assert derived.webhooks is configured and client.webhooks is configured
        other_worker.configure_webhooks(replay_store=store)  # another process of the same host, in effect
        headers = signer.headers(PAY_BODY)
        assert derived.webhooks.verify(PAY_BODY, headers).biz_type == "PAY"
        assert reason(other_worker.webhooks.verify, PAY_BODY, headers) == "replayed_nonce"
        client.clock_offset_ms = -600_000  # the configured verifier still reads the client's clock
        late = signer.headers(PAY_BODY, timestamp=int(time.time() * 1000) - 600_000)
        assert client.webhooks.verify(PAY_BODY, late).biz_type == "PAY"


def test_async_configured_webhooks(server: CertificateServer, signer: Signer) -> None:
    async def run() -> None:
        async with AsyncBinancePayClient(api_key="key", secret_key="secret", base_url=server.url) as client:
            configured = client.configure_webhooks(tolerance=30)
            assert client.with_options(max_retries=0).webhooks is configured
            assert (await configured.verify(PAY_BODY, signer.headers(PAY_BODY))).biz_type == "PAY"

    asyncio.run(run())


def test_fetch_options_are_checked() -> None:
    for name in ("refetch_interval", "failure_ttl", "fetch_wait"):
        with pytest.raises(ValueError, match=name):
            Webhooks(lambda: [], **{name: -1})  # type: ignore[arg-type]
