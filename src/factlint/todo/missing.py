"""What an unverified claim lacks in the references, in one function.

Until verdicts carry their own record of the facts screened and why each failed, the
answer is worked out here from the claim and the references, looking at the facts of the
claim's metric the way linking does: metric, then entities, then period, then unit.
When the record lands, ``missing_for`` reads it instead and nothing else changes.
"""

from __future__ import annotations

from enum import StrEnum

from factlint.periods import parse_claim_period, parse_period
from factlint.references import Fact, References
from factlint.todo.claims import OpenClaim
from factlint.units import UnitError, parse_unit


class Missing(StrEnum):
    """What to add, in the analyst's words."""

    METRIC = "no metric for this number"
    FACTS = "no fact of this metric"
    ENTITY = "no entity named"
    ENTITY_FACT = "no fact for these entities"
    PERIOD = "no fact for this period"
    UNIT = "no fact in a comparable unit"
    RATE = "no exchange rate for this currency and period"
    OTHER = "a fact is on file; see the explanation"


def _same_period(fact: Fact, period: str) -> bool:
    if fact.period == period:
        return True
    try:
        return fact.span.same_span(parse_claim_period(period))
    except ValueError:
        return False


def _unit_family(unit: str) -> tuple[str, str]:
    try:
        parsed = parse_unit(unit)
    except UnitError:
        return "?", unit
    return parsed.dimension, parsed.base if parsed.family == "currency" else ""


def missing_for(claim: OpenClaim, references: References) -> Missing:
    """What the references lack for ``claim`` to be checked."""
    if not claim.metric or claim.metric not in references.metrics:
        return Missing.METRIC
    facts = references.facts_of(claim.metric)
    if not facts:
        return Missing.FACTS
    if not claim.entities:
        return Missing.ENTITY
    named = set(claim.entities)
    about = [f for f in facts if f.subject in named and (not f.object or f.object in named)]
    if not about:
        return Missing.ENTITY_FACT
    if claim.period:
        about = [f for f in about if _same_period(f, claim.period)]
        if not about:
            return Missing.PERIOD
    if claim.unit and claim.kind not in ("date", "rank", "ordinal", "text"):
        dimension, currency = _unit_family(claim.unit)
        fitting = [f for f in about if not f.unit or _unit_family(f.unit)[0] == dimension]
        if not fitting:
            return Missing.UNIT
        converted = all(_unit_family(f.unit)[1] not in ("", currency) for f in fitting)
        if currency and converted and not _has_rate(references, currency, fitting):
            return Missing.RATE
    return Missing.OTHER


def _has_rate(references: References, currency: str, facts: list[Fact]) -> bool:
    """A rate joins the claim's currency with a fact's, over a period that covers the
    fact's: directly, or both through USD as the comparison converts."""
    for fact in facts:
        other = _unit_family(fact.unit)[1]
        span = parse_period(fact.period)
        pairs = {
            frozenset((rate.base, rate.quote))
            for rate in references.fx
            if parse_period(rate.period).contains(span)
        }

        def joined(a: str, b: str, pairs: set[frozenset[str]] = pairs) -> bool:
            return a == b or frozenset((a, b)) in pairs

        if joined(currency, other) or (joined(currency, "USD") and joined(other, "USD")):
            return True
    return False
