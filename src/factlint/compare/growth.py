"""Changes: "rose 26.3% year on year", "fell 0.3 percentage points", "doubled since
2021". A change is checked against a growth fact where one exists; otherwise it is
derived from the level facts of its two periods, with each level's rounding carried
into the interval: for levels known as [a0, b0] and [a1, b1], growth lies in
[a1 / b0 − 1, b1 / a0 − 1] and a change in points in [a1 − b0, b1 − a0].

Percentage points are not percent: a change in points is the difference of two
percentages, a change in percent their ratio; neither stands for the other."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.claims.model import Claim
from factlint.claims.sentence import measures_change
from factlint.compare.tolerance import fact_slack
from factlint.config import Policy
from factlint.link.choose import most_specific
from factlint.link.screen import screen
from factlint.link.sources import preferred
from factlint.periods import (
    Period,
    fits_fiscal,
    months_long,
    parse_period,
    same_length,
    shifted,
)
from factlint.references.models import Fact, Metric, References
from factlint.units import Unit, UnitError, convert, read_unit
from factlint.verdicts.words import number, rounded

POINTS = "percentage point"
_MONTH_ON_MONTH = re.compile(
    r"\b(?:month[- ]on[- ]month|m/m|from (?:the |a )?(?:previous|prior|preceding) month|"
    r"(?:a|one) month (?:earlier|before|ago)|from the month before)\b",
    re.IGNORECASE,
)
_QUARTER_ON_QUARTER = re.compile(
    r"\b(?:quarter[- ]on[- ]quarter|q/q|from (?:the |a )?(?:previous|prior|preceding) quarter|"
    r"(?:a|one) quarter (?:earlier|before|ago)|from the quarter before)\b",
    re.IGNORECASE,
)


def is_change(claim: Claim) -> bool:
    """ "rose 26%", "fell 0.3 percentage points", "doubled": a change, not a level."""
    return claim.kind == "multiple" or (claim.kind == "percent" and bool(claim.growth))


# Rates that are changes by definition, whatever words their metric uses.
_CHANGE_RATES = re.compile(
    r"\b(?:inflation|deflation|yoy|y/y|mom|m/m|year[- ]on[- ]year|month[- ]on[- ]month|"
    r"quarter[- ]on[- ]quarter|annuali[sz]ed|per ?cent change)\b",
    re.IGNORECASE,
)


def holds_changes(metric: Metric) -> bool:
    """A metric whose facts are changes already ("Year-on-year change in trade",
    "Consumer price inflation")."""
    words = " ".join([metric.id.replace("_", " "), metric.description, *metric.keywords])
    return metric.kind == "percent" and (
        measures_change(metric) or _CHANGE_RATES.search(words) is not None
    )


def as_percent_change(claim: Claim, policy: Policy) -> Claim:
    """A multiple as the percent change it means: "doubled" is +100%, "halved" −50%.
    A multiple in words allows its factor ± the policy's ``multiple``; a written factor
    ("2.5 times") keeps its rounding."""
    if claim.kind != "multiple" or not isinstance(claim.value, float):
        return claim
    factor = claim.value
    low, high = claim.bounds
    precision = claim.precision
    if not precision:  # a multiple in words: "doubled", "three times"
        band = factor * policy.multiple
        precision = band
        low, high = {
            ">": (factor, None),
            ">=": (factor, None),
            "<": (factor * (1 - policy.nearly), factor),
            "<=": (None, factor),
        }.get(claim.comparator, (factor - band, factor + band))
    return claim.model_copy(
        update={
            "value": (factor - 1) * 100,
            "lower": None if low is None else (low - 1) * 100,
            "upper": None if high is None else (high - 1) * 100,
            "unit": read_unit("%"),
            "precision": (precision or 0.1) * 100,
        }
    )


_YEARS = re.compile(r"^(\d{4})\.\.(\d{4})$")


def between_years(claim: Claim) -> Claim:
    """ "doubled between 2021 and 2024", "rose 40% from 2020 to 2024": a change over
    years written as a range ends in its last year and is measured from its first."""
    label = claim.period.label if claim.period is not None else ""
    found = _YEARS.match(label) if claim.period_explicit else None
    if found is None or claim.baseline or not is_change(claim):
        return claim
    end, start = parse_period(found.group(2)), parse_period(found.group(1))
    return claim.model_copy(update={"period": end, "baseline": start})


def baseline_span(claim: Claim, end: Period) -> Period:
    """The period a change ending in ``end`` is measured from: the one the wording names
    ("since 2021"; a year named for a shorter period means the same months of that year,
    as in "compared with the same period of 2023"), else the previous month or quarter
    when the sentence says so, else the same period a year earlier."""
    if claim.baseline:
        named = claim.baseline
        months = months_long(end)
        if months_long(named) == 12 and months is not None and months < 12:
            return shifted(end, (named.start.year - end.start.year) * 12)
        return named
    if _MONTH_ON_MONTH.search(claim.sentence):
        return shifted(end, -1)
    if _QUARTER_ON_QUARTER.search(claim.sentence):
        return shifted(end, -3)
    return shifted(end, -12)


def follows_baseline(claim: Claim, fact: Fact) -> bool:
    """A growth fact is a change over the previous period or the same period a year
    earlier; it serves a claim only when that is the claim's baseline ("up 30% since
    2021" is not the latest year-on-year rate)."""
    if not claim.baseline:
        return True
    span = fact.span
    wanted = baseline_span(claim, span)
    steps = {-12, -(months_long(span) or 12)}
    return any(shifted(span, step).same_span(wanted) for step in steps)


