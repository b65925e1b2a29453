"""The pure parts of the list, search and feeds (#22): folding words, query phrases,
PostgreSQL's tsvector literal, ledes and snippets cut at word boundaries, Atom escaping."""

from __future__ import annotations

from datetime import datetime

import feedparser

from synoptic.store.search import _fts5, _tsquery, parse_query
from synoptic.store.search_index import id_runs, tsvector_literal
from synoptic.util.folding import _fold_char, find_words, fold, fold_in_place, words
from synoptic.web.feeds import Entry, atom_feed
from synoptic.web.finding import cut, snippet

# MultiLing 2011, topic M006 (French), first sentence
HAITI_FR = ("Un séisme de magnitude 7,0 a frappé les côtes d'Haïti, plus tôt aujourd'hui à 21:53 UTC, "
            "selon l'US Geological Survey (USGS).")


def test_words_fold_case_and_accents_and_split_like_fts5():
    assert words("Haïti") == words("HAITI") == ["haiti"]
    assert words("fisherman Sherman") == ["fisherman", "sherman"]
    assert words("54% panel_b") == ["54", "panel", "b"]  # % and _ separate words
    assert words("Рябков") == ["рябков"] and fold("Straße") == "straße"  # FTS5 keeps ß


def test_folding_in_place_is_folding_each_character():
    # the quick way (lower the text, swap its few other letters) and the letter-by-letter
    # way agree, also where `lower` alone would not: "Σ" at a word's end, "İ" (two
    # characters lowered), the Kelvin sign (lowered to an ASCII "k")
    for text in (HAITI_FR, "Рябков, Ryabkov", "ΑΘΗΝΑΣ ΟΔΟΣ", "İstanbul", "\u212a 10 K", "Straße STRASSE", "ǅemal"):
        folded = fold_in_place(text)
        assert len(folded) == len(text)
        assert folded == "".join(c.lower() if c.isascii() else _fold_char(c) for c in text)
    assert fold_in_place(HAITI_FR).startswith("un seisme") and "haiti" in fold_in_place(HAITI_FR)


def test_nearby_ids_are_asked_of_the_index_as_one_range():
    assert id_runs([7, 1, 3, 250, 120, 2], 100) == [(1, 7), (120, 120), (250, 250)]
    assert id_runs([140, 1, 50], 100) == [(1, 140)]
    assert id_runs([], 100) == []


def test_found_words_point_into_the_original_text():
    assert [HAITI_FR[s:e] for s, e in find_words(HAITI_FR, {"haiti", "usgs"})] == ["Haïti", "USGS"]
    assert find_words("Sherman met the fisherman and Sherman_Co.", {"sherman"}) == [(0, 7), (30, 37)]
    assert find_words("Wendy R. Sherman, then Sherman", {"wendy r sherman"}) == [(0, 16)]


