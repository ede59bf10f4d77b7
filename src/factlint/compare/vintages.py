"""A claim against the other estimates of a revised figure (``factlint.link.vintages``):
one that misses the estimate current at its document's date but holds an estimate that
date had already replaced quotes a superseded figure, a minor flag of its own reason; one
whose document came out before any estimate on file may be confirmed by the first, but
a miss there is no evidence against it."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.compare.outcomes import outcome
from factlint.compare.record import Comparison
from factlint.config import Policy
from factlint.link.record import LinkRecord
from factlint.references.dataset import References

_MISSES = frozenset({"value", "rank", "date", "text"})


def against_estimates(
    claim: Claim,
    record: LinkRecord,
    comparison: Comparison,
    references: References,
    policy: Policy,
) -> Comparison:
    """The comparison, settled against the figure's other estimates where it flags."""
    vintages = record.vintages
    if vintages is None or comparison.verdict != "flag" or comparison.reason not in _MISSES:
        return comparison
    if vintages.early:
        return comparison.model_copy(
            update={"verdict": "unverified", "reason": None, "severity": None}
        )
    for earlier in reversed(vintages.superseded):  # the latest replaced estimate first
        held = outcome(claim, references.fact(earlier.id), references, policy)
        if held.holds:
            return comparison.model_copy(
                update={"reason": "superseded", "severity": "minor", "superseded": held}
            )
    return comparison
