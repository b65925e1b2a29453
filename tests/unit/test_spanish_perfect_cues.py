"""Spanish reports say "ha expresado", "ha dicho" (the perfect) and "confesaba" (the
imperfect) as often as "dijo": a passage of the Wikinews trial in Spanish (development,
es/60083), whose four quotes were all unattributed."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

TEXT = (
    '"Nos encantan los Beatles y ha sido doloroso estar en desacuerdo con ellos en torno a estas marcas", '
    "ha expresado el CEO de Apple Inc., Steve Jobs.\n"
    '"Es estupendo haber solucionado este problema de forma positiva y de manera que no haya posibilidad de '
    'futuros desacuerdos".\n'
    '"Los próximos años van a ser muy emocionantes para nosotros", confesaba Neil Aspinall, director de Apple '
    "Corps.\n"
    '"Le deseamos todo el éxito a Apple Inc. y esperamos mantener una pacífica relación de colaboración durante '
    'muchos años".\n'
    "No se reveló si el catálogo de música de los Beatles formaba parte del trato."
)


def test_perfect_and_imperfect_cues_name_the_speakers():
    article = Article(id="a", source="a", text=TEXT, language="es", published=date(2007, 2, 6))
    quotes = analyze(article, Settings().text).quotes
    assert [(q.text.split()[0], q.speaker_name) for q in quotes] == [
        ("Nos", "Steve Jobs"), ("Es", "Steve Jobs"), ("Los", "Neil Aspinall"), ("Le", "Neil Aspinall"),
    ]


def test_a_place_in_brackets_before_the_cue_is_no_speaker():
    # es/214601: "expresó" gave the quote to "California"
    text = ("Steve Jobs, CEO de Apple, presentó los nuevos productos en el evento de Cupertino (California) y "
            'expresó que la compañía "se ha inspirado en el trabajo [que ha] realizado con el iPad, y [desea] '
            'volver a llevarlo al Mac".')
    article = Article(id="a", source="a", text=text, language="es", published=date(2010, 10, 23))
    assert [q.speaker_name for q in analyze(article, Settings().text).quotes] != ["California"]
