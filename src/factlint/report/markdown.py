"""report.md: the report as GitHub-flavoured Markdown, short enough for a CI job summary.

Flagged claims come first because they are what a reviewer must act on; passed claims
are folded away in a ``<details>`` block so a long document does not bury the flags.

GitHub refuses a job summary over 1 MiB whole, so the report never grows past
``SUMMARY_BUDGET`` bytes: when everything does not fit, it keeps the headline, then as
many flagged claims as fit, then unverified ones, then says what it left out and that
report.html has all of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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

# GitHub's limit for one step's summary is 1 MiB; the rest is room for what else the
# step writes there.
SUMMARY_LIMIT = 1024 * 1024
SUMMARY_BUDGET = 1_000_000

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


def _headline(report: Report) -> list[str]:
    counts = {name: report.count(name) for name in VERDICTS}
    headline = ", ".join(f"**{counts[name]}** {name}" for name in VERDICTS)
    ignored = len(report.ignored)
    if ignored:
        headline += f" (and **{ignored}** ignored by review)"
    documents = len(report.documents)
    return [f"{headline} in {documents} document(s); {len(report.skipped)} number(s) not checked."]


def _documents_table(report: Report) -> list[str]:
    """Claims by verdict in each document, and the totals."""
    counts = {name: report.count(name) for name in VERDICTS}
    skipped_total = len(report.skipped)
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
    return table(["document", *VERDICTS, "not checked"], rows)


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


def _document_summary(report: Report, notes: Sequence[str]) -> list[str]:
    return [*_headline(report), *(["", *notes] if notes else [])]


def render(report: Report, notes: Sequence[str] = (), budget: int = SUMMARY_BUDGET) -> str:
    """The report; ``notes`` are paragraphs put under the headline (such as how many
    annotations GitHub was given). Past ``budget`` bytes, the short form."""
    blocks = [
        ["# factlint report"],
        [*_document_summary(report, notes), "", *_documents_table(report)],
        _fingerprint(report),
        *(_section(report, name) for name in VERDICTS),
        *_reviews(report),
        _not_checked(report),
    ]
    full = _joined(blocks)
    if len(full.encode("utf-8")) <= budget:
        return full
    return _shortened(report, notes, budget)


def _joined(blocks: Iterable[Sequence[str]]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


@dataclass
class _Space:
    """Bytes left for the short form, and what did not fit."""

    left: int
    cut: dict[str, int] = field(default_factory=dict)

    def take(self, lines: Sequence[str]) -> bool:
        size = sum(len(line.encode("utf-8")) + 1 for line in lines) + 1
        if size > self.left:
            return False
        self.left -= size
        return True


# Room kept for the closing paragraph that says what was left out.
_TAIL_ROOM = 2_000


def _shortened(report: Report, notes: Sequence[str], budget: int) -> str:
    head = [["# factlint report"], _document_summary(report, notes), _fingerprint(report)]
    space = _Space(budget - len(_joined(head).encode("utf-8")) - _TAIL_ROOM)
    blocks = [*head]
    for name, rows_of in (("flag", _flagged), ("unverified", _others)):
        verdicts = verdicts_named(report, name)
        heading = [f"## {VERDICT_TITLES[name]} ({len(verdicts)})", ""]
        if not verdicts or not space.take(heading + rows_of([])):
            space.cut[name] = len(verdicts)
            continue
        shown = 0
        for verdict in verdicts:
            if not space.take(rows_of([verdict])[2:]):
                break
            shown += 1
        if shown < len(verdicts):
            space.cut[name] = len(verdicts) - shown
        blocks.append(heading + rows_of(verdicts[:shown]))
    documents = _documents_table(report)
    if space.take(documents):
        blocks.append(["## Documents", "", *documents])
    else:
        space.cut["documents"] = len(document_paths(report))
    blocks.append(_left_out(report, space.cut))
    return _joined(blocks)


def _left_out(report: Report, cut: dict[str, int]) -> list[str]:
    parts = [
        f"{cut[name]} {VERDICT_TITLES[name].lower()} claim(s)"
        for name in ("flag", "unverified")
        if cut.get(name)
    ]
    parts.append(f"{report.count('pass')} passed claim(s)")
    if cut.get("documents"):
        parts.append(f"the table of {cut['documents']} document(s)")
    if report.ignored or report.stale_reviews:
        parts.append("the reviews")
    parts.append(f"{len(report.skipped)} number(s) not checked")
    listed = f"{', '.join(parts[:-1])} and {parts[-1]}"
    return [
        "## Left out",
        "",
        "This summary stops short of GitHub's 1 MiB limit for a job summary, so it leaves "
        f"out {listed}. report.html and report.json, written beside this file, "
        "have every claim.",
    ]
