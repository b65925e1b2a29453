"""Where one person was hit: two reports putting the wound in two regions of the body (#19).

Real passages from development stories of `bench/data/disputes/` (GVC, CC BY 4.0; see
NOTICE), run through the real text layer and `find_conflicts` with no aligned fact
(`compare/detectors/wound.py`): a part and the region holding it are one answer (a jaw, the
face, the head), an article that puts one person's wound in two regions is left out, and a
statement naming two parts is no side.
"""

from __future__ import annotations

from tests.unit.test_disputes_across_facts import _disputes

# gvc-544535: two rewrites of one police release on an Indianapolis 2-year-old
CHILD_SHOULDER = "When officers arrived, they found a 2-year-old child with a gunshot wound to the shoulder."
CHILD_CHEST = (
    "When officers arrived on scene, they say they found the unresponsive 2-year-old boy "
    "suffering from a single gunshot wound to the chest."
)

# gvc-688841: three men shot on the Lower East Side, two reports
THREE_NAMED = (
    "Anthony Estevez, 25, was shot in the left shoulder and Jose Marte, 34, was hit in the "
    "left leg, sources said.\nThe gunfire left Oscar Delgado, 23, who lives in the area, with "
    "gunshot wounds to his abdomen and leg."
)
THREE_BY_AGE = (
    "The 25-year-old and 34-year-old victims were both shot in the left leg after being fired at "
    "multiple times, according to authorities, while the 23-year-old victim was hit once in the "
    "right leg and once in the abdomen."
)

# gvc-630886: one man shot at a Naples mall, the wound told ever more precisely
MALL_FACE = "A man in a parked car at the Coastland Center Mall parking garage was shot in the face, according to the Naples Police Department."
MALL_HEAD = "One person is in the hospital after being shot in the head at a Naples mall."
MALL_JAW = "A 17-year-old died after being shot in the jaw while in a car at the Coastland Center mall, the Naples Police Department said Tuesday."

# gvc-525486: one article that tells the head (police) and the chest (an activist)
BOY_BOTH = (
    "Devon Lofton accidentally shot himself in the head about 3:50 p.m. inside the home.\n"
    "Holmes said Devon accidentally shot himself in the chest, though police have said he "
    "suffered a head wound."
)
BOY_HEAD = "A 7-year-old boy died Sunday after accidentally shooting himself in the head on the city's South Side."


def _sides(found):
    return [sorted(v.value for v in c.variants) for c in found]


def test_one_childs_wound_in_two_regions_is_a_dispute():
    found = _disputes([("a", CHILD_SHOULDER, None, CHILD_SHOULDER), ("b", CHILD_CHEST, None, CHILD_CHEST)],
                      "claim", one_fact=False)
    assert _sides(found) == [["chest", "shoulder"]]


def test_a_named_mans_wound_is_compared_with_the_report_that_gives_it_by_age():
    found = _disputes([("a", THREE_NAMED, None, THREE_NAMED.split("\n")[0]), ("b", THREE_BY_AGE, None, THREE_BY_AGE)],
                      "claim", one_fact=False)
    # Estevez (25) only: Marte's leg agrees, and Delgado's two wounds are no side
    assert _sides(found) == [["left leg", "left shoulder"]]


def test_parts_of_one_region_are_one_answer():
    reports = [("a", MALL_FACE, None, MALL_FACE), ("b", MALL_HEAD, None, MALL_HEAD), ("c", MALL_JAW, None, MALL_JAW)]
    assert _disputes(reports, "claim", one_fact=False) == []


def test_an_article_giving_two_regions_is_no_side():
    found = _disputes([("a", BOY_BOTH, None, BOY_BOTH.split("\n")[0]), ("b", BOY_HEAD, None, BOY_HEAD)],
                      "claim", one_fact=False)
    assert found == []


# gvc-556993: a prosecutor's charges in two cases, one sentence naming both children
MARIAH_NECK = "Family at the scene says 5-year-old Mariah Davis shot herself in the neck late Tuesday night."
TWO_CASES = (
    "Worthy charged the grandparents of 5-year-old Mariah Davis, who shot herself to death May "
    "11 with a gun she found under a pillow in their home, and the great-grandfather of a "
    "4-year-old boy who shot himself in the hand."
)


def test_a_wound_after_two_people_named_is_bound_to_no_one():
    found = _disputes([("a", MARIAH_NECK, None, MARIAH_NECK), ("b", TWO_CASES, None, TWO_CASES)],
                      "claim", one_fact=False)
    assert found == []


def test_a_place_named_after_a_part_is_no_wound():
    # "in the back yard" is no back, and "the back of the head" is the head
    yard = "A 15-year-old was shot in the back yard of a home on Elm Street."
    head = "The 15-year-old was shot in the back of the head, police said."
    chest = "Police said the 15-year-old was shot in the chest."
    assert _disputes([("a", yard, None, yard), ("b", chest, None, chest)], "claim", one_fact=False) == []
    found = _disputes([("a", head, None, head), ("b", chest, None, chest)], "claim", one_fact=False)
    assert _sides(found) == [["chest", "head"]]


def test_a_mans_wound_and_a_womans_are_two_peoples():
    # two victims of one shooting, one told by each report (no age, no name)
    man = "Police said a man was shot in the leg outside the store."
    woman = "A woman was shot in the chest outside the store, police said."
    also = "The woman was also shot in the chest and is hospitalized in stable condition."
    assert _disputes([("a", man, None, man), ("b", woman, None, woman)], "claim", one_fact=False) == []
    assert _disputes([("a", man, None, man), ("b", also, None, also)], "claim", one_fact=False) == []
