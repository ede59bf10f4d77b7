"""Pydantic models of the reference CSV rows. Field names are the CSV column names.

These models are the one schema of the reference set: the loader reads the columns they
declare, and ``references/datapackage.json`` is generated from them
(``factlint.references.schema``). A field's ``json_schema_extra`` says how it appears as
a column (see :func:`column`); a new optional column is one new field here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factlint.basis import BASIS_PATTERN
from factlint.currencies import currency_problem
from factlint.extract.per_unit import per_named_by
from factlint.periods import Period, parse_period
from factlint.references.columns import (
    ID_PATTERN,
    PERIOD_PATTERN,
    URL_PATTERN,
    Estimate,
    ExpectationKind,
    FetchSource,
    MetricKind,
    basis_terms,
    boolean,
    column,
    empty_is_none,
    optional_id,
    split_bar,
    unit_parses,
)
from factlint.references.fact_ref import FactRef
from factlint.units import Unit, parse_unit


class Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _currency_code(value: str) -> str:
    problem = currency_problem(value)
    if problem:
        raise ValueError(problem)
    return value


class Entity(Row):
    """A country, person, organisation or place, with every name it goes by."""

    id: str = Field(pattern=ID_PATTERN, description="Short stable id that facts use.")
    name: str = Field(min_length=1, description="The usual English name.")
    kind: str = Field(min_length=1, description="What it is: country, person, region, place, ...")
    aliases: list[str] = Field(
        default=[],
        description="Every other name (full, short, demonym, metonym), separated by |.",
    )

    fiscal_year_end: int | None = Field(
        default=None,
        ge=1,
        le=12,
        description="For a company or government whose year is not the calendar's: the "
        "month its fiscal year ends in (1-12 or a month's name), so that its 'second "
        "quarter' is its own. Empty for the calendar year.",
        json_schema_extra=column(optional=True),
    )

    _split = field_validator("aliases", mode="before")(split_bar)

    @field_validator("fiscal_year_end", mode="before")
    @classmethod
    def _month(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip().lower()
            if not text:
                return None
            for number, name in enumerate(calendar.month_name[1:], start=1):
                if len(text) >= 3 and name.lower().startswith(text):
                    return number
            if not text.isdigit():
                raise ValueError("a month: 1 to 12, or its name (June, Jun)")
        return value

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class Metric(Row):
    """What a number measures, and the words that signal it in a sentence."""

    id: str = Field(pattern=ID_PATTERN, description="Id that facts use.")
    description: str = Field(default="", description="One sentence: what exactly is counted.")
    kind: MetricKind = Field(description="How values compare.")
    unit: str = Field(
        default="",
        description="Usual unit: 'billion USD', '%', 'rank', 'ordinal', or empty for date and text.",
    )
    keywords: list[str] = Field(
        min_length=1, description="Phrases that signal the metric in a sentence, separated by |."
    )
    symmetric: bool = Field(
        default=False, description="true when subject and object may swap (bilateral trade)."
    )
    kinds: list[str] = Field(
        default=[],
        description="The kinds of entity (entities.csv `kind`) the metric is about, separated "
        "by |: a number about none of them is never read as this metric. Empty for any.",
        json_schema_extra=column(optional=True),
    )

    negative: list[str] = Field(
        default=[],
        description="For a balance kept with deficits below zero: the words that name a value "
        "under zero, separated by |, e.g. deficit|shortfall. A number the text calls so ('a "
        "deficit of $1.8 trillion') is compared as negative. Empty when the sign is the number's.",
        json_schema_extra=column(optional=True),
    )

    _split = field_validator("keywords", "kinds", "negative", mode="before")(split_bar)

    @field_validator("negative")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        for word in value:
            if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", word):
                raise ValueError(
                    f"not a word (got {word!r}); write the words that name a value below zero, "
                    "separated by |, e.g. deficit|shortfall"
                )
        return value

    def about(self, kind: str) -> bool:
        """Whether the metric measures an entity of ``kind`` (any, when it says none)."""
        return not self.kinds or kind.strip().lower() in {k.lower() for k in self.kinds}

    _bool = field_validator("symmetric", mode="before")(boolean)

    _unit = field_validator("unit")(unit_parses)

    @cached_property
    def measure(self) -> Unit:
        """The metric's unit, parsed once (its facts' unit when they give none). A metric
        kept in a plain currency or count whose keywords say what it is per ("earnings
        per share", "a share"), as reference sets were written before per-units, is read
        per that: its unit column could not say so."""
        unit = parse_unit(self.unit)
        if unit.per or unit.family not in ("currency", "count"):
            return unit
        per = per_named_by(self.keywords)
        return unit.per_one(per) if per else unit

    def fact_unit(self, stated: Unit) -> Unit:
        """A fact's own unit read as this metric's: per what the metric's keywords say
        it is per, when its unit column does not ("EUR" for earnings a share)."""
        measure = self.measure
        if not measure.per or stated.per or parse_unit(self.unit).per:
            return stated
        return stated.per_one(measure.per)


class Fact(Row):
    """One value of one metric for one subject (and object) over one period, from a source."""

    id: str = Field(pattern=ID_PATTERN, description="Unique across every facts/*.csv file.")
    metric: str = Field(
        min_length=1,
        description="A metrics.csv id.",
        json_schema_extra=column(references="metrics"),
    )
    subject: str = Field(
        min_length=1,
        description="An entities.csv id: whose value it is.",
        json_schema_extra=column(references="entities"),
    )
    object: str = Field(
        default="",
        description="An entities.csv id: the other party or the ranking's owner; may be empty.",
        json_schema_extra=column(references="entities"),
    )
    period: str = Field(
        description="2024, 2024-Q1, 2024-H1, 2024-01, 2025-01-21, 2024-01..2024-11 or 2010..",
        json_schema_extra=column(pattern=PERIOD_PATTERN),
    )
    value: str = Field(
        min_length=1,
        description="A plain number, a whole rank from 1, a date YYYY-MM-DD, or text, by the metric's kind.",
    )
    unit: str = Field(
        default="",
        description="The unit the source gives: 'billion USD', 'trillion CNY', '%', 'rank'.",
    )
    source: str = Field(min_length=1, description="The publisher of the figure.")
    url: str = Field(pattern=URL_PATTERN, description="The page that states the figure.")
    retrieved: dt.date = Field(description="The day the page was read (YYYY-MM-DD).")
    note: str = Field(default="", description="Quote from the page, caveats, cross-checks.")
    primary: bool = Field(
        default=False,
        description="true on the row to prefer when sources disagree and the claim names none.",
        json_schema_extra=column(optional=True),
    )
    published: dt.date | None = Field(
        default=None,
        description="The day this figure was published (YYYY-MM-DD): the release date of this estimate.",
        json_schema_extra=column(optional=True),
    )
    estimate: Literal["", Estimate] = Field(
        default="",
        description="Which release of the figure this row holds: first, second, third, revised, "
        "benchmark or final.",
        json_schema_extra=column(optional=True),
    )
    revises: str = Field(
        default="",
        description="The id of the row (same metric, subject, object and period) whose figure "
        "this one replaced when it was published.",
        json_schema_extra=column(optional=True, pattern=ID_PATTERN),
    )
    basis: list[str] = Field(
        default=[],
        description="The terms the figure is measured in, separated by |: real, nominal, "
        "local-currency or a currency code, seasonally-adjusted, not-seasonally-adjusted, "
        "year-on-year, month-on-month, quarter-on-quarter, annualised.",
        json_schema_extra=column(optional=True, pattern=BASIS_PATTERN),
    )
    expectation: Literal["", ExpectationKind] = Field(
        default="",
        description="For an expectation rather than an outcome: consensus, forecast, "
        "projection, target or guidance.",
        json_schema_extra=column(optional=True),
    )
    forecaster: str = Field(
        default="",
        description="Who made the expectation: 'economists polled by Reuters', 'the Federal "
        "Reserve (median projection)'.",
        json_schema_extra=column(optional=True),
    )
    fetch: FetchSource = Field(
        default="",
        description="Where `factlint refs refresh` fetches the value: worldbank, eurostat, imf, wikidata or url.",
        json_schema_extra=column(optional=True),
    )
    fetch_key: str = Field(
        default="",
        description="The series in the source's own terms: CHN/NY.GDP.MKTP.CD (worldbank), "
        "nama_10_gdp?geo=DE&unit=CP_MEUR&na_item=B1GQ (eurostat), IMF.RES/WEO/CHN.NGDPD.A (imf), "
        "a SPARQL query selecting ?value (wikidata).",
        json_schema_extra=column(optional=True),
    )
    fetch_url: str = Field(
        default="",
        description="For fetch=url: the https address of a JSON or CSV document holding the value.",
        json_schema_extra=column(optional=True, pattern=r"^https://\S+$"),
    )
    fetch_path: str = Field(
        default="",
        description="For fetch=url: a JSON pointer (/data/0/value), or a CSV column, "
        "optionally with a row filter: OBS_VALUE[TIME_PERIOD=2024].",
        json_schema_extra=column(optional=True),
    )
    fetch_unit: str = Field(
        default="",
        description="The unit the source's numbers are in ('USD', 'million EUR'), when not the fact's own.",
        json_schema_extra=column(optional=True),
    )
    file: str = Field(default="", exclude=True)
    line: int = Field(default=0, exclude=True)

    _bool = field_validator("primary", mode="before")(boolean)
    _published = field_validator("published", mode="before")(empty_is_none)
    _revises = field_validator("revises")(optional_id)
    _split = field_validator("basis", mode="before")(split_bar)
    _basis = field_validator("basis")(basis_terms)

    @field_validator("period")
    @classmethod
    def _period_parses(cls, value: str) -> str:
        parse_period(value)
        return value

    _unit = field_validator("unit", "fetch_unit")(unit_parses)

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


class FxRate(Row):
    """One ``base`` is worth ``rate`` of ``quote`` over ``period`` (an average)."""

    period: str = Field(
        description="The period the average rate covers.",
        json_schema_extra=column(pattern=PERIOD_PATTERN),
    )
    base: str = Field(
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 currency code: 1 base = rate quote.",
        json_schema_extra=column(currency=True),
    )
    quote: str = Field(
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 currency code.",
        json_schema_extra=column(currency=True),
    )
    rate: float = Field(gt=0, description="Units of quote per unit of base; above 0.")
    source: str = Field(min_length=1, description="The publisher of the rate.")
    url: str = Field(pattern=URL_PATTERN, description="The page that states the rate.")
    retrieved: dt.date = Field(description="The day the page was read (YYYY-MM-DD).")

    _currency = field_validator("base", "quote")(_currency_code)

    @cached_property
    def span(self) -> Period:
        """The period as a span of days, parsed once."""
        return parse_period(self.period)

    @field_validator("period")
    @classmethod
    def _period_parses(cls, value: str) -> str:
        parse_period(value)
        return value
