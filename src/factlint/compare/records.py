"""Records: "a record $12 billion", "an all-time high", "the highest since 2011",
checked against the fact series: the same metric and entities over earlier periods of
the same length (years against years, Januaries-to-Julys against Januaries-to-Julys)."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.claims.model import Claim
from factlint.compare.tolerance import EPSILON
from factlint.periods import same_length
from factlint.references.models import Fact, References
from factlint.units import Unit, UnitError, convert
from factlint.verdicts.words import number


@dataclass(frozen=True)
class RecordCheck:
    """``holds`` is None when no earlier fact is on file to judge the record by."""

    holds: bool | None
    words: str
    beaten_by: Fact | None = None
    distance: float = 0.0


def _parties(fact: Fact, symmetric: bool) -> object:
    pair = (fact.subject, fact.object)
    return frozenset(pair) if symmetric else pair


def _value_in(fact: Fact, stated: Unit, wanted: Unit) -> float | None:
    try:
        if (stated.scale, stated.base) == (wanted.scale, wanted.base):
            return float(fact.value)
        return convert(float(fact.value), stated, wanted)
    except (UnitError, ValueError):
        return None  # another currency or dimension: not part of this series


def earlier_in_series(claim: Claim, fact: Fact, references: References) -> list[Fact]:
    """Facts of the same series before ``fact``'s period, after the claim's baseline
    ("highest since 2011" looks at what came after 2011); the fact's own source's
    where that source has any."""
    metric = references.metrics[fact.metric]
    parties = _parties(fact, metric.symmetric)
    since = claim.baseline
    found = [
        other
        for other in references.facts_of(fact.metric)
        if _parties(other, metric.symmetric) == parties
        and same_length(other.span, fact.span)
        and other.span.ends_by(fact.span.start)
        and other.span.end != fact.span.end
        and (since is None or since.end is None or other.span.start > since.end)
    ]
    own = [f for f in found if f.source == fact.source]
    return own or found


def check_record(claim: Claim, fact: Fact, references: References) -> RecordCheck:
    """Whether ``fact`` (which holds the claim's value) is the high or low it claims."""
    wanted = references.unit_of(fact)
    unit = str(wanted)
    value = float(fact.value)
    high = claim.record != "low"
    word = "high" if high else "low"
    what = (
        f"the {'highest' if high else 'lowest'} since {claim.baseline}"
        if claim.baseline
        else f"a record {word}"
    )
    earlier = [
        (f, v)
        for f in earlier_in_series(claim, fact, references)
        if (v := _value_in(f, references.unit_of(f), wanted)) is not None
    ]
    if not earlier:
        return RecordCheck(None, f"{what}: no earlier {fact.metric} fact on file to compare")
    tolerance = EPSILON * max(1.0, abs(value))
    beaten = [
        (f, v) for f, v in earlier if (v > value + tolerance if high else v < value - tolerance)
    ]
    if beaten:
        worst, best_value = max(beaten, key=lambda item: item[1] if high else -item[1])
        comparison = "higher" if high else "lower"
        return RecordCheck(
            False,
            f"{what}: but {worst.period} had {number(best_value)} {unit} "
            f"({worst.source}), {comparison} than {number(value)} in {fact.period}",
            worst,
            abs(best_value - value),
        )
    periods = sorted(f.span for f, _ in earlier)
    covered = str(periods[0]) if len(periods) == 1 else f"{periods[0]} to {periods[-1]}"
    extreme = max(v for _, v in earlier) if high else min(v for _, v in earlier)
    return RecordCheck(
        True,
        f"{what}: {number(value)} in {fact.period} beats every earlier fact "
        f"on file ({covered}, {'highest' if high else 'lowest'} {number(extreme)})",
    )
