"""A store at the latest migration opens without Alembic (`store.db.migrate`, #23): the
head read from the scripts is Alembic's own, and a new store is still migrated by it."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from synoptic.store import Store
from synoptic.store.db import ALEMBIC_INI, MIGRATIONS, current_revision, script_head


def test_the_scripts_head_is_alembics():
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(MIGRATIONS))
    assert [script_head()] == ScriptDirectory.from_config(config).get_heads()


def test_new_store_migrated_then_reopened_at_head(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    with Store(url) as store:
        assert current_revision(store.engine) == script_head()
    with Store(url) as store:  # at the head: opened without Alembic, still usable
        assert current_revision(store.engine) == script_head()
        assert store.count_stories() == 0
