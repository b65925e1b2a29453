"""read/limits.py: every field of a record within its limit, noted or skipped with a reason."""

from __future__ import annotations

import json
from pathlib import Path

from synoptic.clean import clean_document
from synoptic.model import Document, Skipped
from synoptic.read import read_paths
from synoptic.read.files import parse_date
from synoptic.read.limits import clean_field, limit_document, plausible_language
from synoptic.settings import CleanSettings, ReadSettings

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "geneva-2022"


def _story() -> str:
    # a real article of the bundled example, so the cleaner keeps it
    return sorted(EXAMPLE.glob("*.txt"))[0].read_text(encoding="utf-8")


def _doc(**fields) -> Document:
    base = {"id": "a1", "source": "test", "content": _story()}
    base.update(fields)
    return Document(**base)


def test_fields_within_limits_are_untouched() -> None:
    doc = _doc(title="Talks resume in Geneva", outlet="Reuters", author="Jane Doe",
               url="https://example.org/a", language="en")
    assert limit_document(doc, ReadSettings()) == doc


def test_oversized_fields_are_cut_or_dropped_with_a_note() -> None:
    settings = ReadSettings()
    doc = _doc(title="T" * 5_000_000, outlet="O" * 1_000_000, author="A" * 400,
               url="https://x.org/" + "u" * 3_000)
    out = limit_document(doc, settings)
    assert isinstance(out, Document)
    assert len(out.title) == settings.max_title_chars
    assert len(out.outlet) == settings.max_outlet_chars
    assert len(out.author) == settings.max_author_chars
    assert out.url is None
    reasons = {r.text.split(":")[0]: r.reason for r in out.removed}
    assert reasons == {"title": "oversize", "outlet": "oversize", "author": "oversize", "url": "oversize"}
    assert all(len(r.text) < 200 for r in out.removed)  # a note, not the cut text


def test_long_text_is_cut_at_a_line_break() -> None:
    settings = ReadSettings(max_content_chars=2_000)
    out = limit_document(_doc(content=(" ".join(["word"] * 30) + "\n") * 100), settings)
    assert isinstance(out, Document)
    assert len(out.content) <= 2_000 and out.content.endswith("word")
    assert [r.reason for r in out.removed] == ["oversize"]


def test_an_over_long_id_skips_the_record_naming_the_field() -> None:
    out = limit_document(_doc(id="i" * 5_000), ReadSettings())
    assert isinstance(out, Skipped) and out.error.startswith("id too long")


def test_language_must_look_like_a_code() -> None:
    for good in ("en", "pt-BR", "zh_Hant_TW", "und", "fra"):
        assert plausible_language(good, 20)
    for bad in ("english please", "x" * 100_000, "e", "<script>", "en-"):
        assert not plausible_language(bad, 20)
    out = limit_document(_doc(language="L" * 100_000), ReadSettings())
    assert isinstance(out, Document) and out.language is None
    assert out.removed[0].reason == "invalid" and len(out.removed[0].text) < 120


def test_controls_and_surrogates_are_normalised_in_every_field() -> None:
    assert clean_field("Reu\x00ters\x07") == "Reuters"
    assert clean_field("a\tb\nc\r") == "a\tb\nc\r"
    assert clean_field("caf\u00e9 \ud800") == "caf\u00e9 \ufffd"
    out = limit_document(_doc(id="a\x00", outlet="Reu\x00ters", title="Ti\x1btle",
                              content=_story().replace(" ", " \x00", 3)), ReadSettings())
    assert isinstance(out, Document)
    assert (out.id, out.outlet, out.title) == ("a", "Reuters", "Title")
    assert "\x00" not in out.content
    out.content.encode("utf-8")  # storable by both stores


def test_the_cleaned_article_carries_the_notes() -> None:
    doc = limit_document(_doc(title="T" * 5_000), ReadSettings())
    assert isinstance(doc, Document)
    article = clean_document(doc, CleanSettings())
    assert not isinstance(article, Skipped), article
    assert article.removed[0].reason == "oversize"
    assert article.removed[0].text.startswith("title:")


def test_one_huge_title_costs_only_its_own_record(tmp_path: Path) -> None:
    story = _story()
    lines = [json.dumps({"id": f"good{n}", "text": story, "outlet": "Wire"}) for n in range(18)]
    lines.insert(7, json.dumps({"id": "huge", "text": story, "title": "x" * 5_000_000}))
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([str(path)], ReadSettings()))
    assert len(items) == 19 and all(isinstance(i, Document) for i in items)
    assert all(len(i.title or "") <= 1_000 for i in items)


def test_a_long_date_string_is_not_parsed() -> None:
    assert parse_date("3 March 2023 " * 10_000) is None
    assert str(parse_date("2023-03-03")) == "2023-03-03"
