"""Superlatives that rank a member of a list, and which end of the list they count
from: "the busiest airport" is first from the top, "the least populated county" and
"the smallest economy" first from the bottom, "the second-smallest" second from the
bottom, "the fastest-rising state" first from the top and "the fastest-shrinking" first
from the bottom of the same list of changes.

"Largest", "biggest" and "greatest" rank on their own (``lexicon.SUPERLATIVES``); the
words here rank only before a noun that names a member of a ranking ("the busiest
airport", not "the busiest day" nor "the highest level since 2008", which is a record).
"""

from __future__ import annotations

from factlint.extract.tokens import Token, glued_word
from factlint.extract.wording import FALLS

# Superlatives of size or speed that rank from the top ("the richest country").
TOP = frozenset(
    {"highest", "richest", "wealthiest", "busiest", "strongest", "fastest", "tallest"}
    | {"longest", "heaviest", "deepest", "costliest", "priciest", "densest", "hottest"}
)
# And from the bottom: the first of them is the last of the list ranked from the top.
BOTTOM = frozenset(
    {"smallest", "lowest", "poorest", "weakest", "slowest", "cheapest", "shortest"}
    | {"fewest", "tiniest", "sparsest", "coldest"}
)
# "least populated", "least densely populated": an adjective after "least" is the measure.
LEAST = "least"
OPENERS = TOP | BOTTOM | {LEAST}
# After the ranked noun, words that make the superlative a record, not a rank: "the
# highest level since 2008", "the lowest rate on record", "the busiest day ever".
_RECORD_AFTER = frozenset({"since", "ever", "yet", "recorded"})


def superlative_end(tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """(index after the superlative's words, whether it counts from the bottom) for
    "busiest", "least populated", "least densely populated", "fastest-rising" at token
    i; None when token i opens none."""
    low = tokens[i].low
    if low == LEAST:
        k = i + 1
        if k < len(tokens) and tokens[k].low.endswith("ly") and _word(tokens, k + 1):
            k += 1  # "least densely populated"
        return (k + 1, True) if _word(tokens, k) else None
    if low not in TOP and low not in BOTTOM:
        return None
    if glued_word(tokens, i + 1):  # "fastest-rising", "fastest-shrinking"
        return i + 3, low in BOTTOM or tokens[i + 2].low in FALLS
    return i + 1, low in BOTTOM


def from_bottom(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the superlative in tokens[start:end], after an ordinal ("second-smallest",
    "third-least populous", "second-fastest-shrinking"), counts from the bottom."""
    for k in range(start, end):
        low = tokens[k].low
        if low in BOTTOM or low == LEAST:
            return True
        if low == "fastest" and glued_word(tokens, k + 1):
            return tokens[k + 2].low in FALLS
    return False


def is_record(tokens: list[Token], noun: int) -> bool:
    """ "the highest level since 2008", "the lowest rate on record", "the busiest in 15
    years", "the weakest for a decade": after the noun at ``noun`` the words make a
    record of the superlative; "the fastest-growing state in 2023" stays a rank."""
    after, following = _word(tokens, noun + 1), _word(tokens, noun + 2)
    if after in _RECORD_AFTER or (after, following) == ("on", "record"):
        return True
    if after not in ("in", "for"):
        return False
    span = tokens[noun + 2 : noun + 5]
    return any(token.low in _SPANS for token in span)


# "in a decade", "for years", "in 15 years", "in more than two decades".
_SPANS = frozenset(
    {"year", "years", "decade", "decades", "month", "months", "generation", "generations"}
    | {"century", "centuries"}
)


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) and tokens[i].kind == "word" else ""
