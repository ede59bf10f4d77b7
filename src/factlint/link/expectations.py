"""Screening by what a figure is: an outcome, or an expectation of one (a consensus, a
forecast, a projection, guidance, a target). An expectation in the text ("beat
estimates of $1.10") is compared only with expectations on file, never with the
outcome, and an outcome never with an expectation. A target is no forecast: it is
compared with targets alone. Of expectations that fit, those of the kind the wording
names (a consensus for "analysts had expected") come first."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.references.models import Fact


def _who(fact: Fact) -> str:
    return f" ({fact.forecaster})" if fact.forecaster else ""


def expectation_fits(claim: Claim, fact: Fact) -> str:
    """Why ``fact`` is not the kind of figure the claim is ("expectation: ..."), or ""."""
    wanted, kind = claim.expectation, fact.expectation
    if not wanted and not kind:
        return ""
    if not wanted:
        return f"expectation: the fact is a {kind}{_who(fact)}; the claim is an outcome"
    if not kind:
        return f"expectation: the claim quotes a {wanted}; the fact is an outcome"
    if (wanted == "target") != (kind == "target"):
        return f"expectation: the claim quotes a {wanted}, the fact is a {kind}{_who(fact)}"
    return ""


def prefer_kind(claim: Claim, facts: list[Fact]) -> tuple[list[Fact], dict[str, str]]:
    """Expectations of the kind the wording names before others that may stand in."""
    wanted = claim.expectation
    same = [f for f in facts if f.expectation == wanted]
    if not wanted or not same or len(same) == len(facts):
        return facts, {}
    why = f"expectation: the wording quotes a {wanted}, which fits better"
    return same, {f.id: why for f in facts if f not in same}
