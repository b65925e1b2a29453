"""Two durations of two acts never dispute: the act each measures is read by `figure_slot`.

ECB+ 18_ecb (development; labelled in batch fresh41, where main showed the two as one
disputed figure, "police spent (hours)": two vs almost three): the lockdown of the
neighbourhood and the negotiations with the gunman went on for different times."""

from __future__ import annotations

from synoptic.compare import figure_slot, numbers
from synoptic.compare.figure_align import alignment_reason
from synoptic.model import Article
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text.quantities import extract_quantities
from synoptic.text.sentences import split_sentences

SETTINGS = CompareSettings()


def _mention(aid: str, body: str) -> numbers.QuantityMention:
    article = Article(id=aid, source=aid, text=body, language="en")
    sentences = split_sentences(article)
    q = next(q for q in extract_quantities(article, sentences, TextSettings()) if q.unit == "hour")
    sent = next(s.span for s in sentences if s.span.start <= q.span.start < s.span.end)
    return numbers.describe(q, sent, SETTINGS)


def test_the_length_of_a_lockdown_is_not_the_length_of_the_negotiations() -> None:
    lockdown = _mention(
        "18_8ecb",
        "Police locked down the busy neighbourhood for almost three hours while they negotiated "
        "with the suspect, directing traffic away from Ontario Street.",
    )
    talks = _mention(
        "18_10ecb",
        "Twelve other people managed to leave the office while police began two hours of "
        "negotiations with a suspect.",
    )
    figure_slot.mark_slots([lockdown, talks])
    assert (lockdown.slot, talks.slot) == (frozenset({"lock"}), frozenset({"negotiat"}))
    assert alignment_reason(lockdown, talks, SETTINGS) == (0, "durations of two acts")
