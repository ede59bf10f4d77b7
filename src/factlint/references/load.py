"""Reading the reference CSVs into validated models, collecting every problem.

Every message reads ``<field>: <what is wrong> (got '<value>'); <how to mend it>`` and is
placed at ``file:line:column``, where the column is the 1-based field number.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from factlint.errors import Problem, ReferenceDataError, display_path
from factlint.periods import parse_period
from factlint.references.models import Entity, Fact, FxRate, Metric, References
from factlint.references.revisions import check_fact_columns, check_revisions
from factlint.references.schema import columns, optional_columns
from factlint.references.table import CsvTable
from factlint.units import BOTTOM_RANK, parse_unit

# The columns come from the models, so a new field there is a new column here.
ENTITY_COLUMNS = columns(Entity)
ENTITY_OPTIONAL = optional_columns(Entity)
METRIC_COLUMNS = columns(Metric)
METRIC_OPTIONAL = optional_columns(Metric)
FACT_COLUMNS = columns(Fact)
FACT_OPTIONAL = optional_columns(Fact)
FX_COLUMNS = columns(FxRate)

M = TypeVar("M", bound=BaseModel)

_NUMBER = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
_WHOLE = re.compile(r"^[0-9]+$")
# The units a rank or ordinal fact may give: a rank counted from the top or the bottom.
_ORDER_UNITS = {"rank": ("rank", BOTTOM_RANK), "ordinal": ("ordinal",)}
# What a metric of each kind may be measured in (unit families of factlint.units).
_UNIT_FAMILIES = {
    "amount": ("currency", "physical", "count", "none"),
    "percent": ("percent",),
    "rank": ("order", "none"),
    "ordinal": ("order", "none"),
    "date": ("none",),
    "text": ("none",),
}


@dataclass
class _Loaded(Generic[M]):
    """The rows of one file that validated, the raw ids of those that did not, and
    whether the file could be read at all (else references into it are not checked)."""

    rows: list[tuple[CsvTable, int, M]] = field(default_factory=list)
    invalid_ids: set[str] = field(default_factory=set)
    # Rows that failed: their raw cells, and the fields already reported.
    invalid_rows: list[tuple[CsvTable, int, dict[str, str], set[str]]] = field(default_factory=list)
    readable: bool = True


def fingerprint(folder: Path) -> str:
    """sha256 over every CSV's path and bytes, so a report names the data it used."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.csv")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _load_rows(
    path: Path,
    model: type[M],
    columns: tuple[str, ...],
    problems: list[Problem],
    optional: tuple[str, ...] = (),
) -> _Loaded[M]:
    table = CsvTable(path, problems)
    loaded: _Loaded[M] = _Loaded()
    if path.is_dir():
        table.problem(
            1,
            1,
            f"file: a folder, not a CSV file; make it a file with the header {','.join(columns)}",
        )
        loaded.readable = False
        return loaded
    if not path.is_file():
        table.problem(1, 1, f"file: missing; create it with the header {','.join(columns)}")
        loaded.readable = False
        return loaded
    for line, row in table.rows(columns, optional):
        extra = {"file": table.where, "line": line} if model is Fact else {}
        item = table.validate(model, line, row, extra)
        if isinstance(item, set):
            loaded.invalid_ids.add(row.get("id", "").strip())
            loaded.invalid_rows.append((table, line, row, item))
        else:
            loaded.rows.append((table, line, item))
    loaded.readable = table.readable
    return loaded


def _unique(rows: list[tuple[CsvTable, int, M]], key: str, what: str) -> dict[str, M]:
    seen: dict[str, M] = {}
    first: dict[str, str] = {}
    for table, line, item in rows:
        value = str(getattr(item, key))
        if value in seen:
            table.problem(
                line,
                key,
                f"{key}: duplicate {what} (got {value!r}), first at {first[value]}; "
                "give each row its own id",
            )
            continue
        seen[value] = item
        first[value] = f"{table.where}:{line}"
    return seen


