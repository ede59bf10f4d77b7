"""Checks of one reference row beyond its own cells: a metric's unit and entity kinds,
a fact's value, unit, period and fetch columns against its metric. Each problem is
placed at ``file:line:column`` (see ``references.load``)."""

import difflib
import re

from factlint.periods import parse_period
from factlint.references.models import Fact, Metric
from factlint.references.table import CsvTable
from factlint.units import BOTTOM_RANK, parse_unit

NUMBER = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
WHOLE = re.compile(r"^[0-9]+$")
# The units a rank or ordinal fact may give: a rank counted from the top or the bottom.
ORDER_UNITS = {"rank": ("rank", BOTTOM_RANK), "ordinal": ("ordinal",)}
# What a metric of each kind may be measured in (unit families of factlint.units).
UNIT_FAMILIES = {
    "amount": ("currency", "physical", "count", "none"),
    "percent": ("percent",),
    "rank": ("order", "none"),
    "ordinal": ("order", "none"),
    "date": ("none",),
    "text": ("none",),
}


def check_metric_unit(table: CsvTable, line: int, metric: Metric) -> None:
    family = parse_unit(metric.unit).family if metric.unit.strip() else "none"
    if family not in UNIT_FAMILIES[metric.kind]:
        hint = {
            "amount": "like 'billion USD' or 'million tonnes'",
            "percent": "like '%' or 'percentage points'",
            "rank": "'rank', or leave it empty",
            "ordinal": "'ordinal', or leave it empty",
        }.get(metric.kind, "nothing: leave it empty")
        table.problem(
            line,
            "unit",
            f"unit: does not fit a {metric.kind} metric (got {metric.unit!r}); write {hint}",
        )


def check_metric_kinds(table: CsvTable, line: int, metric: Metric, kinds: list[str]) -> None:
    """Every kind a metric is limited to is the kind of some entity."""
    for kind in metric.kinds:
        if kind.strip().lower() in kinds:
            continue
        close = difflib.get_close_matches(kind.lower(), kinds, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        table.problem(
            line,
            "kinds",
            f"kinds: no entity is of kind {kind!r} (got {'|'.join(metric.kinds)!r}); {hint}"
            f"write kinds from entities.csv's kind column ({', '.join(kinds) or 'none yet'})",
        )


def check_value(table: CsvTable, line: int, fact: Fact, metric: Metric) -> None:
    value = fact.value
    if metric.kind in ("amount", "percent"):
        if not NUMBER.match(value):
            table.problem(
                line,
                "value",
                f"value: not a number (got {value!r}); write a plain number like 1234.5, "
                "without commas or words (the unit goes in the unit column)",
            )
    elif metric.kind in ("rank", "ordinal"):
        if not WHOLE.match(value) or int(value) < 1:
            table.problem(
                line,
                "value",
                f"value: a {metric.kind} is a whole number from 1 (got {value!r}); write it like 5",
            )
    elif metric.kind == "date":
        try:
            day = parse_period(value)
        except ValueError:
            table.problem(
                line,
                "value",
                f"value: not a date (got {value!r}); write it as YYYY-MM-DD, "
                "or YYYY-MM when only the month is known",
            )
            return
        if not fact.span.contains(day):
            table.problem(
                line,
                "value",
                f"value: outside the fact's period {fact.period} (got {value!r}); "
                "fix the date or the period",
            )


def check_unit(table: CsvTable, line: int, fact: Fact, metric: Metric) -> None:
    if metric.kind in ("date", "text"):
        if fact.unit:
            table.problem(
                line,
                "unit",
                f"unit: a {metric.kind} has no unit (got {fact.unit!r}); leave it empty",
            )
        return
    if metric.kind in ("rank", "ordinal"):
        if fact.unit and parse_unit(fact.unit).base not in ORDER_UNITS[metric.kind]:
            also = f" (or {BOTTOM_RANK!r}, 1 being the smallest)" if metric.kind == "rank" else ""
            table.problem(
                line,
                "unit",
                f"unit: does not fit {metric.kind} metric {metric.id!r} (got {fact.unit!r}); "
                f"write {metric.kind!r}{also} or leave it empty",
            )
        return
    if not fact.unit:
        if metric.unit:
            table.problem(
                line,
                "unit",
                f"unit: empty (got ''); metric {metric.id!r} is measured in {metric.unit!r}, "
                "write the unit the source gives, like that",
            )
        return
    kept = {parse_unit(metric.unit).dimension, metric.measure.dimension} if metric.unit else set()
    if metric.unit and parse_unit(fact.unit).dimension not in kept:
        table.problem(
            line,
            "unit",
            f"unit: does not fit metric {metric.id!r}, measured in {metric.unit!r} "
            f"(got {fact.unit!r}); write a unit of the same kind, like {metric.unit!r}",
        )


def check_fetch(table: CsvTable, line: int, fact: Fact, metric: Metric | None) -> None:
    """The fetch columns say one way to fetch the value, in a unit that fits the fact's."""
    from factlint.fetch.spec import fetch_problems

    for problem in fetch_problems(fact):
        table.problem(line, problem.column, problem.message)
    if fact.fetch_unit and fact.unit:
        fetched, kept = parse_unit(fact.fetch_unit), parse_unit(fact.unit)
        if fetched.dimension != kept.dimension or (
            fetched.family == "currency" and fetched.base != kept.base
        ):
            table.problem(
                line,
                "fetch_unit",
                f"fetch_unit: does not convert to the fact's unit {fact.unit!r} "
                f"(got {fact.fetch_unit!r}); write the unit the source's numbers are in, "
                f"like {parse_unit(fact.unit).base!r}",
            )
    numbers_only = fact.fetch in ("worldbank", "eurostat", "imf")
    if numbers_only and metric is not None and metric.kind in ("date", "text"):
        table.problem(
            line,
            "fetch",
            f"fetch: {fact.fetch} serves numbers, and metric {metric.id!r} is a "
            f"{metric.kind} (got {fact.fetch!r}); fetch it from wikidata or a url",
        )
