"""`--state FILE`: the sandbox's state kept in a SQLite file, loaded at start and saved after every change.

One row holds the whole state as exact JSON (`_records`: Decimals as their own text), replaced in one transaction
whenever the state differs from what was last saved: before each response leaves (so an answer the client saw is
on disk) and after each expiry sweep. One snapshot rather than a table per record kind: the records point at one
another (an order and its refunds, a contract filed under three keys, a convert order and its quote), a snapshot
restores them together and consistently, and a sandbox's state is small enough to write whole.

What a restart loses: webhook deliveries in flight and their history, scripted results, the nonces seen and the
webhook signing key (unless --webhook-key names one). Orders that expired while the sandbox was stopped expire,
and send their webhook, when next looked at.

The file says what it is in PRAGMA application_id and which schema it follows in PRAGMA user_version. A file of
a newer or unknown schema, another application's database, a corrupt database, a file that is no SQLite database
and a directory are refused with a one-line StateFileError before anything is loaded.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
import threading
from decimal import InvalidOperation
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._registry import store_classes
from ._state import MerchantState, StoreLoaders

SCHEMA_VERSION = 1
APPLICATION_ID = 0x42505342  # "BPSB": Binance Pay sandbox
_STORE_LOADERS: StoreLoaders = {kind.__name__: (kind, kind.from_record) for kind in store_classes()}

logger = logging.getLogger("binance_pay_sandbox")


class StateFileError(ValueError):
    """A state file that cannot be used; the message is one line naming the file and why."""


class StateFile:
    """An open state file; `save` writes the state when it changed since the last save."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection
        self._saved = ""
        self._closed = False
        self._writing = threading.Lock()  # a save and the close never overlap

    def save(self, state: MerchantState) -> None:
        """Write `state` if it changed; a failure is logged (the sandbox keeps answering from memory)."""
        with state.lock, self._writing:
            if self._closed:
                return
            try:
                snapshot = json.dumps(state.to_record(), separators=(",", ":"), sort_keys=True)
                if snapshot == self._saved:
                    return
                with self._connection:  # one transaction: the old snapshot or the new one, never half of it
                    self._connection.execute(
                        "INSERT OR REPLACE INTO sandbox_state (id, snapshot) VALUES (1, ?)", (snapshot,)
                    )
                self._saved = snapshot
            except (sqlite3.Error, OSError, TypeError, ValueError) as exc:
                logger.error("sandbox: could not save the state to %s (%s: %s)", self.path, type(exc).__name__, exc)

    def close(self) -> None:
        """Closed for good (the server stopped); later saves do nothing."""
        with self._writing:
            self._closed = True
            self._connection.close()


def _refused(path: Path, why: str) -> StateFileError:
    return StateFileError(f"state file {path}: {why}")


def _checked_path(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return  # made on first open
    except OSError as exc:
        raise _refused(path, f"cannot read ({type(exc).__name__}: {exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise _refused(path, "is a directory, not a SQLite state file")
    if not stat.S_ISREG(mode):
        raise _refused(path, "is not a regular file")


def _pragma(connection: sqlite3.Connection, name: str) -> int:
    value = connection.execute(f"PRAGMA {name}").fetchone()[0]
    return int(value)


def _initialize(connection: sqlite3.Connection) -> None:
    with connection:
        connection.execute("CREATE TABLE sandbox_state (id INTEGER PRIMARY KEY CHECK (id = 1), snapshot TEXT NOT NULL)")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _check_schema(path: Path, connection: sqlite3.Connection) -> None:
    """Refuses another application's database and any schema version but this one; makes an empty file ours."""
    application_id, version = _pragma(connection, "application_id"), _pragma(connection, "user_version")
    if application_id == 0 and version == 0:
        if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise _refused(path, "is a SQLite database of another application, not a sandbox state file")
        _initialize(connection)
        return
    if application_id != APPLICATION_ID:
        raise _refused(path, f"is not a sandbox state file (SQLite application_id {application_id:#x})")
    if version > SCHEMA_VERSION:
        raise _refused(path, f"schema version {version} is newer than this sandbox's ({SCHEMA_VERSION}); upgrade it")
    if version != SCHEMA_VERSION:
        raise _refused(path, f"unknown schema version {version} (this sandbox reads version {SCHEMA_VERSION})")
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise _refused(path, "is corrupt (SQLite quick_check failed)")


def _saved_record(path: Path, connection: sqlite3.Connection) -> dict[str, Any] | None:
    row = connection.execute("SELECT snapshot FROM sandbox_state WHERE id = 1").fetchone()
    if row is None:
        return None
    try:
        record = json.loads(row[0])
    except (TypeError, ValueError):
        raise _refused(path, "is corrupt (its snapshot is not JSON)") from None
    if not isinstance(record, dict):
        raise _refused(path, "is corrupt (its snapshot is not a JSON object)")
    return record


def open_state_file(path: Path) -> tuple[StateFile, dict[str, Any] | None]:
    """The state file at `path` (made when missing) and the state it holds (None: none saved yet)."""
    _checked_path(path)
    try:
        connection = sqlite3.connect(path, check_same_thread=False)  # used under the state lock only
    except sqlite3.Error as exc:
        raise _refused(path, f"cannot open ({exc})") from None
    try:
        _check_schema(path, connection)
        return StateFile(path, connection), _saved_record(path, connection)
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise _refused(path, f"is not a SQLite database or is corrupt ({exc})") from None
    except BaseException:
        connection.close()
        raise


def attach_state_file(state: MerchantState, path: Path) -> StateFile:
    """`state` loaded from the file at `path` (all of it, or StateFileError and none of it), saved there from now on."""
    state_file, record = open_state_file(path)
    try:
        if record is not None:
            state.restore(record, _STORE_LOADERS)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, InvalidOperation) as exc:
        state_file.close()
        raise _refused(path, f"is corrupt (its snapshot is no sandbox state: {type(exc).__name__})") from None
    state.persist = lambda: state_file.save(state)
    state_file.save(state)
    return state_file


class SaveBeforeAnswer:
    """Saves the state before each response starts, so whatever a client was told survives a restart."""

    def __init__(self, app: ASGIApp, state: MerchantState) -> None:
        self._app = app
        self._state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return

        async def saving_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                self._state.persist()
            await send(message)

        await self._app(scope, receive, saving_send)
