"""Thread profiles' TF-IDF columns are found over arrays (`threads._tfidf`), in the order
keys are first met, as the per-key loop they replace found them."""

from __future__ import annotations

from synoptic.link.threads import _first_met_columns, _tfidf


def test_columns_in_the_order_keys_are_first_met() -> None:
    # the names of two MultiLing 2011 topics' stories, each bag's keys sorted
    keys = ["bush", "tsunami", "senate", "tsunami", "bush", "aceh", "senate"]
    columns: dict[str, int] = {}
    expected = [columns.setdefault(k, len(columns)) for k in keys]
    assert _first_met_columns(keys).tolist() == expected == [0, 1, 2, 1, 0, 3, 2]
    assert _first_met_columns([]).tolist() == []


def test_tfidf_rows_unit_and_shared_keys_meet() -> None:
    bags = [{"tsunami": 1.0, "bush": 0.5}, {"tsunami": 1.0, "aceh": 1.0}, {}, {412: 2.0, 7: 1.0}]
    matrix = _tfidf(bags[:3]).toarray()
    assert matrix.shape == (3, 3)
    assert abs((matrix[0] ** 2).sum() - 1.0) < 1e-6 and not matrix[2].any()
    assert (matrix[0] * matrix[1]).sum() > 0  # "tsunami" in both
    words = _tfidf(bags[3:]).toarray()  # word buckets: integer keys
    assert words.shape == (1, 2) and abs((words[0] ** 2).sum() - 1.0) < 1e-6
