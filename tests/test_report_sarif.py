"""report.sarif: SARIF 2.1.0 with a result per flagged or unverified claim, each pointing
at the claim's exact line and columns in its document."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import factlint
from conftest import ROOT, SEED, make_document, with_reviews
from factlint.report import Report
from factlint.report.sarif import _rules, render
from validators import sarif_problems

RULE_IDS = [
    "factlint/value",
    "factlint/rank",
    "factlint/date",
    "factlint/text",
    "factlint/ambiguous",
    "factlint/inconsistent",
    "factlint/superseded",
    "factlint/comparison",
    "factlint/unverified",
    "factlint/stale-review",
]


def run_of(report: Report) -> dict[str, Any]:
    sarif = json.loads(render(report))
    assert len(sarif["runs"]) == 1
    run: dict[str, Any] = sarif["runs"][0]
    return run


def test_is_sarif_2_1_0_from_factlint(report: Report) -> None:
    text = render(report)
    sarif = json.loads(text)

    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factlint"
    assert [rule["id"] for rule in driver["rules"]] == RULE_IDS
    assert all(rule["shortDescription"]["text"] for rule in driver["rules"])
    assert text.endswith("}\n") and text.startswith('{\n  "$schema"')


def test_one_result_per_flagged_or_unverified_claim(report: Report) -> None:
    results = run_of(report)["results"]
    problems = [v for v in report.verdicts if v.verdict != "pass"]

    assert len(results) == report.count("flag") + report.count("unverified") == len(problems)
    rules = run_of(report)["tool"]["driver"]["rules"]
    for verdict, result in zip(problems, results, strict=True):
        expected = (
            "factlint/unverified"
            if verdict.verdict == "unverified"
            else f"factlint/{verdict.reason}"
        )
        assert result["ruleId"] == expected == rules[result["ruleIndex"]]["id"]
        assert result["message"]["text"] == verdict.explanation
        assert result["partialFingerprints"] == {"factlintClaimId/v1": verdict.claim.id}


def test_levels_follow_verdict_and_severity(report: Report) -> None:
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    unverified = next(v for v in report.verdicts if v.verdict == "unverified")
    major = flag.model_copy(update={"severity": "major"})
    minor = flag.model_copy(update={"severity": "minor"})
    results = run_of(report.model_copy(update={"verdicts": [major, minor, unverified]}))["results"]

    assert [r["level"] for r in results] == ["error", "warning", "note"]


def test_regions_point_at_the_claim_text(report: Report) -> None:
    lines = report.documents[0].text.split("\n")
    results = run_of(report)["results"]
    problems = [v for v in report.verdicts if v.verdict != "pass"]

    for verdict, result in zip(problems, results, strict=True):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == verdict.claim.doc
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (
            verdict.claim.line,
            verdict.claim.column,
        )
        assert region["endLine"] == region["startLine"]
        line = lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == verdict.claim.text
    assert run_of(report)["columnKind"] == "unicodeCodePoints"


def test_a_claim_across_lines_ends_on_its_last_line(report: Report) -> None:
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    wrapped = flag.model_copy(update={"claim": flag.claim.model_copy(update={"text": "$254\nbn"})})
    result = run_of(report.model_copy(update={"verdicts": [wrapped]}))["results"][0]

    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["endLine"], region["endColumn"]) == (flag.claim.line + 1, 3)


def test_a_path_with_spaces_becomes_a_valid_uri(report: Report) -> None:
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    spaced = flag.model_copy(
        update={"claim": flag.claim.model_copy(update={"doc": "news/a b.txt"})}
    )
    result = run_of(report.model_copy(update={"verdicts": [spaced]}))["results"][0]

    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a%20b.txt"


def test_a_clean_report_has_no_results(report: Report) -> None:
    passes = [v for v in report.verdicts if v.verdict == "pass"]

    assert run_of(report.model_copy(update={"verdicts": passes}))["results"] == []


def test_rendering_is_deterministic(report: Report) -> None:
    rebuilt = Report.model_validate(report.model_dump())

    assert render(report) == render(report) == render(rebuilt)


def test_valid_sarif_2_1_0_complete_for_github_code_scanning(report: Report) -> None:
    assert sarif_problems(render(report)) == []
    assert sarif_problems(render(with_reviews(report))) == []


def broken(report: Report, change: Callable[[dict[str, Any]], None]) -> str:
    sarif = json.loads(render(report))
    change(sarif)
    return json.dumps(sarif)


def _drop_help(sarif: dict[str, Any]) -> None:
    del sarif["runs"][0]["tool"]["driver"]["rules"][0]["help"]


def _drop_fingerprints(sarif: dict[str, Any]) -> None:
    del sarif["runs"][0]["results"][0]["partialFingerprints"]


def _drop_information_uri(sarif: dict[str, Any]) -> None:
    del sarif["runs"][0]["tool"]["driver"]["informationUri"]


def _line_zero(sarif: dict[str, Any]) -> None:
    sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0


def _severity_as_level(sarif: dict[str, Any]) -> None:
    sarif["runs"][0]["results"][0]["level"] = "major"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (_drop_help, "rule factlint/value: no help.text"),
        (_drop_fingerprints, "results[0]: no partialFingerprints"),
        (_drop_information_uri, "no informationUri"),
        (_line_zero, "0 is less than the minimum of 1"),
        (_severity_as_level, "'major' is not one of"),
    ],
)
def test_the_check_catches_what_github_rejects_or_shows_badly(
    report: Report, change: Callable[[dict[str, Any]], None], complaint: str
) -> None:
    problems = sarif_problems(broken(report, change))
    assert any(complaint in problem for problem in problems), problems


def test_every_rule_says_what_it_means_and_how_to_mend_it() -> None:
    for rule in _rules():
        assert rule["fullDescription"]["text"] != rule["shortDescription"]["text"]
        assert "How to mend it." in rule["help"]["text"]
        assert "`" in rule["help"]["markdown"] and "`" not in rule["help"]["text"]
        assert rule["helpUri"].endswith("/docs/rules.md#" + rule["id"].replace("/", ""))


def test_a_flag_keeps_its_fingerprint_when_lines_above_it_move(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8").replace("$245 billion", "$254 billion")
    before = factlint.check([make_document(seed)], ROOT / "references")
    after = factlint.check([make_document("A new first line.\n\n" + seed)], ROOT / "references")

    def flags(report: Report) -> dict[str, int]:
        results = run_of(report)["results"]
        return {
            r["partialFingerprints"]["factlintClaimId/v1"]: r["locations"][0]["physicalLocation"][
                "region"
            ]["startLine"]
            for r in results
            if r["ruleId"] == "factlint/value"
        }

    assert flags(before).keys() == flags(after).keys() and flags(before)
    assert all(flags(after)[key] == line + 2 for key, line in flags(before).items())


def test_a_superseded_figure_is_its_own_rule_and_a_warning(desk_report: Report) -> None:
    run = run_of(desk_report)
    (result,) = [r for r in run["results"] if r["ruleId"] == "factlint/superseded"]
    assert result["level"] == "warning"
    assert result["ruleIndex"] == RULE_IDS.index("factlint/superseded")
    assert "superseded, minor" in result["message"]["text"]