def test_the_first_matches_of_a_long_text_are_the_same_as_folding_it_whole(example_dir):
    """`first=`: the text is folded a step at a time; what it finds is what the whole text
    gives, across step edges, accents (non-ASCII runs) and words inside words."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*.txt")))
    text = text + "\n" + HAITI_FR + " the fisherman, Sherman."
    for terms in ({"sherman"}, {"ryabkov", "riabkov"}, {"wendy r sherman", "sherman"}, {"haiti", "geneva"},
                  {"the"}, {"fisherman"}):
        whole = find_words(text, terms)
        for first in (1, 12, 10_000):
            part = find_words(text, terms, first=first)
            assert part == whole[: len(part)] and len(part) >= min(first, len(whole)), (terms, first)


def test_query_phrases_and_match_expressions():
    assert parse_query('Wendy "Sergei Ryabkov" panel_b %') == [["wendy"], ["sergei", "ryabkov"], ["panel", "b"]]
    assert parse_query("% _ %%") == []
    alternatives = [[["riabkov"]], [["sergei", "ryabkov"]]]
    assert _fts5(alternatives) == '("riabkov") OR ("sergei ryabkov")'
    assert _tsquery(alternatives) == "(('riabkov')) | (('sergei' <-> 'ryabkov'))"


def test_tsvector_literal_positions_and_gap_between_title_and_text():
    assert tsvector_literal("Haïti quake", "Haiti") == "'haiti':1,4 'quake':2"
    assert tsvector_literal("") == ""


def test_lede_cut_after_a_whole_word():
    text = "Skeptical Russian and American officials held eight hours of talks on Monday."
    assert cut(text, 200) == text
    short = cut(text, 30)
    assert short.endswith("\u2026") and len(short) <= 31 and text.startswith(short[:-1])
    assert short[:-1].split()[-1] in text.split()


def test_snippet_highlights_the_matching_words_of_one_sentence():
    text = "Port workers walked out.\n\n" + HAITI_FR + " Aid is on its way."
    parts = snippet(text, {"haiti", "usgs"}, 300)
    assert [p for p, hit in parts if hit] == ["Haïti", "USGS"]
    assert "".join(p for p, _ in parts) == HAITI_FR
    assert snippet("Sherman met the fisherman.", {"sher"}, 100) == []


def test_a_sentences_matches_read_off_the_text_are_those_a_search_of_it_finds(example_dir):
    """A snippet weighs each sentence by the matches inside it, read off the text's own
    (`_inside`) instead of searching the sentence again (`_within`): the same, also for a
    phrase running across a sentence's end ("Wendy. Sherman") and a sentence cut mid-word."""
    from synoptic.util.folding import words_within
    from synoptic.web.finding import _inside, _sentence, _within

    texts = [p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*.txt"))]
    texts += [HAITI_FR, "Wendy. Sherman met Wendy R. Sherman. Wendy! Sherman_x, wendy sherman " + "talks " * 150]
    for text in texts:
        folded = fold_in_place(text)
        for terms in ({"sherman", "wendy sherman", "wendy r sherman"}, {"haiti", "geneva"}, {"the"}, {"talks"}):
            every = words_within(folded, terms, 0, len(text))
            for s, e in every:
                left, right = _sentence(text, s, e)
                assert _inside(every, folded, terms, left, right) == _within(folded, terms, left, right)


def test_matches_tried_where_a_first_word_stands_are_those_a_search_finds(example_dir):
    """Matches are tried only where a term's first word stands (`str.find`), unless it
    stands too often (then the pattern searches): the same matches either way."""
    from synoptic.util import folding

    text = fold_in_place("\n".join(p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*.txt"))))
    for terms in ({"sherman", "wendy r sherman"}, {"the"}, {"a"}, {"geneva talks", "nato"}):
        pattern = folding.terms_pattern(frozenset(terms))
        searched = list(folding._starting_words(pattern, text))
        assert list(folding._starting_words(pattern, text, firsts=folding._firsts(frozenset(terms)))) == searched
        assert searched  # each is in the example


def test_atom_feed_escapes_and_reads_back():
    hostile = 'Fact <script>alert("x")</script> & more\x0b'
    body = atom_feed("http://h/stories/s1", "T & <b>", "http://h/stories/s1/feed.atom", "http://h/stories/s1",
                     [Entry(id="http://h/a/1", title=hostile, updated=datetime(2024, 3, 5, 12), link="http://h/a/1",
                            summary=hostile, author="NL <Times>", category="fact", published="2024-03-05")])
    assert b"<script>" not in body and b"\x0b" not in body
    feed = feedparser.parse(body)
    assert not feed.bozo and feed.feed.title == "T & <b>"
    entry = feed.entries[0]
    assert entry.title == 'Fact <script>alert("x")</script> & more' and entry.author == "NL <Times>"
    assert entry.updated == "2024-03-05T12:00:00Z" and entry.tags[0].term == "fact"


def test_story_card_in_python_escapes_and_counts_like_the_macro():
    """The list's card is made in Python (`fragments.render_card`); its counts line is the
    same as the story page's macro, and every article string is escaped."""
    from synoptic.settings import WebSettings
    from synoptic.web import fragments
    from synoptic.web.finding import card
    from synoptic.web.pages import templates

    macro = templates().env.get_template("macros.html").module.counts_line
    for c in ({"articles": 1, "independent": 1, "disputes": 0, "pending": False},
              {"articles": 3, "independent": 2, "disputes": 1, "pending": False},
              {"articles": 2, "independent": 0, "disputes": 0, "pending": True}):
        assert fragments._counts_line(c) == str(macro(c))
    story = {"id": "a b/c", "title": 'U.S. & <Russia> "talks"', "lede": "A <b>lede</b>.", "article_count": 2,
             "independent_sources": 2, "conflicts": 1, "first_day": "2022-01-10", "last_day": "2022-01-12",
             "dated": True, "outlets": [f"Outlet {i} & Co" for i in range(7)], "languages": ["en", "fr"],
             "thread": "t<1>"}
    html = str(fragments.render_card(card(story, WebSettings())))
    assert "<Russia>" not in html and "&lt;Russia&gt; &#34;talks&#34;" in html
    assert '<a href="/stories/a%20b%2Fc">' in html and "&lt;b&gt;lede&lt;/b&gt;" in html
    assert '<time datetime="2022-01-10">2022-01-10</time> – <time datetime="2022-01-12">' in html
    assert 'class="has-disputes">1 dispute</span>' in html and "Outlet 0 &amp; Co" in html
    assert '<span class="more" title="' in html and 'href="/threads/t%3C1%3E"' in html
    assert ">the developing topic</a>" in html  # a thread without a title yet
    # the card names its thread by its title (escaped: a title is an article's words)
    html = str(fragments.render_card(card(dict(story, thread_title="Geneva <talks>"), WebSettings())))
    assert ">Geneva &lt;talks&gt;</a></p>" in html


# search.html's loop over the results before they were made in Python (`fragments.render_hits`)
HITS_LOOP = """{% for a in found.articles %}
<li class="hit">
  <h3><a href="/articles/{{ a.id|seg }}">{{ a.title or 'Untitled article' }}</a></h3>
  <p class="snippet">{% for part, hit in a.snippet %}{% if hit %}<mark>{{ part }}</mark>{% else %}{{ part }}{% endif %}{% endfor %}</p>
  <p class="meta">{% if a.outlet %}<span class="outlet">{{ a.outlet }}</span> · {% endif %}{% if a.day %}<time datetime="{{ a.day }}">{{ a.day }}</time>{% endif %}{% if a.language %} · <span lang="{{ a.language }}">{{ a.language }}</span>{% endif %}{% if a.story %} · story: <a href="/stories/{{ a.story|seg }}">{{ (a.story_card.title if a.story_card else '') or 'its story' }}</a>{% endif %}</p>
</li>{% endfor %}"""


def test_search_results_in_python_are_the_templates_bytes_and_escaped():
    from synoptic.web.fragments import render_hits
    from synoptic.web.pages import templates

    evil = '<script>alert("x")</script> & \'q\''
    articles = [
        {"id": "a/1 <x>", "title": evil, "outlet": "<b>Evil</b>", "day": "2024-03-05", "language": "fr\"",
         "story": "s 1&", "story_card": {"title": evil}, "snippet": [(evil, False), ("Haïti", True), (" & <i>", False)]},
        {"id": "a2", "title": None, "outlet": "", "day": None, "language": None, "story": "s2",
         "story_card": None, "snippet": [("Sherman", True)]},
        {"id": "a3", "title": "", "story": None, "snippet": []},
        {"id": "a4", "title": "T", "outlet": "O", "day": "2024-01-01", "language": "en", "story": "s4",
         "story_card": {"id": "s4"}, "snippet": [("x", False)]},
    ]
    expected = templates().env.from_string(HITS_LOOP).render(found={"articles": articles})
    html = str(render_hits(articles))
    assert html == expected
    assert "<script>" not in html and "<b>" not in html and "&lt;i&gt;" in html and "<mark>Haïti</mark>" in html
