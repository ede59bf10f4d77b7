"""Whether what a fact allows meets what a claim's wording allows, and by how much it
misses: both are intervals, the claim's from its rounding and hedges, the fact's from
its own written precision, an exchange rate's uncertainty, or growth derived from
rounded levels."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.claims.model import Claim
from factlint.compare.record import Severity

EPSILON = 1e-9


@dataclass(frozen=True)
class Meeting:
    """``holds`` when the intervals meet; else ``distance`` is the gap between them."""

    holds: bool
    distance: float


def claim_bounds(claim: Claim) -> tuple[float | None, float | None]:
    return claim.bounds


def counted_bounds(claim: Claim, fact_value: str, value: float) -> tuple[float, float] | None:
    """The interval of a bare count held against a count: a plain integer under a
    thousand, written in digits with no unit, scale or hedge ("a majority of 170"),
    against a fact that is a whole number (174) is exact, its trailing zero a digit:
    news writes small counts as counted. None for any other claim or fact."""
    claimed = claim.value
    if (
        claim.kind != "number"
        or claim.comparator != "="
        or not claim.text.isdigit()
        or not isinstance(claimed, float)
        or not 10 <= claimed < 1000
        or (claim.precision or 1.0) <= 1.0
        or "." in fact_value
        or value != float(fact_value)
    ):
        return None
    return claimed - 0.5, claimed + 0.5


def meet(
    low: float | None, high: float | None, comparator: str, fact_low: float, fact_high: float
) -> Meeting:
    """The claim's interval [low, high] (an open end is None) against the fact's.

    A rounding interval is half-open: 3.5 rounds to 4, so "3%" does not hold 3.5, and
    "nearly 250" does not hold 250; "more than 240" does not hold 240."""
    tolerance = EPSILON * max(1.0, abs(fact_low), abs(fact_high))
    below = low is not None and (
        fact_high < low - tolerance or (comparator == ">" and fact_high <= low)
    )
    above = high is not None and (
        fact_low > high + tolerance or (comparator in ("<", "=") and fact_low >= high - tolerance)
    )
    distance = 0.0
    if below and low is not None:
        distance = low - fact_high
    elif above and high is not None:
        distance = fact_low - high
    return Meeting(not (below or above), max(distance, 0.0))


def severity(claim: Claim, distance: float) -> Severity:
    """DESIGN.md's rule: a miss by less than one more unit of the claim's own rounding
    (its last significant digit) is a ``minor`` slip; anything further is ``major``."""
    precision = claim.precision or 1.0
    return "minor" if distance < precision else "major"
