"""report.md: counts, flagged claims first, every skipped number, cells that cannot break
the table, and the same bytes on every run."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from factlint.report import Report, markdown
from factlint.report.markdown import SUMMARY_BUDGET, cell, render
from factlint.report.parts import (
    COUNTED,
    ReportBuilder,
    Totals,
    document_counts,
    results_of,
    run_info,
)
from validators import job_summary_problems


def split_row(line: str) -> list[str]:
    """A table row's cells, splitting only on unescaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def section(markdown: str, heading: str) -> str:
    start = markdown.index(heading)
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else len(markdown)]


def test_headline_counts_every_verdict(report: Report) -> None:
    markdown = render(report)

    for name in ("pass", "flag", "unverified"):
        assert f"**{report.count(name)}** {name}" in markdown
    total = next(line for line in markdown.splitlines() if line.startswith("| **total**"))
    assert split_row(total)[1:] == [
        str(report.count("flag")),
        str(report.count("unverified")),
        str(report.count("pass")),
        str(len(report.skipped)),
    ]


def test_sections_come_flagged_first_and_passed_folded(report: Report) -> None:
    markdown = render(report)

    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert [h.split(" (")[0] for h in headings] == [
        "## Flagged",
        "## Unverified",
        "## Passed",
        "## Not checked",
    ]
    passed = section(markdown, "## Passed")
    assert "<details><summary>" in passed and "</details>" in passed


def test_flagged_row_gives_location_reason_severity_and_explanation(report: Report) -> None:
    flagged = section(render(report), "## Flagged")
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    claim = flag.claim

    row = next(line for line in flagged.splitlines() if line.startswith(f"| {claim.doc}:"))
    cells = split_row(row)
    assert cells[0] == f"{claim.doc}:{claim.line}:{claim.column}"
    assert cells[1] == cell(claim.text) == r"\$254 billion"
    assert cells[2:4] == [flag.reason, flag.severity]
    assert cells[4] == cell(flag.explanation)


def test_every_skipped_number_is_listed_with_its_reason(report: Report) -> None:
    not_checked = section(render(report), "## Not checked")

    rows = [
        split_row(line)
        for line in not_checked.splitlines()
        if line.startswith("| ") and ".txt:" in line
    ]
    assert rows == [
        [f"{s.doc}:{s.line}:{s.column}", cell(s.text), cell(s.reason)] for s in report.skipped
    ]
    assert len(rows) == len(report.skipped) > 0


def test_fingerprint_is_shown_short_and_in_full(report: Report) -> None:
    markdown = render(report)

    assert f"`{report.references_sha256[:12]}`" in markdown
    assert f"`{report.references_sha256}`" in markdown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a | b", r"a \| b"),
        ("one\ntwo\r\nthree", "one<br>two<br>three"),
        ("<script>", r"\<script\>"),
        ("$245 and $250", r"\$245 and \$250"),
        ("R&D *bold* _it_", r"R\&D \*bold\* \_it\_"),
        ("plain 2024", "plain 2024"),
    ],
)
def test_cells_are_escaped(text: str, expected: str) -> None:
    assert cell(text) == expected


def test_a_pipe_or_newline_in_a_claim_keeps_the_table_shape(report: Report) -> None:
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    awkward = flag.model_copy(
        update={"claim": flag.claim.model_copy(update={"text": "a | b\nc"}), "explanation": "x|y"}
    )
    flagged = section(render(report.model_copy(update={"verdicts": [awkward]})), "## Flagged")

    rows = [line for line in flagged.splitlines() if line.startswith("|")]
    assert len(rows) == 3  # header, rule, one claim
    assert {len(split_row(row)) for row in rows} == {6}
    assert split_row(rows[2])[1] == r"a \| b<br>c"


def test_empty_report_says_none_everywhere() -> None:
    empty = Report(
        summary={"pass": 0, "flag": 0, "unverified": 0},
        references_sha256="",
        documents=[],
        verdicts=[],
        skipped=[],
    )
    markdown = render(empty)

    assert markdown.count("None.") == 4
    assert "no fingerprint recorded" in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_rendering_is_deterministic(report: Report) -> None:
    rebuilt = Report.model_validate(report.model_dump())

    assert render(report) == render(report) == render(rebuilt)


