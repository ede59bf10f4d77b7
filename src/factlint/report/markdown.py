"""report.md: the report as GitHub-flavoured Markdown, short enough for a CI job summary.

Flagged claims come first because they are what a reviewer must act on; passed claims
are folded away in a ``<details>`` block so a long document does not bury the flags.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from factlint.report._format import (
    SHORT_SHA,
    VERDICT_TITLES,
    VERDICTS,
    claim_location,
    document_paths,
    ignored_verdicts,
    ordered_skipped,
    review_summary,
    skipped_location,
    verdict_label,
    verdicts_named,
)
from factlint.report.model import Report
from factlint.verdicts.model import Verdict

# Characters that Markdown (or GitHub's math and autolinks) would otherwise interpret;
# a backslash makes each one literal. "$" matters: GitHub renders $...$ as LaTeX.
_MARKDOWN_SPECIAL = frozenset("\\`*_[]<>&|$~")


def cell(text: str) -> str:
    """Text made safe for one table cell: literal punctuation, line breaks as ``<br>``."""
    escaped = "".join(f"\\{char}" if char in _MARKDOWN_SPECIAL else char for char in text)
    return "<br>".join(escaped.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A GFM table; cells are expected to be escaped already by ``cell``."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def _summary(report: Report) -> list[str]:
    counts = {name: report.count(name) for name in VERDICTS}
    skipped_total = len(report.skipped)
    headline = ", ".join(f"**{counts[name]}** {name}" for name in VERDICTS)
    ignored = len(report.ignored)
    if ignored:
        headline += f" (and **{ignored}** ignored by review)"
    documents = len(report.documents)
    lines = [f"{headline} in {documents} document(s); {skipped_total} number(s) not checked.", ""]
    claims: Counter[tuple[str, str]] = Counter(
        (v.claim.doc, v.verdict) for v in report.verdicts if not v.ignored
    )
    skipped: Counter[str] = Counter(s.doc for s in report.skipped)
    rows = [
        [cell(path), *(str(claims[path, name]) for name in VERDICTS), str(skipped[path])]
        for path in document_paths(report)
    ]
    totals = [str(counts[name]) for name in VERDICTS]
    rows.append(["**total**", *totals, str(skipped_total)])
    return lines + table(["document", *VERDICTS, "not checked"], rows)


def _fingerprint(report: Report) -> list[str]:
    sha = report.references_sha256
    folder = f" from {cell(report.references)}" if report.references else ""
    if not sha:
        return [f"Reference set{folder}: no fingerprint recorded."]
    return [
        f"Reference set{folder}: sha256 `{sha[:SHORT_SHA]}`",
        "",
        "<details><summary>Full reference fingerprint</summary>",
        "",
        f"`{sha}`",
        "",
        "</details>",
    ]


def _evidence(verdict: Verdict) -> str:
    """The fact's id only: the explanation beside it already names value and source."""
    return cell(verdict.fact.id) if verdict.fact else ""


def _flagged(verdicts: list[Verdict]) -> list[str]:
    header = ["location", "claim", "reason", "severity", "explanation", "fact"]
    rows = [
        [cell(claim_location(v.claim)), cell(v.claim.text), cell(v.reason or ""),
         cell(v.severity or ""), cell(v.explanation), _evidence(v)]
        for v in verdicts
    ]  # fmt: skip
    return table(header, rows)


def _others(verdicts: list[Verdict]) -> list[str]:
    header = ["location", "claim", "explanation", "fact"]
    rows = [
        [cell(claim_location(v.claim)), cell(v.claim.text), cell(v.explanation), _evidence(v)]
        for v in verdicts
    ]
    return table(header, rows)


def _section(report: Report, name: str) -> list[str]:
    verdicts = verdicts_named(report, name)
    lines = [f"## {VERDICT_TITLES[name]} ({len(verdicts)})", ""]
    if not verdicts:
        return [*lines, "None."]
    rows = _flagged(verdicts) if name == "flag" else _others(verdicts)
    if name != "pass":
        return lines + rows
    summary = f"<details><summary>{len(verdicts)} passed claim(s)</summary>"
    return [*lines, summary, "", *rows, "", "</details>"]


STALE_TEXT = (
    "Reviews in claims/reviews.csv whose claim is in none of the documents checked: its "
    "sentence may have changed. Take the new id from claims/<document>.csv, or delete the row."
)


def _reviews(report: Report) -> list[list[str]]:
    """Claims an analyst set aside, and reviews whose claim is gone; nothing when the
    project has neither, so a report without reviews reads as before."""
    blocks = []
    ignored = ignored_verdicts(report)
    if ignored:
        rows = [
            [cell(claim_location(v.claim)), cell(v.claim.text), cell(verdict_label(v)),
             cell(review_summary(v.review)) if v.review else ""]
            for v in ignored
        ]  # fmt: skip
        blocks.append(
            [f"## Ignored by review ({len(ignored)})", "",
             "Not counted above, and never a reason for a failing run.", "",
             *table(["location", "claim", "verdict", "review"], rows)]
        )  # fmt: skip
    stale = report.stale_reviews
    if stale:
        rows = [
            [cell(r.where), cell(r.claim_id), cell(r.action), cell(r.fact_id), cell(r.reason)]
            for r in stale
        ]
        blocks.append(
            [f"## Stale reviews ({len(stale)})", "", cell(STALE_TEXT),
             "", *table(["review", "claim id", "action", "fact", "reason"], rows)]
        )  # fmt: skip
    return blocks


def _not_checked(report: Report) -> list[str]:
    skipped = ordered_skipped(report)
    lines = [
        f"## Not checked ({len(skipped)})",
        "",
        "Numbers seen in the documents that did not become claims, and why.",
        "",
    ]
    if not skipped:
        return [*lines, "None."]
    rows = [[cell(skipped_location(s)), cell(s.text), cell(s.reason)] for s in skipped]
    return lines + table(["location", "text", "reason"], rows)


def render(report: Report) -> str:
    blocks = [
        ["# factlint report"],
        _summary(report),
        _fingerprint(report),
        *(_section(report, name) for name in VERDICTS),
        *_reviews(report),
        _not_checked(report),
    ]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
