"""Verdicts: pass, flag or unverified, with the reason, severity, the facts it rests on,
the evidence behind it as data, and the analyst's review if any. The one-line
explanation is rendered from the evidence."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, computed_field

from factlint.claims.model import Claim
from factlint.compare.record import Reason, Severity, VerdictName
from factlint.references.fact_ref import FactRef
from factlint.verdicts.evidence import Evidence
from factlint.verdicts.reviews import Review
from factlint.verdicts.words import explanation

__all__ = ["FactRef", "Reason", "Severity", "Verdict", "VerdictName"]


class Verdict(BaseModel):
    """The outcome for one claim."""

    model_config = ConfigDict(frozen=True)

    claim: Claim
    verdict: VerdictName
    reason: Reason | None = None
    severity: Severity | None = None
    fact: FactRef | None = None
    facts: list[FactRef] = []
    review: Review | None = None  # the analyst's decision on this claim, if any
    evidence: Evidence = Evidence()

    @computed_field  # type: ignore[prop-decorator]
    @cached_property
    def explanation(self) -> str:
        """One line a person can read: what was claimed, the evidence, the verdict."""
        return explanation(
            self.claim, self.verdict, self.reason, self.severity, self.evidence, self.review
        )

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Verdict:
        """A copy with ``update`` applied, whose explanation is rendered afresh (unless the
        update gives one, as a test of a renderer may)."""
        copy = super().model_copy(update=update, deep=deep)
        if "explanation" not in (update or {}):
            copy.__dict__.pop("explanation", None)
        return copy

    @property
    def ignored(self) -> bool:
        """Set aside by an analyst: shown with its verdict, but not counted, and it never
        fails a run."""
        return self.review is not None and self.review.action == "ignore"
