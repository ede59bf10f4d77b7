"""Comparing a claim with its linked facts: the claim's interval against each fact's
value, in the claim's unit, then one verdict across the facts."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from factlint.claims import Claim
from factlint.fx import FxError, convert_money
from factlint.link import link_claim
from factlint.periods import parse_period
from factlint.references.models import Fact, References
from factlint.sources import compared_facts
from factlint.units import convert, parse_unit
from factlint.verdicts import FactRef, Reason, Severity, Verdict

_EPSILON = 1e-9
_REASON_OF_KIND: dict[str, Reason] = {
    "amount": "value",
    "percent": "value",
    "rank": "rank",
    "ordinal": "rank",
    "date": "date",
    "text": "text",
}


@dataclass(frozen=True)
class Outcome:
    """One fact held against the claim's interval."""

    fact: Fact
    holds: bool
    distance: float  # how far outside the interval, in the claim's unit (days for dates)
    shown: str  # the fact's value as compared, with any conversion


def number(value: float) -> str:
    """A number without float noise: 0.3, not 0.30000000000000004."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"


def describe_interval(claim: Claim) -> str:
    low, high = claim.lower, claim.upper
    if claim.kind in ("rank", "ordinal"):
        return f"rank {low} to {high}" if claim.comparator == "<=" else ""
    if claim.kind in ("date", "period"):
        if high is None:
            return f"{low} onwards"
        return "" if low == high else f"{low} to {high}"
    if claim.kind == "text":
        return "by name or alias"
    if not isinstance(low, float | int | None) or not isinstance(high, float | int | None):
        return ""
    if high is None:
        word = "more than" if claim.comparator == ">" else "at least"
        return f"{word} {number(float(low or 0))}"
    if low is None:
        word = "less than" if claim.comparator == "<" else "up to"
        return f"{word} {number(float(high))}"
    label = {"~": "about", "<": "nearly", "=": "rounded"}.get(claim.comparator, "interval")
    precision = claim.precision or 0.0
    if claim.comparator == "=" and float(high) - float(low) > precision * 1.5:
        label = "range"
    return f"{label}: {number(float(low))}–{number(float(high))}"


def _fact_slack(fact: Fact) -> float:
    """Half the last written digit of a fact: 12.3 stands for anything in 12.25–12.35."""
    digits = fact.value.strip().lstrip("+-")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return 0.5 * 10.0**-decimals


def _numeric_outcome(claim: Claim, fact: Fact, references: References) -> Outcome:
    """The fact, in the claim's unit, against the claim's interval. A fact written less
    precisely than the claim (12.3 against "$12.34 billion") holds when its own
    rounding interval meets the claim's."""
    claimed_unit = parse_unit(claim.unit)
    stated_unit = parse_unit(fact.unit or references.metrics[fact.metric].unit)
    original = float(fact.value)
    value = original
    shown = f"{number(value)} {fact.unit}".strip()
    if claimed_unit.family == "currency" and claimed_unit.base != stated_unit.base:
        value, how = convert_money(value, stated_unit, claimed_unit, fact, references)
        shown += f" = {number(value)} {claim.unit} {how}"
    elif (stated_unit.scale, stated_unit.base) != (claimed_unit.scale, claimed_unit.base):
        value = convert(value, stated_unit, claimed_unit)
        shown += f" = {number(value)} {claim.unit}"
    factor = abs(value / original) if original else 1.0
    slack = _fact_slack(fact) * factor
    if 2 * slack <= (claim.precision or 0.0):
        slack = 0.0  # the fact is at least as precise as the claim: its value is the value
    low = None if claim.lower is None else float(claim.lower)
    high = None if claim.upper is None else float(claim.upper)
    tolerance = _EPSILON * max(1.0, abs(value))
    below = low is not None and (
        value + slack < low - tolerance or (claim.comparator == ">" and value + slack <= low)
    )
    # A rounding interval is half-open: 3.5 rounds to 4, so "3%" does not hold 3.5.
    above = high is not None and (
        value - slack > high + tolerance
        or (claim.comparator in ("<", "=") and value - slack >= high - tolerance)
    )
    distance = (low - value - slack if below and low is not None else 0.0) + (
        value - slack - high if above and high is not None else 0.0
    )
    return Outcome(fact, not (below or above), max(distance, 0.0), shown)


def _date_outcome(claim: Claim, fact: Fact) -> Outcome:
    """A date holds when it lies within what the claim's wording allows ("March 2019"
    holds 2019-03-14); a fact known less precisely than the claim holds when it covers
    the claim's dates. Otherwise the distance is in days."""
    span = parse_period(fact.value)
    start, end = span.start, span.end or span.start
    if claim.comparator == ">=":
        # "since October 2022" says when it began, at the precision written.
        written = parse_period(str(claim.value))
        low, high = written.start, written.end
    else:
        low = dt.date.fromisoformat(str(claim.lower))
        high = dt.date.fromisoformat(str(claim.upper)) if claim.upper is not None else None
    within = low <= start and (high is None or end <= high)
    covers = start <= low and high is not None and high <= end
    if within or covers:
        return Outcome(fact, True, 0.0, fact.value)
    if high is not None and start > high:
        distance = (start - high).days
    elif end < low:
        distance = (low - end).days
    else:
        distance = 1  # overlapping but neither within nor covering: not the same dates
    return Outcome(fact, False, float(distance), fact.value)


