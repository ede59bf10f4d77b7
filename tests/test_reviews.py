"""claims/reviews.csv: reading it with located, mendable errors; pinned and ignored claims
in the verdicts and in every report; stale reviews. Verdict cases are in
verdict_cases/reviews.toml."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import factlint
from conftest import fact_row, make_document, write_references
from factlint.references import References, load_references
from factlint.report import html, json_report, junit, markdown, sarif
from factlint.verdicts.reviews import Reviews
from test_report_html import parse

HEADER = "claim_id,action,fact_id,reason,reviewer,date\n"
FACTS = fact_row("t24", "trade", "CHN", "RUS", "2024", "244.81", "billion USD") + fact_row(
    "t23", "trade", "CHN", "RUS", "2023", "240.11", "billion USD"
)
TEXT = (
    "China-Russia trade reached $254 billion in 2024. "
    "China-Russia trade reached $240 billion in 2023.\n"
)


@pytest.fixture
def references(tmp_path: Path) -> References:
    return load_references(write_references(tmp_path / "refs", FACTS))


@pytest.fixture
def ids(references: References) -> dict[str, str]:
    report = factlint.check([make_document(TEXT)], references)
    return {v.claim.text: v.claim.id for v in report.verdicts}


def reviews_file(tmp_path: Path, rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "reviews.csv"
    path.write_text(header + rows, encoding="utf-8")
    return path


def problems(tmp_path: Path, rows: str, references: References, header: str = HEADER) -> list[str]:
    with pytest.raises(factlint.ReviewError) as caught:
        factlint.load_reviews(reviews_file(tmp_path, rows, header), references)
    return [str(p).replace(str(tmp_path), "DIR") for p in caught.value.problems]


def test_a_missing_file_or_a_bare_header_holds_no_reviews(
    tmp_path: Path, references: References
) -> None:
    assert factlint.load_reviews(tmp_path / "none.csv", references).entries == []
    assert factlint.load_reviews(reviews_file(tmp_path, ""), references).entries == []


def test_reviewer_and_date_are_optional_columns(tmp_path: Path, references: References) -> None:
    path = reviews_file(tmp_path, "abc123,ignore,,a forecast\n", "claim_id,action,fact_id,reason\n")
    (review,) = factlint.load_reviews(path, references).entries
    assert (review.claim_id, review.action, review.reason, review.line) == (
        "abc123",
        "ignore",
        "a forecast",
        2,
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("abc,link,t2024,wrong id,,\n",
         "reviews.csv:2:3: fact_id: unknown fact (got 't2024'); write the id of a row in "),
        ("abc,link,,no fact,,\n", "reviews.csv:2:3: fact_id: empty for a link (got '')"),
        ("abc,ignore,t24,both,,\n",
         "reviews.csv:2:3: fact_id: an ignored claim is compared with no fact (got 't24')"),
        ("abc,ignore,,,,\n", "reviews.csv:2:4: reason: empty (got ''); say why"),
        ("abc,pin,t24,x,,\n", "reviews.csv:2:2: action: not one of link or ignore (got 'pin')"),
        ("abc,ignore,,x,,20/01/2025\n", "reviews.csv:2:6: date: not a date (got '20/01/2025')"),
        ("abc,ignore,,x,,2999-01-01\n", "reviews.csv:2:6: date: in the future (got '2999-01-01')"),
        ("a b,ignore,,x,,\n", "reviews.csv:2:1: claim_id: "),
        ("abc,ignore,,x\n", "reviews.csv:2:5: row: 4 fields where the header has 6"),
        ("abc,ignore,,x,,\nabc,link,t24,y,,\n",
         "reviews.csv:3:1: claim_id: reviewed twice, first at "),
    ],
)  # fmt: skip
def test_bad_rows_are_reported_where_they_are_with_how_to_mend_them(
    tmp_path: Path, references: References, rows: str, expected: str
) -> None:
    found = problems(tmp_path, rows, references)
    assert any(expected in p for p in found), found


def test_an_unknown_fact_id_suggests_the_near_ones(tmp_path: Path, references: References) -> None:
    (problem,) = problems(tmp_path, "abc,link,t2,typo,,\n", references)
    assert problem.endswith("did you mean 't24' or 't23'?") or problem.endswith(
        "did you mean 't23' or 't24'?"
    )


def test_every_problem_is_reported_at_once(tmp_path: Path, references: References) -> None:
    found = problems(tmp_path, "abc,link,nope,x,,\ndef,ignore,,,,\n", references)
    assert [p.split(": ")[0].rsplit("/", 1)[-1] for p in found] == [
        "reviews.csv:2:3",
        "reviews.csv:3:4",
    ]


def test_a_wrong_header_says_what_it_must_be(tmp_path: Path, references: References) -> None:
    missing, unknown = problems(
        tmp_path, "abc,ignore,,x\n", references, "claim,action,fact_id,reason\n"
    )
    assert "reviews.csv:1:1: header: unknown column (got 'claim')" in unknown
    assert "header: missing column 'claim_id'" in missing
    assert missing.endswith("claim_id,action,fact_id,reason (optional: reviewer,date)")


def check(tmp_path: Path, references: References, rows: str) -> factlint.Report:
    return factlint.check([make_document(TEXT)], references, None, reviews_file(tmp_path, rows))


def test_a_pinned_claim_is_compared_with_its_fact_and_says_who_pinned_it(
    tmp_path: Path, references: References, ids: dict[str, str]
) -> None:
    row = f"{ids['$254 billion']},link,t23,the story is about 2023,A. Analyst,2025-01-20\n"
    pinned, _ = check(tmp_path, references, row).verdicts
    assert (pinned.verdict, pinned.reason) == ("flag", "value")
    assert pinned.fact is not None and pinned.fact.id == "t23"
    assert "; pinned to t23 by review (A. Analyst, 2025-01-20) → flag" in pinned.explanation
    assert pinned.review is not None and pinned.review.action == "link"


def test_an_ignored_claim_keeps_its_verdict_but_is_not_counted(
    tmp_path: Path, references: References, ids: dict[str, str]
) -> None:
    report = check(tmp_path, references, f"{ids['$254 billion']},ignore,,a forecast,,\n")
    ignored, counted = report.verdicts
    assert ignored.ignored and ignored.verdict == "flag"
    # With no reviewer or date, the review is signed by its row.
    assert "→ flag (value, major" in ignored.explanation
    assert ignored.explanation.endswith("reviews.csv:2): a forecast")
    assert "; ignored by review (" in ignored.explanation
    assert not counted.ignored
    assert report.summary == {"pass": 1, "flag": 0, "unverified": 0}
    assert report.ignored == [ignored]


def test_a_review_of_a_claim_no_document_has_is_stale(
    tmp_path: Path, references: References, ids: dict[str, str]
) -> None:
    rows = f"{ids['$240 billion']},ignore,,old,,\n0123456789,link,t24,sentence since edited,,\n"
    report = check(tmp_path, references, rows)
    (stale,) = report.stale_reviews
    assert (stale.claim_id, stale.line) == ("0123456789", 3)
    assert report.reviews.endswith("reviews.csv")


def test_a_pin_to_a_fact_of_another_kind_is_bad_input(tmp_path: Path, ids: dict[str, str]) -> None:
    facts = FACTS + fact_row("r24", "partner_rank", "CHN", "RUS", "2024", "1", "rank")
    references = load_references(write_references(tmp_path / "refs", facts))
    with pytest.raises(factlint.ReviewError) as caught:
        check(tmp_path, references, f"{ids['$254 billion']},link,r24,wrong,,\n")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (2, 3)
    assert "fact 'r24' cannot be compared with claim" in problem.message
    assert "is a rank (partner_rank), and the claim is a money" in problem.message


def test_a_pin_to_a_fact_in_another_dimension_is_bad_input(
    tmp_path: Path, ids: dict[str, str]
) -> None:
    facts = FACTS + fact_row("g24", "gas", "RUS", "CHN", "2024", "38", "bcm")
    references = load_references(write_references(tmp_path / "refs", facts))
    with pytest.raises(factlint.ReviewError, match="claim is in billion USD, fact in bcm"):
        check(tmp_path, references, f"{ids['$254 billion']},link,g24,wrong,,\n")


@pytest.fixture
def reviewed(tmp_path: Path, references: References, ids: dict[str, str]) -> factlint.Report:
    rows = (
        f"{ids['$254 billion']},ignore,,a forecast,A. Analyst,2025-01-20\n"
        "0123456789,ignore,,gone,,\n"
    )
    return check(tmp_path, references, rows)


def test_markdown_lists_ignored_claims_and_stale_reviews(reviewed: factlint.Report) -> None:
    text = markdown.render(reviewed)
    assert "**0** flag, **0** unverified, **1** pass (and **1** ignored by review)" in text
    ignored = text[text.index("## Ignored by review (1)") : text.index("## Stale reviews")]
    assert "ignored by review (A. Analyst, 2025-01-20): a forecast" in ignored
    assert "flag (value, major, ignored by review)" in ignored
    stale = text[text.index("## Stale reviews (1)") : text.index("## Not checked")]
    assert "reviews.csv:3 | 0123456789 | ignore |" in stale
    flagged = text[text.index("## Flagged") : text.index("## Unverified")]
    assert "None." in flagged


def test_json_carries_each_review_and_the_stale_ones(reviewed: factlint.Report) -> None:
    data = json.loads(json_report.render(reviewed))
    assert data["summary"] == {"pass": 1, "flag": 0, "unverified": 0}
    first, second = data["claims"]
    assert first["verdict"] == "flag" and first["review"]["action"] == "ignore"
    assert first["review"]["reviewer"] == "A. Analyst" and first["review"]["date"] == "2025-01-20"
    assert second["review"] is None
    assert data["reviews"]["ignored"] == 1
    assert [(s["claim_id"], s["line"]) for s in data["reviews"]["stale"]] == [("0123456789", 3)]


def test_html_marks_ignored_claims_and_lists_stale_reviews(reviewed: factlint.Report) -> None:
    page = html.render(reviewed)
    parse(page)  # well formed: every tag closed where it opened
    assert 'class="claim v-flag sev-major ignored"' in page
    assert '<tr id="ev-claim-' in page and 'class="v-flag ignored"' in page
    assert 'data-filter="ignored"' in page
    assert '<section id="stale-reviews">' in page and "0123456789" in page


def test_junit_skips_ignored_claims_and_stale_reviews(reviewed: factlint.Report) -> None:
    root = ET.fromstring(junit.render(reviewed))
    assert root.get("failures") == "0"
    document, stale = root.findall("testsuite")
    skipped = document.findall("testcase/skipped")
    assert [s.get("message") for s in skipped] == [
        "ignored by review (A. Analyst, 2025-01-20): a forecast"
    ]
    assert stale.get("name", "").endswith("reviews.csv") and stale.get("skipped") == "1"
    message = stale.find("testcase/skipped")
    assert message is not None and "stale review of claim 0123456789" in message.get("message", "")


def test_sarif_suppresses_ignored_claims_and_warns_of_stale_reviews(
    reviewed: factlint.Report,
) -> None:
    results = json.loads(sarif.render(reviewed))["runs"][0]["results"]
    flag, stale = results
    (suppression,) = flag["suppressions"]
    assert suppression["kind"] == "external" and suppression["justification"] == "a forecast"
    assert stale["ruleId"] == "factlint/stale-review" and stale["level"] == "warning"
    location = stale["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("reviews.csv")
    assert location["region"]["startLine"] == 3


def test_reviews_may_be_passed_loaded(references: References, ids: dict[str, str]) -> None:
    review = factlint.Review(claim_id=ids["$254 billion"], action="ignore", reason="x")
    report = factlint.check([make_document(TEXT)], references, reviews=Reviews(entries=[review]))
    assert [v.ignored for v in report.verdicts] == [True, False]


def test_a_loaded_review_naming_an_unknown_fact_is_bad_input(
    references: References, ids: dict[str, str]
) -> None:
    review = factlint.Review(claim_id=ids["$254 billion"], action="link", fact_id="t2")
    with pytest.raises(factlint.ReviewError, match="unknown fact \\(got 't2'\\)"):
        factlint.check([make_document(TEXT)], references, reviews=Reviews(entries=[review]))
