"""Build the JSONL input of the part-B dispute stories (MultiLing 2011, Wikinews) from ../shared.

Each story file `stories/<story_id>.json` lists its articles with a `ref`:
- MultiLing 2011: `SourceTexts/M00TD.<language>` (line 1 the headline, then a dateline);
- Wikinews timeline: the document id in `docs.jsonl`, e.g. `nl/60083`.
This script writes `jsonl/<story_id>.jsonl`, one record per article
(`{"id","title","text","published","outlet","url","language"}`), the text as in the data set.
With `--init STORY_ID REF...` it first writes the story file's header (articles, empty gold).

Usage: python bench/data/disputes/make_jsonl_b.py [STORY_ID ...]
       python bench/data/disputes/make_jsonl_b.py --init multiling-M005-en SourceTexts/M0050.english ...
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared" / "bench"
MULTILING = SHARED / "summaries-multiling2011"
WIKINEWS = SHARED / "wikinews-timeline" / "docs.jsonl"
LANGUAGE_CODES = {"english": "en", "french": "fr", "arabic": "ar"}
ENGLISH_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
DATELINE = re.compile(r"^(?:[A-Za-z]+, )?([A-Za-z]+) (\d{1,2}), (\d{4})(?!\d)\s*")


def english_dateline(line: str) -> str | None:
    """ISO date of a line opening with an English dateline ("Saturday, February 27, 2010"), else None."""
    match = DATELINE.match(line.strip())
    if not match or match.group(1).lower() not in ENGLISH_MONTHS:
        return None
    month = ENGLISH_MONTHS[match.group(1).lower()]
    return dt.date(int(match.group(3)), month, int(match.group(2))).isoformat()


def multiling_article(ref: str) -> dict:
    """One MultiLing source text: headline, body, and the date of its English original.

    Translations carry the English original's publication date (their own datelines hold
    translation slips, e.g. an Arabic "December" for January); the dateline line is dropped
    from the text only when it is a dateline.
    """
    path = MULTILING / ref
    lines = [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line.strip()]
    title, body = lines[0].strip(), lines[1:]
    english = [
        line for line in (MULTILING / ref).with_suffix(".english").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    # the dateline is line 2, or line 3 after an image caption
    published = next(filter(None, map(english_dateline, english[1:4])), None)
    for n, line in enumerate(body[:3]):
        if not published:
            break
        if re.search(r"\d{4}\s*$", line) and len(line) < 60:
            del body[n]
            break
        if DATELINE.match(line.strip()):
            body[n] = DATELINE.sub("", line.strip())  # a dateline run into the first sentence
            break
    language = LANGUAGE_CODES[path.suffix.lstrip(".")]
    return {
        "title": title,
        "text": "\n".join(line.strip() for line in body),
        "published": published,
        "outlet": "Wikinews",
        "url": None,
        "language": language,
    }


def wikinews_documents() -> dict[str, dict]:
    with WIKINEWS.open(encoding="utf-8") as handle:
        return {doc["id"]: doc for doc in map(json.loads, handle)}


def wikinews_article(ref: str, docs: dict[str, dict]) -> dict:
    """One Wikinews timeline document: line 1 the headline, line 2 the dateline (dropped)."""
    doc = docs[ref]
    lines = doc["text"].split("\n")
    return {
        "title": doc["title"],
        "text": "\n".join(lines[2:]),
        "published": doc["published"],
        "outlet": "Wikinews",
        "url": doc.get("url"),
        "language": doc["language"],
    }


def article_record(ref: str, article_id: str, docs: dict[str, dict]) -> dict:
    fields = multiling_article(ref) if ref.startswith("SourceTexts/") else wikinews_article(ref, docs)
    return {"id": article_id, **fields}


def article_id(ref: str) -> str:
    """A short stable id: `M0053` for MultiLing, `wn-60083` for Wikinews."""
    if ref.startswith("SourceTexts/"):
        return Path(ref).stem
    return "wn-" + ref.split("/")[1]


def init_story(story_id: str, refs: list[str], split: str, docs: dict[str, dict]) -> None:
    path = HERE / "stories" / f"{story_id}.json"
    records = [article_record(ref, article_id(ref), docs) for ref in refs]
    languages = {record["language"] for record in records}
    story = {
        "id": story_id,
        "dataset": "multiling" if refs[0].startswith("SourceTexts/") else "wikinews",
        "split": split,
        "language": languages.pop() if len(languages) == 1 else "mixed",
        "articles": [
            {"id": r["id"], "ref": ref, "title": r["title"], "published": r["published"], "outlet": r["outlet"]}
            for ref, r in zip(refs, records, strict=True)
        ],
        "disputes": [],
        "updates": [],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(story, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_jsonl(story_path: Path, docs: dict[str, dict]) -> Path:
    story = json.loads(story_path.read_text(encoding="utf-8"))
    out = HERE / "jsonl" / f"{story['id']}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for article in story["articles"]:
            record = article_record(article["ref"], article["id"], docs)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def evidence_problems(story_path: Path, docs: dict[str, dict]) -> list[str]:
    """Evidence quotes not found verbatim in their article (title or text), and unknown article ids."""
    story = json.loads(story_path.read_text(encoding="utf-8"))
    texts = {}
    for article in story["articles"]:
        record = article_record(article["ref"], article["id"], docs)
        texts[article["id"]] = record["title"] + "\n" + record["text"]
    problems = []
    groups = story["disputes"] + story["updates"] + story.get("within_article", [])
    for item in groups:
        for variant in item["variants"]:
            for quote in variant["evidence"]:
                if not any(quote in texts.get(a, "") for a in variant["articles"]):
                    problems.append(f"{story['id']}: {item['topic']}: not found: {quote!r}")
            problems += [f"{story['id']}: unknown article {a}" for a in variant["articles"] if a not in texts]
    return problems


def part_b(path: Path) -> bool:
    return path.stem.startswith(("multiling-", "wikinews-"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="*", help="story ids (default: every part-B story)")
    parser.add_argument("--init", nargs="+", metavar=("STORY_ID", "REF"), help="write a story header")
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--check", action="store_true", help="only check that evidence quotes are verbatim")
    args = parser.parse_args()
    docs = wikinews_documents()
    if args.init:
        init_story(args.init[0], args.init[1:], args.split, docs)
        args.stories = [args.init[0]]
    paths = (
        [HERE / "stories" / f"{s}.json" for s in args.stories]
        if args.stories
        else sorted(p for p in (HERE / "stories").glob("*.json") if part_b(p))
    )
    if args.check:
        problems = [p for path in paths for p in evidence_problems(path, docs)]
        print("\n".join(problems) or f"{len(paths)} stories: every evidence quote found")
        raise SystemExit(1 if problems else 0)
    for path in paths:
        print(write_jsonl(path, docs))


if __name__ == "__main__":
    main()
