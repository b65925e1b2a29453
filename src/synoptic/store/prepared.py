"""Statements compiled once and run on SQLite's own connection: the page reads.

A search page asks SQLite eight small questions, each answered in tens of microseconds;
SQLAlchemy spent more than that on each around the answer (its cache key, parameter and row
processing: ~0.1-0.2 ms a statement, bench/web.py at 100k). `Prepared` keeps a statement's
SQL as SQLAlchemy compiles it, with its parameters' and columns' own type processors, and
runs it on the DBAPI connection within the SQLAlchemy connection's transaction: the same
SQL, the same values both ways, rows as named tuples. Elsewhere (PostgreSQL) it is run by
SQLAlchemy as before.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.dialects import sqlite

_SQLITE = sqlite.dialect()
_COMPILED = frozenset({"sql", "names", "given", "expanding", "to_db", "from_db", "typed", "Row"})


class Prepared:
    """A select with named bound parameters (`bindparam`; an expanding one takes a
    non-empty list), compiled for SQLite once, when first run."""

    def __init__(self, stmt: Any) -> None:
        self.stmt = stmt

    def __getattr__(self, name: str) -> Any:
        """The compiled parts, made when first run: the store's modules build their statements
        at import, and a command runs few of them (~0.03 s of a cold `synoptic show`, #23)."""
        if name not in _COMPILED:
            raise AttributeError(name)
        self._compile()
        return self.__dict__[name]

    def _compile(self) -> None:
        stmt = self.stmt
        compiled = stmt.compile(dialect=_SQLITE)
        self.sql: str = compiled.string
        self.names: list[str] = list(compiled.positiontup or [])
        # values the statement carries itself (a LIMIT given as a number)
        self.given = {k: v for k, v in compiled.construct_params(_check=False).items() if v is not None}
        self.expanding = {n for n in self.names if f"(__[POSTCOMPILE_{n}])" in self.sql}
        self.to_db = {n: p for n in self.names
                      if (p := compiled.binds[n].type._cached_bind_processor(_SQLITE)) is not None}
        columns = list(stmt.selected_columns)
        self.from_db = [c.type._cached_result_processor(_SQLITE, None) for c in columns]
        self.typed = [i for i, p in enumerate(self.from_db) if p is not None]
        self.Row = namedtuple("Row", [c.key for c in columns], rename=True)

    def _bound(self, params: dict) -> tuple[str, list]:
        values = {**self.given, **params} if self.given else params
        sql, args = self.sql, []
        for name in self.names:
            value, to_db = values[name], self.to_db.get(name)
            if name in self.expanding:
                if not value:
                    raise ValueError(f"{name}: an expanding parameter needs values")
                sql = sql.replace(f"(__[POSTCOMPILE_{name}])", "(" + ", ".join("?" * len(value)) + ")", 1)
                args.extend(map(to_db, value) if to_db else value)
            else:
                args.append(to_db(value) if to_db and value is not None else value)
        return sql, args

    def all(self, conn: Connection | RawReads, **params: Any) -> list[Any]:
        """The rows, as `conn.execute(stmt, params).all()` gives them."""
        if isinstance(conn, RawReads):
            dbapi = conn.dbapi
        elif conn.dialect.name != "sqlite":
            return conn.execute(self.stmt, params).all()
        else:
            if not conn.in_transaction():
                conn.begin()  # one snapshot for the page's reads, as SQLAlchemy's own autobegin
            dbapi = conn.connection.driver_connection
        sql, args = self._bound(params)
        raw = dbapi.execute(sql, args).fetchall()
        if self.typed:
            from_db, typed = self.from_db, self.typed
            for n, row in enumerate(raw):
                row = list(row)
                for i in typed:
                    if row[i] is not None:
                        row[i] = from_db[i](row[i])
                raw[n] = row
        make = self.Row._make
        return [make(r) for r in raw]

    def scalar(self, conn: Connection | RawReads, **params: Any) -> Any:
        """The first column of the first row, None when there is none."""
        if not isinstance(conn, RawReads) and conn.dialect.name != "sqlite":
            return conn.execute(self.stmt, params).scalar()
        rows = self.all(conn, **params)
        return rows[0][0] if rows else None

    def scalars(self, conn: Connection | RawReads, **params: Any) -> list[Any]:
        return [r[0] for r in self.all(conn, **params)]


class RawReads:
    """One read transaction on SQLite's own connection, for `Prepared` statements only (and
    what asks `.dialect`): a page's reads without SQLAlchemy's Connection, whose checkout,
    BEGIN and reset cost ~0.1 ms more than SQLite's answer to a small read."""

    dialect = _SQLITE

    def __init__(self, dbapi: Any) -> None:
        self.dbapi = dbapi


@contextmanager
def reading(engine: Engine) -> Iterator[Connection | RawReads]:
    """A read transaction for `Prepared` statements: on SQLite a `RawReads` (BEGIN, then
    ROLLBACK: one snapshot, as `engine.connect()` gives), elsewhere `engine.connect()`."""
    if engine.dialect.name != "sqlite":
        with engine.connect() as conn:
            yield conn
        return
    pooled = engine.raw_connection()
    try:
        dbapi = pooled.driver_connection
        dbapi.execute("BEGIN")
        try:
            yield RawReads(dbapi)
        finally:
            dbapi.execute("ROLLBACK")
    finally:
        pooled.close()
