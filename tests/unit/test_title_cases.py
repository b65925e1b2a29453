"""A list of titled people in a Czech oblique case holds one title per person: the title
read before a name stops at the previous person's title and name (MultiLing 2011 M005 in
Czech, development: Roberto Córdova was given the role "starostou Litueche Bernardem
Cornejem starosta")."""

from __future__ import annotations

from pathlib import Path

from synoptic.read.files import read_local
from synoptic.settings import Settings


def test_czech_titles_in_the_instrumental():
    from synoptic.text.title_cases import oblique_title

    assert oblique_title("starostou") and oblique_title("guvernérem") and oblique_title("plukovníkem")
    assert not oblique_title("pichilemu") and not oblique_title("ibarrem")


def test_the_mayor_of_pichilemu_is_the_mayor(tmp_path: Path):
    from synoptic import clean
    from synoptic.text.entities import extract_mentions
    from synoptic.text.sentences import split_sentences

    # the sentence needs its article: the run "Pichilemu Roberto Córdova" is read as it is there
    text = ("Starosta Pichilemu Roberto Córdova oznámil kampaň.\n\n"
            "20. března ve spolupráci s guvernérem Cardenal Caro Juliem Ibarrem, plukovníkem Raúlem Melem a "
            "starostou Litueche Bernardem Cornejem starosta Pichilemu Roberto Córdova oznámil kampaň za "
            '"oživení cestovního ruchu" v Pichilemu.\n\nStarosta Córdova odhaduje, že nejméně 2000 lidí odešlo.\n')
    path = tmp_path / "a.txt"
    path.write_text("Pichilemu\n\n" + text, encoding="utf-8")
    settings = Settings()
    articles, _ = clean.clean_documents(list(read_local(path, settings.read)), settings.clean)
    article = articles[0]
    article.language = "cs"
    roles = {m.role for m in extract_mentions(article, split_sentences(article), settings.text)
             if m.type == "PERSON" and "Córdova" in m.span.text}
    assert roles and all(r is None or "Litueche" not in r for r in roles)
