"""Generated hostile input for the fuzz suite, and the fixed budget it runs with.

Imported only after `pytest.importorskip("hypothesis")`, so the suite skips with a
reason where hypothesis is not installed.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from synoptic.model import Span

# derandomized with a fixed example budget: the same inputs in every run, well
# under a minute in CI; SYNOPTIC_FUZZ_EXAMPLES=500 searches harder locally
BUDGET = settings(
    max_examples=int(os.environ.get("SYNOPTIC_FUZZ_EXAMPLES", "40")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# real news sentences and the pieces the text layer looks for, to be mixed with noise
NEWS_PIECES = [
    "Deputy Foreign Minister Sergei Ryabkov said on Monday that talks in Geneva were difficult.",
    "About 100,000 troops were massed near the border, officials said.",
    '"We will not back down," Wendy Sherman told reporters.',
    "The meeting lasted nearly eight hours on 10 January 2022.",
    "Police said 3 people were killed and 12 wounded in the shooting on Sunday.",
    "The U.S. and NATO rejected the demands.",
    "Prices rose 6.5% in March, the highest since 1982.",
    "Le ministre a déclaré mardi que 2 000 soldats étaient déployés.",
    "Мы не отступим, заявил Рябков.",
    "2022-01-10", "Jan. 10", "last week", "tens of thousands", "$1.5bn", "½", "3–4",
    "Mr.", "Dr.", "e.g.", "...", "…", "«", "»", "“", "”", "'", '"', "(", ")", ":", ";",
]

# characters that break naive code: controls, separators, RTL marks, combining marks
ODD_CHARS = "\x00\x01\x07\x0b\x0c\x1b\x1f\x7f\x85\u00a0\u00ad\u200b\u200d\u200e\u202e\u2028\u2029\ufeff\ufffd\u0301\U0001f600"

odd_text = st.text(alphabet=st.sampled_from(ODD_CHARS) | st.characters(), max_size=60)

news_text = st.lists(
    st.sampled_from(NEWS_PIECES) | odd_text,
    min_size=0,
    max_size=25,
).flatmap(lambda parts: st.lists(st.sampled_from([" ", "\n", "\n\n", "", "\t"]), min_size=len(parts),
                                 max_size=len(parts)).map(lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True))))

# a huge field is a repeated piece: large without costing the generator
huge_text = st.builds(lambda piece, n: piece * n, st.sampled_from(["x", "Ab ", "é", "\x00", "<p>", "9"]),
                      st.sampled_from([1_000, 70_000, 300_000]))

json_scalar = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | odd_text
json_value = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)

field_value = st.one_of(st.none(), st.just(""), odd_text, news_text, huge_text, json_value)

FIELDS = ("id", "title", "outlet", "author", "url", "language", "published", "kind", "format")

record = st.fixed_dictionaries(
    {"text": st.one_of(news_text, huge_text, json_value, st.just(""))},
    optional={name: field_value for name in FIELDS},
)

# what a JSONL line can be: a record, another JSON value, or not JSON at all
jsonl_line = st.one_of(
    st.tuples(st.just("record"), record),
    st.tuples(st.just("value"), json_value),
    st.tuples(st.just("broken"), st.text(max_size=40).map(lambda s: "{" + s)),
)


def all_spans(value: Any, seen: set[int] | None = None) -> list[Span]:
    """Every `Span` reachable from `value` (dataclasses, lists, tuples, dicts)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, Span):
        return [value]
    found: list[Span] = []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            found += all_spans(getattr(value, f.name), seen)
    elif isinstance(value, list | tuple):
        for item in value:
            found += all_spans(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            found += all_spans(item, seen)
    return found
