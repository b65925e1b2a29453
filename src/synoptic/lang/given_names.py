"""Given names of many countries (`data/given_names.txt`, derived from the Faker package's
person data by `bench/build_given_names.py`; MIT licence, see NOTICE), as evidence that a
capitalized name is a person's: "Roshawn Jones" opens on one, "Active Directory" and
"Crime Stopper" do not. Evidence, never a filter: a name with a title, a verb of saying
or an age is a person's whatever its first word (rare and foreign given names are many)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from unidecode import unidecode

from synoptic.util.tables import cached_pickle, cached_words, file_stamp, user_cache_dir

_FILE = Path(__file__).with_name("data") / "given_names.txt"
# the names one sex bears ("Doreen" f, "Wendell" m), from the same source
_SEXES_FILE = Path(__file__).with_name("data") / "given_name_genders.txt"


def _key(word: str) -> str:
    """Case, accents and the apostrophe folded: "Zoë" and "Zoe", "D'Arcy" and "Darcy"."""
    return unidecode(word).lower().replace("'", "").replace("’", "")


def _build() -> frozenset[str]:
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(_key(n) for n in lines if n and not n.startswith("#"))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    # the folded names, kept in the user's cache (folding 25k names: ~0.03 s a start, #23)
    import unidecode as folding

    key = ("given-names/1", file_stamp(_FILE), file_stamp(folding.__file__))
    return cached_words("given-names", key, _build)


def is_given_name(word: str) -> bool:
    """Is the word (any case, with or without accents) a known given name? A compound
    ("Jean-Pierre") is one when its first part is."""
    if not word:
        return False
    names = _names()
    key = _key(word.strip(".,;:"))
    return key in names or ("-" in key and key.split("-", 1)[0] in names)


def _build_sexes() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _SEXES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            key = _key(name)
            out[key] = sex if out.get(key, sex) == sex else ""  # two spellings folded apart
    return {k: v for k, v in out.items() if v}


@lru_cache(maxsize=1)
def _sexes() -> dict[str, str]:
    import hashlib

    import unidecode as folding

    stamp = repr(("given-name-sexes/1", file_stamp(_SEXES_FILE), file_stamp(folding.__file__)))
    path = user_cache_dir() / "tables" / f"given-name-sexes-{hashlib.sha1(stamp.encode()).hexdigest()[:16]}.pickle"
    return cached_pickle(path, _build_sexes, dict)


def given_name_sex(word: str) -> str | None:
    """"m" or "f" for a given name only men or only women bear in the lists ("Wendell",
    "Doreen"), else None (unknown, or borne by both: "Andrea", "Jean")."""
    return _sexes().get(_key(word.strip(".,;:"))) if word else None
