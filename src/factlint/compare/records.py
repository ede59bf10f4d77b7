"""Records: "a record $12 billion", "an all-time high", "the highest since 2011", held
against the earlier facts of the series linking found for the fact that holds the
claim's value (its own source's where that source has any)."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.compare.record import RecordCheck
from factlint.compare.tolerance import EPSILON
from factlint.references.models import Fact, References
from factlint.units import Unit, UnitError, convert


def _value_in(fact: Fact, stated: Unit, wanted: Unit) -> float | None:
    try:
        if stated == wanted:
            return float(fact.value)
        return convert(float(fact.value), stated, wanted)
    except (UnitError, ValueError):
        return None  # another currency or dimension: not part of this series


def check_record(
    claim: Claim, fact: Fact, series: list[Fact], references: References
) -> RecordCheck:
    """Whether ``fact`` (which holds the claim's value) is the high or low it claims,
    among the earlier facts of its ``series``."""
    own = [f for f in series if f.source == fact.source]
    wanted = references.unit_of(fact)
    value = float(fact.value)
    high = claim.record != "low"
    check = RecordCheck(
        high=high, since=claim.baseline.label if claim.baseline else "", metric=fact.metric,
        unit=str(wanted), value=value, period=fact.period, holds=None,
    )  # fmt: skip
    earlier = [
        (f, v)
        for f in own or series
        if (v := _value_in(f, references.unit_of(f), wanted)) is not None
    ]
    if not earlier:
        return check
    tolerance = EPSILON * max(1.0, abs(value))
    beaten = [
        (f, v) for f, v in earlier if (v > value + tolerance if high else v < value - tolerance)
    ]
    if beaten:
        worst, best_value = max(beaten, key=lambda item: item[1] if high else -item[1])
        return check.model_copy(
            update={
                "holds": False,
                "beaten_by": worst.ref,
                "beaten_value": best_value,
                "distance": abs(best_value - value),
            }
        )
    periods = sorted(f.span for f, _ in earlier)
    extreme = max(v for _, v in earlier) if high else min(v for _, v in earlier)
    covered = [str(periods[0])] if len(periods) == 1 else [str(periods[0]), str(periods[-1])]
    return check.model_copy(update={"holds": True, "covered": covered, "extreme": extreme})
