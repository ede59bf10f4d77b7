"""Comparing a claim with its linked facts: the claim's interval against each fact's
value, in the claim's unit, then one verdict across the facts. Changes without a growth
fact are derived from levels (``compare.growth``); records are held against the fact series
(``compare.records``); money in another currency goes through fx.csv with the rate's uncertainty."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from factlint.claims.model import DATED_KINDS, Claim
from factlint.compare.fx import FxError, exchange
from factlint.compare.growth import (
    Derived,
    as_percent_change,
    between_years,
    derive,
    follows_baseline,
    is_change,
    level_metric_for_change,
)
from factlint.compare.records import check_record
from factlint.compare.tolerance import claim_bounds, fact_slack, meet, severity
from factlint.config import Policy
from factlint.link.choose import link_claim
from factlint.link.sources import compared_facts
from factlint.references.models import Fact, References
from factlint.units import convert
from factlint.verdicts.model import FactRef, Reason, Severity, Verdict
from factlint.verdicts.words import claimed, describe_interval, evidence, number, rounded

__all__ = ["Outcome", "describe_interval", "judge", "number", "outcome"]

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


def _numeric_outcome(claim: Claim, fact: Fact, references: References, policy: Policy) -> Outcome:
    """The fact, in the claim's unit, against the claim's interval. A fact written less
    precisely than the claim (12.3 against "$12.34 billion") holds when its own
    rounding interval meets the claim's; a fact in another currency holds when the
    claim meets it within the exchange rate's uncertainty."""
    claimed_unit = claim.unit
    stated_unit = references.unit_of(fact)
    original = float(fact.value)
    value = original
    band = 0.0
    shown = f"{number(value)} {fact.unit}".strip()
    if claimed_unit.family == "currency" and claimed_unit.base != stated_unit.base:
        conversion = exchange(value, stated_unit, claimed_unit, fact, references, policy)
        value, band = conversion.value, conversion.band
        low_end, high_end = value * (1 - band), value * (1 + band)
        shown += (
            f" = {rounded(value)} {claim.unit} {conversion.how}, ± {number(band * 100)}% "
            f"for the rate: {rounded(min(low_end, high_end))}–{rounded(max(low_end, high_end))}"
        )
    elif (stated_unit.scale, stated_unit.base) != (claimed_unit.scale, claimed_unit.base):
        value = convert(value, stated_unit, claimed_unit)
        shown += f" = {number(value)} {claim.unit}"
    factor = abs(value / original) if original else 1.0
    slack = fact_slack(fact) * factor
    if 2 * slack <= (claim.precision or 0.0):
        slack = 0.0  # the fact is at least as precise as the claim: its value is the value
    slack += abs(value) * band
    low, high = claim_bounds(claim)
    meeting = meet(low, high, claim.comparator, value - slack, value + slack)
    return Outcome(fact, meeting.holds, meeting.distance, shown)


def _date_outcome(claim: Claim, fact: Fact) -> Outcome:
    """A date holds when it lies within what the claim's wording allows ("March 2019"
    holds 2019-03-14); a fact known less precisely than the claim holds when it covers
    the claim's dates. Otherwise the distance is in days."""
    span = fact.value_span
    start, end = span.start, span.end or span.start
    if claim.comparator == ">=":
        # "since October 2022" says when it began, at the precision written.
        written = claim.period
        low = written.start if written else _day(claim.lower)
        high = written.end if written else None
    else:
        low, high = _day(claim.lower), _day(claim.upper) if claim.upper is not None else None
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


def _day(bound: object) -> dt.date:
    if isinstance(bound, dt.date):
        return bound
    raise ValueError(f"not a day (got {bound!r})")


def _rank_outcome(claim: Claim, fact: Fact) -> Outcome:
    value = int(fact.value)
    lower, upper = claim.bounds
    low, high = int(lower or 1), int(upper or value)
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


def outcome(
    claim: Claim, fact: Fact, references: References, policy: Policy | None = None
) -> Outcome:
    kind = references.metrics[fact.metric].kind
    if kind in ("amount", "percent"):
        return _numeric_outcome(claim, fact, references, policy or Policy())
    if kind == "date":
        return _date_outcome(claim, fact)
    if kind in ("rank", "ordinal"):
        return _rank_outcome(claim, fact)
    return _text_outcome(claim, fact, references)


def _claimed(claim: Claim) -> str:
    """What the wording allows; a multiple shows the percent change it stands for."""
    if claim.kind == "multiple" and isinstance(claim.value, float):
        low, high = claim_bounds(claim)
        allows = (
            f"more than {number(low)}%"
            if high is None and low is not None
            else f"{number(low)}% to {number(high)}%"
            if low is not None and high is not None
            else f"up to {number(high or 0.0)}%"
        )
        return f"claimed {claim.text!r} = {claim.value:+.10g}% ({allows})"
    return claimed(claim)


def _severity(claim: Claim, best: Outcome) -> Severity:
    if claim.kind in DATED_KINDS and claim.lower and claim.upper:
        days = (_day(claim.upper) - _day(claim.lower)).days + 1
        return "minor" if best.distance < days else "major"
    return severity(claim, best.distance)


def _unverified(claim: Claim, why: list[str]) -> Verdict:
    who = ", ".join(claim.entities) or "no entities"
    roles = f" ({claim.subject or '?'} in {claim.object}'s ranking)" if claim.object else ""
    period = claim.period or "no period"
    unit = f", unit {claim.unit}" if claim.unit else ""
    looked = "; ".join(why)
    explanation = (
        f"{_claimed(claim)}; no fact for metric {claim.metric} with {who}{roles}, "
        f"period {period}{unit}{'; ' + looked if looked else ''} → unverified"
    )
    return Verdict(claim=claim, verdict="unverified", explanation=explanation)


