"""Where each labelled dispute is lost: a stage-by-stage diagnostic of the dispute finder.

For every gold dispute of the labelled set (`bench/data/disputes/`, development split by
default) the story's articles are built as ONE story (as `bench/conflicts.py --grouping
gold`), the stages that disputes depend on are run (`pipeline.build_story` up to
`find_conflicts`), and for each pair of the dispute's variants, from the evidence the
labeller copied, it prints the first stage that keeps the two sides apart:

  article dropped   the article was not kept by cleaning or reading
  one origin        the two articles are one origin group (dedup took them for copies of
                    one report): sources that are one never dispute
  no sentence       the evidence is not in the article's text as analysed
  not one fact      the two sentences are not in one aligned fact (said, not a loss by
                    itself: figures link across facts on their own words)
  figure            numbers only: no figure extracted in the evidence, or the figure was
                    left out before comparing (with the reason: an age, a clock reading...)
  link              numbers only: the two figures are not linked, with the like-with-like
                    rule or the missing evidence (`detectors.number.link_reason`)
  found / grouped   the dispute is reported; or the figures are linked but no dispute
                    was made of them (values compatible, an article on two sides...)

Ages bound to names are read by `detectors/age.py` (shown as the ages it finds in the
evidence); dates, times, roles, quotes and claims get the sentence and fact stages only.

Usage: .venv/bin/python bench/dispute_stages.py [--story ID] [--batch NAME] [--encoder auto] [--split dev]
The test split is refused unless --split test is given (measure it once, at the end).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.conflicts import load_stories, matches_dispute, story_jsonl  # noqa: E402


def story_inputs(path: Path, settings, encoder):  # type: ignore[no-untyped-def]
    """The inputs of `find_conflicts` for all of a file's articles as one story (the first
    stages of `pipeline.build_story`), and the conflicts found."""
    from synoptic import pipeline, read
    from synoptic.compare import conflicts, facts, reference_date
    from synoptic.compare.evidence import StoryInputs, build_index
    from synoptic.link import dedup, wire
    from synoptic.link import entities as entities_mod
    from synoptic.link import quotes as quotes_mod
    from synoptic.text import timex
    from synoptic.write import brief as brief_mod

    prepared = pipeline.prepare(read.read_paths([str(path)], settings.read), settings)
    articles, analyses = prepared.articles, dict(prepared.analyses)
    origins = wire.name_agencies(dedup.find_origins(articles, analyses, encoder, settings.link), articles)
    ref_date, _ = reference_date.infer_reference_date(articles, analyses, settings.reference_date, settings.compare)
    for article in articles:
        anchor = reference_date.article_anchor(article, analyses[article.id], ref_date, settings.compare)
        analyses[article.id] = replace(analyses[article.id],
                                       times=timex.resolve_times(analyses[article.id].times, anchor))
    ents = entities_mod.canonicalize(articles, analyses, settings.link)
    quoted = quotes_mod.merge_quotes(articles, analyses, ents, settings.link)
    language = brief_mod.brief_language(articles, origins, settings.write.language)
    fs = facts.align_facts(articles, analyses, origins, encoder, settings.compare, language)
    found = conflicts.find_conflicts(fs, articles, analyses, ents, quoted, origins, settings.compare)
    idx = build_index(fs, articles, analyses, origins, settings.compare)
    return StoryInputs(facts=fs, analyses=analyses, entities=ents, quotes=quoted, index=idx), found


def evidence_spans(story_inputs, variant: dict) -> list:  # type: ignore[no-untyped-def]
    """(article, Span) of each evidence quote in one of the variant's articles."""
    from synoptic.model import Span

    idx = story_inputs.index
    out = []
    for quote in variant.get("evidence", []):
        for aid in variant["articles"]:
            article = idx.articles.get(aid)
            if article is None:
                continue
            at = article.text.find(quote)
            if at >= 0:
                out.append(Span(aid, at, at + len(quote), quote))
                break
    return out


def _overlaps(a, b) -> bool:  # type: ignore[no-untyped-def]
    return a.article == b.article and a.start < b.end and b.start < a.end