@dataclass(frozen=True)
class Derived:
    """A change derived from two level facts, as an interval in the claim's unit."""

    low: float
    high: float
    value: float
    start: Fact
    end: Fact
    shown: str


def _series(claim: Claim, metric: Metric, references: References) -> list[Fact]:
    """The metric's facts about the claim's entities, in any period."""
    found = []
    for fact in references.facts_of(metric.id):
        probe = claim.model_copy(update={"metric": metric.id, "unit": references.unit_of(fact)})
        mismatches = screen(probe, fact, references).mismatches
        if all(m.startswith("period:") for m in mismatches):
            found.append(fact)
    return most_specific(found, claim)


def _end_facts(claim: Claim, series: list[Fact]) -> list[Fact]:
    """The facts of the period the change ends in: the claim's own, or, for a claim
    dated only by publication, the latest completed period of the baseline's length."""
    wanted = claim.period
    if wanted is None:
        return []
    if claim.period_explicit:
        if wanted.fiscal:
            fits = {f.id: fits_fiscal(wanted, f.span) for f in series}
            best = max(fits.values(), default=0)
            return [f for f in series if best and fits[f.id] == best]
        return [f for f in series if f.span.same_span(wanted)]
    published = wanted.start
    done = [f for f in series if f.span.ends_by(published)]
    named = claim.baseline
    if named is not None:
        done = [f for f in done if same_length(f.span, named) and f.span.start > named.start]
    if not done:
        return []
    latest = max(done, key=lambda f: (f.span.end, -f.span.start.toordinal()))
    return [f for f in done if f.span.same_span(latest.span)]


def _pair(claim: Claim, ends: list[Fact], starts: list[Fact]) -> tuple[Fact, Fact]:
    """One fact for each end, from the same source where possible."""
    for end in ends:
        for start in starts:
            if start.source == end.source:
                return end, start
    return ends[0], starts[0]


def level_bounds(fact: Fact, stated: Unit, wanted: Unit) -> tuple[float, float, float]:
    """The fact's value (in ``stated``) and rounding interval in ``wanted``."""
    value = float(fact.value)
    slack = fact_slack(fact)
    if (stated.scale, stated.base) != (wanted.scale, wanted.base):
        factor = convert(1.0, stated, wanted)
        value, slack = value * factor, slack * abs(factor)
    return value, value - slack, value + slack


def percent_change_interval(
    earlier: tuple[float, float], later: tuple[float, float]
) -> tuple[float, float]:
    """Every percent change from a level in ``earlier`` to one in ``later`` (positive
    intervals): from the lowest later over the highest earlier to the other way round."""
    return (later[0] / earlier[1] - 1) * 100, (later[1] / earlier[0] - 1) * 100


def derive(claim: Claim, metric: Metric, references: References) -> Derived | str:
    """The change the claim states, derived from levels; or why it cannot be."""
    points = claim.unit.base == POINTS
    if points and metric.kind != "percent":
        return f"a change in percentage points cannot be derived from {metric.id}, kept in {metric.unit}"
    series = _series(claim, metric, references)
    probe = claim.model_copy(update={"metric": metric.id, "unit": metric.measure})
    ends = preferred(probe, sorted(_end_facts(claim, series), key=lambda f: f.id), references)
    if not ends:
        return f"no level of {metric.id} for period {claim.period or 'none'}"
    begin = baseline_span(claim, ends[0].span)
    starts = [f for f in series if f.span.same_span(begin)]
    starts = preferred(probe, sorted(starts, key=lambda f: f.id), references)
    if not starts:
        return f"no level of {metric.id} for {begin}, the period the change is measured from"
    end, start = _pair(claim, ends, starts)
    wanted = references.unit_of(end)
    unit = str(wanted)
    try:
        v1, a1, b1 = level_bounds(end, wanted, wanted)
        v0, a0, b0 = level_bounds(start, references.unit_of(start), wanted)
    except UnitError as ex:
        return f"the two levels cannot be compared: {ex}"
    if points:
        low, high, value = a1 - b0, b1 - a0, v1 - v0
        sign_unit = " pp"
    else:
        if a0 <= 0:
            return f"a percent change from a level of {number(v0)} {unit} is not defined"
        low, high = percent_change_interval((a0, b0), (a1, b1))
        value = (v1 / v0 - 1) * 100
        sign_unit = "%"
    shown = (
        f"{start.value} {start.unit} in {start.period} → {end.value} {end.unit} in "
        f"{end.period} ({end.source}): {'+' if value >= 0 else ''}{rounded(value)}{sign_unit} "
        f"({rounded(low)} to {rounded(high)} with the levels' rounding)"
    )
    return Derived(low, high, value, start, end, shown)


def level_metric_for_change(claim: Claim, metric: Metric) -> bool:
    """Whether a change claim is checked by deriving it from this metric's levels. A
    change in percentage points is one of a rate kept in %, even a rate of change
    ("inflation rose 0.2 percentage points")."""
    if not is_change(claim) or metric.kind not in ("amount", "percent"):
        return False
    if claim.unit.base == POINTS:
        return metric.kind == "amount" or metric.unit == "" or metric.measure.base != POINTS
    return not holds_changes(metric)
