"""Pydantic models of the reference CSV rows. Field names are the CSV column names."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factlint.periods import Period, parse_period
from factlint.units import Unit, UnitError, parse_unit

MetricKind = Literal["amount", "percent", "rank", "ordinal", "date", "text"]
_ID = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"


def _split_bar(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split("|") if part.strip()]
    return value


def _boolean(value: object) -> object:
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("", "false", "no", "0", "n"):
            return False
        if low in ("true", "yes", "1", "y"):
            return True
        raise ValueError(f"not true or false (got {value!r}); write true or false")
    return value


def _unit_parses(value: str) -> str:
    if value:
        try:
            parse_unit(value)
        except UnitError as ex:
            raise ValueError(str(ex)) from None
    return value


class Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Entity(Row):
    """A country, person, organisation or place, with every name it goes by."""

    id: str = Field(pattern=_ID)
    name: str = Field(min_length=1)
    kind: str = Field(min_length=1)
    aliases: list[str] = []

    _split = field_validator("aliases", mode="before")(_split_bar)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class Metric(Row):
    """What a number measures, and the words that signal it in a sentence."""

    id: str = Field(pattern=_ID)
    description: str = ""
    kind: MetricKind
    unit: str = ""
    keywords: list[str] = Field(min_length=1)
    symmetric: bool = False

    _split = field_validator("keywords", mode="before")(_split_bar)
    _bool = field_validator("symmetric", mode="before")(_boolean)

    _unit = field_validator("unit")(_unit_parses)

    @cached_property
    def measure(self) -> Unit:
        """The metric's unit, parsed once (its facts' unit when they give none)."""
        return parse_unit(self.unit)


class Fact(Row):
    """One value of one metric for one subject (and object) over one period, from a source."""

    id: str = Field(pattern=_ID)
    metric: str = Field(min_length=1)
    subject: str = Field(min_length=1)
    object: str = ""
    period: str
    value: str = Field(min_length=1)
    unit: str = ""
    source: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://\S+$")
    retrieved: dt.date
    note: str = ""
    primary: bool = False
    file: str = Field(default="", exclude=True)
    line: int = Field(default=0, exclude=True)

    _bool = field_validator("primary", mode="before")(_boolean)

    @field_validator("period")
    @classmethod
    def _period_parses(cls, value: str) -> str:
        parse_period(value)
        return value

    _unit = field_validator("unit")(_unit_parses)

    @cached_property
    def span(self) -> Period:
        """The period as a span of days, parsed once (linking asks for it per claim)."""
        return parse_period(self.period)

    @cached_property
    def value_span(self) -> Period:
        """A date fact's value as a span of days ("2022-02" is all of February)."""
        return parse_period(self.value)

    @cached_property
    def stated_unit(self) -> Unit | None:
        """The unit the row writes, parsed once; None when it leaves it to the metric."""
        return parse_unit(self.unit) if self.unit else None

    def number(self) -> float:
        return float(self.value)

    @cached_property
    def slack(self) -> float:
        """Half the last written digit: 12.3 stands for anything in 12.25–12.35."""
        digits = self.value.strip().lstrip("+-")
        decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
        return 0.5 * 10.0**-decimals

    @cached_property
    def ref(self) -> FactRef:
        """The fact as evidence in verdicts and reports, made once."""
        return FactRef.of(self)


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
    file: str = ""
    line: int = 0

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
            file=fact.file,
            line=fact.line,
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


class FxRate(Row):
    """One ``base`` is worth ``rate`` of ``quote`` over ``period`` (an average)."""

    @cached_property
    def span(self) -> Period:
        """The period as a span of days, parsed once."""
        return parse_period(self.period)

    period: str
    base: str = Field(pattern=r"^[A-Z]{3}$")
    quote: str = Field(pattern=r"^[A-Z]{3}$")
    rate: float = Field(gt=0)
    source: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://\S+$")
    retrieved: dt.date

    @field_validator("period")
    @classmethod
    def _period_parses(cls, value: str) -> str:
        parse_period(value)
        return value


class References(BaseModel):
    """The whole reference set, validated and cross-checked."""

    model_config = ConfigDict(frozen=True)

    entities: dict[str, Entity]
    metrics: dict[str, Metric]
    facts: list[Fact]
    fx: list[FxRate]
    sha256: str
    folder: str = ""

    @cached_property
    def _facts_by_metric(self) -> dict[str, list[Fact]]:
        index: dict[str, list[Fact]] = {}
        for fact in self.facts:
            index.setdefault(fact.metric, []).append(fact)
        return index

    def unit_of(self, fact: Fact) -> Unit:
        """The unit a fact's value is in: its own, else its metric's."""
        return fact.stated_unit or self.metrics[fact.metric].measure

    def facts_of(self, metric: str) -> list[Fact]:
        """The facts of one metric, in file order (an index built once per set)."""
        return self._facts_by_metric.get(metric, [])

    @cached_property
    def _facts_by_id(self) -> dict[str, Fact]:
        return {fact.id: fact for fact in self.facts}

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id; KeyError when there is none."""
        return self._facts_by_id[fact_id]
