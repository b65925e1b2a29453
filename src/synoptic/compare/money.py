"""Sums of money: which figures are in a currency, and whether a story converts between them.

Used by `detectors/number.py`: a story that states one sum in several currencies (85
million euros, $108 million, A$160 million) gives conversions at each outlet's rate,
which are not disputes.
"""

from __future__ import annotations

import re

from synoptic.compare.units import unit_key
from synoptic.model import Quantity

# Currencies as units (`text/quantity_words.CURRENCY` and their names in words).
_MONEY = frozenset(
    """dollar euro pound yen franc rupee yuan renminbi rouble ruble peso real rand krona
    krone won lira dinar dirham riyal shekel""".split()
)
# A dollar of a named country, or a sign shared by several currencies made explicit: the
# story converts between currencies ("A$160 million", "C$", "Australian dollars").
_QUALIFIED_DOLLAR = re.compile(
    r"\b(?:A|AU|C|CA|CAN|NZ|HK|S|SG|NT|Z|J)\$|\b(?:Australian|Canadian|New Zealand|Hong Kong"
    r"|Singapore|Taiwan|Zimbabwe|Jamaican)\s+dollars?\b|\bdollars?\s+(?:australiens?|canadiens?)\b",
)


def is_money(q: Quantity) -> bool:
    return unit_key(q.unit) in _MONEY


def converts_currencies(quantities: list[Quantity], texts: list[str]) -> bool:
    """Does the story state sums in more than one currency, or in a dollar other than the
    one "$" reads as? Then its sums are conversions of one another at rates each outlet
    chose (85 million euros as $108 million and as A$160 million): not disputes."""
    currencies = {unit_key(q.unit) for q in quantities if is_money(q)}
    return len(currencies) > 1 or any(_QUALIFIED_DOLLAR.search(t) for t in texts)