def _check_names(rows: list[tuple[CsvTable, int, Entity]]) -> None:
    """A name or alias must point to one entity, or a sentence could not be read."""
    owner: dict[str, tuple[str, str]] = {}
    for table, line, entity in rows:
        for name in dict.fromkeys(entity.names):
            if name in owner and owner[name][0] != entity.id:
                other, where = owner[name]
                table.problem(
                    line,
                    "aliases",
                    f"aliases: {name!r} already names {other} at {where} (got {name!r}); "
                    "give each name to one entity only",
                )
            owner.setdefault(name, (entity.id, f"{table.where}:{line}"))


def _check_metric_unit(table: CsvTable, line: int, metric: Metric) -> None:
    family = parse_unit(metric.unit).family if metric.unit.strip() else "none"
    if family not in _UNIT_FAMILIES[metric.kind]:
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


def _check_metric_kinds(table: CsvTable, line: int, metric: Metric, kinds: list[str]) -> None:
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


def _check_value(table: CsvTable, line: int, fact: Fact, metric: Metric) -> None:
    value = fact.value
    if metric.kind in ("amount", "percent"):
        if not _NUMBER.match(value):
            table.problem(
                line,
                "value",
                f"value: not a number (got {value!r}); write a plain number like 1234.5, "
                "without commas or words (the unit goes in the unit column)",
            )
    elif metric.kind in ("rank", "ordinal"):
        if not _WHOLE.match(value) or int(value) < 1:
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


def _check_unit(table: CsvTable, line: int, fact: Fact, metric: Metric) -> None:
    if metric.kind in ("date", "text"):
        if fact.unit:
            table.problem(
                line,
                "unit",
                f"unit: a {metric.kind} has no unit (got {fact.unit!r}); leave it empty",
            )
        return
    if metric.kind in ("rank", "ordinal"):
        if fact.unit and parse_unit(fact.unit).base not in _ORDER_UNITS[metric.kind]:
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


def _check_fact(
    table: CsvTable,
    line: int,
    fact: Fact,
    entities: _Known,
    metrics: dict[str, Metric],
    metrics_known: _Known,
) -> None:
    metric = metrics.get(fact.metric)
    if metric is not None:
        _check_value(table, line, fact, metric)
        _check_unit(table, line, fact, metric)
    cells = {"metric": fact.metric, "subject": fact.subject, "object": fact.object}
    _check_links(table, line, cells, set(), entities, metrics_known)
    _check_fetch(table, line, fact, metric)
    check_fact_columns(table, line, fact, metric)
    if fact.retrieved > dt.date.today():
        table.problem(
            line,
            "retrieved",
            f"retrieved: in the future (got '{fact.retrieved}'); write the day you read the page",
        )
    if fact.object and fact.object == fact.subject:
        table.problem(
            line,
            "object",
            f"object: same as the subject (got {fact.object!r}); "
            "name the other party or leave it empty",
        )


def _check_fetch(table: CsvTable, line: int, fact: Fact, metric: Metric | None) -> None:
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


def _check_links(
    table: CsvTable,
    line: int,
    cells: dict[str, str],
    failed: set[str],
    entities: _Known,
    metrics: _Known,
) -> None:
    """The metric and entity ids a fact row names exist (also for rows that failed)."""
    for name, known, what in (
        ("metric", metrics, "metric"),
        ("subject", entities, "entity"),
        ("object", entities, "entity"),
    ):
        value = cells.get(name, "").strip()
        if value and name not in failed and not known.allows(value):
            table.problem(
                line,
                name,
                f"{name}: unknown {what} (got {value!r}); add it to {known.where} or fix the id",
            )


@dataclass(frozen=True)
class _Known:
    """The ids a file defines; when the file could not be read, any id is allowed, so
    one broken file does not bury its own problem under a problem on every fact."""

    ids: frozenset[str]
    readable: bool
    where: str

    def allows(self, name: str) -> bool:
        return not self.readable or name in self.ids


