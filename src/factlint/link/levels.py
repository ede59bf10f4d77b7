"""The two levels a change is derived from, when no growth fact serves it: the level of
the period the change ends in and of the period it is measured from, about the claim's
entities, from one source where possible, in units that can be compared."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.basis import ANNUALISED, comparison_of
from factlint.claims.model import Claim
from factlint.intervals import number
from factlint.link.changes import POINTS, baseline_span, is_amount_change
from factlint.link.choose import most_specific
from factlint.link.screen import screen
from factlint.link.sources import preferred
from factlint.link.vintages import current_estimates
from factlint.periods import (
    Period,
    as_months,
    fits_fiscal,
    months_long,
    same_length,
    shifted,
    stands_at_end,
)
from factlint.references.dataset import References
from factlint.references.models import Fact, Metric
from factlint.units import Unit, UnitError, convert


@dataclass(frozen=True)
class Levels:
    """The end and start levels of a change, and every level of its entities (the
    series they were chosen from)."""

    end: Fact
    start: Fact
    series: list[Fact]
    # For an amount's change that names no baseline, the level a year before, when the
    # start is the period before's: either reading may be the writer's.
    other: Fact | None = None


def level_bounds(fact: Fact, stated: Unit, wanted: Unit) -> tuple[float, float, float]:
    """The fact's value (in ``stated``) and rounding interval in ``wanted``."""
    value = float(fact.value)
    slack = fact.slack
    if stated != wanted:
        factor = convert(1.0, stated, wanted)
        value, slack = value * factor, slack * abs(factor)
    return value, value - slack, value + slack


def series_of(claim: Claim, metric: Metric, references: References) -> list[Fact]:
    """The metric's facts about the claim's entities, in any period."""
    found = []
    for fact in references.facts_about(metric.id, [*claim.entities, claim.subject]):
        probe = claim.model_copy(update={"metric": metric.id, "unit": references.unit_of(fact)})
        mismatches = screen(probe, fact, references).mismatches
        if all(m.startswith("period:") for m in mismatches):
            found.append(fact)
    return most_specific(current_estimates(found, claim.published, references), claim)


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
        own = [f for f in series if as_months(f.span).same_span(as_months(wanted))]
        # A stock counted at the window's end is its level: "in the year to July 1".
        return own or [f for f in series if stands_at_end(f.span, as_months(wanted))]
    published = wanted.start
    done = [f for f in series if f.span.ends_by(published)]
    named = claim.baseline
    if named is not None:
        done = [f for f in done if same_length(f.span, named) and f.span.start > named.start]
    if not done:
        return []
    latest = max(done, key=lambda f: (f.span.end, -f.span.start.toordinal()))
    return [f for f in done if f.span.same_span(latest.span)]


def _pair(ends: list[Fact], starts: list[Fact]) -> tuple[Fact, Fact]:
    """One fact for each end, from the same source where possible."""
    for end in ends:
        for start in starts:
            if start.source == end.source:
                return end, start
    return ends[0], starts[0]


def _starts(probe: Claim, series: list[Fact], begin: Period, references: References) -> list[Fact]:
    starts = [f for f in series if f.span.same_span(begin)]
    return preferred(probe, sorted(starts, key=lambda f: f.id), references)


def either_baseline(claim: Claim) -> bool:
    """Whether an amount's change or a change in points ("fell 0.1 percentage point to
    60.9%") may be measured from the period before or a year before, its wording naming
    neither."""
    return (is_amount_change(claim) or claim.unit.base == POINTS) and not baseline_known(claim)


def baseline_known(claim: Claim) -> bool:
    """Whether the period an amount's change is measured from is plain: a year's change
    is from the year before; a shorter period's needs its wording to say ("a year
    earlier", "from the previous month", "from 77.5 in 2022")."""
    if claim.baseline is not None or comparison_of(claim.terms):
        return True
    period = claim.period
    return period is not None and (period.fiscal or months_long(period) == 12)


def levels_for(claim: Claim, metric: Metric, references: References) -> Levels | str:
    """The two levels the change the claim states is derived from; or why there are none."""
    points = claim.unit.base == POINTS
    if ANNUALISED in claim.terms:
        return f"an annualised change is not derived from two levels of {metric.id}"
    if points and metric.kind != "percent":
        return f"a change in percentage points cannot be derived from {metric.id}, kept in {metric.unit}"
    series = series_of(claim, metric, references)
    probe = claim.model_copy(update={"metric": metric.id, "unit": metric.measure})
    ends = preferred(probe, sorted(_end_facts(claim, series), key=lambda f: f.id), references)
    if not ends:
        return f"no level of {metric.id} for period {claim.period or 'none'}"
    begins = [baseline_span(claim, ends[0].span)]
    if either_baseline(claim):
        # "rose by 66,000 to 1.45 million in August": from July, or from a year before
        begins.insert(0, shifted(ends[0].span, -(months_long(ends[0].span) or 12)))
    found = [_starts(probe, series, begin, references) for begin in begins]
    if not any(found):
        named = " or ".join(str(b) for b in begins)
        return f"no level of {metric.id} for {named}, the period the change is measured from"
    starts = next(f for f in found if f)
    end, start = _pair(ends, starts)
    other = found[1][0] if len(found) > 1 and found[0] and found[1] else None
    wanted = references.unit_of(end)
    try:
        v0, a0, _ = level_bounds(start, references.unit_of(start), wanted)
    except UnitError as ex:
        return f"the two levels cannot be compared: {ex}"
    if not points and a0 <= 0:
        return f"a percent change from a level of {number(v0)} {wanted} is not defined"
    return Levels(end, start, series, other)
