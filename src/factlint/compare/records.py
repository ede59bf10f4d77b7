"""Records and "since", as a statistics desk checks them: "a record $12 billion", "the
highest since 2008", "a 15-year low", "the first fall in five years", "topped $100bn for
the first time since 2008".

The value held (the fact that holds the claim's number, or the change derived from two
levels) is set against its series (linking's ``series``), period by period, each period
from the held fact's own source where it has one. The claim holds only when

- the series on file covers every period its wording reaches over (a record: every period
  from the first on file; "since 2008": those after 2008; "a 15-year low" in 2024: 2010
  to 2023), else it is unverified, saying "N of M periods on file";
- nothing in between beats the value (or, for a first, had the event): else it is
  flagged, major, naming the period;
- the anchor is on the right side: 2008 was at least as high for "the highest since
  2008", 2020 had a fall for "the first fall since 2020"; else it is flagged, minor
  (the record reaches further back than it says). An anchor that begins the series on
  file is taken as the start of the series ("since records began"), and said so.

For a first fall or rise of a level ("fell to $90bn, the first fall in five years") the
changes come from consecutive levels, the claim's own period's included."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.claims.model import Claim, Reach
from factlint.compare.record import RecordCheck
from factlint.compare.tolerance import EPSILON
from factlint.link.changes import is_change
from factlint.link.series import back, months_between, reach_of, step_months, window
from factlint.periods import Period
from factlint.references.dataset import References
from factlint.references.models import Fact
from factlint.units import Unit, UnitError, convert

Key = tuple[object, object]


def _value_in(fact: Fact, stated: Unit, wanted: Unit) -> float | None:
    try:
        if stated == wanted:
            return float(fact.value)
        return convert(float(fact.value), stated, wanted)
    except (UnitError, ValueError):
        return None  # another currency or dimension: not part of this series


@dataclass(frozen=True)
class _Point:
    """One period of the series: its value (a level, or a change) and the fact shown."""

    period: Period
    value: float
    fact: Fact


def _key(period: Period) -> Key:
    return (period.start, period.end)


def _levels(facts: list[Fact], own: str, wanted: Unit, references: References) -> dict[Key, _Point]:
    """One level a period, in ``wanted``: the held fact's own source's where it has one,
    else a primary row's, else the first by id."""
    ranked = sorted(facts, key=lambda f: (f.source != own, not f.primary, f.id))
    levels: dict[Key, _Point] = {}
    for fact in ranked:
        key = _key(fact.span)
        if key in levels:
            continue
        value = _value_in(fact, references.unit_of(fact), wanted)
        if value is not None:
            levels[key] = _Point(fact.span, value, fact)
    return levels


def _changes(levels: dict[Key, _Point], months: int, points: bool) -> dict[Key, _Point]:
    """The change of each period from the level ``months`` before it: in percentage
    points when ``points``, else in percent (where the earlier level is positive)."""
    changes: dict[Key, _Point] = {}
    for key, end in levels.items():
        start = levels.get(_key(_earlier(end.period, months)))
        if start is None:
            continue
        if points:
            changes[key] = _Point(end.period, end.value - start.value, end.fact)
        elif start.value > 0:
            changes[key] = _Point(end.period, (end.value / start.value - 1) * 100, end.fact)
    return changes


