"""A fresh PostgreSQL database per test, on the server CI starts (skips, or fails under
SYNOPTIC_REQUIRE_POSTGRES=1, when there is none)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

SERVER = os.environ.get("SYNOPTIC_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _unavailable(reason: str) -> None:
    if os.environ.get("SYNOPTIC_REQUIRE_POSTGRES") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def fresh_database(prefix: str) -> Iterator[str]:
    """The URL of a new database named `prefix` + a random suffix, dropped afterwards."""
    try:
        import psycopg
    except ImportError as exc:
        _unavailable(f"psycopg not installed: {exc}")
    try:
        admin = psycopg.connect(SERVER, autocommit=True, connect_timeout=3)
    except Exception as exc:  # no server answers
        _unavailable(f"no PostgreSQL server at {SERVER}: {str(exc).splitlines()[0] if str(exc) else exc}")
    name = f"{prefix}{uuid.uuid4().hex[:10]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{SERVER.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(SERVER, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
