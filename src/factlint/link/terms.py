"""Screening by the terms a figure is measured in (``factlint.basis``): a claim "in real
terms" is compared only with facts in real terms, a "year on year" change only with
growth facts measured year on year. A fact whose basis is left empty is of any terms,
as before the column existed; of facts that fit, those that state the claim's terms
are preferred to those that say nothing."""

from __future__ import annotations

from factlint.basis import mismatch, said
from factlint.claims.model import Claim
from factlint.link.changes import holds_changes
from factlint.references.models import Fact, Metric


def basis_fits(claim: Claim, fact: Fact, metric: Metric) -> str:
    """Why ``fact`` is not of the claim's terms ("basis: ..."), or "" when it is."""
    if not claim.terms or not fact.basis:
        return ""
    words = mismatch(claim.terms, fact.basis, level=not holds_changes(metric))
    return f"basis: {words}" if words else ""


def prefer_stated(claim: Claim, facts: list[Fact]) -> tuple[list[Fact], dict[str, str]]:
    """Facts that state a basis before those that do not, for a claim that states terms."""
    stated = [f for f in facts if f.basis]
    if not claim.terms or not stated or len(stated) == len(facts):
        return facts, {}
    why = f"basis: a fact stating its basis fits the claim's ({said(claim.terms)}) better"
    return stated, {f.id: why for f in facts if not f.basis}
