"""Build each labelled story's JSONL (what a feed would give) from the data sets in ../shared.

The article texts are not committed: `articles[].ref` of a story file names them in
its data set, and this script rebuilds `jsonl/<story_id>.jsonl`, one record per article
(`{"id","title","text","published","outlet","url","language"}`).

- ECB+ (`ref` = the document name without `.xml`, e.g. `4_3ecbplus`): the tokenised text
  is detokenised by `detokenize`; a first line that is a URL becomes `url` and `outlet`
  (its host), the next line the title; `published` comes from the ESC time annotation of
  the same document where it has one (ECB+ itself carries no dates).
- GVC (`ref` = the record's `id`): title, text, published and url as crawled.
- Other data sets (MultiLing, Wikinews) are built by `make_jsonl_b.py` beside this file
  (part B of the set) when it is present.

Usage: python bench/data/disputes/make_jsonl.py [story_id ...]   (default: every story)
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
JSONL = HERE / "jsonl"
SHARED = HERE.parents[2].parent / "shared"  # ../shared from the project root
ECBPLUS = SHARED / "bench" / "stories-ecbplus" / "ecbplus_docs_clusters.jsonl"
ESC = SHARED / "bench" / "timex-esc" / "esc_timex.jsonl"
GVC = SHARED / "bench" / "stories-gvc" / "gvc.jsonl"


def detokenize(text: str) -> str:
    """ECB+ text is tokenised ("Reid 's rep , told"): undo the common cases, line by line."""
    t = text.replace("``", '"').replace("''", '"')
    t = re.sub(r"(\d) , (\d{3})\b", r"\1,\2", t)  # figures first: "15 , 800" -> "15,800"
    t = re.sub(r"(\d) \. (\d)", r"\1.\2", t)
    t = re.sub(r"(\d) : (\d)", r"\1:\2", t)  # clock times: "10 : 30" -> "10:30"
    t = re.sub(r" ([,.;:!?%)\]])", r"\1", t)
    t = re.sub(r"([(\[$]) ", r"\1", t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", t)
    t = re.sub(r" - ", "-", t)
    t = re.sub(r" ’ (s|re|ve|ll|d|m)\b", r"’\1", t)
    return re.sub(r'" (.*?) "', r'"\1"', t)


def _is_dateline(line: str) -> bool:
    return len(line) < 45 and bool(re.search(r"\b(19|20)\d\d\b|\d+ / \d+ / \d+", line))


def _is_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", '"')) or len(line) > 120


def _outlet(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.") or None


@cache
def _ecbplus_docs() -> dict[str, dict]:
    docs = {}
    for line in ECBPLUS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs[d["doc"].removesuffix(".xml")] = d
    return docs


@cache
def _esc_dates() -> dict[str, str]:
    if not ESC.is_file():
        return {}
    dates = {}
    for line in ESC.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d.get("published"):
            dates[d["id"]] = d["published"]
    return dates


def ecbplus_record(ref: str) -> dict:
    lines = [ln for ln in _ecbplus_docs()[ref]["text"].splitlines() if ln.strip()]
    url = None
    if lines and re.match(r"https? : / /", lines[0]):
        url = lines.pop(0).replace(" ", "")
    lines = [detokenize(ln) for ln in lines]
    # a dateline ("June 06, 2013", "6 / 6 / 2013 10:10 AM") often comes before the headline
    heads = [i for i, ln in enumerate(lines) if not _is_dateline(ln)]
    at = heads[0] if heads else 0
    first = lines[at] if lines else ""
    body = lines[:at] + lines[at + 1 :]
    # ECB's half of a topic has no headlines: its first line is then the lead sentence, which
    # stays in the text and no title is made up; a one-line article is text without a title
    if _is_sentence(first) or not body:
        title, body = None, lines
    else:
        title = first
    return {"id": ref, "title": title, "text": "\n".join(body), "published": _esc_dates().get(ref),
            "outlet": _outlet(url), "url": url, "language": "en"}


@cache
def _gvc_docs() -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, GVC.read_text(encoding="utf-8").splitlines())}


def gvc_record(ref: str) -> dict:
    d = _gvc_docs()[ref]
    return {"id": ref, "title": d["title"], "text": d["text"], "published": d.get("published"),
            "outlet": _outlet(d.get("url")), "url": d.get("url"), "language": d.get("language", "en")}


def _part_b():  # type: ignore[no-untyped-def]
    path = HERE / "make_jsonl_b.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("make_jsonl_b", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def story_records(story: dict) -> list[dict]:
    """The JSONL records of one story file, in its article order."""
    refs = [a["ref"] for a in story["articles"]]
    if story["dataset"] == "ecbplus":
        records = [ecbplus_record(r) for r in refs]
    elif story["dataset"] == "gvc":
        records = [gvc_record(r) for r in refs]
    else:
        other = _part_b()
        if other is not None and hasattr(other, "story_records"):
            return list(other.story_records(story))
        if other is None or not hasattr(other, "article_record"):
            raise LookupError(f"no loader for data set {story['dataset']!r} (make_jsonl_b.py)")
        # part B's loader: article_record(ref, article_id, docs), docs = the Wikinews documents
        docs = other.wikinews_documents() if hasattr(other, "wikinews_documents") else {}
        return [other.article_record(a["ref"], a["id"], docs) for a in story["articles"]]
    for record, article in zip(records, story["articles"], strict=True):
        record["id"] = article["id"]
    return records


def write_jsonl(story: dict, folder: Path = JSONL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{story['id']}.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in story_records(story)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load_story(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    paths = [STORIES / f"{s}.json" for s in argv] or sorted(STORIES.glob("*.json"))
    for path in paths:
        story = load_story(path)
        try:
            print(write_jsonl(story))
        except LookupError as exc:
            print(f"{story['id']}: skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
