"""Comparing a claim with the facts its linking record names: each fact's outcome
against the claim's interval, then one verdict across them, with its reason and
severity; a change without a growth fact against the change its two levels allow; a
claimed record against the series."""

from __future__ import annotations

from factlint.claims.model import DATED_KINDS, Claim
from factlint.compare.bases import on_some_basis
from factlint.compare.comparisons import compare_pair
from factlint.compare.fx import FxError
from factlint.compare.growth import derive
from factlint.compare.outcomes import day, outcome
from factlint.compare.record import Comparison, Outcome, Reason, Severity
from factlint.compare.records import check_record
from factlint.compare.tolerance import claim_bounds, meet, severity
from factlint.compare.vintages import against_estimates
from factlint.config import Policy
from factlint.link.levels import Levels, either_baseline
from factlint.link.record import LinkRecord
from factlint.references.dataset import References
from factlint.references.models import Fact

__all__ = ["compare"]

_REASON_OF_KIND: dict[str, Reason] = {
    "amount": "value",
    "percent": "value",
    "rank": "rank",
    "ordinal": "rank",
    "date": "date",
    "text": "text",
}


def compare(
    claim: Claim, record: LinkRecord, references: References, policy: Policy | None = None
) -> Comparison:
    """The arithmetic behind the verdict on ``claim`` (as linking compared it)."""
    if claim.relation is not None:  # "faster than Italy": both entities' figures
        return compare_pair(claim, record, references, policy or Policy())
    if record.route == "none":
        return Comparison(verdict="unverified")
    if record.route == "levels":
        return _derived(claim, record, references)
    comparison = _against_facts(claim, record, references, policy or Policy())
    comparison = against_estimates(claim, record, comparison, references, policy or Policy())
    comparison = on_some_basis(claim, comparison)
    if record.farther and comparison.verdict == "flag":
        # A farther keyword's metric, tried because the nearest had no fact: it may
        # confirm the number, but a number it contradicts may well measure something
        # else ("a $50bn buyback" beside "profit").
        return comparison.model_copy(update={"verdict": "unverified", "farther": True})
    return comparison


def _derived(claim: Claim, record: LinkRecord, references: References) -> Comparison:
    """A change against the change its two levels allow."""
    roles = {c.role: references.fact(c.fact.id) for c in record.compared()}
    starts = [roles[r] for r in ("start level", "other start level") if r in roles]
    low, high = claim_bounds(claim)
    tried = []
    for start in starts:
        levels = Levels(roles["end level"], start, [])
        derivation = derive(claim, levels, references)
        meeting = meet(low, high, claim.comparator, derivation.low, derivation.high)
        if meeting.holds:
            passed = Comparison(verdict="pass", derivation=derivation)
            return _with_record(claim, passed, levels.end, record, references, levels.start)
        tried.append((derivation, meeting))
    derivation, meeting = tried[0]
    if either_baseline(claim) and len(starts) == 1:
        # "rose by 66,000 in August": from July's level it does not hold, and the level
        # a year before, which it may be measured from, is not on file.
        return Comparison(
            verdict="unverified", derivation=derivation,
            error="the change names no period it is measured from, and only one of the "
            "period before and a year before has a level on file",
        )  # fmt: skip
    return Comparison(
        verdict="flag", reason="value", severity=severity(claim, meeting.distance),
        derivation=derivation, distance=meeting.distance,
    )  # fmt: skip


def _against_facts(
    claim: Claim, record: LinkRecord, references: References, policy: Policy
) -> Comparison:
    facts = [references.fact(c.fact.id) for c in record.compared()]
    try:
        outcomes = [outcome(claim, fact, references, policy) for fact in facts]
    except FxError as ex:
        return Comparison(verdict="unverified", error=str(ex))
    kind = references.metrics[record.metric].kind
    kept = outcomes
    if kind == "date":
        nearest = min(o.distance for o in outcomes)
        kept = [o for o in outcomes if o.distance == nearest]
    ids = [o.fact.id for o in kept]
    held = [o for o in kept if o.holds]
    if len(held) == len(kept):
        passed = Comparison(verdict="pass", outcomes=outcomes, kept=ids)
        return _with_record(claim, passed, references.fact(held[0].fact.id), record, references)
    if held:
        return Comparison(
            verdict="flag", reason="ambiguous", severity="major", outcomes=outcomes, kept=ids
        )
    best = min(kept, key=lambda o: o.distance)
    return Comparison(
        verdict="flag", reason=_REASON_OF_KIND[kind], severity=_severity(claim, best),
        outcomes=outcomes, kept=ids, best=best.fact.id,
    )  # fmt: skip


def _severity(claim: Claim, best: Outcome) -> Severity:
    if claim.kind in DATED_KINDS and claim.lower and claim.upper:
        days = (day(claim.upper) - day(claim.lower)).days + 1
        return "minor" if best.distance < days else "major"
    return severity(claim, best.distance)


def _with_record(
    claim: Claim,
    passed: Comparison,
    fact: Fact,
    record: LinkRecord,
    references: References,
    start: Fact | None = None,
) -> Comparison:
    """A value that holds, and a claimed record or first: is it one in the series, over
    the periods its wording reaches (``compare.records``)?"""
    if not (claim.record or claim.reach):
        return passed
    series = [references.fact(f.id) for f in record.series]
    derived = passed.derivation.value if passed.derivation is not None else None
    check = check_record(claim, fact, series, references, start, derived)
    if check.holds:
        return passed.model_copy(update={"record": check})
    if check.holds is None:
        return passed.model_copy(update={"verdict": "unverified", "record": check})
    severity = "major" if check.beaten_by is not None else "minor"  # an anchor too low: minor
    return passed.model_copy(
        update={"verdict": "flag", "reason": "value", "severity": severity, "record": check}
    )
