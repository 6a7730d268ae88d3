# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The `binance-pay` command: `binance-pay <resource> <operation> [--field VALUE ...]` for every
operation of the spec (flat fields are options; nested ones take JSON, or `--body FILE` takes the
whole request), plus each operation's `x-cli-command` shortcut (`binance-pay balance`), `binance-pay webhooks
verify` to check a saved notification, and `binance-pay sandbox` to run the local sandbox."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TextIO

from ._client import BinancePayClient
from ._constants import API_KEY_ENV, SECRET_KEY_ENV
from ._json import DECODER
from .errors import BinancePayError, MissingCredentialsError, RequestValidationError

_SANDBOX_HINT = "the local sandbox needs the sandbox extra: pip install 'binance-pay-sdk[sandbox]'"

_PLAIN_EXPONENT = 100
"""Decimals are printed in plain digits (`0E-8` as 0.00000000), except past 10**±100: an unknown field may hold
1e999999999, a gigabyte of digits in plain notation. Those keep exponent notation, exact and still a JSON number."""

_ERROR_CHARS = 300
"""Server text in an error line is cut after this many (escaped) characters: an error is one readable line."""

_JSON_STRING = json.JSONEncoder(ensure_ascii=False)

_MAX_FILE_BYTES = 16 * 1024 * 1024
"""A file option (`--body FILE`) is read only if it is a regular file (or `-`, standard input) of at most this
many bytes: /dev/zero, a FIFO, a directory or a file of gigabytes is refused, not waited on or read into memory."""

_MAX_KEY_FILE_BYTES = 64 * 1024
"""The cap for `--public-key FILE` (a PEM public key is well under 2 KB)."""

# Opened non-blocking, a FIFO with no writer does not hang the open; a regular file reads as usual.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class _FileOptionError(ValueError):
    """A file named by an option cannot be used; the message names the option, the file and why, on one line."""


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a decimal number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def _boolean(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise argparse.ArgumentTypeError(f"must be true or false, got {text!r}")
    return text.lower() == "true"


def _json(text: str) -> Any:
    try:
        return DECODER.decode(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON ({exc})") from None


def _size_text(limit: int) -> str:
    for unit, name in ((1024 * 1024, "MiB"), (1024, "KiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def _read_file(path: str, option: str, limit: int) -> bytes:
    """The bytes of the file an option names, at most `limit`; `_FileOptionError` when it cannot be used."""
    where = f"{option} {path}"
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            descriptor = os.open(path, _OPEN_FLAGS)
        except OSError as exc:
            raise _FileOptionError(f"{where}: cannot read ({type(exc).__name__}: {exc.strerror})") from None
        try:
            data = _read_regular(descriptor, where, limit)
        finally:
            os.close(descriptor)
    if len(data) > limit:
        raise _FileOptionError(f"{where}: larger than {_size_text(limit)}")
    return data


def _read_regular(descriptor: int, where: str, limit: int) -> bytes:
    """Up to `limit` + 1 bytes of an open file, refused unless it is a regular file no larger than `limit`."""
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise _FileOptionError(f"{where}: cannot read (it is a directory)")
        if not stat.S_ISREG(info.st_mode):
            raise _FileOptionError(f"{where}: not a regular file (a FIFO, a device or a socket)")
        if info.st_size > limit:
            raise _FileOptionError(f"{where}: larger than {_size_text(limit)}")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may have grown since fstat
            chunk = os.read(descriptor, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _FileOptionError(f"{where}: cannot read ({type(exc).__name__}: {exc.strerror})") from None
    return b"".join(chunks)


def _body_file(path: str) -> Any:
    """The request a `--body` file holds: UTF-8 JSON."""
    raw = _read_file(path, "--body", _MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _FileOptionError(
            f"--body {path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    try:
        return DECODER.decode(text)
    except ValueError as exc:
        raise _FileOptionError(f"--body {path}: not JSON ({exc})") from None


_READERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "decimal": _decimal,
    "integer": int,
    "boolean": _boolean,
    "json": _json,
}


def _add_operation(subparsers: Any, name: str, summary: str, description: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=summary,
        description=f"{summary}: {description} Credentials come from ${API_KEY_ENV}/${SECRET_KEY_ENV}.",
    )
    return parser


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--body", metavar="FILE", help="the whole request as a JSON file (- for standard input)")
    parser.add_argument("--base-url", help="API host (default: $BINANCE_PAY_BASE_URL or Binance Pay production)")
    parser.add_argument("--json", action="store_true", help="print exact JSON instead of a table")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per attempt")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start a local sandbox in-process and call it (no account needed)",
    )


def _header(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


def _add_webhooks_command(commands: Any) -> None:
    group = commands.add_parser("webhooks", help="check webhook notifications sent by Binance Pay")
    actions = group.add_subparsers(dest="subcommand", required=True, metavar="ACTION")
    parser = actions.add_parser(
        "verify",
        help="verify a saved notification and print its event",
        description="Verify a saved notification (its exact body bytes and its headers) and print the event "
        "as exact JSON; exit 1 with the reason when it is rejected.",
    )
    parser.add_argument(
        "--body", metavar="FILE", required=True, help="the raw request body, as received (- for standard input)"
    )
    parser.add_argument(
        "--header",
        dest="headers",
        type=_header,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a header of the notification (repeat: BinancePay-Timestamp, -Nonce, -Signature, -Certificate-SN)",
    )
    keys = parser.add_mutually_exclusive_group(required=True)
    keys.add_argument("--public-key", metavar="FILE", help="a PEM public key file (offline)")
    keys.add_argument(
        "--base-url",
        help=f"fetch the certificates from this API host (credentials from ${API_KEY_ENV}/${SECRET_KEY_ENV})",
    )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=None,
        help="seconds the timestamp may differ from this clock (default 300; raise it for an old notification)",
    )
    parser.set_defaults(command="webhooks")


def _run_webhooks(args: argparse.Namespace) -> int:
    from .webhooks import DEFAULT_TOLERANCE, WebhookVerificationError, WebhookVerifier  # noqa: PLC0415

    tolerance = DEFAULT_TOLERANCE if args.tolerance is None else args.tolerance
    body = _read_file(args.body, "--body", _MAX_FILE_BYTES)
    try:
        if args.public_key is not None:
            public_key = _read_file(args.public_key, "--public-key", _MAX_KEY_FILE_BYTES)
            event = WebhookVerifier(public_key, tolerance=tolerance).verify(body, args.headers)
        else:
            from .webhooks import Webhooks  # noqa: PLC0415

            with BinancePayClient(base_url=args.base_url) as client:
                verifier = Webhooks(client.certificates.list, tolerance=tolerance)
                event = verifier.verify(body, args.headers)
    except WebhookVerificationError as exc:
        _emit(f"binance-pay webhooks verify: rejected: {exc.reason}: {_one_line(str(exc))}", sys.stderr)
        return 1
    _emit(_to_json(event, indent=2))
    return 0


def _build_parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="binance-pay", description="Binance Pay merchant API from the command line.")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    group = commands.add_parser(
        "certificates", help="Binance\u0027s public keys, used to verify the signature of webhook notifications."
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "list",
        "Query Certificate",
        'Returns Binance\u0027s public key(s) for verifying webhook notifications: pick the entry whose\n`certSerial` equals the notification\u0027s `BinancePay-Certificate-SN` header, and verify the\nbase64 `BinancePay-Signature` with `certPublic` as RSA PKCS#1 v1.5 with SHA-256 over\ntimestamp + "\\n" + nonce + "\\n" + raw body + "\\n". The request has no parameters; Binance\u0027s\nexample code sends and signs the body `{}`.\n\nThe doc table lists only `certSerial` and `certPublic`; that `data` is an array comes from\nBinance\u0027s own webhook example, which reads `data[0].certPublic` (some third-party code reads\na single object instead). Unconfirmed: whether `certPublic` holds literal newlines, and the\nrotation policy. No sample response is documented: the example is illustrative, and its key\nis one we made up, not Binance\u0027s.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="certificates",
        operation="list",
        fields=[],
        json_names=[],
    )
    group = commands.add_parser(
        "collections", help="C2C collection orders (query only; creation is an OAuth API outside this spec)."
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "query",
        "Query Collection Result",
        "The status of a C2C collection order, by `orderId` (Binance\u0027s id) or `clientTradeNo` (the merchant\u0027s id); give at least one (the schema\u0027s `anyOf`). An unknown order is 400207. The collection itself is created through an OAuth API on another host, outside this spec.",
    )
    parser.add_argument(
        "--order-id",
        dest="order_id",
        type=_READERS["string"],
        help="Binance\u0027s id for the collection order.",
    )
    parser.add_argument(
        "--client-trade-no",
        dest="client_trade_no",
        type=_READERS["string"],
        help="The merchant\u0027s id for the collection order.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="collections",
        operation="query",
        fields=["order_id", "client_trade_no"],
        json_names=["orderId", "clientTradeNo"],
    )
    group = commands.add_parser(
        "convert", help="Convert one currency into another in the merchant\u0027s wallet (whitelisted merchants only)."
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "list-pairs",
        "List All Convert Pairs",
        'List the currencies `fromAsset` can be converted into, with the amount limits of each pair. Binance\u0027s sample request writes `{"fromAsset": USDT}` (not valid JSON); the example here quotes the value, as the field table (string) says.',
    )
    parser.add_argument(
        "--from-asset",
        dest="from_asset",
        type=_READERS["string"],
        help='Currency to convert from, uppercase, for example "USDT". Required.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="convert",
        operation="list_pairs",
        fields=["from_asset"],
        json_names=["fromAsset"],
    )
    parser = _add_operation(
        operations,
        "quote",
        "Send Quote",
        'Ask for a quote to convert `fromAsset` into `toAsset` from one of the merchant\u0027s wallets. Give exactly one of `fromAmount` and `toAmount`. Binance\u0027s field table marks both amounts as required, which contradicts its own one-of rule; its sample sends the unused one as null (`"fromAmount": null`). Here the unused amount is left out (the example drops the null): unconfirmed that Binance accepts the omission, though a null and a missing field usually read the same. `data.quoteId` is missing when the balance is not enough to convert. Whitelisted merchants only. Binance\u0027s sample response could not be read past `quoteId`; the example response is realistic, built from the Execute Quote sample.',
    )
    parser.add_argument(
        "--wallet",
        dest="wallet",
        type=_READERS["string"],
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="The wallet the conversion debits and credits. Required.",
    )
    parser.add_argument(
        "--from-asset",
        dest="from_asset",
        type=_READERS["string"],
        help='Currency to convert from, uppercase, for example "USDT". Required.',
    )
    parser.add_argument(
        "--to-asset",
        dest="to_asset",
        type=_READERS["string"],
        help='Currency to convert into, uppercase, for example "BNB". Required.',
    )
    parser.add_argument(
        "--from-amount",
        dest="from_amount",
        type=_READERS["decimal"],
        help="Amount to debit, 0.00000001 to 999999999999999.99999999, at most 8 decimal places. Leave it out when `toAmount` is given (Binance\u0027s sample sends null instead).",
    )
    parser.add_argument(
        "--to-amount",
        dest="to_amount",
        type=_READERS["decimal"],
        help="Amount to credit, 0.00000001 to 999999999999999.99999999, at most 8 decimal places. Leave it out when `fromAmount` is given (Binance\u0027s sample sends null instead).",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="convert",
        operation="quote",
        fields=["wallet", "from_asset", "to_asset", "from_amount", "to_amount"],
        json_names=["wallet", "fromAsset", "toAsset", "fromAmount", "toAmount"],
    )
    parser = _add_operation(
        operations,
        "execute",
        "Execute Quote",
        "Execute a quote from Send Quote. An expired quote fails with TIME_OUT (345231): ask for a new quote. The request carries no merchant id of its own, so after an unknown outcome the order id is not known; whether executing the same `quoteId` again returns the first order or fails is unconfirmed. Once `data.orderId` is known, Query Order (queryConvertOrder) follows a PROCESS order to its end. Whitelisted merchants only.",
    )
    parser.add_argument(
        "--quote-id",
        dest="quote_id",
        type=_READERS["string"],
        help="The `quoteId` from Send Quote. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="convert",
        operation="execute",
        fields=["quote_id"],
        json_names=["quoteId"],
    )
    parser = _add_operation(
        operations,
        "query",
        "Query Quote (convert order)",
        "Query a convert order by the `orderId` Execute Quote returned. Binance\u0027s sample request sends `orderId` as a JSON number (1309477640981204290); the field table says string, and the example follows the table.",
    )
    parser.add_argument(
        "--order-id",
        dest="order_id",
        type=_READERS["string"],
        help="The `orderId` from Execute Quote. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="convert",
        operation="query",
        fields=["order_id"],
        json_names=["orderId"],
    )
    group = commands.add_parser(
        "direct-debit",
        help="Direct debit / pre-authorization: contracts a user signs, and the debits the merchant runs under them (whitelisted merchants only).",
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "create-contract",
        "Direct Debit/Pre Authorization Create Contract",
        "Create a direct debit / pre-authorization contract for the user to sign (QR code or deeplink). The signing result arrives by the DIRECT_DEBIT_CT webhook, which carries the contract id. Whitelisted merchants only (released 2023-01). From third-party SDKs: the response `data` (ShepelevAndrew/BinancePayConnector); Binance\u0027s response table could not be read. The example response is realistic, not Binance\u0027s. Unconfirmed: whether a repeated `merchantContractCode` returns the first contract or an error; Query Contract looks it up by that code.",
    )
    parser.add_argument(
        "--sub-merchant-id",
        dest="sub_merchant_id",
        type=_READERS["string"],
        help="The sub-merchant the contract is for (issued when the sub-merchant was created).",
    )
    parser.add_argument(
        "--merchant-contract-code",
        dest="merchant_contract_code",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this contract request; letters and digits only. Required.",
    )
    parser.add_argument(
        "--service-name",
        dest="service_name",
        type=_READERS["string"],
        help="Service name shown to the user. Required.",
    )
    parser.add_argument(
        "--scenario-code",
        dest="scenario_code",
        type=_READERS["string"],
        help='The scenario of the contract, for example "General_Travel"; it sets the limits allowed. From third-party SDKs, the list: General_Ecommerce_Platform, General_Travel, Car_Rental, Car_Parking, Lease, Catering, Digital_Media, Membership, Utility, Repayment, Investment, Ticket, Mobile_Communication, Virtual_Goods, Others (not enforced here). Required.',
    )
    parser.add_argument(
        "--single-upper-limit",
        dest="single_upper_limit",
        type=_READERS["decimal"],
        help="The most a single debit may take, at most 8 decimal places (its ceiling depends on scenarioCode). Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Contract currency, crypto only: "USDT" (from 2024-05 "EUR" for MiCA users, replaced by "USDC" in 2025-02). Required.',
    )
    parser.add_argument(
        "--periodic",
        dest="periodic",
        type=_READERS["boolean"],
        help="Whether the contract allows periodic debits. Required.",
    )
    parser.add_argument(
        "--cycle-debit-fixed",
        dest="cycle_debit_fixed",
        type=_READERS["boolean"],
        help="For a periodic contract (said to be mandatory then; unconfirmed, not enforced). True for a fixed amount, false for a variable amount.",
    )
    parser.add_argument(
        "--cycle-type",
        dest="cycle_type",
        type=_READERS["string"],
        choices=["MONTH", "DAY"],
        help="For a periodic contract (said to be mandatory then; unconfirmed, not enforced). MONTH or DAY.",
    )
    parser.add_argument(
        "--cycle-value",
        dest="cycle_value",
        type=_READERS["integer"],
        help="For a periodic contract (said to be mandatory then; unconfirmed, not enforced). The period in cycleType units: 1 to 24 months, or more than 7 days (e.g. DAY and 30: every 30 days; MONTH and 3: every 3 calendar months).",
    )
    parser.add_argument(
        "--first-deduct-time",
        dest="first_deduct_time",
        type=_READERS["integer"],
        help="For a periodic contract (said to be mandatory then; unconfirmed, not enforced). The first debit, a future time in milliseconds since the epoch; for MONTH not after the 28th of the month (UTC).",
    )
    parser.add_argument(
        "--merchant-account-no",
        dest="merchant_account_no",
        type=_READERS["string"],
        help="The user\u0027s id or account on the merchant\u0027s side, e.g. an email.",
    )
    parser.add_argument(
        "--request-expire-time",
        dest="request_expire_time",
        type=_READERS["integer"],
        help="When the user can no longer sign, in milliseconds since the epoch (the default was not readable).",
    )
    parser.add_argument(
        "--contract-end-time",
        dest="contract_end_time",
        type=_READERS["integer"],
        help="When the contract ends, in milliseconds since the epoch. From third-party SDKs: the default and the maximum are 1095 days from now.",
    )
    parser.add_argument(
        "--return-url",
        dest="return_url",
        type=_READERS["string"],
        help="Unconfirmed (not in the readable docs). Where to send the user after signing.",
    )
    parser.add_argument(
        "--cancel-url",
        dest="cancel_url",
        type=_READERS["string"],
        help="Unconfirmed (not in the readable docs). Where to send the user after cancelling.",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="Unconfirmed (not in the readable docs). The URL for this contract\u0027s notifications.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="direct_debit",
        operation="create_contract",
        fields=[
            "sub_merchant_id",
            "merchant_contract_code",
            "service_name",
            "scenario_code",
            "single_upper_limit",
            "currency",
            "periodic",
            "cycle_debit_fixed",
            "cycle_type",
            "cycle_value",
            "first_deduct_time",
            "merchant_account_no",
            "request_expire_time",
            "contract_end_time",
            "return_url",
            "cancel_url",
            "webhook_url",
        ],
        json_names=[
            "subMerchantId",
            "merchantContractCode",
            "serviceName",
            "scenarioCode",
            "singleUpperLimit",
            "currency",
            "periodic",
            "cycleDebitFixed",
            "cycleType",
            "cycleValue",
            "firstDeductTime",
            "merchantAccountNo",
            "requestExpireTime",
            "contractEndTime",
            "returnUrl",
            "cancelUrl",
            "webhookUrl",
        ],
    )
    parser = _add_operation(
        operations,
        "query-contract",
        "Direct Debit/Pre Authorization Query Contract",
        'Query a contract by `contractId` or by `merchantContractCode` (give at least one; when both are given the id wins and the code is ignored). Binance\u0027s sample sends `contractId` as a JSON string ("205611460060250112"); the field table says long, and the schema follows the table. Whitelisted merchants only. Binance\u0027s sample response could not be read; the example response is realistic. From third-party SDKs: PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND.',
    )
    parser.add_argument(
        "--merchant-contract-code",
        dest="merchant_contract_code",
        type=_READERS["string"],
        help="The merchant\u0027s contract code; ignored when contractId is given.",
    )
    parser.add_argument(
        "--contract-id",
        dest="contract_id",
        type=_READERS["integer"],
        help="The contract id (from the DIRECT_DEBIT_CT webhook once the user signs).",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="direct_debit",
        operation="query_contract",
        fields=["merchant_contract_code", "contract_id"],
        json_names=["merchantContractCode", "contractId"],
    )
    parser = _add_operation(
        operations,
        "terminate-contract",
        "Direct Debit/Pre Authorization Terminate Contract",
        "Terminate a contract, named by `contractId` or `merchantContractCode` (give at least one; the id wins). `data` is true when the contract was terminated. No webhook is sent for a termination the merchant makes. Binance\u0027s sample sends `contractId` as a JSON string; the field table says long, and the schema follows the table. Whitelisted merchants only. From third-party SDKs: PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND.",
    )
    parser.add_argument(
        "--merchant-contract-code",
        dest="merchant_contract_code",
        type=_READERS["string"],
        help="The merchant\u0027s contract code; ignored when contractId is given.",
    )
    parser.add_argument(
        "--contract-id",
        dest="contract_id",
        type=_READERS["integer"],
        help="The contract id.",
    )
    parser.add_argument(
        "--termination-notes",
        dest="termination_notes",
        type=_READERS["string"],
        help="Why the contract is terminated.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="direct_debit",
        operation="terminate_contract",
        fields=["merchant_contract_code", "contract_id", "termination_notes"],
        json_names=["merchantContractCode", "contractId", "terminationNotes"],
    )
    parser = _add_operation(
        operations,
        "notify-payment",
        "Direct Debit Payment Notification",
        'Announce an upcoming periodic debit to the user, 2 to 5 days before it; a 24-hour frozen period applies before the payment can be applied. Not needed for non-periodic debits. The same `merchantRequestId` returns the same result (Binance: "idempotent result will be returned for same requestId"). `data.orderId` is the `preBizId` of the later Payment call. Binance\u0027s sample sends `subMerchantId` as a JSON number; the field table says string, and the example follows the table. Whitelisted merchants only. From third-party SDKs: the contract codes PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND / _NOT_SIGNED and SUB_MERCHANT_INVALID. Binance\u0027s sample response could not be read; the example is realistic.',
    )
    parser.add_argument(
        "--sub-merchant-id",
        dest="sub_merchant_id",
        type=_READERS["string"],
        help="The sub-merchant; required when the merchant is configured to show sub-merchant info.",
    )
    parser.add_argument(
        "--merchant-request-id",
        dest="merchant_request_id",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this request; letters and digits only. Repeating it returns the same result. Required.",
    )
    parser.add_argument(
        "--trade-mode",
        dest="trade_mode",
        type=_READERS["string"],
        choices=["DIRECT_DEBIT"],
        help="The trade mode of a direct debit payment. One of DIRECT_DEBIT. Required.",
    )
    parser.add_argument(
        "--biz-id",
        dest="biz_id",
        type=_READERS["integer"],
        help="The contract id. Required.",
    )
    parser.add_argument(
        "--estimated-amount",
        dest="estimated_amount",
        type=_READERS["decimal"],
        help="The amount to be debited, at most 8 decimal places; not above the contract\u0027s singleUpperLimit. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency, crypto only (the docs say "USDT"). Required.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="direct_debit",
        operation="notify_payment",
        fields=["sub_merchant_id", "merchant_request_id", "trade_mode", "biz_id", "estimated_amount", "currency"],
        json_names=["subMerchantId", "merchantRequestId", "tradeMode", "bizId", "estimatedAmount", "currency"],
    )
    parser = _add_operation(
        operations,
        "pay",
        "Direct Debit/Pre Authorization Payment",
        "Debit the user under a signed contract (periodic or not). Binance processes it asynchronously and notifies the result by webhook (which bizType: unconfirmed, probably PAY). `amount` must not exceed the contract\u0027s `singleUpperLimit`. Unconfirmed: whether a repeated `merchantRequestId` returns the first debit (the reference documents idempotency for pay/notify only, not for this call), so the client does not resend it after an unknown outcome (`x-retry-safe: false`; the id field is still named). No query operation keyed by `merchantRequestId` is documented; whether Query Order finds the debit by `data.prepayId` is unconfirmed. From third-party SDKs: the response `data` and its statuses (ShepelevAndrew/BinancePayConnector), and the codes PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND / _NOT_SIGNED and SUB_MERCHANT_INVALID. Binance\u0027s sample request could only be read up to `bizId`; the example is realistic. Whitelisted merchants only.",
    )
    parser.add_argument(
        "--sub-merchant-id",
        dest="sub_merchant_id",
        type=_READERS["string"],
        help="The sub-merchant; required when the merchant is configured to show sub-merchant info.",
    )
    parser.add_argument(
        "--merchant-request-id",
        dest="merchant_request_id",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this debit; letters and digits only. Unconfirmed: whether repeating it returns the first debit (documented for Payment Notification only). Letters-and-digits only is unsourced. Required.",
    )
    parser.add_argument(
        "--trade-mode",
        dest="trade_mode",
        type=_READERS["string"],
        choices=["DIRECT_DEBIT"],
        help="The trade mode of a direct debit payment. One of DIRECT_DEBIT. Required.",
    )
    parser.add_argument(
        "--biz-id",
        dest="biz_id",
        type=_READERS["integer"],
        help="The contract id. Required.",
    )
    parser.add_argument(
        "--pre-biz-id",
        dest="pre_biz_id",
        type=_READERS["string"],
        help="For a periodic debit, the `orderId` its Payment Notification returned (a JSON string there, at most 19 digits); pass it unchanged.",
    )
    parser.add_argument(
        "--amount",
        dest="amount",
        type=_READERS["decimal"],
        help="The amount to debit, at most 8 decimal places; not above the contract\u0027s singleUpperLimit. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency, crypto only (the docs say "USDT"). Required.',
    )
    parser.add_argument(
        "--product-type",
        dest="product_type",
        type=_READERS["string"],
        help="Product type.",
    )
    parser.add_argument(
        "--product-name",
        dest="product_name",
        type=_READERS["string"],
        help="Product name. Required.",
    )
    parser.add_argument(
        "--product-detail",
        dest="product_detail",
        type=_READERS["string"],
        help="Product detail.",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="The URL for this order\u0027s notifications, instead of the one configured on the merchant platform.",
    )
    parser.add_argument(
        "--order-tags",
        dest="order_tags",
        type=_READERS["json"],
        help="Tags of a direct debit order. (JSON)",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="direct_debit",
        operation="pay",
        fields=[
            "sub_merchant_id",
            "merchant_request_id",
            "trade_mode",
            "biz_id",
            "pre_biz_id",
            "amount",
            "currency",
            "product_type",
            "product_name",
            "product_detail",
            "webhook_url",
            "order_tags",
        ],
        json_names=[
            "subMerchantId",
            "merchantRequestId",
            "tradeMode",
            "bizId",
            "preBizId",
            "amount",
            "currency",
            "productType",
            "productName",
            "productDetail",
            "webhookUrl",
            "orderTags",
        ],
    )
    group = commands.add_parser(
        "orders", help="Acquiring orders (prepay orders) created, queried and closed by the merchant."
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "create",
        "Create Order (v3)",
        'Creates an acquiring order ("prepay order") and returns the payment links and QR content.\nEither `currency` with `orderAmount`, or `fiatCurrency` with `fiatAmount`, must be set\n(they cannot both be absent); `orderAmount` is required when `currency` is set (the\nschema\u0027s `anyOf` and `dependentRequired`). Since 2024-08 `merchant.subMerchantId` is\nmandatory for Channel Partners.\n\n`merchantTradeNo` is the merchant\u0027s own id for the order: a repeated one is refused with\nINVALID_MERCHANT_TRADE_NO, so after an unknown outcome look the order up with `queryOrderV2`\ninstead of creating it again.\n\nOnly the first part of the official v3 page was readable. From third-party SDKs: the\n`goodsDetails` array and its required flags, `shipping`, `buyer`, the URLs, `appId`,\n`directDebitContract`, `orderTags`, `voucherCode`, and the whole response (`OrderResult`).\nUnconfirmed: the v3-specific result codes, the maximum length of `description`, and the\nlimit of `orderExpireTime`. The request example is a body a forum user sent to v3 (it shows\nthe shape clients use, not a confirmed valid request); the response example is illustrative\n(no official v3 sample was readable).',
    )
    parser.add_argument(
        "--merchant",
        dest="merchant",
        type=_READERS["json"],
        help="merchant (JSON)",
    )
    parser.add_argument(
        "--env",
        dest="env",
        type=_READERS["json"],
        help="env (JSON) Required.",
    )
    parser.add_argument(
        "--merchant-trade-no",
        dest="merchant_trade_no",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for the order, letters and digits only. Required.",
    )
    parser.add_argument(
        "--order-amount",
        dest="order_amount",
        type=_READERS["decimal"],
        help="Order amount, at most 8 decimal places, at least 0.00000001. Required when `currency` is set. Unconfirmed: whether v3 also accepts the amount as a JSON string.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Order currency, an uppercase crypto code (for example USDT, BNB, BTC); fiat is not allowed. `currency` and `fiatCurrency` cannot both be absent. The currencies available are listed under "My Profile" in the merchant portal.',
    )
    parser.add_argument(
        "--fiat-amount",
        dest="fiat_amount",
        type=_READERS["decimal"],
        help="Order amount in `fiatCurrency`, at most 8 decimal places, at least 0.00000001; converted to an order amount at the market rate.",
    )
    parser.add_argument(
        "--fiat-currency",
        dest="fiat_currency",
        type=_READERS["string"],
        help="An uppercase fiat code (for example HKD); if set, the order currency becomes USDT.",
    )
    parser.add_argument(
        "--description",
        dest="description",
        type=_READERS["string"],
        help="Description shown on the checkout page (mandatory since v3). Unconfirmed: its maximum length. Required.",
    )
    parser.add_argument(
        "--goods-details",
        dest="goods_details",
        type=_READERS["json"],
        help="The goods of the order, at least one (from third-party SDKs, which mark it required; v2 takes one `goods` object). (JSON) Required.",
    )
    parser.add_argument(
        "--shipping",
        dest="shipping",
        type=_READERS["json"],
        help="Shipping details (from third-party SDKs and the official v2 connector\u0027s docstring). (JSON)",
    )
    parser.add_argument(
        "--buyer",
        dest="buyer",
        type=_READERS["json"],
        help="Buyer details (from third-party SDKs and the official v2 connector\u0027s docstring). (JSON)",
    )
    parser.add_argument(
        "--return-url",
        dest="return_url",
        type=_READERS["string"],
        help="Redirect after a successful payment.",
    )
    parser.add_argument(
        "--cancel-url",
        dest="cancel_url",
        type=_READERS["string"],
        help="Redirect after a failed payment.",
    )
    parser.add_argument(
        "--order-expire-time",
        dest="order_expire_time",
        type=_READERS["integer"],
        help="Expiry time, milliseconds since the epoch. Unconfirmed: the v3 limit (v1 documents a maximum and default of 1 hour).",
    )
    parser.add_argument(
        "--support-pay-currency",
        dest="support_pay_currency",
        type=_READERS["string"],
        help='Comma-separated currencies the payer may use, for example "USDT,BNB".',
    )
    parser.add_argument(
        "--app-id",
        dest="app_id",
        type=_READERS["string"],
        help="Required when `env.terminalType` is MINI_PROGRAM (third-party SDKs).",
    )
    parser.add_argument(
        "--universal-url-attach",
        dest="universal_url_attach",
        type=_READERS["string"],
        help="Extra query parameters appended to the response\u0027s `universalUrl`.",
    )
    parser.add_argument(
        "--pass-through-info",
        dest="pass_through_info",
        type=_READERS["string"],
        help="Returned unchanged by Query Order and the payment webhook.",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="Webhook URL for this order, overriding the one configured in the merchant portal; must start with http or https.",
    )
    parser.add_argument(
        "--direct-debit-contract",
        dest="direct_debit_contract",
        type=_READERS["json"],
        help="A direct-debit contract created together with the order (whitelisted merchants). From third-party SDKs: this object on Create Order v3, and that the order currency must then be USDT. The fields are those of the Direct Debit create-contract request. (JSON)",
    )
    parser.add_argument(
        "--order-tags",
        dest="order_tags",
        type=_READERS["json"],
        help="Tags of the order. (JSON)",
    )
    parser.add_argument(
        "--voucher-code",
        dest="voucher_code",
        type=_READERS["string"],
        help="From third-party SDKs only (no description).",
    )
    parser.add_argument(
        "--qr-code-refer-id",
        dest="qr_code_refer_id",
        type=_READERS["string"],
        help="The `referId` of a Merchant QR Code webhook (partners only), which links the scan event to this order.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="orders",
        operation="create",
        fields=[
            "merchant",
            "env",
            "merchant_trade_no",
            "order_amount",
            "currency",
            "fiat_amount",
            "fiat_currency",
            "description",
            "goods_details",
            "shipping",
            "buyer",
            "return_url",
            "cancel_url",
            "order_expire_time",
            "support_pay_currency",
            "app_id",
            "universal_url_attach",
            "pass_through_info",
            "webhook_url",
            "direct_debit_contract",
            "order_tags",
            "voucher_code",
            "qr_code_refer_id",
        ],
        json_names=[
            "merchant",
            "env",
            "merchantTradeNo",
            "orderAmount",
            "currency",
            "fiatAmount",
            "fiatCurrency",
            "description",
            "goodsDetails",
            "shipping",
            "buyer",
            "returnUrl",
            "cancelUrl",
            "orderExpireTime",
            "supportPayCurrency",
            "appId",
            "universalUrlAttach",
            "passThroughInfo",
            "webhookUrl",
            "directDebitContract",
            "orderTags",
            "voucherCode",
            "qrCodeReferId",
        ],
    )
    parser = _add_operation(
        operations,
        "create-v2",
        "Create Order (v2)",
        'Version 2 of Create Order: "still available but will be deprecated" (v3 page). It is the\nendpoint Binance\u0027s official Python connector (`binance-pay-connector`, `new_order`) calls;\nthat connector serializes with `json.dumps`, so amounts go out as JSON numbers.\nDifferences from v3: a single required `goods` object instead of the `goodsDetails` array,\nand no `description`. Either `currency` with `orderAmount`, or `fiatCurrency` with\n`fiatAmount`, must be set. The v2 page text restricts `currency` to "BUSD", "USDT", "MBOX"\n(an old text; BUSD has since been retired), and an older v2 revision requires `orderAmount`\nand `currency` with a minimum of 0.01.\n\n`merchantTradeNo` is the merchant\u0027s own id for the order: a repeated one is refused with\nINVALID_MERCHANT_TRADE_NO; look the order up with `queryOrderV2` after an unknown outcome.\n\nThe response is "unchanged" from v1 per the v2 migration table. From third-party SDKs: the\nlink fields (`checkoutUrl`, `deeplink`, `universalUrl`) and the rest of `OrderResult`.\nThe request example is the official connector\u0027s example (`examples/pay/merchant/new_order.py`);\nthe response example is illustrative.',
    )
    parser.add_argument(
        "--merchant",
        dest="merchant",
        type=_READERS["json"],
        help="merchant (JSON)",
    )
    parser.add_argument(
        "--env",
        dest="env",
        type=_READERS["json"],
        help="env (JSON) Required.",
    )
    parser.add_argument(
        "--merchant-trade-no",
        dest="merchant_trade_no",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for the order, letters and digits only. Required.",
    )
    parser.add_argument(
        "--order-amount",
        dest="order_amount",
        type=_READERS["decimal"],
        help="Order amount, a JSON number with at most 8 decimal places, at least 0.00000001 (an older v2 revision says at least 0.01). Required when `currency` is set.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Order currency, an uppercase crypto code. The v2 page text lists "BUSD", "USDT", "MBOX" (an old text). `currency` and `fiatCurrency` cannot both be absent.',
    )
    parser.add_argument(
        "--fiat-amount",
        dest="fiat_amount",
        type=_READERS["decimal"],
        help="Order amount in `fiatCurrency`, at most 8 decimal places, at least 0.00000001.",
    )
    parser.add_argument(
        "--fiat-currency",
        dest="fiat_currency",
        type=_READERS["string"],
        help="An uppercase fiat code; if set, the order currency becomes USDT.",
    )
    parser.add_argument(
        "--goods",
        dest="goods",
        type=_READERS["json"],
        help="One item of goods: v2\u0027s `goods` object [official] and each item of v3\u0027s `goodsDetails` (from third-party SDKs, which give v3 the same fields). (JSON) Required.",
    )
    parser.add_argument(
        "--shipping",
        dest="shipping",
        type=_READERS["json"],
        help="Shipping details (from third-party SDKs and the official v2 connector\u0027s docstring). (JSON)",
    )
    parser.add_argument(
        "--buyer",
        dest="buyer",
        type=_READERS["json"],
        help="Buyer details (from third-party SDKs and the official v2 connector\u0027s docstring). (JSON)",
    )
    parser.add_argument(
        "--return-url",
        dest="return_url",
        type=_READERS["string"],
        help="Redirect after a successful payment.",
    )
    parser.add_argument(
        "--cancel-url",
        dest="cancel_url",
        type=_READERS["string"],
        help="Redirect after a failed payment.",
    )
    parser.add_argument(
        "--order-expire-time",
        dest="order_expire_time",
        type=_READERS["integer"],
        help="Expiry time, milliseconds since the epoch.",
    )
    parser.add_argument(
        "--support-pay-currency",
        dest="support_pay_currency",
        type=_READERS["string"],
        help='Comma-separated currencies the payer may use, for example "USDT,BNB".',
    )
    parser.add_argument(
        "--app-id",
        dest="app_id",
        type=_READERS["string"],
        help="Required when `env.terminalType` is MINI_PROGRAM (third-party SDKs).",
    )
    parser.add_argument(
        "--universal-url-attach",
        dest="universal_url_attach",
        type=_READERS["string"],
        help="Extra query parameters appended to the response\u0027s `universalUrl`.",
    )
    parser.add_argument(
        "--pass-through-info",
        dest="pass_through_info",
        type=_READERS["string"],
        help="Returned unchanged by Query Order and the payment webhook.",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="Webhook URL for this order, overriding the one configured in the merchant portal; must start with http or https.",
    )
    parser.add_argument(
        "--order-tags",
        dest="order_tags",
        type=_READERS["json"],
        help="Tags of the order. (JSON)",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="orders",
        operation="create_v2",
        fields=[
            "merchant",
            "env",
            "merchant_trade_no",
            "order_amount",
            "currency",
            "fiat_amount",
            "fiat_currency",
            "goods",
            "shipping",
            "buyer",
            "return_url",
            "cancel_url",
            "order_expire_time",
            "support_pay_currency",
            "app_id",
            "universal_url_attach",
            "pass_through_info",
            "webhook_url",
            "order_tags",
        ],
        json_names=[
            "merchant",
            "env",
            "merchantTradeNo",
            "orderAmount",
            "currency",
            "fiatAmount",
            "fiatCurrency",
            "goods",
            "shipping",
            "buyer",
            "returnUrl",
            "cancelUrl",
            "orderExpireTime",
            "supportPayCurrency",
            "appId",
            "universalUrlAttach",
            "passThroughInfo",
            "webhookUrl",
            "orderTags",
        ],
    )
    parser = _add_operation(
        operations,
        "query",
        "Query Order (v2)",
        'Returns an order\u0027s current status. Send exactly one of `prepayId` (Binance\u0027s order id) or\n`merchantTradeNo` (the merchant\u0027s): one of them is required (the schema\u0027s `anyOf`),\nand `merchantTradeNo` is ignored by Binance when `prepayId` is given. The client checks\nthat the order returned carries the id(s) sent, so if both are sent they must name the\nsame order.\n\n`orderAmount` is a JSON string here (not a number as in Create Order). The order `status`\nis an open list: Binance documents no meaning or transitions for the values, and\n`FULL_REFUNDED` appears only in the newest revision of the page. No official response sample\nwas readable: the response example is illustrative, built from the field table. Binance\u0027s\nby-prepayId sample request uses "9825382937292" (the same value as its merchantTradeNo\nsample); the example here uses the response example\u0027s prepayId, so that the answer served\nfor it carries the id sent.',
    )
    parser.add_argument(
        "--prepay-id",
        dest="prepay_id",
        type=_READERS["string"],
        help="Binance\u0027s id for the order, letters and digits; required if `merchantTradeNo` is absent.",
    )
    parser.add_argument(
        "--merchant-trade-no",
        dest="merchant_trade_no",
        type=_READERS["string"],
        help="The merchant\u0027s id for the order, letters and digits; required if `prepayId` is absent, and ignored when `prepayId` is given.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="orders",
        operation="query",
        fields=["prepay_id", "merchant_trade_no"],
        json_names=["prepayId", "merchantTradeNo"],
    )
    parser = _add_operation(
        operations,
        "close",
        "Close Order",
        'Closes an order that has no payment activity. Send one of `merchantTradeNo` or `prepayId`\n(one is required: the schema\u0027s `anyOf`). `data` is `true` when the close request is\naccepted; the final result arrives asynchronously as an order webhook (`bizType` PAY) with\n`bizStatus` PAY_CLOSED.\n\nBinance\u0027s sample request also sends `"prepayId": null`, and its sample response carries\n`"errorMessage": null`; the examples here leave those nulls out (an absent optional field\nmeans the same, and the `Envelope` types `errorMessage` as a string). From third-party SDKs:\nINVALID_ORDER_STATUS (400204) is the "cannot close" code; the page\u0027s own code table was not\nreadable.',
    )
    parser.add_argument(
        "--merchant-trade-no",
        dest="merchant_trade_no",
        type=_READERS["string"],
        help="The merchant\u0027s id for the order, letters and digits; required if `prepayId` is absent.",
    )
    parser.add_argument(
        "--prepay-id",
        dest="prepay_id",
        type=_READERS["string"],
        help='Binance\u0027s id for the order, letters and digits; required if `merchantTradeNo` is absent. The docs say "maximum length 19", but their own samples use 20 digits (29383937493038367292, the id Create Order returns and the PAY webhook\u0027s `bizId`), so no length is enforced.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="orders",
        operation="close",
        fields=["merchant_trade_no", "prepay_id"],
        json_names=["merchantTradeNo", "prepayId"],
    )
    parser = _add_operation(
        operations,
        "verify-payer",
        "Payment Payer Verification",
        'Checks a payer\u0027s KYC data against the merchant\u0027s records before an order is created\n(whitelisted merchants only). `data` is `true` when the data match. An older revision of\nthe page named `binanceId` `accountId`. Binance\u0027s error samples include 400601 "account not\nfound"; the other samples (KYC not completed, mismatch, too many failures) were not\nreadable, so their codes are unconfirmed. The examples are illustrative (no request or\nsuccess sample was readable).',
    )
    parser.add_argument(
        "--binance-id",
        dest="binance_id",
        type=_READERS["string"],
        help="The payer\u0027s Binance ID (an older revision named it `accountId`). Required.",
    )
    parser.add_argument(
        "--payer-type",
        dest="payer_type",
        type=_READERS["string"],
        choices=["INDIVIDUAL", "CORPORATE"],
        help="One of INDIVIDUAL, CORPORATE. Required.",
    )
    parser.add_argument(
        "--information",
        dest="information",
        type=_READERS["json"],
        help="The payer\u0027s data to check. (JSON)",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="orders",
        operation="verify_payer",
        fields=["binance_id", "payer_type", "information"],
        json_names=["binanceId", "payerType", "information"],
    )
    group = commands.add_parser("payouts", help="Batch payouts to Binance users (Binance ID) and to e-mail addresses.")
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "create",
        "Batch Payout",
        "Pay up to 500 receivers in one batch, all in one crypto currency. `totalAmount` must equal the sum of the details\u0027 `transferAmount` and `totalNumber` their count (Binance checks this; the schema cannot). `requestId` is the merchant\u0027s id for the batch (presumably idempotent; unconfirmed: what a repeat returns, so a refused retry is looked up with Payout Query). A receiver given by e-mail who is not a Binance user must register and pass KYC within 72 hours, otherwise the money comes back. The result arrives by the PAYOUT webhook or Payout Query. From third-party SDKs: the shape of `data` (`requestId`, `status` `ACCEPTED`).",
    )
    parser.add_argument(
        "--request-id",
        dest="request_id",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this batch (presumably idempotent; unconfirmed what a repeat returns). Resend the same id when retrying. Required.",
    )
    parser.add_argument(
        "--biz-scene",
        dest="biz_scene",
        type=_READERS["string"],
        choices=["DIRECT_TRANSFER", "CRYPTO_REWARDS", "SETTLEMENT", "REIMBURSEMENT", "MERCHANT_PAYMENT", "OTHERS"],
        help="Business scene of the payout: DIRECT_TRANSFER (the default), CRYPTO_REWARDS (gifts or rewards), SETTLEMENT (settlement or commission fee), REIMBURSEMENT (reimbursing employees), MERCHANT_PAYMENT (payment to partners/users), OTHERS. One of DIRECT_TRANSFER, CRYPTO_REWARDS, SETTLEMENT, REIMBURSEMENT, MERCHANT_PAYMENT, OTHERS.",
    )
    parser.add_argument(
        "--batch-name",
        dest="batch_name",
        type=_READERS["string"],
        help="Name of the batch. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help="Crypto currency of every transfer of the batch, uppercase (fiat is not supported). Required.",
    )
    parser.add_argument(
        "--total-amount",
        dest="total_amount",
        type=_READERS["decimal"],
        help="Total of the batch; must equal the sum of the details\u0027 transferAmount. Required.",
    )
    parser.add_argument(
        "--total-number",
        dest="total_number",
        type=_READERS["integer"],
        help="Number of transfers; must equal the length of transferDetailList. Required.",
    )
    parser.add_argument(
        "--transfer-detail-list",
        dest="transfer_detail_list",
        type=_READERS["json"],
        help="The transfers, at most 500. (JSON) Required.",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="URL for this batch\u0027s PAYOUT webhook, instead of the one configured in the merchant portal.",
    )
    parser.add_argument(
        "--sub-merchant-id",
        dest="sub_merchant_id",
        type=_READERS["string"],
        help="Sub-merchant paying out (Channel Partners; added 2025-02).",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="payouts",
        operation="create",
        fields=[
            "request_id",
            "biz_scene",
            "batch_name",
            "currency",
            "total_amount",
            "total_number",
            "transfer_detail_list",
            "webhook_url",
            "sub_merchant_id",
        ],
        json_names=[
            "requestId",
            "bizScene",
            "batchName",
            "currency",
            "totalAmount",
            "totalNumber",
            "transferDetailList",
            "webhookUrl",
            "subMerchantId",
        ],
    )
    parser = _add_operation(
        operations,
        "query",
        "Payout Query",
        "The status of a batch payout and of its transfers, by the batch\u0027s `requestId`. `detailStatus` filters the transfers listed (default `ALL`). From third-party SDKs: the fields of each item of `transferDetailList`.",
    )
    parser.add_argument(
        "--request-id",
        dest="request_id",
        type=_READERS["string"],
        help="The batch\u0027s `requestId`. Required.",
    )
    parser.add_argument(
        "--detail-status",
        dest="detail_status",
        type=_READERS["json"],
        help="Filter on the transfers listed (a list of strings per the official page; the official Python connector\u0027s docstring calls it a str). (JSON)",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="payouts",
        operation="query",
        fields=["request_id", "detail_status"],
        json_names=["requestId", "detailStatus"],
    )
    parser = _add_operation(
        operations,
        "check-receiver",
        "Payout Validate Receiver",
        'Check a payout receiver\u0027s Binance ID against the registration details the merchant holds (e-mail, mobile number, openUserId). `data` is true when they match. Not available to individual merchants. Too many failed checks return 406108 ("Fail rate is high").',
    )
    parser.add_argument(
        "--receive-type",
        dest="receive_type",
        type=_READERS["string"],
        choices=["BINANCE_ID"],
        help="Type of receiverId; only BINANCE_ID. One of BINANCE_ID. Required.",
    )
    parser.add_argument(
        "--receiver-id",
        dest="receiver_id",
        type=_READERS["string"],
        help="The receiver\u0027s Binance ID. Required.",
    )
    parser.add_argument(
        "--registration-email",
        dest="registration_email",
        type=_READERS["string"],
        help="The receiver\u0027s registration e-mail address.",
    )
    parser.add_argument(
        "--registration-mobile-number",
        dest="registration_mobile_number",
        type=_READERS["string"],
        help="The receiver\u0027s mobile number.",
    )
    parser.add_argument(
        "--registration-mobile-code",
        dest="registration_mobile_code",
        type=_READERS["string"],
        help='The receiver\u0027s mobile country code, e.g. "971" for the UAE.',
    )
    parser.add_argument(
        "--open-user-id",
        dest="open_user_id",
        type=_READERS["string"],
        help="The receiver\u0027s openUserId, from a webhook notification.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="payouts",
        operation="check_receiver",
        fields=[
            "receive_type",
            "receiver_id",
            "registration_email",
            "registration_mobile_number",
            "registration_mobile_code",
            "open_user_id",
        ],
        json_names=[
            "receiveType",
            "receiverId",
            "registrationEmail",
            "registrationMobileNumber",
            "registrationMobileCode",
            "openUserId",
        ],
    )
    group = commands.add_parser(
        "profit-sharing",
        help="Profit sharing: the receivers of a merchant and the splits of an order\u0027s payment between them (orders created with orderTags.ifProfitSharing = true).",
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "add-receiver",
        "Add Receiver",
        "Register a Binance ID as a receiver of profit-sharing splits. `data.account` echoes the request.",
    )
    parser.add_argument(
        "--account",
        dest="account",
        type=_READERS["string"],
        help="The receiver\u0027s Binance ID. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="profit_sharing",
        operation="add_receiver",
        fields=["account"],
        json_names=["account"],
    )
    parser = _add_operation(
        operations,
        "query-receivers",
        "Query Receiver",
        "List the registered receivers, one page at a time (pages start at 1).",
    )
    parser.add_argument(
        "--page-num",
        dest="page_num",
        type=_READERS["integer"],
        help="Page number, from 1. Required.",
    )
    parser.add_argument(
        "--page-size",
        dest="page_size",
        type=_READERS["integer"],
        help="Receivers per page. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="profit_sharing",
        operation="query_receivers",
        fields=["page_num", "page_size"],
        json_names=["pageNum", "pageSize"],
    )
    parser = _add_operation(
        operations,
        "delete-receiver",
        "Delete Receiver",
        "Remove a receiver. From third-party SDKs only: the reference takes this path from ShepelevAndrew/BinancePayConnector ([3P]); no official page is in the reference. (A stored copy of a Binance Delete Receiver page, api-profitshare-delete-receiver, reportedly shows the same path and shapes; unconfirmed until the reference carries it.) The response `data` is unconfirmed, so `account` is not checked against the request (no `x-echo`).",
    )
    parser.add_argument(
        "--account",
        dest="account",
        type=_READERS["string"],
        help="The receiver\u0027s Binance ID. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="profit_sharing",
        operation="delete_receiver",
        fields=["account"],
        json_names=["account"],
    )
    parser = _add_operation(
        operations,
        "submit-split",
        "Submit Split",
        'Split a paid order\u0027s amount between registered receivers (at most 100). The order must have been created with `orderTags.ifProfitSharing = true`. Binance\u0027s sample sends `prepayOrderId` as a JSON number (12345) and `webhookUrl` as "" or "www.abc.com"; the field table says string, 1 to 256 characters starting with http or https, and the example follows the table. Unconfirmed: what a repeated `merchantRequestId` returns; Query Split looks the split up by it.',
    )
    parser.add_argument(
        "--merchant-request-id",
        dest="merchant_request_id",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this split (1 to 32 characters). Required.",
    )
    parser.add_argument(
        "--prepay-order-id",
        dest="prepay_order_id",
        type=_READERS["string"],
        help="The order\u0027s prepayId (from Create Order). Required.",
    )
    parser.add_argument(
        "--receiver-list",
        dest="receiver_list",
        type=_READERS["json"],
        help="The receivers and their amounts. (JSON) Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="profit_sharing",
        operation="submit_split",
        fields=["merchant_request_id", "prepay_order_id", "receiver_list"],
        json_names=["merchantRequestId", "prepayOrderId", "receiverList"],
    )
    parser = _add_operation(
        operations,
        "query-split",
        "Query Split",
        'Query a split by the merchant\u0027s `merchantRequestId` and the order\u0027s `prepayOrderId`. An unknown or unpaid order fails with 400209 ("order not found or order status is not success"). Binance\u0027s sample response gives `detailId` as a JSON number (1000001) while the field table says string: `detailId` is untyped, read in either form, and the example keeps the sample\u0027s number.',
    )
    parser.add_argument(
        "--merchant-request-id",
        dest="merchant_request_id",
        type=_READERS["string"],
        help="The split\u0027s merchantRequestId (1 to 32 characters). Required.",
    )
    parser.add_argument(
        "--prepay-order-id",
        dest="prepay_order_id",
        type=_READERS["string"],
        help="The order\u0027s prepayId. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="profit_sharing",
        operation="query_split",
        fields=["merchant_request_id", "prepay_order_id"],
        json_names=["merchantRequestId", "prepayOrderId"],
    )
    parser = _add_operation(
        operations,
        "return-split",
        "Split Return",
        'Take split funds back from a receiver. Name the split by `splitOrderNo` or by `originMerchantRequestId` (at least one). Binance\u0027s sample sends `returnAmount` as a JSON string ("0.01"); the field table says decimal, and the schema sends a number. The reference lists no response fields for this endpoint: `data` here follows the response table of a stored copy of Binance\u0027s Split Return page, which ShepelevAndrew/BinancePayConnector (third-party) matches; unconfirmed, so only `merchantReturnNo` is required (and echoed). Binance\u0027s sample response could not be read; the example is realistic. No query operation for returns is documented.',
    )
    parser.add_argument(
        "--prepay-order-id",
        dest="prepay_order_id",
        type=_READERS["string"],
        help="The order\u0027s prepayId. Required.",
    )
    parser.add_argument(
        "--split-order-no",
        dest="split_order_no",
        type=_READERS["string"],
        help="Binance\u0027s id of the split to take funds back from.",
    )
    parser.add_argument(
        "--origin-merchant-request-id",
        dest="origin_merchant_request_id",
        type=_READERS["string"],
        help="The merchant\u0027s id (merchantRequestId) of the split to take funds back from.",
    )
    parser.add_argument(
        "--merchant-return-no",
        dest="merchant_return_no",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this return (1 to 32 characters). Required.",
    )
    parser.add_argument(
        "--transfer-out-account",
        dest="transfer_out_account",
        type=_READERS["string"],
        help="The Pay ID the funds are taken back from. Required.",
    )
    parser.add_argument(
        "--return-amount",
        dest="return_amount",
        type=_READERS["decimal"],
        help="The amount to take back (Binance\u0027s sample sends it as a string; the table says decimal). Required.",
    )
    parser.add_argument(
        "--description",
        dest="description",
        type=_READERS["string"],
        help="Description.",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="The URL for this return\u0027s notification; http or https only.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="profit_sharing",
        operation="return_split",
        fields=[
            "prepay_order_id",
            "split_order_no",
            "origin_merchant_request_id",
            "merchant_return_no",
            "transfer_out_account",
            "return_amount",
            "description",
            "webhook_url",
        ],
        json_names=[
            "prepayOrderId",
            "splitOrderNo",
            "originMerchantRequestId",
            "merchantReturnNo",
            "transferOutAccount",
            "returnAmount",
            "description",
            "webhookUrl",
        ],
    )
    group = commands.add_parser("refunds", help="Refunds of paid orders.")
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "create",
        "Refund Order",
        'Refunds a paid order, fully or in parts; the sum of the refunds must not exceed the order\namount. Refunds are processed immediately and credited in the settlement currency of the\noriginal order; the final status also arrives as a refund webhook (`bizType` PAY_REFUND)\nwith `bizStatus` REFUND_SUCCESS or REFUND_REJECTED.\n\n`refundRequestId` is the merchant\u0027s id for the refund and must stay the same when a request\nis retried: a repeat returns the same refund with `duplicateRequest` "Y", so the request may\nbe resent after an unknown outcome (or the refund looked up with `queryRefund`). When\n`remainingAttempts` reaches 1, the next refund ignores the requested amount and refunds the\nwhole remainder. So a repeat\u0027s `refundAmount` may differ from the request\u0027s without another\nrequest having used the id: the client returns the repeat (its `duplicateRequest` is "Y", its\namounts are what was refunded) and does not compare amounts; it compares the order\n(`x-idempotency-match: prepayId`), so an id reused for another order\u0027s refund is a conflict.\n\n`refundId` appears only in newer revisions of the page. From third-party SDKs: the refund\ncodes 400301-400304 (not seen on an official page). The examples are Binance\u0027s samples\n(the response sample\u0027s trailing comma, which made it invalid JSON, is dropped).',
    )
    parser.add_argument(
        "--refund-request-id",
        dest="refund_request_id",
        type=_READERS["string"],
        help="The merchant\u0027s id for the refund; keep it the same when retrying a request (idempotency key). Required.",
    )
    parser.add_argument(
        "--prepay-id",
        dest="prepay_id",
        type=_READERS["string"],
        help='Binance\u0027s id for the order to refund. The docs say "maximum length 19", but their own samples use 20 digits (29383937493038367292, the id Create Order returns), so no length is enforced. Required.',
    )
    parser.add_argument(
        "--refund-amount",
        dest="refund_amount",
        type=_READERS["decimal"],
        help="Amount of this refund, at most 8 decimal places. Partial refunds are allowed; their sum must not exceed the order amount. Required.",
    )
    parser.add_argument(
        "--refund-reason",
        dest="refund_reason",
        type=_READERS["string"],
        help="refundReason",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="Webhook URL for this refund\u0027s notification, overriding the one configured in the merchant portal; must start with http or https.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="refunds",
        operation="create",
        fields=["refund_request_id", "prepay_id", "refund_amount", "refund_reason", "webhook_url"],
        json_names=["refundRequestId", "prepayId", "refundAmount", "refundReason", "webhookUrl"],
    )
    parser = _add_operation(
        operations,
        "query",
        "Query Refund",
        "Returns a refund by the merchant\u0027s `refundRequestId`. `refundStatus` is an open list: the\npage gives REFUND_SUCCESS, REFUND_FAIL, REFUND_PENDING as examples, and the refund webhook\nuses REFUND_REJECTED instead of REFUND_FAIL. `refundedCommission` and `refundCommission`\nappear only in the newer revision of the page. Unconfirmed: the result code for an unknown\n`refundRequestId`. The response example is Binance\u0027s sample, which was cut after\n`payerOpenId`: its tail (`payerOpenId`, `refundStatus`) is completed by us.",
    )
    parser.add_argument(
        "--refund-request-id",
        dest="refund_request_id",
        type=_READERS["string"],
        help="The merchant\u0027s id for the refund. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="refunds",
        operation="query",
        fields=["refund_request_id"],
        json_names=["refundRequestId"],
    )
    group = commands.add_parser("reports", help="Transaction, settlement and balance reports.")
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "get-file",
        "Download Report",
        'Download links of the daily transaction or settlement report files between two dates (at most 3 months apart; whitelisted merchants only). `transactionType` is required when `reportType` is `Transaction` (Binance checks this). A `Transaction` request lists files of its one transaction type; that a `Settlement` request lists `Payment` and `Refund` files is illustrative (not in the reference\u0027s field table). A sample request reportedly sends `"transactionType": ""` with `Settlement`; the field table allows only `Payment` or `Payout`, so this spec follows the table and the example leaves the field out.',
    )
    parser.add_argument(
        "--report-type",
        dest="report_type",
        type=_READERS["string"],
        choices=["Transaction", "Settlement"],
        help="Report type, case-sensitive. One of Transaction, Settlement. Required.",
    )
    parser.add_argument(
        "--transaction-type",
        dest="transaction_type",
        type=_READERS["string"],
        choices=["Payment", "Payout"],
        help="Transactions to report, case-sensitive; required when reportType is Transaction. One of Payment, Payout.",
    )
    parser.add_argument(
        "--start-date",
        dest="start_date",
        type=_READERS["string"],
        help="First day, dd/MM/yyyy. Required.",
    )
    parser.add_argument(
        "--end-date",
        dest="end_date",
        type=_READERS["string"],
        help="Last day, dd/MM/yyyy; at most 3 months after startDate. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="reports",
        operation="get_file",
        fields=["report_type", "transaction_type", "start_date", "end_date"],
        json_names=["reportType", "transactionType", "startDate", "endDate"],
    )
    parser = _add_operation(
        operations,
        "balance-report",
        "Download Balance Report",
        "Ask for a report of the balance activity between two dates (at most 3 months; the current day cannot be included). At most 50 reports a month (an older revision says 10). `data` is a message string that contains the task id; the report arrives by the BALANCE webhook, or use Query Balance Report with that id.",
    )
    parser.add_argument(
        "--report-type",
        dest="report_type",
        type=_READERS["string"],
        choices=["Balance"],
        help='Always "Balance". One of Balance. Required.',
    )
    parser.add_argument(
        "--wallet-type",
        dest="wallet_type",
        type=_READERS["string"],
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="One wallet; omitted, both the spot and the funding wallet.",
    )
    parser.add_argument(
        "--start-date",
        dest="start_date",
        type=_READERS["string"],
        help="First day, YYYY-MM-DD (an older revision of the page says YYYY/MM/DD; unconfirmed). At most 3 months before endDate. Required.",
    )
    parser.add_argument(
        "--end-date",
        dest="end_date",
        type=_READERS["string"],
        help="Last day, YYYY-MM-DD, after startDate and before today. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="reports",
        operation="balance_report",
        fields=["report_type", "wallet_type", "start_date", "end_date"],
        json_names=["reportType", "walletType", "startDate", "endDate"],
    )
    parser = _add_operation(
        operations,
        "query-balance-report",
        "Query Balance Report",
        'The status of a balance report and, once it is ready, its download URL. Its page carries the only official table of 400201-400203 (listed here as its codes). Unconfirmed: the official sample response is the bare object `{"exist":true,"downloadUrl":"","status":"PROCESSING"}` with no envelope; this spec assumes it is the `data` of the usual envelope, like every other endpoint.',
    )
    parser.add_argument(
        "--download-id",
        dest="download_id",
        type=_READERS["string"],
        help="The task id from Download Balance Report (or the BALANCE webhook\u0027s downloadId). Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="reports",
        operation="query_balance_report",
        fields=["download_id"],
        json_names=["downloadId"],
    )
    group = commands.add_parser(
        "service-provider",
        help="Technical service providers (TSP only): authorization requests to merchants, their records and the scopes enabled for the provider.",
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "create-authorization",
        "Create Authorization Request",
        "Ask a merchant to authorize this technical service provider for some scopes, from the given IP addresses. Send the merchant to `data.redirectUrl` to approve; the outcome arrives by the TECH_PROVIDER webhook. TSP only.",
    )
    parser.add_argument(
        "--merchant-id",
        dest="merchant_id",
        type=_READERS["string"],
        help="The merchant to ask. Required.",
    )
    parser.add_argument(
        "--scopes",
        dest="scopes",
        type=_READERS["json"],
        help="The scopes asked for. (JSON) Required.",
    )
    parser.add_argument(
        "--ip-whitelist",
        dest="ip_whitelist",
        type=_READERS["json"],
        help="The IP addresses the provider will call from. (JSON) Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="service_provider",
        operation="create_authorization",
        fields=["merchant_id", "scopes", "ip_whitelist"],
        json_names=["merchantId", "scopes", "ipWhitelist"],
    )
    parser = _add_operation(
        operations,
        "query-records",
        "Query Authentication Record",
        'List the provider\u0027s authorization records, one page at a time (at most 10 rows a page), optionally for one merchant. Statuses seen: PENDING, AUTHORIZED. TSP only. Binance\u0027s table gives `page` the odd limitation "maximum length 32"; it is not enforced here.',
    )
    parser.add_argument(
        "--page",
        dest="page",
        type=_READERS["integer"],
        help="Page number, from 1. Required.",
    )
    parser.add_argument(
        "--rows",
        dest="rows",
        type=_READERS["integer"],
        help="Records per page, at most 10. Required.",
    )
    parser.add_argument(
        "--merchant-id",
        dest="merchant_id",
        type=_READERS["string"],
        help="Only this merchant\u0027s records.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="service_provider",
        operation="query_records",
        fields=["page", "rows", "merchant_id"],
        json_names=["page", "rows", "merchantId"],
    )
    parser = _add_operation(
        operations,
        "query-scopes",
        "Query Scopes",
        "The scopes enabled for this technical service provider, and whether it may share the transaction fee. No parameters: the body is `{}` (as Binance\u0027s example code sends for parameterless endpoints). TSP only.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="service_provider",
        operation="query_scopes",
        fields=[],
        json_names=[],
    )
    parser = _add_operation(
        operations,
        "get-record",
        "Get Request Record",
        "The provider\u0027s authorization record for one merchant. From third-party SDKs only: the path, the request (`merchantId`) and the response shape come from ShepelevAndrew/BinancePayConnector (GetRequestRecordRequest/Result); no Binance page for this endpoint was found. The examples are realistic. TSP only.",
    )
    parser.add_argument(
        "--merchant-id",
        dest="merchant_id",
        type=_READERS["string"],
        help="The merchant whose record to get. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="service_provider",
        operation="get_record",
        fields=["merchant_id"],
        json_names=["merchantId"],
    )
    group = commands.add_parser(
        "share-info", help="Requests asking a Binance user to share their Binance ID with the merchant."
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "account-id",
        "Share Account Id",
        "Ask a Binance user to share their Binance ID: `data` carries a QR code for the user to scan (valid for 1 hour by default). If the user agrees, the ID arrives by the SHARE_ACCOUNT_ID webhook. Unconfirmed: the JSON types of `merchantId`, `id` and `expireTime` (no sample response was readable): the two ids are untyped (read as sent, string or number), and `expireTime` is read as a number.",
    )
    parser.add_argument(
        "--sub-merchant-id",
        dest="sub_merchant_id",
        type=_READERS["string"],
        help="The sub-merchant asking.",
    )
    parser.add_argument(
        "--request-id",
        dest="request_id",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this request, letters and digits only. Required.",
    )
    parser.add_argument(
        "--webhook-url",
        dest="webhook_url",
        type=_READERS["string"],
        help="URL for this request\u0027s SHARE_ACCOUNT_ID webhook, instead of the one configured in the merchant portal.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="share_info",
        operation="account_id",
        fields=["sub_merchant_id", "request_id", "webhook_url"],
        json_names=["subMerchantId", "requestId", "webhookUrl"],
    )
    group = commands.add_parser("sub-merchants", help="Sub-merchants of a partner account (partners only).")
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "create",
        "Create Sub-merchant",
        "Create a sub-merchant under the partner\u0027s main merchant (partners only). Required as of the current page: `merchantName`, `storeType`, `merchantMcc`; `siteUrl` is needed for online stores, `address` for physical stores, `payIndustryDescription` when the MCC is 9999 (Binance checks these conditions, the schema cannot). Older revisions of the page required `merchantType` and `country` instead of `storeType` (the official Python connector still does). From third-party SDKs: the shape of `data` (`subMerchantId`; its JSON type is unconfirmed, so it is read in either form).",
    )
    parser.add_argument(
        "--merchant-name",
        dest="merchant_name",
        type=_READERS["string"],
        help="The sub-merchant\u0027s name, unique under the main merchant. Required.",
    )
    parser.add_argument(
        "--store-type",
        dest="store_type",
        type=_READERS["integer"],
        help="0 online, 1 physical, -1 both. Required.",
    )
    parser.add_argument(
        "--merchant-mcc",
        dest="merchant_mcc",
        type=_READERS["string"],
        help="Merchant category code, four digits (from Binance\u0027s list). Required.",
    )
    parser.add_argument(
        "--merchant-type",
        dest="merchant_type",
        type=_READERS["integer"],
        help="1 individual, 2 sole proprietor, 3 partnership, 4 private company, 5 other company.",
    )
    parser.add_argument(
        "--country",
        dest="country",
        type=_READERS["string"],
        help='Countries/regions of business operation, ISO 3166-1 alpha-2, comma-separated (e.g. "SG,US"); "GO" for global.',
    )
    parser.add_argument(
        "--site-url",
        dest="site_url",
        type=_READERS["string"],
        help="The store\u0027s URL (required for online stores; an app\u0027s store link for an app).",
    )
    parser.add_argument(
        "--address",
        dest="address",
        type=_READERS["string"],
        help="The store\u0027s address (required for physical stores).",
    )
    parser.add_argument(
        "--pay-industry-description",
        dest="pay_industry_description",
        type=_READERS["string"],
        help="The sub-merchant\u0027s industry; required when merchantMcc is 9999.",
    )
    parser.add_argument(
        "--sub-pay-mcc-code",
        dest="sub_pay_mcc_code",
        type=_READERS["string"],
        help="A secondary merchant category code, four digits.",
    )
    parser.add_argument(
        "--sub-pay-industry-description",
        dest="sub_pay_industry_description",
        type=_READERS["string"],
        help="The secondary industry; required when subPayMccCode is 9999.",
    )
    parser.add_argument(
        "--brand-logo",
        dest="brand_logo",
        type=_READERS["string"],
        help="URL of the sub-merchant\u0027s logo.",
    )
    parser.add_argument(
        "--company-name",
        dest="company_name",
        type=_READERS["string"],
        help="Registered legal name.",
    )
    parser.add_argument(
        "--registration-number",
        dest="registration_number",
        type=_READERS["string"],
        help="Registration number / company tax id.",
    )
    parser.add_argument(
        "--registration-country",
        dest="registration_country",
        type=_READERS["string"],
        help="Country of registration, ISO 3166-1 alpha-2. Unconfirmed whether it is required (one mirror of the page says so; a Binance support FAQ lists it as mandatory since December 2024).",
    )
    parser.add_argument(
        "--registration-address",
        dest="registration_address",
        type=_READERS["string"],
        help="Registered address.",
    )
    parser.add_argument(
        "--incorporation-date",
        dest="incorporation_date",
        type=_READERS["integer"],
        help="Date the business registration took effect, milliseconds since the epoch.",
    )
    parser.add_argument(
        "--certificate-type",
        dest="certificate_type",
        type=_READERS["integer"],
        help="Identity document of an individual, 1 ID card, 2 passport.",
    )
    parser.add_argument(
        "--certificate-country",
        dest="certificate_country",
        type=_READERS["string"],
        help="Issuing country of the identity document, ISO 3166-1 alpha-2.",
    )
    parser.add_argument(
        "--certificate-number",
        dest="certificate_number",
        type=_READERS["string"],
        help="Number of the identity document.",
    )
    parser.add_argument(
        "--certificate-valid-date",
        dest="certificate_valid_date",
        type=_READERS["integer"],
        help="Expiry date of the identity document, milliseconds since the epoch.",
    )
    parser.add_argument(
        "--site-type",
        dest="site_type",
        type=_READERS["integer"],
        help="1 web, 2 app, 3 Binance applets, 4 others. Unconfirmed: only on an older revision of the page (and in the official Python connector); the current page does not list it.",
    )
    parser.add_argument(
        "--site-name",
        dest="site_name",
        type=_READERS["string"],
        help="Name of the website or app. Unconfirmed: only on an older revision of the page (and in the official Python connector); the current page does not list it.",
    )
    parser.add_argument(
        "--contract-time-isv",
        dest="contract_time_isv",
        type=_READERS["integer"],
        help="Contract date with the ISV, milliseconds since the epoch. From third-party SDKs and the official Python connector; not on the readable official page (unconfirmed).",
    )
    parser.add_argument(
        "--block-payer-kyc-countries",
        dest="block_payer_kyc_countries",
        type=_READERS["json"],
        help="Countries whose payers (by KYC country) are blocked. From third-party SDKs (ShepelevAndrew) only; unconfirmed. (JSON)",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="sub_merchants",
        operation="create",
        fields=[
            "merchant_name",
            "store_type",
            "merchant_mcc",
            "merchant_type",
            "country",
            "site_url",
            "address",
            "pay_industry_description",
            "sub_pay_mcc_code",
            "sub_pay_industry_description",
            "brand_logo",
            "company_name",
            "registration_number",
            "registration_country",
            "registration_address",
            "incorporation_date",
            "certificate_type",
            "certificate_country",
            "certificate_number",
            "certificate_valid_date",
            "site_type",
            "site_name",
            "contract_time_isv",
            "block_payer_kyc_countries",
        ],
        json_names=[
            "merchantName",
            "storeType",
            "merchantMcc",
            "merchantType",
            "country",
            "siteUrl",
            "address",
            "payIndustryDescription",
            "subPayMccCode",
            "subPayIndustryDescription",
            "brandLogo",
            "companyName",
            "registrationNumber",
            "registrationCountry",
            "registrationAddress",
            "incorporationDate",
            "certificateType",
            "certificateCountry",
            "certificateNumber",
            "certificateValidDate",
            "siteType",
            "siteName",
            "contractTimeIsv",
            "blockPayerKycCountries",
        ],
    )
    parser = _add_operation(
        operations,
        "modify",
        "Modify Sub-merchant",
        "Update a sub-merchant\u0027s details (partners only; released 2024-08). The same fields as Create Sub-merchant plus `subMerchantId`, a numeric string. Unconfirmed: the response `data`; the shape here (`subMerchantId`, read as a string or a number) is the one third-party SDKs read.",
    )
    parser.add_argument(
        "--sub-merchant-id",
        dest="sub_merchant_id",
        type=_READERS["string"],
        help="The id Create Sub-merchant returned, as a string of digits. Required.",
    )
    parser.add_argument(
        "--merchant-name",
        dest="merchant_name",
        type=_READERS["string"],
        help="The sub-merchant\u0027s name, unique under the main merchant. Required.",
    )
    parser.add_argument(
        "--store-type",
        dest="store_type",
        type=_READERS["integer"],
        help="0 online, 1 physical, -1 both. Required.",
    )
    parser.add_argument(
        "--merchant-mcc",
        dest="merchant_mcc",
        type=_READERS["string"],
        help="Merchant category code, four digits (from Binance\u0027s list). Required.",
    )
    parser.add_argument(
        "--merchant-type",
        dest="merchant_type",
        type=_READERS["integer"],
        help="1 individual, 2 sole proprietor, 3 partnership, 4 private company, 5 other company.",
    )
    parser.add_argument(
        "--country",
        dest="country",
        type=_READERS["string"],
        help='Countries/regions of business operation, ISO 3166-1 alpha-2, comma-separated (e.g. "AR,MX"); "GO" for global.',
    )
    parser.add_argument(
        "--site-url",
        dest="site_url",
        type=_READERS["string"],
        help="The store\u0027s URL (required for online stores; an app\u0027s store link for an app).",
    )
    parser.add_argument(
        "--address",
        dest="address",
        type=_READERS["string"],
        help="The store\u0027s address (required for physical stores).",
    )
    parser.add_argument(
        "--pay-industry-description",
        dest="pay_industry_description",
        type=_READERS["string"],
        help="The sub-merchant\u0027s industry; required when merchantMcc is 9999.",
    )
    parser.add_argument(
        "--sub-pay-mcc-code",
        dest="sub_pay_mcc_code",
        type=_READERS["string"],
        help="A secondary merchant category code, four digits.",
    )
    parser.add_argument(
        "--sub-pay-industry-description",
        dest="sub_pay_industry_description",
        type=_READERS["string"],
        help="The secondary industry; required when subPayMccCode is 9999.",
    )
    parser.add_argument(
        "--brand-logo",
        dest="brand_logo",
        type=_READERS["string"],
        help="URL of the sub-merchant\u0027s logo.",
    )
    parser.add_argument(
        "--company-name",
        dest="company_name",
        type=_READERS["string"],
        help="Registered legal name.",
    )
    parser.add_argument(
        "--registration-number",
        dest="registration_number",
        type=_READERS["string"],
        help="Registration number / company tax id.",
    )
    parser.add_argument(
        "--registration-country",
        dest="registration_country",
        type=_READERS["string"],
        help="Country of registration, ISO 3166-1 alpha-2 (whether it is required is unconfirmed).",
    )
    parser.add_argument(
        "--registration-address",
        dest="registration_address",
        type=_READERS["string"],
        help="Registered address.",
    )
    parser.add_argument(
        "--incorporation-date",
        dest="incorporation_date",
        type=_READERS["integer"],
        help="Date the business registration took effect, milliseconds since the epoch.",
    )
    parser.add_argument(
        "--certificate-type",
        dest="certificate_type",
        type=_READERS["integer"],
        help="Identity document of an individual, 1 ID card, 2 passport.",
    )
    parser.add_argument(
        "--certificate-country",
        dest="certificate_country",
        type=_READERS["string"],
        help="Issuing country of the identity document, ISO 3166-1 alpha-2.",
    )
    parser.add_argument(
        "--certificate-number",
        dest="certificate_number",
        type=_READERS["string"],
        help="Number of the identity document.",
    )
    parser.add_argument(
        "--certificate-valid-date",
        dest="certificate_valid_date",
        type=_READERS["integer"],
        help="Expiry date of the identity document, milliseconds since the epoch.",
    )
    parser.add_argument(
        "--contract-time-isv",
        dest="contract_time_isv",
        type=_READERS["integer"],
        help="Contract date with the ISV, milliseconds since the epoch. From third-party SDKs; not on the readable official page (unconfirmed).",
    )
    parser.add_argument(
        "--block-payer-kyc-countries",
        dest="block_payer_kyc_countries",
        type=_READERS["json"],
        help="Countries whose payers (by KYC country) are blocked. From third-party SDKs (ShepelevAndrew) only; unconfirmed. (JSON)",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="sub_merchants",
        operation="modify",
        fields=[
            "sub_merchant_id",
            "merchant_name",
            "store_type",
            "merchant_mcc",
            "merchant_type",
            "country",
            "site_url",
            "address",
            "pay_industry_description",
            "sub_pay_mcc_code",
            "sub_pay_industry_description",
            "brand_logo",
            "company_name",
            "registration_number",
            "registration_country",
            "registration_address",
            "incorporation_date",
            "certificate_type",
            "certificate_country",
            "certificate_number",
            "certificate_valid_date",
            "contract_time_isv",
            "block_payer_kyc_countries",
        ],
        json_names=[
            "subMerchantId",
            "merchantName",
            "storeType",
            "merchantMcc",
            "merchantType",
            "country",
            "siteUrl",
            "address",
            "payIndustryDescription",
            "subPayMccCode",
            "subPayIndustryDescription",
            "brandLogo",
            "companyName",
            "registrationNumber",
            "registrationCountry",
            "registrationAddress",
            "incorporationDate",
            "certificateType",
            "certificateCountry",
            "certificateNumber",
            "certificateValidDate",
            "contractTimeIsv",
            "blockPayerKycCountries",
        ],
    )
    group = commands.add_parser(
        "transfers", help="Transfers of funds between the merchant\u0027s own wallets (funding and spot)."
    )
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "create",
        "Transfer Fund",
        "Move funds between the merchant\u0027s own wallets: `TO_MAIN` to the spot wallet, `TO_PAY` to the funding wallet. `requestId` is the merchant\u0027s id for the transfer and makes it idempotent: Binance answers a repeated `requestId` with `status` `REPEAT_REQ_SUCCESS` and `code` `000001` (official page) instead of transferring again. `amount` is a JSON string in this API (the official field table, its sample and the official Python connector\u0027s `amount: str` agree). `data.tranId` is the request\u0027s `requestId`.",
    )
    parser.add_argument(
        "--request-id",
        dest="request_id",
        type=_READERS["string"],
        help="The merchant\u0027s unique id for this transfer; resend the same id to retry safely. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency to transfer, uppercase, for example "USDT" or "BNB". Required.',
    )
    parser.add_argument(
        "--amount",
        dest="amount",
        type=_READERS["decimal"],
        help="The amount, a JSON string: 0.00000001 to 999999999999999.99999999, at most 8 decimal places (each currency may have a lower precision). Required.",
    )
    parser.add_argument(
        "--transfer-type",
        dest="transfer_type",
        type=_READERS["string"],
        choices=["TO_MAIN", "TO_PAY"],
        help="Transfer direction: TO_MAIN to the spot wallet, TO_PAY to the funding wallet. One of TO_MAIN, TO_PAY. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="transfers",
        operation="create",
        fields=["request_id", "currency", "amount", "transfer_type"],
        json_names=["requestId", "currency", "amount", "transferType"],
    )
    parser = _add_operation(
        operations,
        "query",
        "Query Transfer Result",
        "The result of a Transfer Fund request, looked up by `tranId` (the transfer\u0027s `requestId`). The request shape is contested: Binance\u0027s Python connector ([O-ex]) sends only `tranId`, which is what this schema accepts; the older official page lists `requestId`, `merchantId`, `currency`, `amount`, `transferType` and `tranId`, all required. Unconfirmed which one the server wants now.",
    )
    parser.add_argument(
        "--tran-id",
        dest="tran_id",
        type=_READERS["string"],
        help="The `requestId` of the Transfer Fund request. Required.",
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="transfers",
        operation="query",
        fields=["tran_id"],
        json_names=["tranId"],
    )
    group = commands.add_parser("wallet", help="Balances of the merchant\u0027s wallets.")
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "balance",
        "Wallet Balance Query",
        "Query the balance of one currency in one of the merchant\u0027s wallets.",
    )
    parser.add_argument(
        "--wallet",
        dest="wallet",
        type=_READERS["string"],
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency to query, uppercase, for example "USDT". Required.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="wallet",
        operation="balance",
        fields=["wallet", "currency"],
        json_names=["wallet", "currency"],
    )
    parser = _add_operation(
        operations,
        "balance-v2",
        "Wallet Balance Query V2",
        "Query the balances of one wallet: one currency, or every asset of the wallet when `currency` is omitted. Binance writes zero amounts as `0E-8` (Java BigDecimal notation inside the JSON number), as its own sample shows; clients must read exponent notation.",
    )
    parser.add_argument(
        "--wallet",
        dest="wallet",
        type=_READERS["string"],
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency to query, uppercase, for example "USDT". Omitted, every asset of the wallet.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="wallet",
        operation="balance_v2",
        fields=["wallet", "currency"],
        json_names=["wallet", "currency"],
    )
    parser = _add_operation(
        commands,
        "balance",
        "Wallet Balance Query",
        "Query the balance of one currency in one of the merchant\u0027s wallets.",
    )
    parser.add_argument(
        "--wallet",
        dest="wallet",
        type=_READERS["string"],
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency to query, uppercase, for example "USDT". Required.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="wallet",
        operation="balance",
        fields=["wallet", "currency"],
        json_names=["wallet", "currency"],
    )
    _add_webhooks_command(commands)
    commands.add_parser(
        "sandbox",
        help="run a local Binance Pay sandbox server",
        add_help=False,
        description="Run a local Binance Pay sandbox server (see `binance-pay sandbox --help`).",
    )
    return root


@contextlib.contextmanager
def _target(args: argparse.Namespace) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(base_url, api_key, secret_key) to call: the given ones, or an in-process sandbox's."""
    if not args.sandbox:
        yield args.base_url, None, None
        return
    try:
        from binance_pay_sandbox import DEFAULT_API_KEY, DEFAULT_SECRET_KEY, SandboxConfig, run_sandbox  # noqa: PLC0415
    except ImportError:
        raise SystemExit(f"binance-pay: {_SANDBOX_HINT}") from None

    api_key = os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY
    secret_key = os.environ.get(SECRET_KEY_ENV) or DEFAULT_SECRET_KEY
    with run_sandbox(SandboxConfig(api_key=api_key, secret_key=secret_key)) as sandbox:
        print(f"sandbox: {sandbox.url}", file=sys.stderr)
        yield sandbox.url, api_key, secret_key


def _plain(value: Any) -> Any:
    """A model as its dict (wire names), an enum as its value; anything else as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    return value


def _escape(char: str) -> str:
    """`char` as a JSON \\u escape (a surrogate pair past U+FFFF)."""
    code = ord(char)
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _json_string(text: str) -> str:
    """`text` as a JSON string whose every character a terminal could act on (C0, C1, bidi controls, lone
    surrogates, ...) is a \\u escape: it decodes back to `text` exactly, and prints inert."""
    literal = _JSON_STRING.encode(text)
    if literal.isprintable():
        return literal
    return "".join(char if char.isprintable() else _escape(char) for char in literal)


def _shown_char(char: str) -> str:
    return char if char.isprintable() else repr(char)[1:-1]


def _shown(text: str) -> str:
    """Server text for a person, on one line: each character that is not printable (line breaks too) escaped."""
    if text.isprintable():
        return text
    return "".join(_shown_char(char) for char in text)


def _one_line(text: str) -> str:
    """Server text for an error line: escaped (`_shown`) and cut after `_ERROR_CHARS` characters."""
    parts: list[str] = []
    size = 0
    for index, char in enumerate(text):
        piece = _shown_char(char)
        size += len(piece)
        if size > _ERROR_CHARS:
            parts.append(f"... ({len(text) - index} more characters)")
            break
        parts.append(piece)
    return "".join(parts)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        # (always finite: the JSON reader refuses NaN and Infinity, and reads no number as a float)
        if isinstance(exponent, int) and -_PLAIN_EXPONENT <= exponent <= _PLAIN_EXPONENT:
            return format(value, "f")
        return str(value)
    if isinstance(value, int):
        return str(value)
    return _json_string(value if isinstance(value, str) else str(value))


def _to_json(value: Any, indent: int | None = None) -> str:
    """`value` as JSON text: decimals digit for digit, strings inert (`_json_string`).

    Iterative rather than recursive: the library passes unknown fields through as they came, and one may nest
    as deep as the JSON reader allows, past Python's recursion limit for a recursive writer.
    """
    parts: list[str] = []
    colon = ":" if indent is None else ": "
    stack: list[Any] = [(value, 0)]  # (a value, its depth) to write, or text to copy
    while stack:
        top = stack.pop()
        if isinstance(top, str):
            parts.append(top)
            continue
        item, level = top
        item = _plain(item)
        if not isinstance(item, (dict, list, tuple)):
            parts.append(_scalar(item))
            continue
        is_dict = isinstance(item, dict)
        entries = list(item.items()) if isinstance(item, dict) else [(None, element) for element in item]
        opening, closing = ("{", "}") if is_dict else ("[", "]")
        if not entries:
            parts.append(opening + closing)
            continue
        inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
        outer = "" if indent is None else "\n" + " " * (indent * level)
        pending: list[Any] = [opening]
        for index, (key, element) in enumerate(entries):
            lead = ("," if index else "") + inner
            pending.append(lead + _json_string(str(key)) + colon if is_dict else lead)
            pending.append((element, level + 1))
        pending.append(outer + closing)
        stack.extend(reversed(pending))
    return "".join(parts)


def _table(result: Any) -> str:
    """One row per field: `name  value`, each on its own line whatever the server sent."""
    result = _plain(result)
    if not isinstance(result, dict) or not result:
        return _to_json(result)
    names = {key: _shown(str(key)) for key in result}
    width = min(max(len(name) for name in names.values()), 40)
    return "\n".join(
        f"{names[key]:<{width}}  {_shown(item) if isinstance(item, str) else _to_json(item)}"
        for key, item in result.items()
    )


def _emit(text: str, stream: TextIO | None = None) -> None:
    """Print `text` to `stream` (stdout). Characters its encoding cannot hold (an ASCII or cp1252 console or
    pipe) become \\u escapes, not a UnicodeEncodeError; they can only be inside strings, so JSON stays JSON."""
    stream = sys.stdout if stream is None else stream
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = "".join(char if _encodable(char, encoding) else _escape(char) for char in text)
    except LookupError:
        pass
    print(text, file=stream)


def _encodable(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _run_operation(args: argparse.Namespace) -> int:
    fields = {name: getattr(args, name) for name in args.fields}
    if args.body is not None:
        body = _body_file(args.body)
        if not isinstance(body, dict):
            raise RequestValidationError("body", "must be a JSON object")
        by_json_name = dict(zip(args.json_names, args.fields, strict=True))
        for key, value in body.items():
            if key not in by_json_name:
                raise RequestValidationError(str(key), "is not an allowed field")
            if fields[by_json_name[key]] is None:
                fields[by_json_name[key]] = value
    timeout: Any = args.timeout if args.timeout is not None else "default"
    with _target(args) as (base_url, api_key, secret_key):
        with BinancePayClient(api_key, secret_key, base_url=base_url) as client:
            method = getattr(getattr(client, args.resource), args.operation)
            result = method(**fields, timeout=timeout)
    _emit(_to_json(result, indent=2) if args.json else _table(result))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sandbox"]:
        try:
            from binance_pay_sandbox._cli import main as sandbox_main  # noqa: PLC0415
        except ImportError:
            print(f"binance-pay sandbox: {_SANDBOX_HINT}", file=sys.stderr)
            return 2
        return sandbox_main(argv[1:])
    parser = _build_parser()
    args = parser.parse_args(argv)
    command = " ".join(part for part in (args.command, getattr(args, "subcommand", None)) if part)
    try:
        if args.command == "webhooks":
            return _run_webhooks(args)
        return _run_operation(args)
    except (MissingCredentialsError, RequestValidationError, ValueError) as exc:
        _emit(f"binance-pay {command}: error: {_one_line(str(exc))}", sys.stderr)
        raise SystemExit(2) from None
    except BinancePayError as exc:
        label = " ".join(part for part in (exc.name, exc.code) if part) or type(exc).__name__
        _emit(f"binance-pay {command}: {label}: {_one_line(str(exc.error_message or exc))}", sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
