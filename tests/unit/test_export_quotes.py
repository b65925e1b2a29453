"""Lines a spreadsheet export wrapped in quotation marks and split into quoted runs (the
Dutch Wikinews articles, development: "nl/199629" read as a reader showed "De reactie van
Apple op dit probleem, dat door de media" and "werd genoemd, bestond ..." as two quotations
without a speaker, and the summary quoted a whole sentence)."""

from __future__ import annotations

from datetime import date

from synoptic.clean.csv_quotes import unwrap_export_quotes
from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

NL = (
    "Papermaster wilde geen commentaar geven op de situatie.\n"
    '"Volgens The New York Times, die het nieuws over zijn vertrek openbaarde, zei een anonieme persoon" "met '
    'directe kennis over de situatie" "dat de manager was weggewerkt vanwege meerdere hardwareproblemen."\n'
    '"De reactie van Apple op dit probleem, dat door de media" "Antennagate" "werd genoemd, bestond in eerste '
    'instantie uit een aanbeveling de telefoon anders vast te houden."\n'
    '"Tijdens een persconferentie op 16 juli zei Jobs dat alle kopers van een iPhone 4 recht hadden op een gratis '
    'hoes of" "bumper," "die het signaalprobleem vermindert."\n'
    '"De 717 is altijd geplaagd door trage verkoop; er zijn 155 vliegtuigen besteld."\n'
)


def test_the_runs_alternate_outside_and_inside_the_quotation():
    lines = unwrap_export_quotes(NL).split("\n")
    assert lines[1] == ("Volgens The New York Times, die het nieuws over zijn vertrek openbaarde, zei een anonieme "
                        'persoon "met directe kennis over de situatie" dat de manager was weggewerkt vanwege meerdere '
                        "hardwareproblemen.")
    assert lines[2].startswith('De reactie van Apple op dit probleem, dat door de media "Antennagate" werd genoemd,')
    assert lines[3].endswith('een gratis hoes of "bumper," die het signaalprobleem vermindert.')
    # wrapped only for the export's delimiter, in a text that shows the split runs
    assert lines[4] == "De 717 is altijd geplaagd door trage verkoop; er zijn 155 vliegtuigen besteld."


def test_an_introduction_and_a_closing_left_alone():
    text = ('"Manager Neil Aspinall zei namens Apple Corps het volgende:" "Met alle respect voor de rechter." ""\n'
            '"Jobs zegt:" "Ik heb altijd aangegeven."\n"Helaas is die dag aangebroken." ""\n')
    assert unwrap_export_quotes(text).split("\n") == [
        'Manager Neil Aspinall zei namens Apple Corps het volgende: "Met alle respect voor de rechter."',
        'Jobs zegt: "Ik heb altijd aangegeven."',
        'Helaas is die dag aangebroken."',
        "",
    ]


def test_quotations_of_other_texts_stay():
    for text in ('"Are you hurt?" "No."\n', '"We will fight; we will win."\n"Ik ben blij," zei hij.\n'):
        assert unwrap_export_quotes(text) == text


def test_the_speaker_of_an_introduction_on_the_quotes_line():
    text = unwrap_export_quotes(
        '"De rechter, Anthony Mann, was het eens met de verdediging van Apple Computer:" "Ik concludeer dat het '
        'gebruik van het Apple-logo geen relevant verband suggereert met het creatieve werk." ""\n'
        "Apple Corps zal in beroep gaan.\n")
    article = Article(id="a", source="a", text=text, language="nl", published=date(2006, 5, 8))
    quotes = analyze(article, Settings().text).quotes
    assert [(q.speaker_name, q.text[:15]) for q in quotes] == [("Anthony Mann", "Ik concludeer d")]
