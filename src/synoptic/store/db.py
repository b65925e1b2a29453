"""Engines and migrations: SQLite (WAL, busy timeout, immediate write locks) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ALEMBIC_INI = Path(__file__).resolve().parent / "alembic.ini"
# How long a writer waits for another process's transaction before failing clearly.
BUSY_TIMEOUT_S = 60.0


class StoreBusy(RuntimeError):
    """Another process holds the database's write lock for too long."""


def normalize_url(url: str) -> str:
    """A bare path means a SQLite file; postgresql:// uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": busy_timeout, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            # Take over transaction control so every write batch starts with
            # BEGIN IMMEDIATE: a second writer then waits (busy timeout) at the start
            # instead of failing half-way when upgrading a read lock.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:  # pragma: no cover - trivial
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to an Alembic revision (the latest by default)."""
    from alembic import command
    from alembic.config import Config

    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        conn.info["write"] = True
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def lock_for_write(session, engine: Engine) -> None:
    """Serialize writers on PostgreSQL (SQLite does it with BEGIN IMMEDIATE).

    Runs through the session, so the lock belongs to the session's transaction
    (a statement on the bare connection would open a transaction the session
    joins but never commits).
    """
    if engine.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7340033)"))
