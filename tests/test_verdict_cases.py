"""Verdicts over tables of cases, one TOML file per theme in ``tests/verdict_cases/``.

A case is a short text, the facts of a small reference set and the verdict of every
claim in the text, in order::

    [[case]]
    name = "a scale word off by a thousand"
    text = "China-Russia trade reached $245 million in 2024."
    facts = ["t24,trade,CHN,RUS,2024,244.81,billion USD"]
    expect = [["$245 million", "flag", "value", "major"]]

``facts`` rows are ``id,metric,subject,object,period,value,unit[,source[,primary]]``,
or the columns a case's ``columns`` names, as an analyst writes them
(``columns = "id,metric,subject,object,period,value,unit,published,estimate,revises"``);
columns a row leaves out get conftest's defaults (a source, an address, a retrieval
date). The reference set is conftest's ``ENTITIES``, ``METRICS`` and ``FX`` plus the
optional ``entities``, ``metrics`` and ``fx`` rows of the case. ``metric_columns`` names the metrics' header when
a table's metrics use optional columns (``id,description,kind,unit,keywords,symmetric,
negative``), for the table's rows and the case's. ``published`` (ISO date) defaults
to the seed's day (``""``: a document with no publication date); ``policy`` is a table of comparison settings. Each expected verdict is
``[claim text, verdict, reason]`` with ``""`` for no reason, and an optional severity.

``reviews`` rows are an analyst's ``claims/reviews.csv`` written by claim text instead of
claim id: ``["$245 billion", "link", "t23", "the article means 2023"]`` pins the claim
to fact ``t23``, ``["$245 billion", "ignore", "", "a forecast"]`` sets it aside; an
ignored claim is expected as ``[claim text, "ignored", ""]``.

A table may give ``entities`` and ``metrics`` rows before its first case: every case of
the table has them, before its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import factlint
from conftest import (
    ENTITIES,
    FACT_HEADER,
    FX,
    METRICS,
    SEED_PUBLISHED,
    fact_row,
    make_document,
    write_references,
)
from factlint.config import Policy

FOLDER = Path(__file__).parent / "verdict_cases"
MINIMUM_CASES = 150
KEYS = {
    "name", "text", "facts", "expect", "entities", "metrics", "fx", "published", "policy",
    "reviews", "columns", "metric_columns",
}  # fmt: skip
COLUMNS = "id,metric,subject,object,period,value,unit,source,primary"
DEFAULTS = {"source": "Customs", "retrieved": "2025-01-13"}


def load_cases() -> list[tuple[str, dict[str, Any]]]:
    """Every case of every table; a table's own ``entities`` and ``metrics`` rows (before
    its first case) go with each of its cases."""
    cases = []
    for path in sorted(FOLDER.glob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        shared: dict[str, Any] = {
            key: table[key] for key in ("entities", "metrics", "metric_columns") if key in table
        }
        for number, case in enumerate(table["case"]):
            unknown = set(case) - KEYS
            assert not unknown, f"{path.name} case {number}: unknown keys {unknown}"
            for key, rows in shared.items():
                if isinstance(rows, str):
                    case = {key: rows, **case}
                    continue
                case = {**case, key: [*rows, *case.get(key, [])]}
            cases.append((f"{path.stem}:{case['name']}", case))
    return cases


CASES = load_cases()


def facts_csv(rows: list[str], columns: str = COLUMNS) -> str:
    """The fact file of a case: its header, then a row for each of ``rows``, written in
    ``columns``; each required column a row leaves out gets a default."""
    if columns == COLUMNS:
        return FACT_HEADER + "".join(fact_row(*next(csv.reader([row]))) for row in rows)
    names = columns.split(",")
    header = FACT_HEADER.strip().split(",")
    header += [name for name in names if name not in header]
    lines = [",".join(header)]
    for row in rows:
        cells = dict(zip(names, next(csv.reader([row])), strict=True))
        cells.setdefault("url", f"https://example.org/{cells['id']}")
        for name, value in DEFAULTS.items():
            cells.setdefault(name, value)
        cells["retrieved"] = max(cells["retrieved"], cells.get("published") or "")
        lines.append(",".join(_quoted(cells.get(name, "")) for name in header))
    return "\n".join(lines) + "\n"


def _quoted(cell: str) -> str:
    return f'"{cell}"' if "," in cell else cell


def case_published(case: dict[str, Any]) -> dt.date | None:
    """The document's publication date: the seed's by default, none for ``""``."""
    if "published" not in case:
        return SEED_PUBLISHED
    return dt.date.fromisoformat(case["published"]) if case["published"] else None


def write_case(case: dict[str, Any], folder: Path) -> Path:
    """The reference folder of a case."""
    write_references(
        folder,
        "",
        metrics=extended(with_columns(METRICS, case.get("metric_columns")), case.get("metrics")),
        entities=extended(ENTITIES, case.get("entities")),
    )
    facts = facts_csv(case["facts"], case.get("columns", COLUMNS))
    (folder / "facts" / "facts.csv").write_text(facts, encoding="utf-8")
    if case.get("fx"):
        (folder / "fx.csv").write_text(extended(FX, case["fx"]), encoding="utf-8")
    return folder


def extended(base: str, extra: list[str] | None) -> str:
    return base + "".join(line + "\n" for line in extra or [])


def with_columns(table: str, columns: str | None) -> str:
    """``table`` under the header ``columns`` (its own columns first, then optional ones),
    each row given an empty cell for every column it lacks."""
    if not columns:
        return table
    header, *rows = table.splitlines()
    extra = len(columns.split(",")) - len(header.split(","))
    return "\n".join([columns, *(row + "," * extra for row in rows)]) + "\n"


def reviews_csv(report: factlint.Report, rows: list[list[str]]) -> str:
    """A reviews file for ``rows`` keyed by claim text, with each text's claim id."""
    ids = {}
    for verdict in reversed(report.verdicts):
        ids[verdict.claim.text] = verdict.claim.id  # the first claim with the text wins
    lines = ["claim_id,action,fact_id,reason"]
    for text, action, fact_id, reason in rows:
        assert text in ids, f"no claim {text!r} to review; claims: {sorted(ids)}"
        lines.append(f'{ids[text]},{action},{fact_id},"{reason}"')
    return "\n".join(lines) + "\n"


