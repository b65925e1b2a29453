"""Engines and migrations: SQLite (WAL, busy timeout, immediate write locks) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from synoptic.settings import StoreSettings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ALEMBIC_INI = Path(__file__).resolve().parent / "alembic.ini"
# Values per SQL `IN (...)` list: under SQLite's bound-parameter limit on old builds.
IN_CHUNK = 500


class StoreBusy(RuntimeError):
    """Another process holds the database's write lock for too long."""


def now() -> datetime:
    """The store's clock: naive UTC to the second (both backends compare it alike)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def chunks(values: list, size: int = IN_CHUNK) -> Iterator[list]:
    """`values` in slices short enough for one `IN (...)` list."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def normalize_url(url: str) -> str:
    """A bare path means a SQLite file; postgresql:// uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, busy_timeout: float = StoreSettings.busy_timeout,
                mmap_bytes: int = StoreSettings.mmap_bytes) -> Engine:
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
            cur.execute(f"PRAGMA mmap_size={int(mmap_bytes)}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:  # pragma: no cover - trivial
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to an Alembic revision (the latest by default). A store
    already at the latest is left alone without loading Alembic, whose import and reading
    of the migration scripts cost every command that opens a store ~0.2 s (#23: `synoptic
    show`); anything unusual (a new store, branches, an unreadable script) goes to Alembic."""
    if revision == "head" and (head := script_head()) is not None and _stored_revisions(engine) == [head]:
        return
    from alembic import command
    from alembic.config import Config

    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        conn.info["write"] = True
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
        # the pooled connection goes back for reads: they must not BEGIN IMMEDIATE
        conn.info.pop("write", None)


def current_revision(engine: Engine) -> str | None:
    """The store's Alembic revision, None for a new (empty) database."""
    found = _stored_revisions(engine)
    if len(found) <= 1:
        return found[0] if found else None
    from alembic.runtime.migration import MigrationContext  # several heads: Alembic says why

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revisions(engine: Engine) -> list[str]:
    """The rows of Alembic's version table (none when the table is missing)."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return []
        return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def script_head() -> str | None:
    """The latest revision of the migration scripts, read from their `revision` and
    `down_revision` lines as Alembic reads them; None unless there is exactly one head."""
    import re

    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]\s*$", source, re.M)
        down = re.search(r"^down_revision\s*=\s*(.+?)\s*$", source, re.M)
        if path.name == "__init__.py":
            continue
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


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


def busy_message(url: str, exc: Exception) -> str:
    return (
        f"the database {url} is busy: another process has held its write lock too long "
        f"({str(exc).splitlines()[0]}); try again when it has finished"
    )


@contextmanager
def write_session(engine: Engine, url: str,
                  mmap_bytes: int = StoreSettings.write_mmap_bytes) -> Iterator[Session]:
    """One write transaction, serialized with other writers; committed when the block
    ends, rolled back when it raises. A write lock held too long elsewhere is `StoreBusy`.
    A SQLite file is mapped `mmap_bytes` while it lasts (as `make_engine` takes its own)."""
    with engine.connect() as conn:
        conn.info["write"] = True
        mapped = _map_bytes(conn, mmap_bytes)
        try:
            with Session(bind=conn, autoflush=False) as session, session.begin():
                lock_for_write(session, engine)
                yield session
        except OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise StoreBusy(busy_message(url, exc)) from exc
            raise
        finally:
            conn.info.pop("write", None)
            if mapped is not None:
                _map_bytes(conn, mapped)


def _map_bytes(conn, size: int) -> int | None:
    """Set a SQLite connection's memory mapping of the database file (PRAGMA mmap_size) to
    `size` bytes; returns the size it had (None: not SQLite, or already `size`). On the raw
    connection: outside any transaction, so it never opens one (ours begin IMMEDIATE)."""
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.dbapi_connection
    before = int(raw.execute("PRAGMA mmap_size").fetchone()[0])
    if before == size:
        return None
    raw.execute(f"PRAGMA mmap_size={int(size)}")
    return before