def _earlier(period: Period, months: int) -> Period:
    length = step_months(period)
    if length and months % length == 0:
        return back(period, months // length)
    return back(period, 1)


def reach_words(reach: Reach) -> str:
    """ "since 2008", "in 15 years", "in more than 10 years", "since the series began"."""
    if reach.kind in ("since", "began") and reach.since is not None:
        return f"since {reach.since}" + (
            " (when the series began)" if reach.kind == "began" else ""
        )
    if reach.kind == "span":
        unit = reach.unit + ("s" if reach.count != 1 else "")
        return f"in {'more than ' if reach.more else ''}{reach.count} {unit}"
    if reach.kind == "began":
        return "since the series began"
    return "" if reach.kind == "ever" else "since a time the wording does not date"


class _Test:
    """What breaks a record and what an anchor must show: for a high, a higher value
    breaks it and the anchor must be at least as high; for a first fall, any fall
    breaks it and the anchor must be one; for a level topped, any value above it."""

    def __init__(self, claim: Claim, reach: Reach, value: float, threshold: float | None) -> None:
        self.event = reach.event
        self.high = claim.record != "low"
        self.value = value
        self.threshold = threshold
        self.tolerance = EPSILON * max(1.0, abs(value))

    def breaks(self, value: float) -> bool:
        if self.event:
            return self.happens(value)
        return (
            value > self.value + self.tolerance
            if self.high
            else value < self.value - self.tolerance
        )

    def anchors(self, value: float) -> bool:
        if self.event:
            return self.happens(value)
        return (
            value >= self.value - self.tolerance
            if self.high
            else value <= self.value + self.tolerance
        )

    def happens(self, value: float) -> bool:
        tolerance = EPSILON * max(1.0, abs(value))
        if self.event == "fall":
            return value < -tolerance
        if self.event == "rise":
            return value > tolerance
        threshold = self.threshold if self.threshold is not None else 0.0
        if self.event == "above":
            return value > threshold + tolerance
        return value < threshold - tolerance

    def worst(self, points: list[_Point]) -> _Point:
        """The breaker to name: the latest for a first, else the most extreme."""
        if self.event:
            return max(points, key=lambda p: p.period.start)
        return max(points, key=lambda p: p.value if self.high else -p.value)


def _threshold(claim: Claim, reach: Reach, wanted: Unit) -> float | None:
    """The level a "first time" crossing is about, in the series' unit: the claim's own
    bound ("topped $100bn": 100 billion USD)."""
    low, high = claim.bounds
    bound = low if reach.event == "above" else high
    if bound is None:
        return None
    try:
        if (claim.unit.scale, claim.unit.base) == (wanted.scale, wanted.base):
            return bound
        return convert(bound, claim.unit, wanted)
    except (UnitError, ValueError):
        return None


def check_record(
    claim: Claim,
    fact: Fact,
    series: list[Fact],
    references: References,
    start: Fact | None = None,
    derived: float | None = None,
) -> RecordCheck:
    """Whether ``fact`` (which holds the claim's value; for a change derived from two
    levels, the end level, with ``start`` and the ``derived`` change) is the record its
    wording claims, over the periods of ``series`` its reach covers."""
    reach = reach_of(claim) or Reach(kind="ever")
    wanted = references.unit_of(fact)
    points_unit = claim.unit.base == "percentage point"
    level_event = reach.event in ("fall", "rise") and not is_change(claim)
    changes = start is not None or level_event
    value = derived if derived is not None else float(fact.value)
    threshold = _threshold(claim, reach, wanted) if reach.event in ("above", "below") else None
    check = RecordCheck(
        high=claim.record != "low", since=str(reach.since or ""), metric=fact.metric,
        unit="percentage points" if changes and points_unit else "%" if changes else str(wanted),
        value=value, period=fact.period, holds=None, reach=reach_words(reach),
        event=_event_words(reach, threshold, wanted), changes=changes, derived=start is not None,
    )  # fmt: skip
    if reach.event in ("above", "below") and threshold is None:
        return check.model_copy(update={"why": "the level crossed cannot be compared"})
    levels = _levels([fact, *series, *([start] if start else [])], fact.source, wanted, references)
    values = levels
    if start is not None:
        values = _changes(levels, months_between(start.span, fact.span), points_unit)
    elif level_event:
        values = _changes(levels, step_months(fact.span) or 0, points_unit)
        own = values.get(_key(fact.span))
        if own is None:
            return check.model_copy(update={"why": f"no level before {fact.period} on file"})
        value = own.value
        check = check.model_copy(update={"value": value, "unit": "%"})
    test = _Test(claim, reach, value, threshold)
    if level_event and not test.happens(value):
        before = levels[_key(_earlier(fact.span, step_months(fact.span) or 0))]
        return check.model_copy(
            update={"holds": False, "beaten_by": before.fact.ref, "beaten_value": before.value,
                    "missed": True}
        )  # fmt: skip
    earlier = {k: p for k, p in values.items() if p.period.end and p.period.end < fact.span.start}
    if not earlier:
        return check
    earliest = min(p.period.start for p in earlier.values())
    span = window(reach, fact.span, earliest)
    if span.why:
        return check.model_copy(update={"why": span.why})
    inside = [earlier[_key(p)] for p in span.between if _key(p) in earlier]
    missing = [str(p) for p in reversed(span.between) if _key(p) not in earlier]
    counted = {
        "wanted": len(span.between), "on_file": len(inside), "missing": missing,
        "covered": list(dict.fromkeys(str(p.period) for p in (inside[-1], inside[0])))
        if inside
        else [],
    }  # fmt: skip
    check = check.model_copy(update=counted)
    if inside and not reach.event:
        extreme = max(p.value for p in inside) if test.high else min(p.value for p in inside)
        check = check.model_copy(update={"extreme": extreme})
    broken = [p for p in inside if test.breaks(p.value)]
    if broken:
        worst = test.worst(broken)
        return check.model_copy(
            update={
                "holds": False, "beaten_by": worst.fact.ref, "beaten_value": worst.value,
                "distance": abs(worst.value - value),
            }
        )  # fmt: skip
    anchored = [earlier[_key(p)] for p in span.anchor if _key(p) in earlier]
    if anchored:
        right = [p for p in anchored if test.anchors(p.value)]
        shown = (right or anchored)[-1]
        began = not right and min(p.period.start for p in earlier.values()) >= min(
            p.period.start for p in anchored
        )
        check = check.model_copy(
            update={
                "anchor": shown.fact.ref, "anchor_value": shown.value,
                "anchor_holds": bool(right), "began": began,
            }
        )  # fmt: skip
        if not right and not began:
            return check.model_copy(update={"holds": False})
    if not span.between and reach.kind == "span":
        return check.model_copy(
            update={"why": "the span is no longer than one period of the series"}
        )
    if missing:
        return check
    if reach.kind == "since" and not anchored:
        return check.model_copy(update={"why": f"no fact for {reach.since} on file"})
    return check.model_copy(update={"holds": True})


def _event_words(reach: Reach, threshold: float | None, unit: Unit) -> str:
    if reach.event in ("above", "below") and threshold is not None:
        return f"{reach.event} {threshold:.10g} {unit}".rstrip()
    return reach.event
