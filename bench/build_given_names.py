"""Builds `src/synoptic/lang/data/given_names.txt`: given names of many countries, from the
person providers of the Faker package (MIT licence, see NOTICE), as evidence that a
capitalized name is a person's (`synoptic.lang.given_names`).

Faker ships, per locale, the first names its authors gathered from public name statistics
(census and civil-registry lists of many countries). Kept: every name written in the Latin
script, and names in Cyrillic, Greek, Georgian and Armenian transliterated to it (with the
usual English spellings of Russian beside unidecode's: "Iaroslav" -> "Yaroslav", "Dmitrii"
-> "Dmitriy", "Dmitry"); names in Arabic script from the Arabic locales. Other scripts are
left out (Synoptic reads names in them without capitals). The file is one name a line,
sorted, Latin first, then Arabic. Beside it, `given_name_genders.txt`: the names Faker lists
for one sex only, in every locale that lists them by sex ("Doreen" f, "Wendell" m), as
evidence of who "he" or "she" is (`synoptic.text.pronoun_speakers`).

    pip download --no-deps -d /tmp/faker faker==40.63.0
    cd /tmp/faker && unzip -q faker-40.63.0-py3-none-any.whl
    PYTHONPATH=/tmp/faker python bench/build_given_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

from unidecode import unidecode

OUT = Path(__file__).resolve().parents[1] / "src" / "synoptic" / "lang" / "data" / "given_names.txt"
# the names that only one sex bears in every locale that lists them by sex
GENDERS = OUT.with_name("given_name_genders.txt")
TRANSLITERATED = {"CYRILLIC", "GREEK", "GEORGIAN", "ARMENIAN"}
_NAME = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _script(name: str) -> str:
    ch = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(ch, "").split(" ")[0] if ch else ""


def _spellings(latin: str) -> set[str]:
    """unidecode's transliteration and the English spellings of its Russian endings."""
    out = {latin}
    if latin[:2] in ("Ia", "Iu", "Ie"):
        out |= {"Y" + s[1:] for s in set(out)}
    for end, alts in (("ii", ("iy", "y")), ("iia", ("ia", "iya")), ("ei", ("ey",))):
        out |= {s[: -len(end)] + alt for s in set(out) if s.endswith(end) for alt in alts}
    return out


def _sex(attr: str) -> str:
    """The sex a Faker name list is of, by its name ("first_names_female_common"): "f", "m",
    "u" for a list of names either bears ("first_names_unisex"), "" for a list that does not
    say ("first_names": most locales' union of the two; en_US's "first_names_nonbinary" is
    the same union)."""
    if "female" in attr:
        return "f"
    if "_male" in attr:
        return "m"
    return "u" if "unisex" in attr else ""


def first_names() -> tuple[set[str], set[str], dict[str, set[str]]]:
    """Latin-script and Arabic-script given names, and the sexes each name is listed for
    ("m", "f", "u" for either)."""
    import faker.providers.person as people

    latin: set[str] = set()
    arabic: set[str] = set()
    sexes: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        names: dict[str, set[str]] = {}
        for attr in dir(provider):
            if attr.startswith("first_name") and not callable(getattr(provider, attr)) or (
                "romanized" in attr and "first" in attr
            ):
                value = getattr(provider, attr)
                if not isinstance(value, str) and hasattr(value, "__iter__"):
                    for v in value:
                        names.setdefault(str(v).strip(), set()).add(_sex(attr))
        if module.name == "es":  # a placeholder list ("John", "Jane")
            continue
        for name, sex in names.items():
            script = _script(name)
            if script == "LATIN":
                spelled = {name.title() if name.isupper() else name}
            elif script in TRANSLITERATED:
                spelled = _spellings(unidecode(name))
            elif script == "ARABIC" and module.name.startswith("ar"):
                spelled = {name}
                arabic.add(name)
            else:
                continue
            if script != "ARABIC":
                latin |= spelled
            for s in spelled:
                sexes.setdefault(s, set()).update(sex - {""})  # an unsorted list says nothing
    latin = {n for n in latin if len(n) >= 2 and _NAME.fullmatch(n)}
    arabic = {n for n in arabic if len(n) >= 2 and " " not in n}
    return latin, arabic, sexes


def main() -> None:
    latin, arabic, sexes = first_names()
    header = ("# Given names of many countries, one a line: derived by bench/build_given_names.py from\n"
              "# the person providers of Faker 40.63.0 (MIT licence, Copyright (c) 2012 Daniele Faraglia);\n"
              "# see NOTICE.\n")
    OUT.write_text(header + "\n".join(sorted(latin) + sorted(arabic)) + "\n", encoding="utf-8")
    print(f"{len(latin)} Latin-script and {len(arabic)} Arabic-script names -> {OUT}")
    # a name listed for one sex only, wherever a locale lists it ("Andrea": a man's in Italy,
    # a woman's elsewhere, is left out, as is a name of a list of either sex)
    # (compared as `synoptic.lang.given_names` looks names up: "Andréa" is a woman's, but
    # "Andrea", which folds to the same key, either's)
    folded: dict[str, set[str]] = {}
    for n in latin | arabic:
        folded.setdefault(unidecode(n).lower().replace("'", "").replace("’", ""), set()).update(sexes.get(n, ()))
    one = sorted(n for n in latin | arabic if sexes.get(n) in ({"m"}, {"f"})
                 and folded[unidecode(n).lower().replace("'", "").replace("’", "")] == sexes[n])
    GENDERS.write_text(header.replace("Given names of many countries, one a line",
                                      "Given names borne by one sex, a name and m or f a line")
                       + "".join(f"{n}\t{next(iter(sexes[n]))}\n" for n in one), encoding="utf-8")
    print(f"{len(one)} names of one sex -> {GENDERS}")


if __name__ == "__main__":
    main()
