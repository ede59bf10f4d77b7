"""One fact held against the interval a claim's wording allows: amounts and percentages
in the claim's unit (through references/fx.csv for another currency, with the rate's
uncertainty), dates by the days they cover, ranks by place, names by any alias."""

from __future__ import annotations

import datetime as dt
import unicodedata

from factlint.claims.model import Claim
from factlint.compare.fx import exchange
from factlint.compare.record import Conversion, Outcome
from factlint.compare.tolerance import claim_bounds, counted_bounds, meet
from factlint.config import Policy
from factlint.references.dataset import References
from factlint.references.models import Fact
from factlint.units import convert


def _numeric(claim: Claim, fact: Fact, references: References, policy: Policy) -> Outcome:
    """The fact, in the claim's unit, against the claim's interval. A fact written less
    precisely than the claim (12.3 against "$12.34 billion") holds when its own
    rounding interval meets the claim's; a fact in another currency holds when the
    claim meets it within the exchange rate's uncertainty."""
    claimed_unit = claim.unit
    stated_unit = references.unit_of(fact)
    original = float(fact.value)
    value = original
    band = 0.0
    conversion = None
    scaled = False
    if claimed_unit.family == "currency" and claimed_unit.base != stated_unit.base:
        exchanged = exchange(value, stated_unit, claimed_unit, fact, references, policy)
        value, band = exchanged.value, exchanged.band
        conversion = Conversion(value=value, band=band, rate=exchanged.how)
    elif stated_unit != claimed_unit:  # another scale, physical unit or per-unit
        value = convert(value, stated_unit, claimed_unit)
        scaled = True
    factor = abs(value / original) if original else 1.0
    slack = fact.slack * factor
    if 2 * slack <= (claim.precision or 0.0):
        slack = 0.0  # the fact is at least as precise as the claim: its value is the value
    slack += abs(value) * band
    counted = counted_bounds(claim, fact.value, value)
    low, high = counted or claim_bounds(claim)
    meeting = meet(low, high, claim.comparator, value - slack, value + slack)
    kind = references.metrics[fact.metric].kind
    return Outcome(
        fact=fact.ref, kind=kind, holds=meeting.holds, distance=meeting.distance, value=value,
        scaled=scaled, conversion=conversion, counted=counted is not None,
    )  # fmt: skip


def day(bound: object) -> dt.date:
    """An end of a date claim's interval, which assembly made a day."""
    if isinstance(bound, dt.date):
        return bound
    raise ValueError(f"not a day (got {bound!r})")


def _date(claim: Claim, fact: Fact) -> Outcome:
    """A date holds when it lies within what the claim's wording allows ("March 2019"
    holds 2019-03-14); a fact known less precisely than the claim holds when it covers
    the claim's dates. Otherwise the distance is in days."""
    span = fact.value_span
    start, end = span.start, span.end or span.start
    if claim.comparator == ">=":
        # "since October 2022" says when it began, at the precision written.
        written = claim.period
        low = written.start if written else day(claim.lower)
        high = written.end if written else None
    else:
        low, high = day(claim.lower), day(claim.upper) if claim.upper is not None else None
    within = low <= start and (high is None or end <= high)
    covers = start <= low and high is not None and high <= end
    if within or covers:
        return Outcome(fact=fact.ref, kind="date", holds=True)
    if high is not None and start > high:
        distance = (start - high).days
    elif end < low:
        distance = (low - end).days
    else:
        distance = 1  # overlapping but neither within nor covering: not the same dates
    return Outcome(fact=fact.ref, kind="date", holds=False, distance=float(distance))


def _rank(claim: Claim, fact: Fact, references: References) -> Outcome:
    value = int(fact.value)
    lower, upper = claim.bounds
    low, high = int(lower or 1), int(upper or value)
    distance = float(max(low - value, value - high, 0))
    kind = references.metrics[fact.metric].kind
    return Outcome(fact=fact.ref, kind=kind, holds=distance == 0.0, distance=distance)


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed.casefold() if c.isalnum())


def _text(claim: Claim, fact: Fact, references: References) -> Outcome:
    names = {_folded(fact.value)}
    for entity in references.entities.values():
        folded = {_folded(n) for n in entity.names}
        if _folded(fact.value) in folded or entity.id == fact.value:
            names |= folded
    holds = _folded(str(claim.value)) in names
    return Outcome(fact=fact.ref, kind="text", holds=holds, distance=0.0 if holds else 1.0)


def outcome(
    claim: Claim, fact: Fact, references: References, policy: Policy | None = None
) -> Outcome:
    """``fact`` against ``claim``; raises FxError when no exchange rate covers it."""
    kind = references.metrics[fact.metric].kind
    if kind in ("amount", "percent"):
        return _numeric(claim, fact, references, policy or Policy())
    if kind == "date":
        return _date(claim, fact)
    if kind in ("rank", "ordinal"):
        return _rank(claim, fact, references)
    return _text(claim, fact, references)
