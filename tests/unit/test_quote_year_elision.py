"""An apostrophe before a year's two last digits elides the century, it opens no quote:
"iLife '11" in the Wikinews trial in Spanish (es/214601, development), whose brief quoted
"11 de Apple, que incluye los programas iPhoto, iMovie y GarageBand." and "11 se puso a la
venta el miércoles ..." as unattributed quotes."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

TEXT = (
    "En su discurso de apertura del miércoles, Jobs anunció el lanzamiento del paquete de software iLife '11 de "
    "Apple, que incluye los programas iPhoto, iMovie y GarageBand.\n"
    "iPhoto cuenta con nuevas plantillas de presentación.\n"
    "iLife '11 se puso a la venta el miércoles como actualización a 49 dólares y también puede obtenerse gratis "
    "con nuevas compras de Mac."
)


def test_a_years_elided_century_opens_no_quote():
    article = Article(id="a", source="a", text=TEXT, language="es", published=date(2010, 10, 23))
    assert analyze(article, Settings().text).quotes == []

