"""`util/tables.py`: a word table built once, then read from the user's cache while its
sources are the same; the real tables read back equal to the ones built (#23)."""

from __future__ import annotations

from synoptic.util.tables import cached_words


def test_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNOPTIC_CACHE_DIR", str(tmp_path))
    calls = []

    def build() -> frozenset[str]:
        calls.append(1)
        return frozenset({"geneva", "kyiv"})

    assert cached_words("places", ("v1",), build) == {"geneva", "kyiv"}
    assert cached_words("places", ("v1",), build) == {"geneva", "kyiv"}
    assert len(calls) == 1
    cached_words("places", ("v2",), build)  # other sources: built again
    assert len(calls) == 2


def test_unusable_cache_only_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SYNOPTIC_CACHE_DIR", str(blocker))
    assert cached_words("places", ("v1",), lambda: frozenset({"oslo"})) == {"oslo"}


def test_real_tables_equal_when_read_from_the_cache(tmp_path, monkeypatch):
    from synoptic.lang import given_names
    from synoptic.text import names

    monkeypatch.setenv("SYNOPTIC_CACHE_DIR", str(tmp_path))
    built = (names._build_cities(), names._build_territories(), given_names._build())
    names.city_names.cache_clear()
    given_names._names.cache_clear()
    first = (names.city_names(), names._cldr_territories(), given_names._names())
    names.city_names.cache_clear()
    given_names._names.cache_clear()
    again = (names.city_names(), names._cldr_territories(), given_names._names())
    assert built == first == again
    assert "vienna" in again[0] and "ukraine" in again[1] and "wendy" in again[2]
    names.city_names.cache_clear()
    given_names._names.cache_clear()
