"""Reading and cleaning: formats, field limits, fetching, boilerplate lines."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def default_threads() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass
class ReadSettings:
    max_bytes: int = 50 * 1024 * 1024  # larger inputs are skipped with a reason
    extensions: tuple[str, ...] = (".txt", ".html", ".htm", ".json", ".jsonl")
    # network (read/fetch.py, read/feeds.py, read/urls.py): only what the user names is fetched
    user_agent: str = "Synoptic/0.1 (+https://github.com/synoptic-news/synoptic; news reader)"
    timeout: float = 20.0  # seconds, connect and read
    fetch_deadline: float = 30.0  # seconds for a whole request (connect, headers, body); hand-set
    max_redirects: int = 5
    host_delay: float = 1.0  # seconds between two requests to one host (politeness)
    fetch_links: bool = True  # feeds: fetch each entry's page; else use the feed's own text
    # feed text shorter than this (characters) is a teaser, not an article: with no page
    # to fall back on, the entry is skipped rather than briefed from a blurb (hand-set)
    min_feed_text: int = 400
    max_opml_depth: int = 3  # OPML lists listing lists are followed this deep (hand-set)
    # url -> {"etag", "last_modified"} for conditional GETs; the store passes its own
    # mapping (read/ never imports store/). None: no validators kept.
    http_cache: object | None = None
    # per-record field limits (read/limits.py), applied to every document read
    max_title_chars: int = 1_000  # longer titles are cut, noted as `oversize`; hand-set
    max_outlet_chars: int = 300  # longer outlet names are cut, noted; hand-set
    max_author_chars: int = 300  # longer author lines are cut, noted; hand-set
    # a longer id skips the record (a cut id could collide); hand-set below the store's
    # 200-character id column, leaving room for its collision suffix
    max_id_chars: int = 160
    # a longer URL is dropped (a cut URL is wrong), noted; hand-set to the store's key column
    max_url_chars: int = 2_000
    max_content_chars: int = 2_000_000  # longer text or markup is cut, noted; hand-set
    max_language_chars: int = 20  # "zh-Hant-TW" fits, and the store's column; longer ones become unknown; hand-set


@dataclass(frozen=True)
class LineSettings:
    """clean/lines.py: what a line's length and place say about it (word counts unless
    named otherwise). All hand-set on the hand-written pages of tests/data/clean."""

    body_min_words: int = 18  # a line this long ending as a sentence is story prose
    headline_max_words: int = 30  # a first line up to this long may be the headline
    headline_stop_words: int = 10  # ... unless it ends with a full stop and is longer than this
    # a line with a photographer's credit, or ending on no sentence's end, that repeats a run of
    # this many words is a gallery slide or a related story's box (clean/widgets.py); hand-set:
    # prose repeats no ten-word run in a paragraph but a quote said over or a doubled paragraph,
    # which end as sentences do (all 510 GVC records and MultiLing 2011's sources read, stop 38)
    gallery_repeat_words: int = 10
    name_line_max_words: int = 12  # a byline without "By" ("Anna K. Schmidt, Reuters")
    name_line_max_names: int = 4  # ... names at most this many people
    name_line_stop_chars: int = 40  # ... and ends with a full stop only when this short
    name_line_stop_words: int = 4
    caption_credit_words: int = 40  # an unpunctuated line ending in credits is a caption
    promo_keyword_words: int = 14  # a line naming "subscribe", "donate" may be a pitch
    promo_label_words: int = 3  # ... a bare label of at most this many words is one
    promo_pitch_words: int = 45  # a sign-up pitch talking to the reader, even longer
    byline_sentence_words: int = 6  # a byline pattern ending as a sentence stays a byline
    repeat_min_words: int = 3  # a line repeated in an article (plain text) is dropped
    # a title cut short or with a site suffix: the longer is the shorter (at least
    # `title_prefix_min_chars` characters) plus at most this factor and characters
    title_prefix_min_chars: int = 20
    title_suffix_factor: float = 1.5
    title_suffix_chars: int = 10
    alt_caption_words: int = 20  # a short line after a repeated headline is its image's caption
    player_fragment_words: int = 14  # an unpunctuated line next to a player notice is its title
    link_tail_min: int = 3  # the page ends with a run of this many to `link_tail_max`
    link_tail_max: int = 12  # ... headline-like lines after the last paragraph: links
    link_min_words: int = 2  # a link's headline has this many to `link_max_words` words
    link_max_words: int = 20
    link_title_case_share: float = 0.6  # ... of which this share of long words is capitalized
    comments_tail_share: float = 0.6  # a comments header this far down opens the readers' part
    comment_line_words: int = 6  # after a comment form, short lines or ones addressing
    comment_address_density: float = 0.08  # ... the reader this much are the form's
    nav_header_words: int = 4  # a navigation header after the story opens a link list
    nav_item_words: int = 16  # ... of unpunctuated items this short
    nav_run_max: int = 10  # ... of at most this many items (a long list is content)
    appeal_reader_density: float = 0.04  # share of words addressing the reader in an appeal
    appeal_label_words: int = 3  # ... whose short lines are part of it too
    subhead_max_words: int = 16  # an unpunctuated line before longer story text is a subhead
    subhead_next_words: int = 8  # ... text of at least this many words
    wrap_min_words: int = 8  # a line broken after a lower-case word or comma: wrapped prose
    # clean/patterns.py: a place line ("LAGOS, Nigeria —") this short, a date/time stamp
    # line this short, a row of share buttons this short
    place_line_max_words: int = 5
    dateline_max_words: int = 16
    sharing_max_words: int = 12
    # a fragment this short between two lines of a share row is one of its buttons ("Google",
    # "More" between "Share this: Facebook" and "Pinterest": GVC dev 402674, read as a reader)
    share_fragment_words: int = 2


@dataclass(frozen=True)
class OutletNameSettings:
    """clean/outlet/spelled.py: a domain spelled out as a name in an article's text."""

    # a name spelled in the text is at most this many words ("Atlanta Journal-Constitution",
    # "WMC Action News 5"); hand-set
    max_name_words: int = 6
    max_name_chars: int = 80  # nor longer than this (characters); hand-set
    # words that may stand in a domain by their initial ("nj" = "New Jersey"): at most this
    # many per name, and only in names of at least `initials_min_words` words; chosen on
    # GVC dev records (bench/outlets.py --show-all): more let place names through
    max_initials: int = 3
    initials_min_words: int = 2


