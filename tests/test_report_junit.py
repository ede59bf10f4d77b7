"""junit.xml: a test case per claim, failures for flags, skips for unverified claims, a
suite per document, well-formed whatever the document contains."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import junitparser
import pytest

from conftest import with_reviews
from factlint.report import Report
from factlint.report.junit import render
from validators import junit_problems


def parse(xml: str) -> ET.Element:
    return ET.fromstring(xml.encode("utf-8"))


def test_starts_with_an_xml_declaration(report: Report) -> None:
    xml = render(report)

    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    assert xml.endswith("</testsuites>\n")


def test_one_suite_per_document_with_its_counts(report: Report) -> None:
    root = parse(render(report))
    suites = root.findall("testsuite")

    assert [s.get("name") for s in suites] == [d.path for d in report.documents]
    for suite in suites:
        mine = [v for v in report.verdicts if v.claim.doc == suite.get("name")]
        cases = suite.findall("testcase")
        assert suite.get("tests") == str(len(cases)) == str(len(mine))
        assert suite.get("failures") == str(len(suite.findall("testcase/failure")))
        assert suite.get("skipped") == str(len(suite.findall("testcase/skipped")))
    assert root.get("tests") == str(len(report.verdicts))
    assert root.get("failures") == str(report.count("flag"))


def test_each_claim_is_a_testcase_with_its_outcome(report: Report) -> None:
    cases = parse(render(report)).findall("testsuite/testcase")

    assert len(cases) == len(report.verdicts)
    for verdict, case in zip(report.verdicts, cases, strict=True):
        claim = verdict.claim
        assert case.get("classname") == claim.doc
        assert (
            case.get("name") == f"{claim.doc}:{claim.line}:{claim.column} {claim.text} [{claim.id}]"
        )
        failure, skipped = case.find("failure"), case.find("skipped")
        if verdict.verdict == "flag":
            assert failure is not None and skipped is None
            assert failure.get("message") == verdict.explanation
            assert failure.get("type") == verdict.reason
            assert claim.sentence in (failure.text or "")
        elif verdict.verdict == "unverified":
            assert skipped is not None and failure is None
            assert skipped.get("message") == verdict.explanation
        else:
            assert failure is None and skipped is None


def test_attributes_come_in_a_fixed_order(report: Report) -> None:
    lines = render(report).splitlines()

    cases = [line.strip() for line in lines if line.strip().startswith("<testcase ")]
    assert cases and all(line.startswith('<testcase classname="') for line in cases)
    assert all(' name="' in line for line in cases)
    assert lines[1].startswith('<testsuites name="factlint" tests="')


def test_skipped_numbers_are_reported_in_system_out(report: Report) -> None:
    suites = parse(render(report)).findall("testsuite")

    for suite in suites:
        out = suite.findtext("system-out") or ""
        for skipped in (s for s in report.skipped if s.doc == suite.get("name")):
            assert f"{skipped.doc}:{skipped.line}:{skipped.column}: {skipped.text}" in out


def test_characters_xml_cannot_hold_are_replaced(report: Report) -> None:
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    odd = flag.model_copy(
        update={
            "claim": flag.claim.model_copy(update={"text": "$254\x01 <billion> & more"}),
            "explanation": 'bell\x07 "quoted"\nnext line',
        }
    )
    case = parse(render(report.model_copy(update={"verdicts": [odd]}))).find("testsuite/testcase")

    assert case is not None
    assert case.get("name").endswith(f" $254\ufffd <billion> & more [{flag.claim.id}]")  # type: ignore[union-attr]
    failure = case.find("failure")
    assert failure is not None and failure.get("message") == 'bell\ufffd "quoted"\nnext line'


def test_rendering_is_deterministic(report: Report) -> None:
    rebuilt = Report.model_validate(report.model_dump())

    assert render(report) == render(report) == render(rebuilt)


def test_valid_against_the_junit_schema_jenkins_and_pytest_use(report: Report) -> None:
    assert junit_problems(render(report)) == []
    assert junit_problems(render(with_reviews(report))) == []
    assert junit_problems(render(report.model_copy(update={"verdicts": [], "skipped": []}))) == []


@pytest.mark.parametrize(
    ("defect", "complaint"),
    [
        (lambda xml: xml.replace("<testcase ", '<testcase file="doc.txt" line="13" ', 1),
         "'file' attribute not allowed"),
        (lambda xml: xml.replace('<testsuites name="factlint" ', '<testsuites skipped="1" ', 1),
         "'skipped' attribute not allowed"),
        (lambda xml: xml.replace('<testsuite name="doc.txt" tests=', "<testsuite tests=", 1),
         "missing required attribute 'name'"),
    ],
)  # fmt: skip
def test_the_schema_check_catches_what_ci_systems_reject(
    report: Report, defect: object, complaint: str
) -> None:
    assert callable(defect)
    problems = junit_problems(defect(render(report)))
    assert any(complaint in problem for problem in problems), problems


def test_junitparser_reads_every_claim_and_its_outcome(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "junit.xml"
    path.write_text(render(with_reviews(report)), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))

    cases = [case for suite in xml for case in suite]
    assert len(cases) == len(report.verdicts) + 1  # and the stale review
    failed = [
        case for case in cases if any(isinstance(r, junitparser.Failure) for r in case.result)
    ]
    skipped = [
        case for case in cases if any(isinstance(r, junitparser.Skipped) for r in case.result)
    ]
    assert len(failed) == report.count("flag") - 1  # one flag is ignored by review
    assert len(skipped) == report.count("unverified") + 2
    flagged = next(v for v in report.verdicts if v.verdict == "flag" and v.claim.doc == "doc.txt")
    suite = next(iter(xml))
    assert suite.name == "doc.txt"
    assert any(flagged.claim.id in case.name for case in suite)


def test_a_superseded_figure_fails_with_its_reason_as_type(desk_report: Report) -> None:
    root = parse(render(desk_report))
    failures = root.findall(".//testcase/failure")
    assert [f.get("type") for f in failures] == ["superseded"]
    assert "replaced on 2024-04-05" in (failures[0].get("message") or "")
