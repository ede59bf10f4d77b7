"""report.json: built from pydantic models, valid against the schema published beside the
reports, and carrying each verdict's evidence as data."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, with_reviews
from factlint.about import version
from factlint.report import Report
from factlint.report.json_report import FORMAT_VERSION, facts_by_id, render, render_schema
from validators import REPORT_SCHEMA, report_json_problems


def test_the_published_schema_is_the_one_the_models_generate() -> None:
    assert REPORT_SCHEMA.read_text(encoding="utf-8") == render_schema(), (
        "reports/report.schema.json is stale: run `make generated` and commit it"
    )


def test_reports_are_valid_against_the_published_schema(report: Report) -> None:
    empty = report.model_copy(update={"verdicts": [], "skipped": [], "documents": []})
    for each in (report, with_reviews(report), empty):
        assert report_json_problems(render(each)) == []


def test_says_which_format_and_which_factlint_wrote_it(report: Report) -> None:
    data = json.loads(render(report))
    assert data["format_version"] == FORMAT_VERSION == "3"
    assert data["factlint_version"] == version()
    assert data["references"]["sha256"] == report.references_sha256


def test_each_claim_carries_its_evidence_as_data(report: Report) -> None:
    data = json.loads(render(report))
    flagged = next(c for c in data["claims"] if c["verdict"] == "flag")
    verdict = next(v for v in report.verdicts if v.claim.id == flagged["claim"]["id"])

    assert flagged["reason"] == verdict.reason and flagged["severity"] == verdict.severity
    assert verdict.fact is not None
    assert flagged["fact"] == verdict.fact.id  # the fact itself is under "facts"
    assert data["facts"][verdict.fact.id] == verdict.fact.model_dump(mode="json")
    assert flagged["facts"] == [f.id for f in verdict.facts]
    assert flagged["claim"]["period"] == str(verdict.claim.period)
    record = facts_by_id(verdict.evidence.model_dump(mode="json"), {})
    assert flagged["evidence"] == record  # the decision record, its facts by id
    assert record["link"]["candidates"][0]["fact"] in data["facts"]
    assert flagged["explanation"] == verdict.explanation
    assert flagged["claim"]["entities"] == verdict.claim.entities
    assert flagged["location"] == f"doc.txt:{verdict.claim.line}:{verdict.claim.column}"
    assert flagged["ignored"] is False and flagged["review"] is None


def test_each_fact_a_claim_names_is_written_once(report: Report) -> None:
    text = render(report)
    data = json.loads(text)
    named: set[str] = set()

    def ids(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "fact" and isinstance(item, str):
                    named.add(item)
                ids(item)
        elif isinstance(value, list):
            for item in value:
                ids(item)

    ids(data["claims"])
    assert named and named <= data["facts"].keys()
    assert list(data["facts"]) == sorted(data["facts"])
    assert all(fact["id"] == fact_id for fact_id, fact in data["facts"].items())
    assert text.count('"retrieved": ') == len(data["facts"])  # nowhere but under "facts"


def test_a_review_is_in_the_claim_it_sets_aside(report: Report) -> None:
    data = json.loads(render(with_reviews(report)))
    [ignored] = [c for c in data["claims"] if c["ignored"]]
    assert ignored["review"]["action"] == "ignore" and ignored["review"]["reason"] == "quoted"
    assert data["reviews"]["ignored"] == 1
    assert [r["claim_id"] for r in data["reviews"]["stale"]] == ["0123456789"]


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        del data["claims"][0][key]

    return change


def _unknown_verdict(data: dict[str, Any]) -> None:
    data["claims"][0]["verdict"] = "wrong"


def _extra_key(data: dict[str, Any]) -> None:
    data["claims"][0]["fact_id"] = "flattened"


def _old_layout(data: dict[str, Any]) -> None:
    data["references_sha256"] = data.pop("references")["sha256"]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (_drop("reason"), "'reason' is a required property"),
        (_unknown_verdict, "'wrong' is not one of"),
        (_extra_key, "Additional properties are not allowed ('fact_id'"),
        (_old_layout, "'references' is a required property"),
    ],
)
def test_the_schema_catches_a_report_of_another_shape(
    report: Report, change: Callable[[dict[str, Any]], None], complaint: str
) -> None:
    data = json.loads(render(report))
    change(data)
    problems = report_json_problems(json.dumps(data))
    assert any(complaint in problem for problem in problems), problems


def test_the_schema_is_self_describing() -> None:
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format_version"]["const"] == FORMAT_VERSION
    assert Path(schema["$id"]).name == "report.schema.json"
    assert (ROOT / "reports" / "report.schema.json").exists()


def test_rendering_is_deterministic(report: Report) -> None:
    rebuilt = Report.model_validate(report.model_dump())
    assert render(report) == render(rebuilt)
