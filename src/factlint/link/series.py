"""The series a claimed record is held against, and the periods its wording reaches
over. The series: facts of the same metric, parties, terms and period length (years
against years, Januaries-to-Julys against Januaries-to-Julys) before the held fact's
period, from every source, each revised figure as it stood on the document's date. The
reach: every period on file ("a record"), the anchor and the periods after it ("the
highest since 2008"), or the periods of a span counted back ("a 15-year low" in 2024:
2010 to 2023, the periods since 2009; "in more than a decade": 2014 to 2023)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from factlint.claims.model import Claim, Reach
from factlint.link.changes import is_change
from factlint.link.vintages import current_estimates
from factlint.periods import Period, months_long, same_length, shifted
from factlint.references.dataset import References
from factlint.references.models import Fact

# Months in a unit a span is counted in; weeks and days count in days.
_MONTHS = {"year": 12, "quarter": 3, "month": 1}
_DAYS = {"week": 7, "day": 1}
# A bound on how far back a series is stepped (a century of months).
MAX_STEPS = 1200


def _parties(fact: Fact, symmetric: bool) -> object:
    pair = (fact.subject, fact.object)
    return frozenset(pair) if symmetric else pair


def reach_of(claim: Claim) -> Reach | None:
    """The claim's reach; a record read before reaches existed ("a record" or a record
    with a baseline) as every period on file, or since the baseline."""
    if claim.reach is not None:
        return claim.reach
    if not claim.record:
        return None
    if claim.baseline is not None:
        return Reach(kind="since", since=claim.baseline)
    return Reach(kind="ever")


def step_months(period: Period) -> int | None:
    """How far apart the periods of a series of ``period``'s length are, in months:
    months, quarters and years follow each other; a part of a year ("January to July")
    recurs a year later."""
    months = months_long(period)
    if months is None:
        return None
    return months if 12 % months == 0 else 12 * -(-months // 12)


def back(period: Period, steps: int) -> Period:
    """The period of the series ``steps`` periods before ``period``."""
    months = step_months(period)
    if months is not None:
        return shifted(period, -steps * months)
    end = period.end or period.start
    days = dt.timedelta(days=steps * ((end - period.start).days + 1))
    start, last = period.start - days, end - days
    label = start.isoformat() if start == last else f"{start.isoformat()}..{last.isoformat()}"
    return Period(start, last, label)


def span_start(reach: Reach, period: Period) -> dt.date | None:
    """Where a span counted back from ``period`` starts ("a 15-year low" in 2024: the
    start of 2009); None for a reach of no span, or a unit the period cannot count."""
    if reach.kind != "span" or not reach.count:
        return None
    if reach.unit in _MONTHS:
        return shifted(period, -reach.count * _MONTHS[reach.unit]).start
    if reach.unit in _DAYS:
        return period.start - dt.timedelta(days=reach.count * _DAYS[reach.unit])
    return None


@dataclass(frozen=True)
class Window:
    """The periods a record's wording covers before the held period: ``between`` (every
    one must be on file, and none may beat the held value), ``anchor`` (the periods the
    record is counted from, one of which must be on the right side; empty when the
    wording names none), and ``why`` when the wording gives nothing to count."""

    between: list[Period]
    anchor: list[Period]
    why: str = ""


def window(reach: Reach, held: Period, earliest: dt.date | None) -> Window:
    """The periods ``reach`` covers before ``held``; ``earliest`` is the start of the
    earliest period on file (for "a record", which counts every one)."""
    if reach.kind == "unknown":
        return Window([], [], "the wording names no period or span to count from")
    since = reach.since
    if reach.kind == "since" and since is None:
        return Window([], [], "the wording names no period to count from")
    if reach.kind == "since" and since is not None:
        if since.end is None or since.end >= held.start:
            return Window([], [], f"{since} is not before {held}")
        last = since.end
        return _stepped(held, lambda p: p.start > last, since.overlaps)
    if reach.kind == "began" and since is not None:
        return _stepped(held, lambda p: p.start >= since.start, lambda p: False)
    if reach.kind == "span":
        start = span_start(reach, held)
        if start is None:
            return Window([], [], f"a span in {reach.unit}s cannot be counted")
        if reach.more:
            return _stepped(held, lambda p: p.start >= start, lambda p: False)
        return _stepped(held, lambda p: p.start > start, lambda p: False)
    if earliest is None:
        return Window([], [])
    return _stepped(held, lambda p: p.start >= earliest, lambda p: False)


def _stepped(
    held: Period, inside: Callable[[Period], bool], anchoring: Callable[[Period], bool]
) -> Window:
    """Step back from ``held`` while ``inside`` holds, then while ``anchoring`` does."""
    between: list[Period] = []
    anchor: list[Period] = []
    for steps in range(1, MAX_STEPS):
        period = back(held, steps)
        if not anchor and inside(period):
            between.append(period)
        elif anchoring(period):
            anchor.append(period)
        else:
            break
    return Window(between, anchor)


def earlier_in_series(
    claim: Claim, fact: Fact, references: References, lead: int = 0
) -> list[Fact]:
    """Facts of ``fact``'s series before its period, as far back as the claim's reach
    needs (``lead`` months further for changes derived from levels), from every source;
    the comparison prefers the held fact's own source period by period."""
    metric = references.metrics[fact.metric]
    parties = _parties(fact, metric.symmetric)
    reach = reach_of(claim)
    first = _first_needed(reach, fact.span, claim) if reach is not None else None
    if first is not None and lead:
        first = earlier_by(first, lead)
    basis = sorted(fact.basis)
    earlier = [
        other
        for other in references.facts_about(fact.metric, [fact.subject, fact.object])
        if _parties(other, metric.symmetric) == parties
        and same_length(other.span, fact.span)
        and other.span.ends_by(fact.span.start)
        and other.span.end != fact.span.end
        and other.expectation == fact.expectation
        and sorted(other.basis) == basis
        and (first is None or other.span.end is None or other.span.end >= first)
    ]
    return current_estimates(earlier, claim.published, references)


def _first_needed(reach: Reach, held: Period, claim: Claim) -> dt.date | None:
    """The first day the reach needs on file (one period earlier for a first fall or
    rise of a level, whose changes come from consecutive levels)."""
    if reach.kind == "since" and reach.since is not None:
        # and the period before the anchor: an anchor with none before it on file
        # begins the series on file ("since records began")
        first: dt.date | None = earlier_by(reach.since.start, step_months(held) or 0, held)
    elif reach.kind == "began" and reach.since is not None:
        first = reach.since.start
    elif reach.kind == "span":
        first = span_start(reach, held)
    else:
        return None
    if first is not None and reach.event in ("fall", "rise") and not is_change(claim):
        first = earlier_by(first, step_months(held) or 0, held)
    return first


def months_between(start: Period, end: Period) -> int:
    """Months from the start of ``start`` to the start of ``end``."""
    return (end.start.year - start.start.year) * 12 + end.start.month - start.start.month


def earlier_by(day: dt.date, months: int, period: Period | None = None) -> dt.date:
    """The day ``months`` months before ``day``; with no months, one ``period``'s length
    of days before it."""
    if months:
        return shifted(Period(day, day, ""), -months).start
    if period is None:
        return day
    return day - ((period.end or period.start) - period.start + dt.timedelta(days=1))
