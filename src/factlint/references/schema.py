"""The reference set as a Frictionless Data Package, generated from the row models.

``references/datapackage.json`` lets tools outside factlint (``frictionless validate``,
CKAN, spreadsheets) read the reference set. It is written by ``factlint refs schema
--write`` and never edited by hand: every column, type, pattern, enum and foreign key
comes from the pydantic models in ``factlint.references.models``, so a new field there
appears in the package with no other edit, and ``refs validate`` fails while the file on
disk differs from what the models and the files present say it should be.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from factlint.currencies import iso4217
from factlint.errors import Problem, display_path
from factlint.references.columns import FALSE_WORDS, TRUE_WORDS
from factlint.references.models import Entity, Fact, FxRate, Metric

PACKAGE_FILE = "datapackage.json"
# Data Package v2: fieldsMatch (optional columns) and exclusiveMinimum need it.
DATAPACKAGE_V2 = "https://datapackage.org/profiles/2.0/datapackage.json"
SCHEMA_COMMAND = "factlint refs schema"


@dataclass(frozen=True)
class Table:
    """One kind of reference file: its model, and how the package names it."""

    name: str
    model: type[BaseModel]
    title: str


ENTITIES = Table("entities", Entity, "Entities: countries, people, organisations, places")
METRICS = Table("metrics", Metric, "Metrics: what a number measures")
FACTS = Table("facts", Fact, "Facts")
FX = Table("fx", FxRate, "Exchange rates: 1 base = rate quote over the period")


def _column(info: FieldInfo) -> dict[str, Any]:
    extra = info.json_schema_extra
    spec = extra.get("column", {}) if isinstance(extra, dict) else {}
    return spec if isinstance(spec, dict) else {}


def _is_column(info: FieldInfo) -> bool:
    return not info.exclude


def columns(model: type[BaseModel]) -> tuple[str, ...]:
    """The columns every file of this model must have, in canonical order."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if _is_column(info) and not _column(info).get("optional")
    )


def optional_columns(model: type[BaseModel]) -> tuple[str, ...]:
    """The columns a file of this model may add, in canonical order."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if _is_column(info) and _column(info).get("optional")
    )


def _constraint(info: FieldInfo, name: str) -> Any:
    return next((getattr(rule, name) for rule in info.metadata if hasattr(rule, name)), None)


def _variants(words: tuple[str, ...]) -> list[str]:
    return list(
        dict.fromkeys(form for word in words for form in (word, word.title(), word.upper()))
    )


def field_schema(name: str, info: FieldInfo) -> dict[str, Any]:
    """One Table Schema field: type, description and what a cell must satisfy."""
    annotation = _without_none(info.annotation)
    spec = _column(info)
    field: dict[str, Any] = {"name": name}
    constraints: dict[str, Any] = {}
    choices = [a for a in typing.get_args(annotation) if a] if _is_literal(annotation) else []
    if annotation is bool:
        field["type"] = "boolean"
        field["trueValues"] = _variants(TRUE_WORDS)
        field["falseValues"] = _variants(FALSE_WORDS)
    elif annotation is float:
        field["type"] = "number"
    elif annotation is int:
        field["type"] = "integer"
    elif annotation is dt.date:
        field["type"] = "date"
    else:
        field["type"] = "string"
    if info.description:
        field["description"] = info.description
    min_length = _constraint(info, "min_length") or 0
    if info.is_required() or min_length > 0:
        constraints["required"] = True
    if min_length > 0 and field["type"] == "string" and not _pattern(info, spec):
        constraints["minLength"] = 1
    pattern = _pattern(info, spec)
    if pattern:
        constraints["pattern"] = pattern
    if choices:
        constraints["enum"] = choices
    if spec.get("currency"):
        constraints["enum"] = sorted(iso4217())
    if _constraint(info, "gt") is not None:
        constraints["exclusiveMinimum"] = _constraint(info, "gt")
    if constraints:
        field["constraints"] = constraints
    return field


def _without_none(annotation: Any) -> Any:
    """``X`` of an optional ``X | None`` (an empty cell is None)."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if type(None) in typing.get_args(annotation) and len(args) == 1:
        return args[0]
    return annotation


def _is_literal(annotation: Any) -> bool:
    return typing.get_origin(annotation) is typing.Literal


def _pattern(info: FieldInfo, spec: dict[str, Any]) -> str | None:
    pattern = _constraint(info, "pattern") or spec.get("pattern")
    return str(pattern) if pattern else None