def _rank_outcome(claim: Claim, fact: Fact) -> Outcome:
    value = int(fact.value)
    low, high = int(claim.lower or 1), int(claim.upper or value)
    distance = float(max(low - value, value - high, 0))
    kind = "ordinal" if claim.kind == "ordinal" else "rank"
    return Outcome(fact, distance == 0.0, distance, f"{kind} {value}")


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed.casefold() if c.isalnum())


def _text_outcome(claim: Claim, fact: Fact, references: References) -> Outcome:
    names = {_folded(fact.value)}
    for entity in references.entities.values():
        folded = {_folded(n) for n in entity.names}
        if _folded(fact.value) in folded or entity.id == fact.value:
            names |= folded
    holds = _folded(str(claim.value)) in names
    return Outcome(fact, holds, 0.0 if holds else 1.0, fact.value)


def outcome(claim: Claim, fact: Fact, references: References) -> Outcome:
    kind = references.metrics[fact.metric].kind
    if kind in ("amount", "percent"):
        return _numeric_outcome(claim, fact, references)
    if kind == "date":
        return _date_outcome(claim, fact)
    if kind in ("rank", "ordinal"):
        return _rank_outcome(claim, fact)
    return _text_outcome(claim, fact, references)


def _evidence(outcome: Outcome) -> str:
    fact = outcome.fact
    return f"fact {outcome.shown}, {fact.source}, retrieved {fact.retrieved.isoformat()}"


def _claimed(claim: Claim) -> str:
    what = (
        f"{number(claim.value)} {claim.unit}".strip()
        if isinstance(claim.value, float)
        else str(claim.value)
    )
    if describe_interval(claim).startswith("range"):
        what = claim.text
    if claim.kind in ("rank", "ordinal"):
        what = f"{claim.kind} {claim.value}"
    interval = describe_interval(claim)
    return f"claimed {what}" + (f" ({interval})" if interval else "")


def _severity(claim: Claim, best: Outcome) -> Severity:
    precision = claim.precision or 1.0
    if claim.kind in ("date", "period") and claim.lower and claim.upper:
        precision = (
            dt.date.fromisoformat(str(claim.upper)) - dt.date.fromisoformat(str(claim.lower))
        ).days + 1
    return "minor" if best.distance < precision else "major"


def _unverified(claim: Claim) -> Verdict:
    who = ", ".join(claim.entities) or "no entities"
    roles = f" ({claim.subject or '?'} in {claim.object}'s ranking)" if claim.object else ""
    period = claim.period or "no period"
    unit = f", unit {claim.unit}" if claim.unit else ""
    explanation = (
        f"{_claimed(claim)}; no fact for metric {claim.metric} with {who}{roles}, "
        f"period {period}{unit} → unverified"
    )
    return Verdict(claim=claim, verdict="unverified", explanation=explanation)


def _linked(claim: Claim, references: References) -> tuple[Claim, list[Fact]]:
    """The claim's facts; when its metric has none, those of a metric whose keyword stood
    just as near the number (the claim then carries that metric)."""
    linked = link_claim(claim, references)
    for alternative in claim.alternatives if not linked else ():
        other = claim.model_copy(update={"metric": alternative, "alternatives": []})
        found = link_claim(other, references)
        if found:
            return other, found
    return claim, linked


def judge(claim: Claim, references: References) -> Verdict:
    """The verdict on one claim."""
    claim, linked = _linked(claim, references)
    if not linked:
        return _unverified(claim)
    facts = compared_facts(claim, linked, references)
    try:
        outcomes = [outcome(claim, fact, references) for fact in facts]
    except FxError as ex:
        return Verdict(
            claim=claim, verdict="unverified", explanation=f"{_claimed(claim)}; {ex} → unverified"
        )
    if references.metrics[claim.metric].kind == "date":
        nearest = min(o.distance for o in outcomes)
        outcomes = [o for o in outcomes if o.distance == nearest]
    refs = [FactRef.of(o.fact) for o in outcomes]
    held = [o for o in outcomes if o.holds]
    if len(held) == len(outcomes):
        evidence = "; ".join(_evidence(o) for o in outcomes)
        return Verdict(
            claim=claim,
            verdict="pass",
            explanation=f"{_claimed(claim)}; {evidence} → pass",
            fact=refs[0],
            facts=refs,
        )
    if held:
        listing = "; ".join(
            f"{_evidence(o)} ({'holds' if o.holds else 'contradicts'})" for o in outcomes
        )
        return Verdict(
            claim=claim,
            verdict="flag",
            reason="ambiguous",
            severity="major",
            explanation=f"{_claimed(claim)}; sources disagree: {listing} → flag (ambiguous)",
            fact=refs[0],
            facts=refs,
        )
    best = min(outcomes, key=lambda o: o.distance)
    severity = _severity(claim, best)
    reason = _REASON_OF_KIND[references.metrics[claim.metric].kind]
    off = (
        f", {number(best.distance)} {'days' if reason == 'date' else claim.unit or 'units'} outside"
        if reason in ("value", "date")
        else ""
    )
    return Verdict(
        claim=claim,
        verdict="flag",
        reason=reason,
        severity=severity,
        explanation=f"{_claimed(claim)}; {_evidence(best)} → flag ({reason}, {severity}{off})",
        fact=FactRef.of(best.fact),
        facts=refs,
    )