def many_documents(report: Report, copies: int) -> Report:
    """The fixture's documents over and over, as a CI run over a large corpus sees them."""
    documents, verdicts, skipped = [], [], []
    for n in range(copies):
        for document in report.documents:
            path = f"{n:05d}-{document.path}"
            documents.append(document.model_copy(update={"path": path, "location": path}))
            verdicts += [
                v.model_copy(update={"claim": v.claim.model_copy(update={"doc": path})})
                for v in report.verdicts
                if v.claim.doc == document.path
            ]
            skipped += [s.model_copy(update={"doc": path}) for s in report.skipped]
    summary = {name: report.count(name) * copies for name in ("pass", "flag", "unverified")}
    return report.model_copy(
        update={"documents": documents, "verdicts": verdicts, "skipped": skipped,
                "summary": summary}
    )  # fmt: skip


def test_a_large_run_stays_under_the_job_summary_limit_flags_first(report: Report) -> None:
    big = many_documents(report, 2500)
    markdown = render(big)

    assert job_summary_problems(markdown) == []
    assert len(markdown.encode("utf-8")) <= SUMMARY_BUDGET
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings[0] == f"## Flagged ({big.count('flag')})"
    assert headings[-1] == "## Left out"
    left_out = section(markdown, "## Left out")
    assert "report.html" in left_out and f"{big.count('pass')} passed claim(s)" in left_out
    shown = {
        name: section(markdown, heading).count("\n| 0") if heading in markdown else 0
        for name, heading in (("flag", "## Flagged"), ("unverified", "## Unverified"))
    }
    assert shown["flag"] > 0
    assert shown["flag"] == big.count("flag") or shown["unverified"] == 0  # flags first
    for name, title in (("flag", "flagged"), ("unverified", "unverified")):
        if shown[name] < big.count(name):
            assert f"{big.count(name) - shown[name]} {title} claim(s)" in left_out


def test_flags_then_unverified_fill_a_small_budget(report: Report) -> None:
    full = render(report)
    markdown = render(report, budget=len(full.encode("utf-8")) // 2)

    flagged = section(markdown, "## Flagged")
    assert all(
        f"| {v.claim.doc}:{v.claim.line}:{v.claim.column} |" in flagged
        for v in report.verdicts
        if v.verdict == "flag" and not v.ignored
    )
    assert "## Passed" not in markdown and "## Left out" in markdown
    assert markdown.index("## Flagged") < markdown.index("## Left out")


def test_notes_come_right_under_the_headline(report: Report) -> None:
    markdown = render(report, notes=["GitHub annotations: 3 of 12 flags."])
    lines = markdown.splitlines()
    assert lines[4] == "GitHub annotations: 3 of 12 flags."


def test_the_size_check_catches_a_summary_github_would_refuse() -> None:
    assert job_summary_problems("x" * (1024 * 1024 + 1)) != []


@pytest.mark.parametrize("share", [1, 2, 3])
def test_a_run_spooled_to_disk_writes_what_a_report_in_memory_does(
    report: Report, tmp_path: Path, share: int
) -> None:
    """A run's sections wait in files, whose sizes decide the short form."""
    budget = len(render(report, ["a note"]).encode("utf-8")) * share // 2  # short, whole
    builder = ReportBuilder(markdown, tmp_path)
    run = run_info(report)
    counts = Counter({name: 0 for name in COUNTED})
    for result in results_of(report):
        builder.add(markdown.document_parts(result, run))
        counts.update(document_counts(result))
    counts["documents"] = len(report.documents)
    totals = Totals(run, counts, report.stale_reviews, ("a note",))
    written = "".join(markdown.assemble(totals, builder, budget))
    builder.close()

    assert written == render(report, ["a note"], budget)
    assert ("## Left out" in written) == (share < 2)
