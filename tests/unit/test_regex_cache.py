"""`util/regex_cache.py`: the package's regular expressions made from programs kept in
the user's cache are the ones `re` compiles, and a file written by one run serves the
next (#23)."""

from __future__ import annotations

import re

import pytest

from synoptic.util import regex_cache as rc

rc.install()  # as the command line does (`synoptic/console.py`)
pytestmark = pytest.mark.skipif(rc._original is None, reason="this Python's `re` is left alone")

# GVC dev article 2b1f309f668e0781682f523994146b8a
PASSAGE = ("According to the San Diego Police Department, the bodies of 54-year-old Mark Mata, "
           "42-year-old Min Haung and 6-year-old Hank Mata were discovered during a welfare check "
           "late Tuesday morning in the 9500 block of High Park Lane.")


def test_every_kept_program_makes_the_pattern_re_makes():
    import synoptic.text  # noqa: F401  (its modules compile most of the package's patterns)

    assert len(rc._table) > 300
    for (pattern, flags), entry in list(rc._table.items()):
        ours, theirs = rc._from_entry(pattern, entry), rc._original(pattern, flags)
        assert ours == theirs and ours.groupindex == theirs.groupindex and ours.groups == theirs.groups


def test_a_real_pattern_finds_the_same_on_a_real_passage():
    from synoptic.text.quantity_words import NUMBER_PATTERN

    key = (NUMBER_PATTERN.pattern, NUMBER_PATTERN.flags & ~re.UNICODE)
    entry = rc._table.get(key) or rc._make(*key)[1]
    cached = rc._from_entry(NUMBER_PATTERN.pattern, entry)
    assert cached == NUMBER_PATTERN
    found = [m.groupdict() for m in cached.finditer(PASSAGE)]
    assert found == [m.groupdict() for m in NUMBER_PATTERN.finditer(PASSAGE)]
    assert [d["digits"] for d in found] == ["54", "42", "6", "9500"]


def _fresh(monkeypatch, path):
    monkeypatch.setattr(rc, "_path", path)
    monkeypatch.setattr(rc, "_table", {})
    monkeypatch.setattr(rc, "_added", {})
    monkeypatch.setattr(rc, "_used", set())


def test_what_a_module_compiles_as_it_loads_serves_the_next_run(tmp_path, monkeypatch):
    import importlib
    import sys

    path = tmp_path / "regex.pickle"
    _fresh(monkeypatch, path)
    # a pattern of its own (re's in-process cache has not seen it), compiled as a module loads
    pattern = rf"(?P<age>\d+)-year-old (?P<name>[A-Z]\w+(?: [A-Z]\w+)+)(?#{tmp_path.name})"
    (tmp_path / "ages_module.py").write_text(f"import re\nAGES = re.compile({pattern!r})\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("ages_module")
    del sys.modules["ages_module"]
    assert (pattern, 0) in rc._added
    rc.save()
    assert not rc._added
    monkeypatch.setattr(rc, "_table", rc._load(path))
    again = rc.compile_cached(pattern, 0)
    assert again == module.AGES and (pattern, 0) in rc._used and not rc._added
    assert [m.group("name") for m in again.finditer(PASSAGE)] == ["Mark Mata", "Min Haung", "Hank Mata"]


def test_what_a_command_compiles_from_its_input_is_not_kept(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path / "regex.pickle")
    made = rc.compile_cached(r"(?<![^\W_])(?:tuesday|welfare)(?![^\W_])", 0)
    assert made.search(PASSAGE).group() == "welfare" and not rc._added and not rc._table


def test_the_sentence_splitter_s_rules_made_as_it_runs_are_kept(tmp_path, monkeypatch):
    import pysbd

    _fresh(monkeypatch, tmp_path / "regex.pickle")
    re.purge()  # compiled anew, as in a new process
    segments = pysbd.Segmenter(language="en", clean=False).segment(
        "Gov. Gavin Newsom spoke on Tuesday. Police found the bodies in the 9500 block on Monday.")
    assert len(segments) == 2
    rules = [p for p, _ in rc._added if "Gov" in p]  # made of an abbreviation its lists hold
    assert rules and all(rc._from_entry(p, rc._table[(p, f)]) == rc._original(p, f) for p, f in rc._added)


def test_a_file_is_rewritten_only_for_programs_worth_it(tmp_path, monkeypatch):
    path = tmp_path / "regex.pickle"
    _fresh(monkeypatch, path)
    key = (r"\b(\d+) block of\b", 0)
    rc._table[key] = rc._make(*key)[1]
    rc._added[key] = rc.SAVE_SECONDS / 10
    rc.save()  # no file yet: written
    assert set(rc._load(path)) == {key}
    other = (r"\bwelfare check\b", 0)
    rc._table[other] = rc._make(*other)[1]
    rc._added[other] = rc.SAVE_SECONDS / 10
    rc.save()  # a file, and too little to gain: left as it is
    assert set(rc._load(path)) == {key}


def test_a_broken_file_or_entry_only_compiles_again(tmp_path, monkeypatch):
    path = tmp_path / "regex.pickle"
    path.write_bytes(b"not a pickle")
    assert rc._load(path) == {}
    pattern = r"\b(\d+) block of\b"
    monkeypatch.setattr(rc, "_table", {(pattern, 0): (0, b"\x01\x02", 5, (), ())})
    monkeypatch.setattr(rc, "_added", {})
    assert rc.compile_cached(pattern, 0) == rc._original(pattern, 0)


def test_the_file_keeps_at_most_max_entries_this_run_s_first(tmp_path, monkeypatch):
    import pickle

    path = tmp_path / "regex.pickle"
    _fresh(monkeypatch, path)
    monkeypatch.setattr(rc, "MAX_ENTRIES", 3)
    old = {(f"old{i}", 0): rc._make(f"old{i}", 0)[1] for i in range(4)}
    with open(path, "wb") as f:
        pickle.dump(old, f)
    rc._used.add(("old0", 0))
    rc._table[("new", 0)] = rc._make("new", 0)[1]
    rc._added[("new", 0)] = 1.0
    rc.save()
    assert set(rc._load(path)) == {("old3", 0), ("old0", 0), ("new", 0)}
