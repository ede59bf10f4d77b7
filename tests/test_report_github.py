"""GitHub workflow commands: escaped as the runner decodes them, capped as GitHub caps
annotations, and saying what was left out."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import with_reviews
from factlint.report import Report
from factlint.report.github import (
    ANNOTATIONS_PER_LEVEL,
    annotate,
    command,
    escape_data,
    escape_property,
)
from factlint.verdicts.model import Verdict


def unescape_data(text: str) -> str:
    """What the Actions runner does to a command's message."""
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    return unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command as the runner splits it: ``::name k=v,k=v::message``."""
    found = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert found, line
    properties = dict(pair.split("=", 1) for pair in found.group(2).split(","))
    return (
        found.group(1),
        {key: unescape_property(value) for key, value in properties.items()},
        unescape_data(found.group(3)),
    )


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("up 5%", "up 5%25", "up 5%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("docs/a,b.md", "docs/a,b.md", "docs/a%2Cb.md"),
        ("title: x", "title: x", "title%3A x"),
        ("%0A literal", "%250A literal", "%250A literal"),
    ],
)
def test_escaping_follows_the_runner(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


@given(st.text(), st.text(), st.text())
def test_every_message_and_property_survives_the_runner(
    message: str, path: str, title: str
) -> None:
    name, properties, decoded = parse(command("error", [("file", path), ("title", title)], message))
    assert (name, properties, decoded) == ("error", {"file": path, "title": title}, message)


def test_each_problem_is_annotated_on_its_claim(report: Report) -> None:
    out = annotate(report)
    problems = [v for v in report.verdicts if v.verdict != "pass"]
    assert len(out.commands) == len(problems) and not out.left_out and out.note() == ""
    name, properties, message = parse(out.commands[0])
    claim = problems[0].claim
    assert name == "error" and message == problems[0].explanation
    assert properties["file"] == claim.doc
    assert (properties["line"], properties["col"]) == (str(claim.line), str(claim.column))
    assert properties["endColumn"] == str(claim.column + len(claim.text))
    assert properties["title"].endswith("(factlint)")
    assert parse(out.commands[-1])[0] == "notice"


def copies(verdict: Verdict, count: int, **update: object) -> list[Verdict]:
    return [
        verdict.model_copy(
            update={"claim": verdict.claim.model_copy(update={"line": n + 1}), **update}
        )
        for n in range(count)
    ]


def test_no_more_than_github_shows_per_level_and_the_rest_counted(report: Report) -> None:
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    unverified = next(v for v in report.verdicts if v.verdict == "unverified")
    verdicts = [
        *copies(flag, 13, severity="major"),
        *copies(flag, 11, severity="minor"),
        *copies(unverified, 4),
    ]
    out = annotate(report.model_copy(update={"verdicts": verdicts}))

    levels = [parse(line)[0] for line in out.commands]
    assert levels.count("error") == levels.count("warning") == ANNOTATIONS_PER_LEVEL == 10
    assert levels.count("notice") == 4
    assert out.left_out == {"error": 3, "warning": 1}
    assert [v.claim.line for v in out.unannotated] == [11, 11, 12, 13]  # reading order
    assert out.note().startswith("GitHub shows at most 10 annotations of each level per step: ")
    assert "3 error(s), 1 warning(s) were not annotated" in out.note()


def test_ignored_claims_are_not_annotated_and_stale_reviews_are(report: Report) -> None:
    out = annotate(with_reviews(report))
    stale = [parse(line) for line in out.commands if "stale review" in line]
    assert [(name, props["file"], props["line"]) for name, props, _ in stale] == [
        ("warning", "r.csv", "3")
    ]
    assert len(out.commands) == sum(v.verdict != "pass" for v in report.verdicts)
