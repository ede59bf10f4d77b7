"""The column types of the reference CSVs: the values a column may hold (kinds,
estimates, expectations, sources to fetch from), the patterns of ids, URLs and periods,
and :func:`column`, which says how a model field appears as a column of the schema."""

from __future__ import annotations

import re
from typing import Any, Literal

from factlint.basis import basis_problem
from factlint.units import UnitError, parse_unit

MetricKind = Literal["amount", "percent", "rank", "ordinal", "date", "text"]
FetchSource = Literal["", "worldbank", "eurostat", "imf", "wikidata", "url"]
# Which release of a figure a row holds; a flash, advance or preliminary estimate is the
# first.
Estimate = Literal["first", "second", "third", "revised", "benchmark", "final"]
# What kind of expectation a row holds (a fact of no such kind is an outcome).
ExpectationKind = Literal["consensus", "forecast", "projection", "target", "guidance"]
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
URL_PATTERN = r"^https?://\S+$"
# What a period column may hold, as a Table Schema can say it; parse_period checks the
# rest (a 13th month, a range that ends before it starts).
PERIOD_PATTERN = (
    r"^\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2})?))?(\.\.(\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2})?))?)?)?$"
)
TRUE_WORDS = ("true", "yes", "1", "y")
FALSE_WORDS = ("false", "no", "0", "n")


def column(
    *,
    optional: bool = False,
    references: str | None = None,
    pattern: str | None = None,
    currency: bool = False,
) -> dict[str, Any]:
    """How a field appears as a CSV column, for the loader and the generated schema.

    ``optional``: the header may leave the column out. ``references``: the file whose
    ``id`` the cell names (a foreign key). ``pattern``: a Table Schema pattern for a
    cell the model checks with a validator instead. ``currency``: an ISO 4217 code.
    """
    spec: dict[str, Any] = {"optional": optional}
    if references:
        spec["references"] = references
    if pattern:
        spec["pattern"] = pattern
    if currency:
        spec["currency"] = True
    return {"column": spec}


def split_bar(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split("|") if part.strip()]
    return value


def boolean(value: object) -> object:
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("", *FALSE_WORDS):
            return False
        if low in TRUE_WORDS:
            return True
        raise ValueError(f"not true or false (got {value!r}); write true or false")
    return value


def empty_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


def basis_terms(value: list[str]) -> list[str]:
    problem = basis_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def optional_id(value: str) -> str:
    if value and not re.match(ID_PATTERN, value):
        raise ValueError(f"not a fact id (got {value!r}); write the id of the row this one revises")
    return value


def unit_parses(value: str) -> str:
    if value:
        try:
            parse_unit(value)
        except UnitError as ex:
            raise ValueError(str(ex)) from None
    return value
