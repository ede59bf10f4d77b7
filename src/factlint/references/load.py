"""Reading the reference CSVs into validated models, collecting every problem.

Every message reads ``<field>: <what is wrong> (got '<value>'); <how to mend it>`` and is
placed at ``file:line:column``, where the column is the 1-based field number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from factlint.errors import Problem, ReferenceDataError, display_path
from factlint.references.dataset import References
from factlint.references.models import Entity, Fact, FxRate, Metric
from factlint.references.revisions import check_fact_columns, check_revisions
from factlint.references.row_checks import (
    check_fetch,
    check_metric_kinds,
    check_metric_unit,
    check_unit,
    check_value,
)
from factlint.references.schema import columns, optional_columns
from factlint.references.table import CsvTable

# The columns come from the models, so a new field there is a new column here.
ENTITY_COLUMNS = columns(Entity)
ENTITY_OPTIONAL = optional_columns(Entity)
METRIC_COLUMNS = columns(Metric)
METRIC_OPTIONAL = optional_columns(Metric)
FACT_COLUMNS = columns(Fact)
FACT_OPTIONAL = optional_columns(Fact)
FX_COLUMNS = columns(FxRate)

M = TypeVar("M", bound=BaseModel)


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
        check_value(table, line, fact, metric)
        check_unit(table, line, fact, metric)
    cells = {"metric": fact.metric, "subject": fact.subject, "object": fact.object}
    _check_links(table, line, cells, set(), entities, metrics_known)
    check_fetch(table, line, fact, metric)
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
        check_metric_unit(table, line, metric)
        check_metric_kinds(table, line, metric, kinds)
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
