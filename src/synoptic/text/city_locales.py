"""The names CLDR gives the world's time-zone cities in the languages of `synoptic.lang`
("Londres", "Londen", "Λονδίνο"), for `text/names.city_names`: a city named in the
article's language is a place ("Λονδίνου" was a person; MultiLing 2011 in Greek,
development). A name that is also a given name ("Maurice", "Dominique", "Guadalupe") is
left out, and so are the placeholder of an unknown city ("Unbekannt") and the islands'
names in languages other than English."""

from __future__ import annotations

from synoptic.lang.given_names import is_given_name

LOCALES = ("en", "el", "fr", "es", "it", "de", "nl")
# islands, whose names in other languages are common words there ("Navidad": Christmas
# Island, and Christmas in Spanish; "Pasqua": Easter Island, and Easter in Italian)
_ISLANDS = ("Indian/", "Atlantic/", "Pacific/")


def cldr_city_names() -> set[str]:
    from babel import Locale

    names: set[str] = set()
    for code in LOCALES:
        for key, zone in Locale(code).time_zones.items():
            city = zone.get("city") or ""
            if not city or key.startswith("Etc/") or code != "en" and (is_given_name(city) or key.startswith(_ISLANDS)):
                continue
            names.add(city.lower())
    return names