def _candidates(claim: Claim) -> list[Claim]:
    """The claim with its metric, then with each metric whose keyword stood as near."""
    return [
        claim,
        *(claim.model_copy(update={"metric": m, "alternatives": []}) for m in claim.alternatives),
    ]


def judge(
    claim: Claim,
    references: References,
    pinned: Fact | None = None,
    policy: Policy | None = None,
) -> Verdict:
    """The verdict on one claim; with ``pinned`` (an analyst's review), against that fact
    alone, whatever linking would have chosen.

    A change ("rose 26%", "doubled") is compared with a growth fact where one exists
    for its baseline, else derived from the levels of its two periods."""
    policy = policy or Policy()
    compared = between_years(as_percent_change(claim, policy))
    if pinned is not None:
        candidate = compared.model_copy(update={"metric": pinned.metric, "alternatives": []})
        return _verdict(candidate, [pinned], references, policy)
    why: list[str] = []
    for candidate in _candidates(compared):
        metric = references.metrics.get(candidate.metric)
        if metric is None:
            continue
        if level_metric_for_change(candidate, metric):
            derived = derive(candidate, metric, references)
            if isinstance(derived, Derived):
                return _derived_verdict(candidate, derived)
            why.append(derived)
            if metric.kind != "percent":
                continue  # a percent metric may hold changes its words do not show
        linked = link_claim(candidate, references)
        if is_change(candidate):
            linked = [f for f in linked if follows_baseline(candidate, f)]
        if linked:
            verdict = _verdict(candidate, linked, references, policy)
            if verdict.verdict == "flag" and candidate.metric != compared.metric:
                # A farther keyword's metric, tried because the nearest had no fact: it
                # may confirm the number, but a number it contradicts may well measure
                # something else ("a $50bn buyback" beside "profit").
                return _not_contradicted(compared, verdict)
            return verdict
    return _unverified(compared, why)


def _not_contradicted(claim: Claim, verdict: Verdict) -> Verdict:
    why = (
        f"{_claimed(claim)}; no fact for metric {claim.metric}; the fact of {verdict.claim.metric}, "
        f"named farther off, disagrees ({verdict.explanation.rsplit('; ', 1)[-1]}) and may be "
        "about something else → unverified"
    )
    return Verdict(claim=claim, verdict="unverified", explanation=why, facts=verdict.facts)


def _derived_verdict(claim: Claim, derived: Derived) -> Verdict:
    """A change against the change its two levels allow."""
    low, high = claim_bounds(claim)
    meeting = meet(low, high, claim.comparator, derived.low, derived.high)
    refs = [FactRef.of(derived.end), FactRef.of(derived.start)]
    evidence_words = f"derived from levels {derived.shown}"
    if meeting.holds:
        return Verdict(
            claim=claim,
            verdict="pass",
            explanation=f"{_claimed(claim)}; {evidence_words} → pass",
            fact=refs[0],
            facts=refs,
        )
    grade = severity(claim, meeting.distance)
    return Verdict(
        claim=claim,
        verdict="flag",
        reason="value",
        severity=grade,
        explanation=(
            f"{_claimed(claim)}; {evidence_words} → flag (value, {grade}, "
            f"{rounded(meeting.distance)} percentage points outside)"
        ),
        fact=refs[0],
        facts=refs,
    )


def _verdict(claim: Claim, linked: list[Fact], references: References, policy: Policy) -> Verdict:
    facts = compared_facts(claim, linked, references)
    try:
        outcomes = [outcome(claim, fact, references, policy) for fact in facts]
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
        said = "; ".join(evidence(o.fact, o.shown) for o in outcomes)
        verdict = Verdict(
            claim=claim,
            verdict="pass",
            explanation=f"{_claimed(claim)}; {said} → pass",
            fact=refs[0],
            facts=refs,
        )
        return _with_record(verdict, held[0].fact, references)
    if held:
        listing = "; ".join(
            f"{evidence(o.fact, o.shown)} ({'holds' if o.holds else 'contradicts'})"
            for o in outcomes
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
    grade = _severity(claim, best)
    reason = _REASON_OF_KIND[references.metrics[claim.metric].kind]
    off = (
        f", {rounded(best.distance)} {'days' if reason == 'date' else claim.unit or 'units'} outside"
        if reason in ("value", "date")
        else ""
    )
    return Verdict(
        claim=claim,
        verdict="flag",
        reason=reason,
        severity=grade,
        explanation=(
            f"{_claimed(claim)}; {evidence(best.fact, best.shown)} → flag ({reason}, {grade}{off})"
        ),
        fact=FactRef.of(best.fact),
        facts=refs,
    )


def _with_record(verdict: Verdict, fact: Fact, references: References) -> Verdict:
    """A value that holds, and a claimed record: is it one in the fact series?"""
    claim = verdict.claim
    if not claim.record or is_change(claim):
        return verdict
    record = check_record(claim, fact, references)
    head = verdict.explanation.rsplit(" → ", 1)[0]
    if record.holds:
        return verdict.model_copy(update={"explanation": f"{head}; {record.words} → pass"})
    if record.holds is None:
        return verdict.model_copy(
            update={"verdict": "unverified", "explanation": f"{head}; {record.words} → unverified"}
        )
    beaten = record.beaten_by
    facts = [*verdict.facts, *([FactRef.of(beaten)] if beaten else [])]
    return verdict.model_copy(
        update={
            "verdict": "flag",
            "reason": "value",
            "severity": "major",
            "explanation": (
                f"{head}; {record.words} → flag (value, major, not a record: "
                f"{rounded(record.distance)} {claim.unit or 'units'} beyond it)"
            ),
            "facts": facts,
        }
    )
