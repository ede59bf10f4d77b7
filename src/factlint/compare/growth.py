"""A change derived from the two levels linking found for it, with each level's
rounding carried into the interval: for levels known as [a0, b0] and [a1, b1], growth
lies in [a1 / b0 − 1, b1 / a0 − 1] and a change in points in [a1 − b0, b1 − a0].

Percentage points are not percent: a change in points is the difference of two
percentages, a change in percent their ratio; neither stands for the other."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.compare.record import Derivation
from factlint.link.changes import POINTS, is_amount_change
from factlint.link.levels import Levels, level_bounds
from factlint.references.dataset import References
from factlint.units import Unit, UnitError, convert


def percent_change_interval(
    earlier: tuple[float, float], later: tuple[float, float]
) -> tuple[float, float]:
    """Every percent change from a level in ``earlier`` to one in ``later`` (positive
    intervals): from the lowest later over the highest earlier to the other way round."""
    return (later[0] / earlier[1] - 1) * 100, (later[1] / earlier[0] - 1) * 100


def comparable(unit: Unit, other: Unit) -> bool:
    """Whether a value in ``unit`` converts to ``other``."""
    try:
        convert(1.0, unit, other)
    except UnitError:
        return False
    return True


def derive(claim: Claim, levels: Levels, references: References) -> Derivation:
    """The change from the start level to the end level, in the claim's terms: percent,
    or percentage points for a claim in points. Linking has checked that the levels'
    units compare and that a percent change from the start is defined."""
    end, start = levels.end, levels.start
    amount = is_amount_change(claim)
    wanted = references.unit_of(end)
    if amount and comparable(wanted, claim.unit):
        wanted = claim.unit  # "rose by $3.9 billion": in billions; "1.0" in years
    v1, a1, b1 = level_bounds(end, references.unit_of(end), wanted)
    v0, a0, b0 = level_bounds(start, references.unit_of(start), wanted)
    points = claim.unit.base == POINTS
    if amount:
        # "rose 1.0 year", "189,000 fewer": the size of the difference, in the claim's
        # unit, its direction the claim's own ("fell" of a rise is no fall).
        low, high, value = a1 - b0, b1 - a0, v1 - v0
        fall = claim.growth == "fall"
        if fall:
            low, high, value = -high, -low, -value
        return Derivation(
            start=start.ref, end=end.ref, value=value, low=low, high=high, amount=True,
            unit=str(wanted), fall=fall,
        )  # fmt: skip
    if points:
        low, high, value = a1 - b0, b1 - a0, v1 - v0
    else:
        low, high = percent_change_interval((a0, b0), (a1, b1))
        value = (v1 / v0 - 1) * 100
    return Derivation(start=start.ref, end=end.ref, value=value, low=low, high=high, points=points)
