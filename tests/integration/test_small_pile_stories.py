"""A user's small pile through `synoptic ingest` + `synoptic stories --json` (#18, stop 39):
two shootings of one kind, days apart, stay two stories, and a report and its translation
still join. Texts: the Gun Violence Corpus dev incidents 693003 (Knox County, TN), 693359
(Gary, IN), 704555 (Chicago, a congressman's grandson) and 704909 (a murder-suicide near
Wilkes-Barre, PA), CC BY 4.0; MultiLing 2011 M0001 in English and French (WikiNews, CC BY 3.0).

Four short English articles alone made one story: over four texts the IDF can not tell
"shot" or "county" from a rare word, and the vectors' cross-language term (`across`) read two
short English texts as far apart in language as a translation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synoptic.cli import app

pytestmark = pytest.mark.slow

KNOX = ("4440cd0bd02b1ebf657260e02627d925", "4a3283c9adfa72dec85f6296ce819c9c")
GARY = ("4cb4e8c2adc7e6a6b545d4ff0264bcc3", "d8cd93cc59fc1160f63a40c6cd5ba6e3")
CHICAGO = ("662672852b984c058a02869c92096d86", "772591405acd0c43d28f61c737d563a0", "810c1a1ffe404eb28d6bc39dd4f387c6")
WILKES_BARRE = ("622e463d4866570f7c682a6543e4e8b0", "f7c7fbcf9514fbd5ac8a908532734696")


def _gvc(shared_dir: Path, ids: set[str]) -> list[dict]:
    out = []
    with (shared_dir / "bench" / "stories-gvc" / "gvc.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in ids:  # as a user's feed has them: no gold, no split
                out.append({k: row[k] for k in ("id", "title", "text", "published", "url") if row.get(k)})
    return sorted(out, key=lambda r: r["id"])


def _multiling(shared_dir: Path, name: str, language: str, code: str) -> dict:
    text = (shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts" / f"{name}.{language}").read_text(
        encoding="utf-8")
    first, _, body = text.partition("\n")
    return {"id": f"{name}.{code}", "title": first.strip(), "text": body.strip(), "language": code}


def _stories(tmp_path: Path, records: list[dict]) -> list[set[str]]:
    feed = tmp_path / "pile.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'pile.db'}"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(feed), "--db", db, "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["stories", "--json", "--db", db], catch_exceptions=False)
    return [set(s["articles"]) for s in json.loads(listed.stdout)]


def test_two_shootings_of_one_kind_stay_two_stories_and_a_translation_joins(shared_dir, tmp_path) -> None:
    records = _gvc(shared_dir, set(KNOX + GARY))
    assert len(records) == 4
    records += [_multiling(shared_dir, "M0001", "english", "en"), _multiling(shared_dir, "M0001", "french", "fr")]
    stories = _stories(tmp_path, records)
    assert sorted(map(sorted, stories)) == sorted([sorted(KNOX), sorted(GARY), ["M0001.en", "M0001.fr"]])


def test_the_shootings_alone_stay_apart(shared_dir, tmp_path) -> None:
    stories = _stories(tmp_path, _gvc(shared_dir, set(KNOX + GARY)))
    assert sorted(map(sorted, stories)) == sorted([sorted(KNOX), sorted(GARY)])


def test_two_killings_of_one_day_in_two_cities_stay_apart(shared_dir, tmp_path) -> None:
    stories = _stories(tmp_path, _gvc(shared_dir, set(CHICAGO + WILKES_BARRE)))
    assert sorted(map(sorted, stories)) == sorted([sorted(CHICAGO), sorted(WILKES_BARRE)])
