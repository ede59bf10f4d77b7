"""What an unverified claim lacks in the references, read from its verdict's evidence:
the linking record names every fact of the metrics tried and what screening found of
each (metric, entities, period, unit), and the comparison says when no exchange rate
joined the currencies."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from factlint.link import LISTED_ALL_UP_TO
from factlint.references import References
from factlint.todo.claims import OpenClaim


class Missing(StrEnum):
    """What to add, in the analyst's words."""

    METRIC = "no metric for this number"
    FACTS = "no fact of this metric"
    ENTITY = "no entity named"
    ENTITY_FACT = "no fact for these entities"
    PERIOD = "no fact for this period"
    UNIT = "no fact in a comparable unit"
    BASIS = "no fact in the terms the claim states"
    EXPECTATION = "no expectation (or no outcome) of this kind"
    RATE = "no exchange rate for this currency and period"
    SERIES = "no fact for a period a record reaches over"
    SIDE = "no fact for one side of a comparison"
    OTHER = "a fact is on file; see the explanation"


def _checks(candidate: dict[str, Any]) -> set[str]:
    return {str(f.get("check", "")) for f in candidate.get("findings", [])}


def missing_for(claim: OpenClaim, references: References) -> Missing:
    """What the references lack for ``claim`` to be checked: the first check that every
    candidate fact of its metric failed, in the order linking screens them."""
    if not claim.metric or claim.metric not in references.metrics:
        return Missing.METRIC
    link: dict[str, Any] = claim.evidence.get("link", {})
    comparison: dict[str, Any] = claim.evidence.get("comparison", {})
    if comparison.get("error"):
        return Missing.RATE
    own = [c for c in link.get("candidates", []) if c.get("metric") == claim.metric]
    if not own:
        # A large metric's record names only its facts about the claim's entities.
        large = len(references.facts_of(claim.metric)) > LISTED_ALL_UP_TO
        return Missing.ENTITY_FACT if large and claim.entities else Missing.FACTS
    if not claim.entities:
        return Missing.ENTITY
    left = [c for c in own if "entities" not in _checks(c)]
    if not left:
        return Missing.ENTITY_FACT
    if all("period" in _checks(c) for c in left):
        return Missing.PERIOD
    left = [c for c in left if "period" not in _checks(c)]
    for check, missing in (
        ("unit", Missing.UNIT),
        ("basis", Missing.BASIS),
        ("expectation", Missing.EXPECTATION),
    ):
        if left and all(check in _checks(c) for c in left):
            return missing
        left = [c for c in left if check not in _checks(c)]
    return Missing.OTHER
