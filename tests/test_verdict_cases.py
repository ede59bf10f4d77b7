"""Verdicts over tables of cases, one TOML file per theme in ``tests/verdict_cases/``.

A case is a short text, the facts of a small reference set and the verdict of every
claim in the text, in order::

    [[case]]
    name = "a scale word off by a thousand"
    text = "China-Russia trade reached $245 million in 2024."
    facts = ["t24,trade,CHN,RUS,2024,244.81,billion USD"]
    expect = [["$245 million", "flag", "value", "major"]]

``facts`` rows are ``id,metric,subject,object,period,value,unit[,source[,primary]]``;
the reference set is conftest's ``ENTITIES``, ``METRICS`` and ``FX`` plus the optional
``entities``, ``metrics`` and ``fx`` rows of the case. ``published`` (ISO date) defaults
to the seed's day; ``policy`` is a table of comparison settings. Each expected verdict is
``[claim text, verdict, reason]`` with ``""`` for no reason, and an optional severity.

``reviews`` rows are an analyst's ``claims/reviews.csv`` written by claim text instead of
claim id: ``["$245 billion", "link", "t23", "the article means 2023"]`` pins the claim
to fact ``t23``, ``["$245 billion", "ignore", "", "a forecast"]`` sets it aside; an
ignored claim is expected as ``[claim text, "ignored", ""]``.
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
    "reviews",
}  # fmt: skip


def load_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(FOLDER.glob("*.toml")):
        for number, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"]):
            unknown = set(case) - KEYS
            assert not unknown, f"{path.name} case {number}: unknown keys {unknown}"
            cases.append((f"{path.stem}:{case['name']}", case))
    return cases


CASES = load_cases()


def facts_csv(rows: list[str]) -> str:
    lines = []
    for row in rows:
        fields = next(csv.reader([row]))
        lines.append(fact_row(*fields))
    return "".join(lines)


def extended(base: str, extra: list[str] | None) -> str:
    return base + "".join(line + "\n" for line in extra or [])


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
    assert set(reasons) >= {"value", "rank", "date", "text", "ambiguous", "inconsistent"}


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[name for name, _ in CASES])
def test_case(case: dict[str, Any], tmp_path: Path) -> None:
    folder = write_references(
        tmp_path / "refs",
        facts_csv(case["facts"]),
        metrics=extended(METRICS, case.get("metrics")),
        entities=extended(ENTITIES, case.get("entities")),
    )
    if case.get("fx"):
        (folder / "fx.csv").write_text(extended(FX, case["fx"]), encoding="utf-8")
    published = dt.date.fromisoformat(case["published"]) if "published" in case else SEED_PUBLISHED
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