def test_the_tables_hold_enough_cases() -> None:
    assert len(CASES) >= MINIMUM_CASES


def test_the_cases_cover_every_reason() -> None:
    reasons = Counter(e[2] for _, case in CASES for e in case["expect"] if e[1] == "flag")
    assert set(reasons) >= {
        "value", "rank", "date", "text", "ambiguous", "inconsistent", "superseded",
        "comparison",
    }  # fmt: skip


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[name for name, _ in CASES])
def test_case(case: dict[str, Any], tmp_path: Path) -> None:
    folder = write_case(case, tmp_path / "refs")
    published = case_published(case)
    policy = Policy(**case.get("policy", {}))
    documents = [make_document(case["text"], published)]
    reviews = None
    if case.get("reviews"):
        reviews = tmp_path / "reviews.csv"
        reviews.write_text(
            reviews_csv(factlint.check(documents, folder, policy), case["reviews"]), "utf-8"
        )
    report = factlint.check(documents, folder, policy, reviews)
    got = [
        [v.claim.text, "ignored", ""]
        if v.ignored
        else [v.claim.text, v.verdict, v.reason or "", *([v.severity] if v.severity else [])]
        for v in report.verdicts
    ]
    want = case["expect"]
    assert [g[: len(w)] for g, w in zip(got, want, strict=False)] == want, [
        v.explanation for v in report.verdicts
    ]
    assert len(got) == len(want), [v.explanation for v in report.verdicts]
