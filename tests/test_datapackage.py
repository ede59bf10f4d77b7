"""references/datapackage.json describes the same tables the loader reads.

The Data Package lets tools outside factlint (frictionless, spreadsheets, CKAN) read the
reference set; these tests keep it in step with the loader's columns and the models.
"""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from factlint.references.load import (
    ENTITY_COLUMNS,
    FACT_COLUMNS,
    FACT_OPTIONAL,
    FX_COLUMNS,
    METRIC_COLUMNS,
)
from factlint.references.models import Entity, Fact, FxRate, Metric, MetricKind

REFERENCES = Path(__file__).resolve().parent.parent / "references"
PACKAGE: dict[str, Any] = json.loads((REFERENCES / "datapackage.json").read_text("utf-8"))
RESOURCES: dict[str, dict[str, Any]] = {r["path"]: r for r in PACKAGE["resources"]}
# Model fields the loader fills in itself, not read from a column.
LOADER_FIELDS = {"file", "line"}


def _header(path: str) -> list[str]:
    first = (REFERENCES / path).read_text(encoding="utf-8-sig").splitlines()[0]
    return [name.strip() for name in first.split(",")]


def _expected(path: str) -> tuple[type[BaseModel], tuple[str, ...]]:
    if path == "entities.csv":
        return Entity, ENTITY_COLUMNS
    if path == "metrics.csv":
        return Metric, METRIC_COLUMNS
    if path == "fx.csv":
        return FxRate, FX_COLUMNS
    assert path.startswith("facts/"), path
    optional = tuple(name for name in FACT_OPTIONAL if name in _header(path))
    return Fact, FACT_COLUMNS + optional


def _required_in_model(model: type[BaseModel], name: str) -> bool:
    """A column must be filled when the model has no default or demands a minimum length."""
    info = model.model_fields[name]
    return info.is_required() or any(
        (getattr(rule, "min_length", None) or 0) > 0 for rule in info.metadata
    )


def _pattern_in_model(model: type[BaseModel], name: str) -> str | None:
    patterns = [getattr(r, "pattern", None) for r in model.model_fields[name].metadata]
    return next((p for p in patterns if p), None)


def test_package_is_a_tabular_data_package() -> None:
    assert PACKAGE["profile"] == "tabular-data-package"
    names = [r["name"] for r in PACKAGE["resources"]]
    assert len(names) == len(set(names))


def test_every_csv_has_exactly_one_resource_and_back() -> None:
    on_disk = sorted(p.relative_to(REFERENCES).as_posix() for p in REFERENCES.rglob("*.csv"))
    described = [r["path"] for r in PACKAGE["resources"]]
    assert len(described) == len(set(described))
    assert sorted(described) == on_disk


@pytest.mark.parametrize("path", sorted(RESOURCES))
def test_resource_is_a_utf8_csv(path: str) -> None:
    resource = RESOURCES[path]
    assert resource["format"] == "csv"
    assert resource["encoding"] == "utf-8"


@pytest.mark.parametrize("path", sorted(RESOURCES))
def test_fields_are_the_loader_columns_and_the_model_fields(path: str) -> None:
    model, columns = _expected(path)
    names = tuple(f["name"] for f in RESOURCES[path]["schema"]["fields"])
    assert names == columns
    assert set(names) == set(model.model_fields) - LOADER_FIELDS - (set(FACT_OPTIONAL) - set(names))
    assert tuple(_header(path)) == columns


@pytest.mark.parametrize("path", sorted(RESOURCES))
def test_required_flags_match_the_models(path: str) -> None:
    model, _ = _expected(path)
    for spec in RESOURCES[path]["schema"]["fields"]:
        constraints = spec.get("constraints", {})
        required = _required_in_model(model, spec["name"])
        assert constraints.get("required", False) == required, spec["name"]
        pattern = _pattern_in_model(model, spec["name"])
        if pattern is not None:
            assert constraints.get("pattern") == pattern, spec["name"]


@pytest.mark.parametrize("path", sorted(RESOURCES))
def test_field_types_fit_the_models(path: str) -> None:
    model, _ = _expected(path)
    wanted = {int: "integer", float: "number", bool: "boolean"}
    for spec in RESOURCES[path]["schema"]["fields"]:
        annotation = model.model_fields[spec["name"]].annotation
        if annotation is not None and annotation.__name__ == "date":
            assert spec["type"] == "date", spec["name"]
        else:
            assert spec["type"] == wanted.get(annotation, "string"), spec["name"]  # type: ignore[arg-type]


def test_metric_kind_enum_is_the_model_literal() -> None:
    (kind,) = [f for f in RESOURCES["metrics.csv"]["schema"]["fields"] if f["name"] == "kind"]
    assert kind["constraints"]["enum"] == list(typing.get_args(MetricKind))


@pytest.mark.parametrize("path", sorted(p for p in RESOURCES if p.startswith("facts/")))
def test_facts_point_at_metrics_and_entities(path: str) -> None:
    schema = RESOURCES[path]["schema"]
    assert schema["primaryKey"] == ["id"]
    links = {
        (fk["fields"], fk["reference"]["resource"], fk["reference"]["fields"])
        for fk in schema["foreignKeys"]
    }
    assert links == {
        ("metric", "metrics", "id"),
        ("subject", "entities", "id"),
        ("object", "entities", "id"),
    }


def test_referenced_resources_exist() -> None:
    names = {r["name"] for r in PACKAGE["resources"]}
    for resource in PACKAGE["resources"]:
        for fk in resource["schema"].get("foreignKeys", []):
            assert fk["reference"]["resource"] in names
        assert resource["schema"]["primaryKey"]
