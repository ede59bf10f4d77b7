"""A fact as evidence: what the reports show of a reference row (a fact or an exchange
rate) and where it is kept, small enough to carry in every verdict."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from factlint.references.models import Fact, FxRate


class FactRef(BaseModel):
    """A fact as evidence: what the reports show of it, and where it is kept."""

    model_config = ConfigDict(frozen=True)

    id: str
    value: float | int | str
    unit: str
    source: str
    url: str
    retrieved: str
    period: str = ""
    metric: str = ""  # what the fact is of, and about whom: shown beside the claim's own
    subject: str = ""
    object: str = ""
    file: str = ""
    line: int = 0
    published: str = ""  # when this estimate came out (ISO date), if the row says
    estimate: str = ""  # which estimate: first, second, ...
    basis: str = ""  # its terms, |-separated: real|seasonally-adjusted
    expectation: str = ""  # consensus, forecast, ... for an expectation
    forecaster: str = ""

    @classmethod
    def of(cls, fact: Fact) -> FactRef:
        """The evidence view of a fact; ``fact.ref`` keeps one per fact."""
        value: float | int | str = fact.value
        try:
            number = float(fact.value)
            value = int(number) if number.is_integer() and "." not in fact.value else number
        except ValueError:
            pass
        return cls.model_construct(
            id=fact.id,
            value=value,
            unit=fact.unit,
            source=fact.source,
            url=fact.url,
            retrieved=fact.retrieved.isoformat(),
            period=fact.period,
            metric=fact.metric,
            subject=fact.subject,
            object=fact.object,
            file=fact.file,
            line=fact.line,
            published=fact.published.isoformat() if fact.published else "",
            estimate=fact.estimate,
            basis="|".join(fact.basis),
            expectation=fact.expectation,
            forecaster=fact.forecaster,
        )

    @classmethod
    def of_rate(cls, rate: FxRate) -> FactRef:
        """An exchange-rate row as evidence (a writer's conversion checked at it)."""
        return cls(
            id=f"fx:{rate.period}:{rate.base}/{rate.quote}",
            value=rate.rate,
            unit=f"{rate.quote} per {rate.base}",
            source=rate.source,
            url=rate.url,
            retrieved=rate.retrieved.isoformat(),
            period=rate.period,
        )
