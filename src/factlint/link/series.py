"""The series a claimed record is held against: facts of the same metric and parties,
over earlier periods of the same length (years against years, Januaries-to-Julys
against Januaries-to-Julys), after the period the wording measures from ("the highest
since 2011" looks at what came after 2011)."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.link.vintages import current_estimates
from factlint.periods import same_length
from factlint.references.models import Fact, References


def _parties(fact: Fact, symmetric: bool) -> object:
    pair = (fact.subject, fact.object)
    return frozenset(pair) if symmetric else pair


def earlier_in_series(claim: Claim, fact: Fact, references: References) -> list[Fact]:
    """Facts of ``fact``'s series before its period (and after the claim's baseline),
    from every source; the comparison prefers the held fact's own source."""
    metric = references.metrics[fact.metric]
    parties = _parties(fact, metric.symmetric)
    since = claim.baseline
    earlier = [
        other
        for other in references.facts_about(fact.metric, [fact.subject, fact.object])
        if _parties(other, metric.symmetric) == parties
        and same_length(other.span, fact.span)
        and other.span.ends_by(fact.span.start)
        and other.span.end != fact.span.end
        and (since is None or since.end is None or other.span.start > since.end)
    ]
    return current_estimates(earlier, claim.published, references)
