"""Rate steps written as a fraction of a point: "a quarter-point cut", "half a point",
"three-quarters of a point", exactly 0.25, 0.5 or 0.75 percentage point."""

from __future__ import annotations

from factlint.extract.lexicon import ONES
from factlint.extract.tokens import Token, adjacent

_HYPHENS = frozenset({"-", "‑"})

_POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5}
_POINTS = frozenset({"point", "points"})


def point_fraction(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """(value in percentage points, index after) for a rate step written as a fraction
    of a point: "a quarter point", "a quarter-point cut", "half-point", "half a point",
    "three-quarters of a point". A bare "point" counts index points elsewhere; after a
    fraction it is a percentage point."""
    k = i
    numerator = 1
    if tokens[k].low == "a":
        k += 1
    elif tokens[k].low in ONES and 1 < ONES[tokens[k].low] < 4:
        numerator = ONES[tokens[k].low]
        k = _skip_hyphen(tokens, k + 1)
    if k >= len(tokens):
        return None
    word = tokens[k].low.rstrip("s") if tokens[k].low == "quarters" else tokens[k].low
    if word not in _POINT_FRACTIONS or (numerator > 1 and word != "quarter"):
        return None
    value = numerator * _POINT_FRACTIONS[word]
    k += 1
    if k < len(tokens) and tokens[k].low == "a":
        k += 1  # "half a point"
    elif k + 1 < len(tokens) and tokens[k].low == "of" and tokens[k + 1].low == "a":
        k += 2  # "a quarter of a point"
    else:
        k = _skip_hyphen(tokens, k)  # "quarter-point"
    if k < len(tokens) and tokens[k].low in _POINTS:
        return value, k + 1
    return None


def _skip_hyphen(tokens: list[Token], k: int) -> int:
    if k < len(tokens) and tokens[k].text in _HYPHENS and adjacent(tokens[k - 1], tokens[k]):
        return k + 1
    return k
