"""A title of two posts held together is not set against one of them (`compare/roles.py`)."""

from synoptic.compare.roles import holds_two_posts, normalize_title, titles_conflict

# ECB+ 9_ecb (development, CC BY 3.0), one person described by four outlets: a role dispute
# shown at stop 39's merge, read as false (every outlet is right: she holds one post and
# held the other)
CLARK = [
    "executive vice president of Defenders of Wildlife and director of Fish",
    "executive vice president of Defenders of Wildlife and former director of the Fish and Wildlife Service",
    "executive vice president of the advocacy group Defenders of Wildlife",
    "a former director of the Fish and Wildlife Service and a vice president of Defenders of Wildlife",
]


def test_two_posts_held_together_dispute_nothing():
    norms = [normalize_title(t) for t in CLARK]
    assert [holds_two_posts(n) for n in norms] == [True, True, False, True]
    assert not any(titles_conflict(a, b) for a in norms for b in norms)


def test_one_post_whose_name_holds_and_is_one_post():
    assert not holds_two_posts(normalize_title("Secretary of Health and Human Services"))


def test_two_ranks_of_one_post_still_dispute():
    assert titles_conflict(normalize_title("Deputy Secretary of State"), normalize_title("Under Secretary of State"))