def table_schema(table: Table) -> dict[str, Any]:
    """The Table Schema of one kind of file. Fields are matched by name and optional
    columns may be absent (``fieldsMatch: superset``), as the loader reads them."""
    model = table.model
    names = columns(model) + optional_columns(model)
    fields = [field_schema(name, model.model_fields[name]) for name in names]
    schema: dict[str, Any] = {
        "fields": fields,
        "fieldsMatch": "superset",
        "missingValues": [""],
        "primaryKey": ["period", "base", "quote"] if table is FX else ["id"],
    }
    keys = [
        {"fields": name, "reference": {"resource": _column(info)["references"], "fields": "id"}}
        for name, info in model.model_fields.items()
        if name in names and _column(info).get("references")
    ]
    if keys:
        schema["foreignKeys"] = keys
    return schema


def _resource_name(path: str, taken: set[str]) -> str:
    """A Data Package resource name (lower case, digits, ``-._``), unique in the package."""
    base = re.sub(r"[^a-z0-9._-]+", "-", Path(path).with_suffix("").as_posix().lower()).strip("-")
    base = base.replace("/", "-") or "facts"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    taken.add(name)
    return name


def _resource(table: Table, path: str, name: str, title: str) -> dict[str, Any]:
    return {
        "name": name,
        "path": path,
        "title": title,
        "type": "table",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
        "schema": table_schema(table),
    }


def fact_files(folder: Path) -> list[Path]:
    return sorted((folder / "facts").glob("*.csv"))


def datapackage(folder: Path | str) -> dict[str, Any]:
    """The Data Package describing the reference files in ``folder`` (every
    ``facts/*.csv`` present gets its own resource, sharing the facts schema)."""
    root = Path(folder)
    taken = {"entities", "metrics", "fx"}
    resources = [
        _resource(ENTITIES, "entities.csv", "entities", ENTITIES.title),
        _resource(METRICS, "metrics.csv", "metrics", METRICS.title),
    ]
    for path in fact_files(root):
        relative = path.relative_to(root).as_posix()
        topic = path.stem.replace("-", " ").replace("_", " ")
        name = _resource_name(relative, taken)
        resources.append(_resource(FACTS, relative, name, f"Facts: {topic}"))
    resources.append(_resource(FX, "fx.csv", "fx", FX.title))
    return {
        "$schema": DATAPACKAGE_V2,
        "name": "factlint-references",
        "title": "factlint reference dataset",
        "description": (
            "Curated facts that factlint checks documents against; see README.md. "
            f"Generated by `{SCHEMA_COMMAND} --write` from factlint's row models: do not edit. "
            "Fact ids are unique across all facts resources; factlint refs validate checks "
            "that and more."
        ),
        "resources": resources,
    }


def render(folder: Path | str) -> str:
    """datapackage.json's text: the same files and models always give the same bytes."""
    return json.dumps(datapackage(folder), indent=2, ensure_ascii=False) + "\n"


def stale(folder: Path | str) -> Problem | None:
    """A problem when ``folder/datapackage.json`` is missing or not what
    ``refs schema --write`` would write now (a model changed, a fact file came or went)."""
    path = Path(folder) / PACKAGE_FILE
    wanted = render(folder)
    try:
        current = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Problem(
            display_path(path),
            1,
            1,
            f"file: missing; run `{SCHEMA_COMMAND} {_folder_argument(folder)} --write` "
            "to generate it",
        )
    if current == wanted:
        return None
    line = _first_difference(current, wanted)
    return Problem(
        display_path(path),
        line,
        1,
        "datapackage: out of date with the reference files and factlint's schema; "
        f"run `{SCHEMA_COMMAND} {_folder_argument(folder)} --write` and commit the result",
    )


def _folder_argument(folder: Path | str) -> str:
    return display_path(Path(folder))


def _first_difference(current: str, wanted: str) -> int:
    for number, (have, want) in enumerate(
        zip(current.splitlines(), wanted.splitlines(), strict=False), start=1
    ):
        if have != want:
            return number
    return min(len(current.splitlines()), len(wanted.splitlines())) + 1


def write(folder: Path | str) -> bool:
    """Write datapackage.json atomically; False when it was already up to date."""
    from factlint.references.atomic import write_text_atomically

    path = Path(folder) / PACKAGE_FILE
    text = render(folder)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    write_text_atomically(path, text)
    return True