@dataclass
class CleanSettings:
    # seconds one record may spend in each per-article stage (clean, then text) before it
    # is skipped as "too slow in STAGE" (util/budget.py); hand-set far above any real
    # article (the longest of the shared corpora takes well under a second); 0: no budget
    record_seconds: float = 60.0
    # a line that recurs in at least this share of a batch's articles (and at
    # least `batch_min_articles` of them) is learned as boilerplate
    batch_min_articles: int = 3
    batch_min_share: float = 0.5
    # clean/batch.py, all hand-set: only lines of at most this many words are learned
    # (longer ones are story text); a line of at least `batch_prose_words` words ending
    # as a sentence is prose, learned from one outlet only where it stands among a page's
    # first `batch_edge_head` or last `batch_edge_tail` lines
    batch_max_words: int = 30
    batch_prose_words: int = 8
    batch_edge_head: int = 2
    batch_edge_tail: int = 3
    # articles whose line sets overlap this much (Jaccard) are one text and count once;
    # candidate pairs share a line held by at most max(batch_rare_min, n //
    # batch_rare_divisor) of the n articles (keeps large batches far from n² pairs)
    batch_duplicate_jaccard: float = 0.5
    batch_rare_min: int = 10
    batch_rare_divisor: int = 20
    min_article_chars: int = 200
    # text a user supplies as an article (not a page) needs only one real sentence:
    # this many characters and `min_article_words` words; hand-set
    min_text_chars: int = 40
    min_article_words: int = 5
    # markup over this multiple of `max_html_chars` is refused before scripts are even
    # stripped (too much even if most of it were scripts); hand-set
    max_raw_html_factor: int = 10
    # clean/html.py: trafilatura's precision mode is kept from this many words; below,
    # its balanced mode wins when it finds `balanced_factor` times as many words and at
    # least `balanced_extra_words` more; hand-set
    precise_enough_words: int = 150
    balanced_factor: int = 2
    balanced_extra_words: int = 40
    # clean/language.py: the function-word fast path reads this many characters, needs
    # this many words, and decides when one language's function words are this share of
    # them and `language_profile_margin` times the runner-up's; else py3langid reads
    # `language_langid_chars`; text shorter than `language_min_chars` has no language.
    # Hand-set (the fast path must agree with py3langid on tests/data/clean)
    language_profile_chars: int = 3000
    language_profile_min_words: int = 40
    language_profile_share: float = 0.2
    language_profile_margin: int = 3
    # ... and only when at most this share of the letters read lies outside the guessed
    # language's alphabet: a short Czech text ("a", "se", "do", "na", "o") passed for
    # Portuguese (MultiLing 2011 M005 in Czech, development); hand-set: above a few
    # accented foreign names in English (under 0.5%), below Czech's ř ě š č ž (5% and more)
    language_profile_foreign_share: float = 0.015
    language_langid_chars: int = 1500
    language_min_chars: int = 20
    lines: LineSettings = field(default_factory=LineSettings)
    # markup left after scripts/styles are dropped, and plain text: beyond these
    # an input is not one article (real pages stay under ~0.2 MB of markup)
    max_html_chars: int = 2_000_000
    max_text_chars: int = 1_000_000
