"""references/datapackage.json: generated from the row models, checked by frictionless,
and kept in step by `refs validate`.

Both validators run on broken copies of the shipped references: what a Table Schema can
say (types, patterns, enums, foreign keys, currency codes) both catch, each at the row
and column of the break.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from frictionless import validate
from pydantic import Field

from factlint.references.columns import column
from factlint.references.load import FACT_COLUMNS, FACT_OPTIONAL
from factlint.references.models import Fact
from factlint.references.schema import FACTS, Table, render, stale, table_schema

ROOT = Path(__file__).resolve().parent.parent
REFERENCES = ROOT / "references"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, text=True
    )


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    shutil.copytree(REFERENCES, tmp_path / "references")
    return tmp_path / "references"


def errors(folder: Path) -> list[tuple[str, int | None, str | None, str]]:
    """frictionless's errors: (resource, row, field, type)."""
    report = validate(str(folder / "datapackage.json"))
    return [
        (task.name, error.get("rowNumber"), error.get("fieldName"), error["type"])
        for task in report.tasks
        for error in (e.to_dict() for e in task.errors)
    ]


def test_the_shipped_package_is_what_the_models_generate() -> None:
    assert (REFERENCES / "datapackage.json").read_text(encoding="utf-8") == render(REFERENCES)
    assert stale(REFERENCES) is None


def test_frictionless_validates_the_shipped_references() -> None:
    assert errors(REFERENCES) == []


def test_frictionless_command_line_validates_the_shipped_package() -> None:
    frictionless = Path(sys.executable).parent / "frictionless"
    result = subprocess.run(
        [str(frictionless), "validate", "references/datapackage.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert "INVALID" not in result.stdout


def test_every_csv_has_one_resource_and_every_resource_a_csv() -> None:
    package = json.loads((REFERENCES / "datapackage.json").read_text(encoding="utf-8"))
    on_disk = sorted(p.relative_to(REFERENCES).as_posix() for p in REFERENCES.rglob("*.csv"))
    assert sorted(r["path"] for r in package["resources"]) == on_disk
    names = [r["name"] for r in package["resources"]]
    assert len(names) == len(set(names))


def test_fact_fields_are_the_loader_columns_then_the_optional_ones() -> None:
    schema = table_schema(FACTS)
    assert tuple(f["name"] for f in schema["fields"]) == FACT_COLUMNS + FACT_OPTIONAL
    assert schema["fieldsMatch"] == "superset"
    assert {(k["fields"], k["reference"]["resource"]) for k in schema["foreignKeys"]} == {
        ("metric", "metrics"),
        ("subject", "entities"),
        ("object", "entities"),
    }


def test_a_new_optional_model_field_appears_in_the_schema_by_itself() -> None:
    class Revised(Fact):
        revises: str = Field(
            default="",
            description="The id of the fact this one revises.",
            json_schema_extra=column(optional=True, references="facts"),
        )

    schema = table_schema(Table("facts", Revised, "Facts"))
    (field,) = [f for f in schema["fields"] if f["name"] == "revises"]
    assert field == {
        "name": "revises",
        "type": "string",
        "description": "The id of the fact this one revises.",
    }
    assert {"fields": "revises", "reference": {"resource": "facts", "fields": "id"}} in schema[
        "foreignKeys"
    ]


def test_a_new_fact_file_makes_the_package_stale_until_regenerated(refs: Path) -> None:
    shutil.copy(refs / "facts" / "us-trade.csv", refs / "facts" / "new-topic.csv")
    rows = (refs / "facts" / "new-topic.csv").read_text(encoding="utf-8").splitlines()
    header, *body = rows
    renamed = [f"new-{line}" for line in body]
    (refs / "facts" / "new-topic.csv").write_text("\n".join([header, *renamed]) + "\n")
    result = run("refs", "validate", "references", cwd=refs.parent)
    assert result.returncode == 2
    assert "references/datapackage.json:" in result.stderr
    assert "run `factlint refs schema references --write`" in result.stderr
    written = run("refs", "schema", "references", "--write", cwd=refs.parent)
    assert written.returncode == 0 and "written" in written.stdout
    assert run("refs", "validate", "references", cwd=refs.parent).returncode == 0
    assert run("refs", "schema", "references", "--check", cwd=refs.parent).returncode == 0
    assert ("facts-new-topic", None, None, "package-error") not in errors(refs)
    assert errors(refs) == []


def test_the_optional_primary_column_passes_both_validators(refs: Path) -> None:
    path = refs / "facts" / "us-trade.csv"
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    path.write_text(
        "\n".join(
            [
                f"{header},primary",
                *(f"{row},{'true' if i == 0 else ''}" for i, row in enumerate(rows)),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert run("refs", "validate", "references", cwd=refs.parent).returncode == 0
    assert errors(refs) == []


def _break(refs: Path, file: str, line: int, column: str, value: str) -> None:
    path = refs / file
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    import csv

    cells = next(csv.reader([lines[line - 1]]))
    cells[header.index(column)] = value
    out = ",".join(f'"{c}"' if "," in c else c for c in cells)
    lines[line - 1] = out
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


BREAKS: list[Any] = [
    pytest.param("facts/us-trade.csv", "period", "2024-13x", "constraint-error", id="period"),
    pytest.param("facts/us-trade.csv", "metric", "no_such_metric", "foreign-key", id="metric"),
    pytest.param("facts/us-trade.csv", "subject", "NOBODY", "foreign-key", id="subject"),
    pytest.param("facts/us-trade.csv", "retrieved", "2024-02-30", "type-error", id="date"),
    pytest.param("facts/us-trade.csv", "url", "ftp://x", "constraint-error", id="url"),
    pytest.param("facts/us-trade.csv", "id", "", "constraint-error", id="empty id"),
    pytest.param("metrics.csv", "kind", "money", "constraint-error", id="metric kind"),
    pytest.param("metrics.csv", "symmetric", "maybe", "type-error", id="boolean"),
    pytest.param("fx.csv", "base", "USX", "constraint-error", id="currency"),
    pytest.param("fx.csv", "rate", "0", "constraint-error", id="rate above 0"),
    pytest.param("fx.csv", "rate", "7,1", "type-error", id="rate number"),
]


@pytest.mark.parametrize(("file", "column_name", "value", "kind"), BREAKS)
def test_a_broken_copy_fails_both_validators_at_the_same_place(
    refs: Path, file: str, column_name: str, value: str, kind: str
) -> None:
    _break(refs, file, 2, column_name, value)
    found = errors(refs)
    assert any(row == 2 and kind == error for _, row, _, error in found), found
    result = run("refs", "validate", "references", cwd=refs.parent)
    assert result.returncode == 2
    header = (refs / file).read_text(encoding="utf-8").splitlines()[0].split(",")
    place = f"references/{file}:2:{header.index(column_name) + 1}: "
    assert place in result.stderr, result.stderr
