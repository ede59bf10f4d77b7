"""Facts of one figure on several bases (real and nominal, annualised and quarter on
quarter) are not sources that disagree: a claim that states no terms holds when it
holds one of them, and the explanation says which."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.compare.record import Comparison


def on_some_basis(claim: Claim, comparison: Comparison) -> Comparison:
    """An ``ambiguous`` flag turned into a pass when the facts that hold and those that do
    not differ in their basis and the claim states none."""
    if comparison.reason != "ambiguous" or claim.terms:
        return comparison
    kept = [o for o in comparison.outcomes if o.fact.id in comparison.kept]
    held = {o.fact.basis for o in kept if o.holds}
    missed = {o.fact.basis for o in kept if not o.holds}
    if "" in held or "" in missed or held & missed:
        return comparison
    ids = [o.fact.id for o in kept if o.holds]
    return comparison.model_copy(
        update={"verdict": "pass", "reason": None, "severity": None, "kept": ids}
    )
