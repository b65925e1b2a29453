"""Runs the stages, in one direction: read -> clean -> text -> link -> compare -> write.

The faces (`cli.py`, `web/`) call these functions; stages never call a face.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from synoptic import clean, read, text, vectors
from synoptic.link import dedup, independence
from synoptic.link.features import lead_text
from synoptic.model import Article, ArticleAnalysis, Brief, Document, Skipped, Story, ThreadBrief
from synoptic.settings import Settings
from synoptic.text import asides, timex
from synoptic.util.budget import TooSlow, time_budget

# The stages after `prepare` (linking, comparing, writing) are imported where they are
# first used: a short `synoptic brief` then imports them (~0.07 s) after its articles are
# analysed and sent to the encoder's helper process, which encodes them meanwhile (#23).

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@dataclass
class Prepared:
    """Articles after the per-article stages, ready to be linked into stories."""

    articles: list[Article]
    analyses: dict[str, ArticleAnalysis]
    skipped: list[Skipped]


def prepare(
    documents: Iterable[Document | Skipped],
    settings: Settings,
    progress: Progress = _no_progress,
    encoder: vectors.Encoder | None = None,
) -> Prepared:
    """Clean and analyse documents one by one; bad items become `Skipped`. With `encoder`,
    what a brief will encode is announced to it as soon as it is known (`Encoder.prefetch`:
    the leads once cleaned, each article's sentences once analysed), so an encoder with a
    helper process encodes them while the next article is analysed."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for item in documents:
        (skipped if isinstance(item, Skipped) else docs).append(item)
    articles, clean_skipped = clean.clean_documents(docs, settings.clean)
    skipped.extend(clean_skipped)
    if encoder is not None and not settings.one_story:  # the leads group the stories
        encoder.prefetch([lead_text(a, settings.link.story_lead_chars) for a in articles])
    analyses: dict[str, ArticleAnalysis] = {}
    kept: list[Article] = []
    for i, article in enumerate(articles):
        try:
            with time_budget(settings.clean.record_seconds, "text"):
                analyses[article.id] = text.analyze(article, settings.text)
            kept.append(article)
            if encoder is not None and len(articles) > 1:
                announce_sentences(encoder, article, analyses[article.id], settings)
        except TooSlow as exc:  # one record never holds the batch
            skipped.append(Skipped(article.source, str(exc)))
        progress("analyse", i + 1, len(articles))
    return Prepared(kept, analyses, skipped)


def announce_sentences(encoder: vectors.Encoder, article: Article, analysis: ArticleAnalysis,
                       settings: Settings) -> None:
    """Tell the encoder what `dedup.find_origins` will encode of an article of a story of two
    or more, once it is analysed (`Encoder.prefetch`): a helper process encodes it meanwhile."""
    if encoder.supports(dedup.article_language(article, settings.link)):
        encoder.prefetch([s.span.text for s in dedup.content_sentences(article, analysis, settings.link)])


def build_story(
    story_id: str,
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: vectors.Encoder,
    settings: Settings,
    thread_stories: list[set[str]] | None = None,
) -> Story:
    """Everything Synoptic says about one story, from its articles (`thread_stories`: a
    thread's brief, its stories' articles, the main story first: `write.brief.summarize`)."""
    from synoptic.compare import agreement, quote_translations, reference_date
    from synoptic.compare import conflicts as conflicts_mod
    from synoptic.compare import coverage as coverage_mod
    from synoptic.compare import facts as facts_mod
    from synoptic.link import entities as entities_mod
    from synoptic.link import quotes as quotes_mod
    from synoptic.link import wire
    from synoptic.write import brief as brief_mod
    from synoptic.write import timeline as timeline_mod
    from synoptic.write import title as title_mod

    ids = [a.id for a in articles]
    story_analyses = {i: analyses[i] for i in ids}
    origins = wire.name_agencies(dedup.find_origins(articles, story_analyses, encoder, settings.link), articles)
    ref_date, inferred = reference_date.infer_reference_date(
        articles, story_analyses, settings.reference_date, settings.compare
    )
    for article in articles:
        # (a roundup's other incidents: their names, quotes, figures and times are no story's)
        analysis = asides.without_asides(story_analyses[article.id])
        # an undated article's own dateline beats the story's date for its relative dates
        anchor = reference_date.article_anchor(article, analysis, ref_date, settings.compare, settings.reference_date)
        # a copy: the caller's analyses stay unresolved, so a story can be rebuilt
        story_analyses[article.id] = replace(analysis, times=timex.resolve_times(analysis.times, anchor))
    entities = entities_mod.canonicalize(articles, story_analyses, settings.link)
    quotes = quotes_mod.merge_quotes(articles, story_analyses, entities, settings.link)
    language = brief_mod.brief_language(articles, origins, settings.write.language)
    outlets = independence.outlet_keys(articles)
    facts = facts_mod.align_facts(
        articles, story_analyses, origins, encoder, settings.compare, language, outlets
    )
    quotes = quote_translations.fold_translated_quotes(quotes, facts, origins, articles, language)
    conflicts = conflicts_mod.find_conflicts(
        facts, articles, story_analyses, entities, quotes, origins, settings.compare
    )
    facts = conflicts_mod.mark_disputed(facts, conflicts)
    facts = agreement.split_disagreeing(facts, story_analyses, origins, settings.compare, outlets, entities)
    coverage = coverage_mod.compute_coverage(
        facts, articles, entities, quotes, origins, settings.compare
    )
    # what the brief tells: not what only a translation states (its original does); the
    # timeline drops such entries itself (`spoken_for`), the summary gets the facts without them
    spoken = brief_mod.spoken_for(articles, origins, language)
    told = [f for f in facts if not set(f.articles) <= spoken] if spoken else facts
    timeline, background = timeline_mod.story_timeline(
        facts, story_analyses, articles, ref_date, settings.write, language, spoken
    )
    background, ahead = timeline_mod.split_ahead(
        background, timeline_mod.story_window(articles, ref_date, settings.write.timeline_window_days)
    )
    summary = brief_mod.summarize(
        told, conflicts, articles, story_analyses, encoder, settings.write, settings.compare.clarity,
        language, timeline, thread_stories, settings.text.time,
    )
    return Story(
        id=story_id,
        title=title_mod.story_title(
            articles, facts, settings.write, settings.compare.clarity, language, summary
        ),
        articles=ids,
        origins=origins,
        independent_sources=independence.independent_sources(ids, origins, outlets),
        facts=facts,
        conflicts=conflicts,
        entities=entities,
        quotes=quotes,
        timeline=timeline,
        coverage=coverage,
        summary=summary,
        reference_date=ref_date,
        reference_date_inferred=inferred,
        language=language,
        background=background,
        ahead=ahead,
    )


def brief_from_documents(
    documents: Iterable[Document | Skipped],
    settings: Settings,
    progress: Progress = _no_progress,
) -> Brief:
    """The whole batch job behind `synoptic brief`."""
    from synoptic.link import stories

    encoder = vectors.get_encoder(settings.vectors)
    prepared = prepare(documents, settings, progress, encoder)
    if not prepared.articles:
        return Brief(articles=[], stories=[], skipped=prepared.skipped)
    if settings.one_story:  # the user vouches that the input is one story
        groups = [[a.id for a in prepared.articles]]
    else:
        groups = stories.cluster_batch(prepared.articles, encoder, settings.link)
    by_id = {a.id: a for a in prepared.articles}
    built: list[Story] = []
    for n, group in enumerate(groups, start=1):
        built.append(
            build_story(f"s{n}", [by_id[i] for i in group], prepared.analyses, encoder, settings)
        )
        progress("stories", n, len(groups))
    for story, thread in zip(built, batch_threads(built, by_id, encoder, settings), strict=True):
        story.thread = thread
    threads = []
    if settings.brief_by == "thread":
        threads = thread_briefs(built, by_id, prepared.analyses, encoder, settings, progress)
    return Brief(articles=prepared.articles, stories=built, skipped=prepared.skipped, threads=threads)


def thread_briefs(built: list[Story], by_id: dict[str, Article], analyses: dict[str, ArticleAnalysis],
                  encoder: vectors.Encoder, settings: Settings,
                  progress: Progress = _no_progress) -> list[ThreadBrief]:
    """One brief per thread of `built` (stories with their `thread` set), across its stories:
    built as a story's brief over all the thread's articles (earliest first), so its facts
    are aligned, its disputes found and its timeline drawn across the whole thread; its
    lead comes from the thread's main story (the most independent sources, then the most
    articles, then the earliest), then each other story of at least
    `thread_story_min_articles` tells its development before any story tells a second
    thing; its title is the main story's. A thread of one story has that story's brief."""
    groups: dict[str, list[Story]] = {}
    for story in built:
        groups.setdefault(story.thread or story.id, []).append(story)
    out = []
    for n, (tid, members) in enumerate(groups.items(), start=1):
        days = {s.id: [by_id[a].published for a in s.articles if by_id[a].published] for s in members}
        members.sort(key=lambda s: (min(days[s.id]) if days[s.id] else date.max))
        main = max(members, key=lambda s: (s.independent_sources, len(s.articles), -members.index(s)))
        if len(members) == 1:
            story = replace(main, id=tid)
        else:
            articles = sorted((by_id[a] for s in members for a in s.articles),
                              key=lambda a: a.published or date.max)  # stable: undated last
            told = [set(main.articles)] + [set(s.articles) for s in members if s is not main and
                                           len(s.articles) >= settings.write.thread_story_min_articles]
            story = build_story(tid, articles, analyses, encoder, settings, told)
            story.title = main.title  # the thread is headed by its main event
        story.thread = tid
        every = [d for s in members for d in days[s.id]]
        out.append(ThreadBrief(id=tid, stories=[s.id for s in members], brief=story, main_story=main.id,
                               first_day=min(every, default=None), last_day=max(every, default=None)))
        progress("threads", n, len(groups))
    return out


def batch_threads(built: list[Story], by_id: dict[str, Article], encoder: vectors.Encoder,
                  settings: Settings) -> list[str]:
    """The thread of each story of a batch ("t1", "t2"...: by their first story), as the
    store groups them (`link.threads`); one story is its own thread."""
    from synoptic.link.features import article_features
    from synoptic.link.threads import group_threads, story_profile

    if len(built) < 2:
        return ["t1"] * len(built)
    feats = {f.id: f for f in article_features(list(by_id.values()), encoder, settings.link)}
    profiles = []
    for story in built:
        days = [by_id[a].published for a in story.articles if by_id[a].published]
        profiles.append(story_profile(story.id, [feats[a] for a in story.articles], min(days, default=None),
                                      max(days, default=None), settings.threads))
    position = {s.id: i for i, s in enumerate(built)}
    groups = sorted(group_threads(profiles, settings.threads), key=lambda g: min(position[s] for s in g))
    thread_of = {sid: f"t{n}" for n, g in enumerate(groups, start=1) for sid in g}
    return [thread_of[s.id] for s in built]


def brief_paths(paths: list[str], settings: Settings, progress: Progress = _no_progress) -> Brief:
    return brief_from_documents(read.read_paths(paths, settings.read), settings, progress)


def renamed_analysis(analysis: ArticleAnalysis, new_id: str) -> ArticleAnalysis:
    """The analysis of an article whose id had to change to stay unique in the store."""
    data = pickle.loads(pickle.dumps(analysis, protocol=5))

    def fix(obj: Any, seen: set[int]) -> None:
        if id(obj) in seen or obj is None or isinstance(obj, str | int | float | bool):
            return
        seen.add(id(obj))
        if isinstance(obj, list | tuple):
            for x in obj:
                fix(x, seen)
            return
        if hasattr(obj, "__dataclass_fields__"):
            if hasattr(obj, "article") and isinstance(obj.article, str):
                obj.article = new_id
            for name in obj.__dataclass_fields__:
                if name == "articles" and isinstance(getattr(obj, name), list):
                    setattr(obj, name, [new_id for _ in getattr(obj, name)])
                else:
                    fix(getattr(obj, name), seen)

    fix(data, set())
    return data


def build_brief(story_id: str, articles: list[Article], analyses: dict[str, ArticleAnalysis],
                settings: Settings) -> dict:
    """The synoptic.brief/1 JSON of one story, exactly as `brief` would print it."""
    from synoptic.render.json import to_dict

    encoder = vectors.get_encoder(settings.vectors)
    story = build_story(story_id, articles, analyses, encoder, settings)
    data = to_dict(Brief(articles=articles, stories=[story], skipped=[]))
    # round-trip so what we store is plain JSON (no tuples, no dates)
    return json.loads(json.dumps(data, ensure_ascii=False))
