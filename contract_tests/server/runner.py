"""Schemathesis runs against the sandbox (in-process ASGI or live uvicorn), signed by a schema-scoped auth hook.

Every operation of the spec is run the same way: nothing here names one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation

from contract_tests.oracle.checks import CUSTOM_CHECKS, RULES_BY_SCHEMA, ServerRules
from contract_tests.oracle.counting import SERVER, count
from contract_tests.oracle.signing import new_nonce, now_ms, signature
from contract_tests.oracle.spec import (
    KEY_HEADER,
    NONCE_HEADER,
    SIG_HEADER,
    SPEC_PATH,
    TS_HEADER,
    documented_statuses,
    operation,
)

SIGNING_HEADERS = (KEY_HEADER, TS_HEADER, NONCE_HEADER, SIG_HEADER)


def wire_body(case: Any) -> bytes:
    """The exact bytes the transport will send for `case` (a None body is b"null", json= uses requests' dumps)."""
    kwargs = case.as_transport_kwargs(base_url="http://sandbox.invalid")
    prepared = requests.Request(
        method=kwargs["method"],
        url=kwargs["url"],
        headers=kwargs.get("headers"),
        json=kwargs.get("json"),
        data=kwargs.get("data"),
    ).prepare()
    body = prepared.body or b""
    return body.encode("utf-8") if isinstance(body, str) else body


def headers_negated(case: Any) -> bool:
    """Whether Schemathesis removed or mangled header parameters on purpose (missing-header negative cases)."""
    meta = case.meta
    data = getattr(getattr(meta, "phase", None), "data", None)
    for mutation in getattr(data, "mutations", ()) or ():
        if mutation.parameter_location == ParameterLocation.HEADER:
            return True
    return False


def install_signing(schema: Any, rules: ServerRules) -> None:
    """Register a signing auth provider on this schema only (no global registration, nothing leaks)."""

    class SignExactBytes:
        def get(self, case: Any, context: Any) -> ServerRules:
            return rules

        def set(self, case: Any, data: ServerRules, context: Any) -> None:
            if case.headers is None:
                case.headers = {}
            if headers_negated(case):
                wanted = [name for name in SIGNING_HEADERS if name in case.headers]
            else:
                wanted = list(SIGNING_HEADERS)
            if not wanted:
                return
            timestamp, nonce = str(now_ms()), new_nonce()
            values = {
                KEY_HEADER: data.api_key,
                TS_HEADER: timestamp,
                NONCE_HEADER: nonce,
                SIG_HEADER: signature(data.secret_key, timestamp, nonce, wire_body(case)),
            }
            for name in wanted:
                case.headers[name] = values[name]

    schema.auth(refresh_interval=None)(SignExactBytes)


def schemathesis_config(base_url: str | None = None) -> SchemathesisConfig:
    # positive_data_acceptance is replaced by the exact oracle (violation_result_code): Schemathesis reads the spec's
    # bounds as floats (999999999999999.99999999 becomes 1e15), so it calls 1000000000000000 valid and its rejection
    # a failure; the oracle validates the same body with Decimals and expects SUCCESS exactly when it is valid.
    data: dict[str, Any] = {
        "checks": {
            "negative_data_rejection": {"expected-statuses": documented_statuses()},
            "positive_data_acceptance": {"enabled": False},
        },
        "phases": {"examples": {"enabled": True}},
    }
    if base_url is not None:
        data["base-url"] = base_url
    return SchemathesisConfig.from_dict(data)


def load_schema(rules: ServerRules, *, app: Any = None, url: str | None = None) -> Any:
    """The spec under test (BINANCE_PAY_SPEC or openapi/), bound to an ASGI app or a live base URL, and signed.

    Live, the schema is the one the server serves (GET /openapi.yaml): it must be the spec under test.
    """
    if url is not None:
        schema = schemathesis.openapi.from_url(f"{url}/openapi.yaml", config=schemathesis_config(url))
    else:
        schema = schemathesis.openapi.from_path(SPEC_PATH, config=schemathesis_config())
        schema.app = app
    RULES_BY_SCHEMA[id(schema)] = rules
    install_signing(schema, rules)
    return schema


@dataclass
class RunStats:
    cases: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


def run_operation(
    schema: Any,
    operation_id: str,
    mode: GenerationMode,
    *,
    max_examples: int,
    base_url: str | None = None,
    shrink: bool = True,
    on_case: Callable[[Any], None] | None = None,
) -> RunStats:
    """Generate `max_examples` cases of one operation in `mode`, send each, run every built-in and custom check.

    Any failed check raises (Schemathesis' FailureGroup / AssertionError), so the caller's test fails.
    """
    spec_op = operation(operation_id)
    api_operation = schema[spec_op.path][spec_op.method]
    stats = RunStats()
    phases = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if shrink else [])

    @given(case=api_operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=max_examples,
        derandomize=True,
        deadline=None,
        database=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        stats.cases += 1
        count(operation_id, SERVER)
        if on_case is not None:
            on_case(case)
        kwargs = {"base_url": base_url} if base_url else {}
        response = case.call_and_validate(additional_checks=CUSTOM_CHECKS, **kwargs)
        stats.statuses[response.status_code] = stats.statuses.get(response.status_code, 0) + 1

    run()
    return stats
