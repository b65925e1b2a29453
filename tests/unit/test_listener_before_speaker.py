"""Where the language puts the listener right after the verb of saying ("řekla Wikinews Edith
Larraín", she told Wikinews), the listener's name the article writes on its own is no part of
the speaker's (MultiLing 2011 M005 in Czech, development: the brief listed the person
"Wikinews Edith Larraín" and gave "Wikinews" two quotes); and names in a title between the
cue and the speaker leave the speaker the speaker ("said Blvd Liquor Store employee Julio
Munoz", GVC train: unattributed)."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

CZECH = (
    "Wikinews měl také přístup k původním projektovým plánům nových kiosků v Pichilemu a udělal interview s "
    'obchodníkem Alejandrem Mellou, který je v oblasti známý jako král Cochayuyo ("El Rey del Cochayuyo"), a '
    "který ztratil kiosek při zemětřesení.\n\n"
    '"Dům se stěhoval ze strany na stranu. Opravdu jsem si myslel, že spadne. Trvalo to 3 nebo 4 minuty", řekl '
    "Wikinews v rozhovoru chilský student Diego Grez, který byl v Pichilemu v době zemětřesení.\n\n"
    '"Jsme tu, protože jsme strach o naši bezpečnost. Nechceme, aby nás to [možné tsunami] chytilo. Musíme se '
    'zde usadit a přizpůsobit se", řekla Wikinews Edith Larraín. Starosta Córdova odhaduje, že nejméně 2000 lidí '
    "zůstalo na kopci La Cruz."
)


def _analysis(text: str, language: str):
    article = Article(id="a", source="a", text=text, language=language, published=date(2010, 10, 24))
    return analyze(article, Settings().text)


def test_the_listener_is_no_part_of_the_speakers_name():
    analysis = _analysis(CZECH, "cs")
    people = {m.span.text for m in analysis.entities if m.type == "PERSON"}
    assert "Edith Larraín" in people and not any("Wikinews" in p for p in people)
    assert "Wikinews" not in {q.speaker_name for q in analysis.quotes}


def test_names_inside_the_title_after_the_cue_leave_the_speaker():
    text = ("Paterson police said around 6 p.m., dinnertime, a quarrel near a nearby liquor store escalated to "
            "gunfire. One of the bullets struck the boy, who was sitting in his home on Rosa Parks Boulevard, police "
            "said.\n\nA worker at the liquor store said gunfire happens all too often in the part of Paterson where "
            "the shooting happened.\n\n“At least four or five times a month – monthly,” said Blvd Liquor Store "
            "employee Julio Munoz. “I know because we live here. It’s nothing new for us because we are used to it.”")
    assert [q.speaker_name for q in _analysis(text, "en").quotes] == ["Julio Munoz", "Julio Munoz"]