def _known(loaded: _Loaded[M], valid: dict[str, M], path: Path) -> _Known:
    return _Known(frozenset(valid) | loaded.invalid_ids, loaded.readable, display_path(path))


def _check_fx(rows: list[tuple[CsvTable, int, FxRate]]) -> None:
    first: dict[tuple[str, str, str], str] = {}
    for table, line, rate in rows:
        if rate.base == rate.quote:
            table.problem(
                line,
                "quote",
                f"quote: same as base (got {rate.quote!r}); a rate joins two currencies",
            )
        low, high = sorted((rate.base, rate.quote))
        pair = (rate.period, low, high)
        if pair in first:
            table.problem(
                line,
                "period",
                f"period: a {rate.base}/{rate.quote} rate for this period is already at "
                f"{first[pair]} (got {rate.period!r}); keep one row",
            )
        first.setdefault(pair, f"{table.where}:{line}")


def load_references(folder: Path | str) -> References:
    """Load and validate a reference folder; raise ReferenceDataError listing every problem."""
    root = Path(folder)
    problems: list[Problem] = []
    if not root.is_dir():
        raise ReferenceDataError(
            [Problem(display_path(root), 1, 1, "folder: no such reference folder")]
        )
    entity_rows = _load_rows(
        root / "entities.csv", Entity, ENTITY_COLUMNS, problems, ENTITY_OPTIONAL
    )
    metric_rows = _load_rows(
        root / "metrics.csv", Metric, METRIC_COLUMNS, problems, METRIC_OPTIONAL
    )
    fact_files = sorted((root / "facts").glob("*.csv"))
    if not fact_files:
        problems.append(
            Problem(
                display_path(root / "facts"), 1, 1, "facts: no fact files; add facts/<topic>.csv"
            )
        )
    fact_rows: list[tuple[CsvTable, int, Fact]] = []
    broken_facts: list[tuple[CsvTable, int, dict[str, str], set[str]]] = []
    for path in fact_files:
        loaded = _load_rows(path, Fact, FACT_COLUMNS, problems, FACT_OPTIONAL)
        fact_rows.extend(loaded.rows)
        broken_facts.extend(loaded.invalid_rows)
    fx_path = root / "fx.csv"
    fx_rows = _load_rows(fx_path, FxRate, FX_COLUMNS, problems).rows if fx_path.exists() else []
    entities = _unique(entity_rows.rows, "id", "entity id")
    metrics = _unique(metric_rows.rows, "id", "metric id")
    _check_names(entity_rows.rows)
    kinds = sorted({e.kind.strip().lower() for e in entities.values()})
    for table, line, metric in metric_rows.rows:
        _check_metric_unit(table, line, metric)
        _check_metric_kinds(table, line, metric, kinds)
        if metric.negative and metric.kind not in ("amount", "percent"):
            table.problem(
                line,
                "negative",
                f"negative: a {metric.kind} metric has no sign (got {'|'.join(metric.negative)!r}); "
                "leave it empty, or make the metric an amount or a percent",
            )
    _unique(fact_rows, "id", "fact id")
    check_revisions(fact_rows, {cells.get("id", "").strip() for _, _, cells, _ in broken_facts})
    known_entities = _known(entity_rows, entities, root / "entities.csv")
    known_metrics = _known(metric_rows, metrics, root / "metrics.csv")
    for table, line, fact in fact_rows:
        _check_fact(table, line, fact, known_entities, metrics, known_metrics)
    for table, line, cells, failed in broken_facts:
        _check_links(table, line, cells, failed, known_entities, known_metrics)
    _check_fx(fx_rows)
    if problems:
        raise ReferenceDataError(
            sorted(problems, key=lambda p: (p.path, p.line, p.column, p.message))
        )
    return References(
        entities=entities,
        metrics=metrics,
        facts=[fact for _, _, fact in fact_rows],
        fx=[rate for _, _, rate in fx_rows],
        sha256=fingerprint(root),
        folder=display_path(root),
    )
