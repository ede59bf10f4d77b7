"""Verdicts: pass, flag or unverified, with the reason, severity and a one-line
explanation that shows the numbers and the source, and the analyst's review if any."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from factlint.claims.model import Claim
from factlint.references.models import Fact
from factlint.verdicts.reviews import Review

VerdictName = Literal["pass", "flag", "unverified"]
Reason = Literal["value", "rank", "date", "text", "ambiguous", "inconsistent"]
Severity = Literal["minor", "major"]


class FactRef(BaseModel):
    """The evidence a verdict rests on, as the report shows it."""

    model_config = ConfigDict(frozen=True)

    id: str
    value: float | int | str
    unit: str
    source: str
    url: str
    retrieved: str
    period: str = ""
    file: str = ""
    line: int = 0

    @classmethod
    def of(cls, fact: Fact) -> FactRef:
        value: float | int | str = fact.value
        try:
            number = float(fact.value)
            value = int(number) if number.is_integer() and "." not in fact.value else number
        except ValueError:
            pass
        return cls(
            id=fact.id,
            value=value,
            unit=fact.unit,
            source=fact.source,
            url=fact.url,
            retrieved=fact.retrieved.isoformat(),
            period=fact.period,
            file=fact.file,
            line=fact.line,
        )


class Verdict(BaseModel):
    """The outcome for one claim."""

    model_config = ConfigDict(frozen=True)

    claim: Claim
    verdict: VerdictName
    reason: Reason | None = None
    severity: Severity | None = None
    explanation: str
    fact: FactRef | None = None
    facts: list[FactRef] = []
    review: Review | None = None  # the analyst's decision on this claim, if any

    @property
    def ignored(self) -> bool:
        """Set aside by an analyst: shown with its verdict, but not counted, and it never
        fails a run."""
        return self.review is not None and self.review.action == "ignore"
