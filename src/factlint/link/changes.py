"""What a change claim is compared with: "rose 26.3% year on year", "fell 0.3
percentage points", "doubled since 2021". A multiple is the percent change it means; a
range of years is a change over them; the period a change is measured from (its
baseline) chooses the growth facts that serve it, and whether it is derived from the
levels of two periods instead.

Percentage points are not percent: a change in points is the difference of two
percentages, a change in percent their ratio; neither stands for the other."""

from __future__ import annotations

import re

from factlint.basis import MONTH_ON_MONTH, QUARTER_ON_QUARTER, YEAR_ON_YEAR, comparison_of
from factlint.claims.fit import measures_change
from factlint.claims.model import Claim
from factlint.config import Policy
from factlint.periods import Period, months_long, shifted, year_span
from factlint.references.models import Fact, Metric
from factlint.units import read_unit

POINTS = "percentage point"
PERCENT = read_unit("%")
# How far back each comparison term measures a change from, in months.
_STEPS = {YEAR_ON_YEAR: -12, QUARTER_ON_QUARTER: -3, MONTH_ON_MONTH: -1}


def is_change(claim: Claim) -> bool:
    """ "rose 26%", "fell 0.3 percentage points", "doubled": a change, not a level."""
    return claim.kind == "multiple" or (claim.kind == "percent" and bool(claim.growth))


def is_amount_change(claim: Claim) -> bool:
    """ "Life expectancy for men rose 1.0 year", "189,000 fewer than a year earlier": an
    amount written as a change, which a metric of levels checks as the difference of two
    of its levels."""
    return claim.kind in _AMOUNTS and bool(claim.growth)


# Rates that are changes by definition, whatever words their metric uses.
_CHANGE_RATES = re.compile(
    r"\b(?:inflation|deflation|yoy|y/y|mom|m/m|year[- ]on[- ]year|month[- ]on[- ]month|"
    r"quarter[- ]on[- ]quarter|annuali[sz]ed|per ?cent change)\b",
    re.IGNORECASE,
)


# A percent metric that its description says is a part of a whole: a level, whose
# changes only its levels can give ("as a percent of total revenue", "share of").
_SHARES = re.compile(
    r"\b(?:as an? (?:percent|percentage|share|proportion) of|share of|proportion of|"
    r"percent of (?:the )?total|percentage of (?:the )?total)\b",
    re.IGNORECASE,
)


def is_share(metric: Metric) -> bool:
    """A percent metric of parts of a whole ("International revenue as a percent of
    total revenue"): its facts are levels, never changes."""
    return metric.kind == "percent" and _SHARES.search(metric.description) is not None


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
            "unit": PERCENT,
            "precision": (precision or 0.1) * 100,
        }
    )


_AMOUNTS = frozenset({"money", "number", "quantity"})


def signed(claim: Claim, metric: Metric) -> Claim:
    """An amount written as a fall ("full-time employment fell by 38,000", "Quebec lost
    9,700 jobs") as the negative change a metric of changes keeps; a level the metric's
    own words name below zero ("a deficit of $1.8 trillion", ``Claim.negative_in``) as
    the negative value the metric keeps."""
    fall = claim.growth == "fall" and claim.kind in _AMOUNTS and measures_change(metric)
    if not fall and metric.id not in claim.negative_in:
        return claim
    low, high = claim.bounds
    value = claim.value
    return claim.model_copy(
        update={
            "value": -value if isinstance(value, int | float) else value,
            "lower": None if high is None else -high,
            "upper": None if low is None else -low,
            "comparator": _MIRRORED.get(claim.comparator, claim.comparator),
        }
    )


_MIRRORED = {">": "<", ">=": "<=", "<": ">", "<=": ">="}


_YEARS = re.compile(r"^(\d{4})\.\.(\d{4})$")


def between_years(claim: Claim) -> Claim:
    """ "doubled between 2021 and 2024", "rose 40% from 2020 to 2024": a change over
    years written as a range ends in its last year and is measured from its first."""
    label = claim.period.label if claim.period is not None else ""
    found = _YEARS.match(label) if claim.period_explicit else None
    if found is None or claim.baseline or not is_change(claim):
        return claim
    end, start = year_span(int(found.group(2))), year_span(int(found.group(1)))
    return claim.model_copy(update={"period": end, "baseline": start})


def baseline_span(claim: Claim, end: Period) -> Period:
    """The period a change ending in ``end`` is measured from: the one the wording names
    ("since 2021"; a year named for a shorter period means the same months of that year,
    as in "compared with the same period of 2023"), unless its terms say the previous
    month or quarter ("month on month", "from the previous quarter": ``claims.terms``);
    else the same period a year earlier."""
    step = _STEPS.get(comparison_of(claim.terms), -12)
    if step != -12:
        return shifted(end, step)  # "from the previous month" is its own baseline
    if claim.baseline:
        named = claim.baseline
        months = months_long(end)
        if months_long(named) == 12 and months is not None and months < 12:
            return shifted(end, (named.start.year - end.start.year) * 12)
        if months == 12 and months_long(named) == 12 and named.start.month != end.start.month:
            # "up 8% from the previous year" of a fiscal year: the fiscal year before.
            return (
                shifted(end, (named.end.year - end.end.year) * 12)
                if named.end and end.end
                else named
            )
        return named
    return shifted(end, step)


def follows_baseline(claim: Claim, fact: Fact) -> bool:
    """A growth fact is a change over the previous period or the same period a year
    earlier; it serves a claim only when that is the claim's baseline ("up 30% since
    2021" is not the latest year-on-year rate)."""
    if not claim.baseline:
        return True
    span = fact.span
    wanted = baseline_span(claim, span)
    stated = _STEPS.get(comparison_of(fact.basis))
    steps = {stated} if stated else {-12, -(months_long(span) or 12)}
    return any(shifted(span, step).same_span(wanted) for step in steps)


def level_metric_for_change(claim: Claim, metric: Metric) -> bool:
    """Whether a change claim is checked by deriving it from this metric's levels. A
    change in percentage points is one of a rate kept in %, even a rate of change
    ("inflation rose 0.2 percentage points")."""
    if is_amount_change(claim):
        return metric.kind == "amount" and not measures_change(metric)
    if not is_change(claim) or metric.kind not in ("amount", "percent"):
        return False
    if claim.unit.base == POINTS:
        return metric.kind == "amount" or metric.unit == "" or metric.measure.base != POINTS
    return not holds_changes(metric)