def diagnose_pair(story_inputs, mentions, dropped, spans_a, spans_b, settings) -> list[str]:  # type: ignore[no-untyped-def]
    """What keeps two variants' evidence apart, one line per pair of evidence spans."""
    from synoptic.compare.detectors import number

    idx = story_inputs.index
    lines = []
    for sa in spans_a:
        for sb in spans_b:
            if sa.article == sb.article:
                continue
            sent_a, sent_b = idx.sentence_of(sa), idx.sentence_of(sb)
            fa, fb = set(idx.facts_of(sent_a)), set(idx.facts_of(sent_b))
            fact = "one fact" if fa & fb else "not one fact"
            head = f"{sa.article} / {sb.article}: {fact}"
            if idx.group(sa.article) == idx.group(sb.article):
                lines.append(f"{head}; one origin (dedup: copies of one report)")
                continue
            if mentions is None:
                lines.append(head)
                continue
            ma = [m for m in mentions if _overlaps(m.quantity.span, sa)]
            mb = [m for m in mentions if _overlaps(m.quantity.span, sb)]
            if not ma or not mb:
                why = []
                for side, span in (("a", sa), ("b", sb)):
                    gone = [f"{q.span.text!r} ({r})" for q, r in dropped if _overlaps(q.span, span)]
                    quantities = [q for q in story_inputs.analyses[span.article].quantities
                                  if _overlaps(q.span, span)]
                    if not quantities:
                        why.append(f"{side}: no figure extracted")
                    elif gone and not [m for m in mentions if _overlaps(m.quantity.span, span)]:
                        why.append(f"{side}: figure left out: {', '.join(gone)}")
                lines.append(f"{head}; figure: {'; '.join(why)}")
                continue
            best = (-1, "")
            for x in ma:
                for y in mb:
                    link, reason = number.link_reason(x, y, settings)
                    label = f"{x.quantity.span.text!r}~{y.quantity.span.text!r}: {reason}"
                    if link > best[0]:
                        best = (link, label)
            status = {0: "NOT LINKED", 1: "weak link", 2: "strong link"}[best[0]]
            lines.append(f"{head}; link: {status} ({best[1]})")
    return lines


def ages_in(story_inputs, spans) -> list[str]:  # type: ignore[no-untyped-def]
    from synoptic.compare.detectors import age

    idx = story_inputs.index
    persons = {
        age._tokens(n)[-1]
        for e in story_inputs.entities if e.type in ("PERSON", "PER", "person")
        for n in [e.name, *e.aliases] if age._tokens(n)
    }
    out = []
    for span in spans:
        article = idx.articles[span.article]
        sent = idx.sentence_of(span)
        found = [a for a in age.find_ages(span.article, article.text, article.language or "en", persons)
                 if sent.start <= a.span.start < sent.end]
        out.append(f"{span.article}: " + (", ".join(f"{' '.join(a.name)}={a.age}" for a in found) or "no named age"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--story", default=None, help="one story id")
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--encoder", default="auto")
    parser.add_argument("--batch", default=None, help="only the stories of one labelling batch ('batch' field)")
    parser.add_argument("--missed", action="store_true", help="only the disputes not found")
    args = parser.parse_args()

    from synoptic import vectors
    from synoptic.compare.detectors import number
    from synoptic.render.json import conflict_dict
    from synoptic.settings import Settings

    settings = Settings(quiet=True)
    settings.vectors.encoder = args.encoder
    encoder = vectors.get_encoder(settings.vectors)
    stories = [s for s in load_stories() if s["split"] == args.split and s.get("disputes")]
    if args.story:
        stories = [s for s in stories if s["id"] == args.story]
    if args.batch:
        stories = [s for s in stories if s.get("batch") == args.batch]
    else:  # a held-out batch's misses are not printed unless it is named
        stories = [s for s in stories if not s.get("held_out")]
    tally: dict[str, int] = {}
    for story in stories:
        inputs, found = story_inputs(story_jsonl(story), settings, encoder)
        shown = [conflict_dict(c) for c in found if c.is_dispute]
        dropped: list = []
        mentions = number.figure_mentions(inputs, settings.compare, dropped)
        for gi, gold in enumerate(story["disputes"]):
            hit = any(matches_dispute(c, gold) for c in shown)
            if hit and args.missed:
                continue
            print(f"== {story['id']} #{gi} [{gold['kind']}] {gold['topic']}: {'FOUND' if hit else 'missed'}")
            spans = [evidence_spans(inputs, v) for v in gold["variants"]]
            for v, sp in zip(gold["variants"], spans, strict=True):
                kept = [a for a in v["articles"] if a in inputs.index.articles]
                print(f"   {v['value']!r}: articles kept {len(kept)}/{len(v['articles'])}, evidence found {len(sp)}")
                for s in sp:
                    print(f"      {s.article}: {' '.join(inputs.index.sentence_of(s).text.split())[:220]}")
            stage = "found" if hit else ""
            for (i, a), (j, b) in combinations(enumerate(spans), 2):
                if not a or not b:
                    print(f"   variants {i}/{j}: no sentence for one side")
                    stage = stage or "no sentence / article dropped"
                    continue
                lines = diagnose_pair(inputs, mentions if gold["kind"] == "number" else None, dropped,
                                      a, b, settings.compare)
                for line in lines:
                    print(f"   variants {i}/{j}: {line}")
                if not stage and lines:
                    text = " ".join(lines)
                    stage = ("one origin" if all("one origin" in line for line in lines)
                             else "grouped (linked, no dispute made)" if "strong link" in text
                             else "link" if "link:" in text
                             else "figure" if "figure:" in text
                             # one pair of the sides in one fact: the aligner joined them, a
                             # detector did not compare them
                             else "not one fact" if all("not one fact" in line for line in lines)
                             else "one fact, detector")
            if gold["kind"] == "number":
                for line in ages_in(inputs, [s for sp in spans for s in sp]):
                    print(f"   ages: {line}")
            tally[stage or "?"] = tally.get(stage or "?", 0) + 1
            print(f"   -> {stage or '?'}")
    print("stages: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
