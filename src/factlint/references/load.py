"""Reading the reference CSVs into validated models, collecting every problem."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from factlint.errors import Problem, ReferenceDataError, display_path
from factlint.periods import parse_period
from factlint.references.models import Entity, Fact, FxRate, Metric, References
from factlint.units import UnitError, parse_unit

ENTITY_COLUMNS = ("id", "name", "kind", "aliases")
METRIC_COLUMNS = ("id", "description", "kind", "unit", "keywords", "symmetric")
FACT_COLUMNS = (
    "id", "metric", "subject", "object", "period", "value", "unit", "source", "url", "retrieved", "note",
)  # fmt: skip
FACT_OPTIONAL = ("primary",)
FX_COLUMNS = ("period", "base", "quote", "rate", "source", "url", "retrieved")

M = TypeVar("M", bound=BaseModel)


class _Table:
    """One CSV file being read: its rows with their line numbers, and its problems."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.where = display_path(path)
        self.problems = problems
        self.header: list[str] = []

    def problem(self, line: int, column: str | int, message: str) -> None:
        index = column if isinstance(column, int) else self.column(column)
        self.problems.append(Problem(self.where, line, index, message))

    def column(self, name: str) -> int:
        return self.header.index(name) + 1 if name in self.header else 1

    def rows(
        self, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> Iterator[tuple[int, dict[str, str]]]:
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as ex:
            self.problem(1, 1, f"not UTF-8 (byte {ex.start}); save the file as UTF-8 CSV")
            return
        reader = csv.reader(text.splitlines(keepends=True))
        self.header = [name.strip() for name in next(reader, [])]
        missing = [name for name in required if name not in self.header]
        unknown = [n for n in self.header if n not in required and n not in optional]
        if missing or unknown:
            wanted = ",".join(required)
            if missing:
                self.problem(
                    1, 1, f"missing column(s) {', '.join(missing)}; the header must be {wanted}"
                )
            for name in unknown:
                self.problem(
                    1, self.column(name), f"unknown column {name!r}; the header must be {wanted}"
                )
            return
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(self.header):
                self.problem(
                    line,
                    min(len(cells), len(self.header)) + 1,
                    f"{len(cells)} fields where the header has {len(self.header)}; "
                    "quote a value that contains a comma",
                )
                continue
            yield line, dict(zip(self.header, cells, strict=True))

    def validate(
        self, model: type[M], line: int, row: dict[str, str], extra: dict[str, object]
    ) -> M | None:
        try:
            return model.model_validate({**row, **extra})
        except ValidationError as ex:
            for error in ex.errors():
                field = str(error["loc"][0]) if error["loc"] else ""
                message = error["msg"].removeprefix("Value error, ")
                value = row.get(field, "")
                self.problem(line, field, f"{field}: {message} (got {value!r})")
            return None


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
) -> list[tuple[_Table, int, M]]:
    table = _Table(path, problems)
    if not path.exists():
        table.problem(1, 1, f"missing file; create it with the header {','.join(columns)}")
        return []
    loaded = []
    for line, row in table.rows(columns, optional):
        extra = {"file": table.where, "line": line} if model is Fact else {}
        item = table.validate(model, line, row, extra)
        if item is not None:
            loaded.append((table, line, item))
    return loaded


def _unique(rows: list[tuple[_Table, int, M]], key: str, what: str) -> dict[str, M]:
    seen: dict[str, M] = {}
    first: dict[str, str] = {}
    for table, line, item in rows:
        value = str(getattr(item, key))
        if value in seen:
            table.problem(
                line,
                key,
                f"duplicate {what} {value!r} (first at {first[value]}); give each row its own id",
            )
            continue
        seen[value] = item
        first[value] = f"{table.where}:{line}"
    return seen


def _check_value(table: _Table, line: int, fact: Fact, metric: Metric) -> None:
    if metric.kind in ("amount", "percent"):
        try:
            float(fact.value)
        except ValueError:
            table.problem(
                line,
                "value",
                f"value {fact.value!r} is not a number; write a plain number like 244.81 (no commas)",
            )
            return
        _check_unit(table, line, fact, metric)
    elif metric.kind in ("rank", "ordinal"):
        if not fact.value.isdigit() or int(fact.value) < 1:
            table.problem(
                line,
                "value",
                f"value {fact.value!r}: a {metric.kind} is a whole number from 1, like 5",
            )
    elif metric.kind == "date":
        try:
            parse_period(fact.value)
        except ValueError:
            table.problem(
                line, "value", f"value {fact.value!r} is not a date; write it as YYYY-MM-DD"
            )


def _check_unit(table: _Table, line: int, fact: Fact, metric: Metric) -> None:
    if not metric.unit or not fact.unit:
        if metric.unit and not fact.unit:
            table.problem(
                line, "unit", f"unit is empty; metric {metric.id!r} is measured in {metric.unit!r}"
            )
        return
    try:
        fact_unit, metric_unit = parse_unit(fact.unit), parse_unit(metric.unit)
        if fact_unit.dimension != metric_unit.dimension:
            table.problem(
                line,
                "unit",
                f"unit {fact.unit!r} does not fit metric {metric.id!r}, measured in {metric.unit!r}",
            )
    except UnitError as ex:
        table.problem(line, "unit", str(ex))


def _check_fact(
    table: _Table, line: int, fact: Fact, entities: dict[str, Entity], metrics: dict[str, Metric]
) -> None:
    metric = metrics.get(fact.metric)
    if metric is None:
        table.problem(
            line,
            "metric",
            f"unknown metric {fact.metric!r}; add it to references/metrics.csv or fix the id",
        )
    else:
        _check_value(table, line, fact, metric)
    for role in ("subject", "object"):
        entity_id = getattr(fact, role)
        if entity_id and entity_id not in entities:
            table.problem(
                line,
                role,
                f"unknown entity {entity_id!r}; add it to references/entities.csv or fix the id",
            )


def load_references(folder: Path | str) -> References:
    """Load and validate a reference folder; raise ReferenceDataError listing every problem."""
    root = Path(folder)
    problems: list[Problem] = []
    if not root.is_dir():
        raise ReferenceDataError([Problem(display_path(root), 1, 1, "no such reference folder")])
    entity_rows = _load_rows(root / "entities.csv", Entity, ENTITY_COLUMNS, problems)
    metric_rows = _load_rows(root / "metrics.csv", Metric, METRIC_COLUMNS, problems)
    fact_files = sorted((root / "facts").glob("*.csv"))
    if not fact_files:
        problems.append(
            Problem(display_path(root / "facts"), 1, 1, "no fact files; add facts/<topic>.csv")
        )
    fact_rows = []
    for path in fact_files:
        fact_rows.extend(_load_rows(path, Fact, FACT_COLUMNS, problems, FACT_OPTIONAL))
    fx_path = root / "fx.csv"
    fx_rows = _load_rows(fx_path, FxRate, FX_COLUMNS, problems) if fx_path.exists() else []
    entities = _unique(entity_rows, "id", "entity id")
    metrics = _unique(metric_rows, "id", "metric id")
    _unique(fact_rows, "id", "fact id")
    for table, line, fact in fact_rows:
        _check_fact(table, line, fact, entities, metrics)
    if problems:
        raise ReferenceDataError(sorted(problems, key=lambda p: (p.path, p.line, p.column)))
    return References(
        entities=entities,
        metrics=metrics,
        facts=[fact for _, _, fact in fact_rows],
        fx=[rate for _, _, rate in fx_rows],
        sha256=fingerprint(root),
        folder=display_path(root),
    )
