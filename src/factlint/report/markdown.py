"""report.md: the report as GitHub-flavoured Markdown, short enough for a CI job summary.

Flagged claims come first because they are what a reviewer must act on; passed claims
are folded away in a ``<details>`` block so a long document does not bury the flags.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from factlint.report._format import (
    SHORT_SHA,
    VERDICT_TITLES,
    VERDICTS,
    claim_location,
    review_summary,
    skipped_location,
    verdict_label,
)
from factlint.report.model import Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
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
    return table_head(header) + table_rows(rows)


def table_head(header: Sequence[str]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]


def table_rows(rows: Iterable[Sequence[str]]) -> list[str]:
    return ["| " + " | ".join(row) + " |" for row in rows]


def document_parts(result: DocumentResult, run: RunInfo) -> dict[str, str]:
    """The document's row of the summary table and its rows of each claims table."""
    claims: Counter[str] = Counter(v.verdict for v in result.verdicts if not v.ignored)
    counts = [str(claims[name]) for name in VERDICTS]
    row = [cell(result.path), *counts, str(len(result.skipped))]
    parts = {"documents": _lines(table_rows([row]))}
    for name in VERDICTS:
        mine = [v for v in result.verdicts if v.verdict == name and not v.ignored]
        parts[name] = _lines(_flagged(mine) if name == "flag" else _others(mine))
    parts["ignored"] = _lines(_ignored_rows([v for v in result.verdicts if v.ignored]))
    parts["skipped"] = _lines(
        table_rows(
            [cell(skipped_location(s)), cell(s.text), cell(s.reason)] for s in result.skipped
        )
    )
    return parts


def _lines(lines: Iterable[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


def _summary(totals: Totals, section: Section) -> Iterator[str]:
    counts = totals.summary
    headline = ", ".join(f"**{counts[name]}** {name}" for name in VERDICTS)
    ignored = totals.count("ignored")
    if ignored:
        headline += f" (and **{ignored}** ignored by review)"
    documents, skipped = totals.count("documents"), totals.count("skipped")
    yield f"{headline} in {documents} document(s); {skipped} number(s) not checked.\n\n"
    yield _lines(table_head(["document", *VERDICTS, "not checked"]))
    yield from section("documents")
    totals_row = ["**total**", *(str(counts[name]) for name in VERDICTS), str(skipped)]
    yield _lines(table_rows([totals_row]))


def _fingerprint(run: RunInfo) -> list[str]:
    sha = run.references_sha256
    folder = f" from {cell(run.references)}" if run.references else ""
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


FLAGGED_HEADER = ["location", "claim", "reason", "severity", "explanation", "fact"]
OTHERS_HEADER = ["location", "claim", "explanation", "fact"]


def _flagged(verdicts: list[Verdict]) -> list[str]:
    rows = [
        [cell(claim_location(v.claim)), cell(v.claim.text), cell(v.reason or ""),
         cell(v.severity or ""), cell(v.explanation), _evidence(v)]
        for v in verdicts
    ]  # fmt: skip
    return table_rows(rows)


def _others(verdicts: list[Verdict]) -> list[str]:
    return table_rows(
        [cell(claim_location(v.claim)), cell(v.claim.text), cell(v.explanation), _evidence(v)]
        for v in verdicts
    )


def _section(totals: Totals, name: str, section: Section) -> Iterator[str]:
    count = totals.count(name)
    yield f"## {VERDICT_TITLES[name]} ({count})\n\n"
    if not count:
        yield "None.\n"
        return
    if name == "pass":
        yield f"<details><summary>{count} passed claim(s)</summary>\n\n"
    yield _lines(table_head(FLAGGED_HEADER if name == "flag" else OTHERS_HEADER))
    yield from section(name)
    if name == "pass":
        yield "\n</details>\n"


STALE_TEXT = (
    "Reviews in claims/reviews.csv whose claim is in none of the documents checked: its "
    "sentence may have changed. Take the new id from claims/<document>.csv, or delete the row."
)


def _ignored_rows(ignored: list[Verdict]) -> list[str]:
    return table_rows(
        [cell(claim_location(v.claim)), cell(v.claim.text), cell(verdict_label(v)),
         cell(review_summary(v.review)) if v.review else ""]
        for v in ignored
    )  # fmt: skip


def _reviews(totals: Totals, section: Section) -> Iterator[Iterator[str]]:
    """Claims an analyst set aside, and reviews whose claim is gone; nothing when the
    project has neither, so a report without reviews reads as before."""
    ignored = totals.count("ignored")
    if ignored:
        yield _block(
            f"## Ignored by review ({ignored})\n\n",
            "Not counted above, and never a reason for a failing run.\n\n",
            _lines(table_head(["location", "claim", "verdict", "review"])),
            section("ignored"),
        )
    stale = totals.stale_reviews
    if stale:
        rows = [
            [cell(r.where), cell(r.claim_id), cell(r.action), cell(r.fact_id), cell(r.reason)]
            for r in stale
        ]
        yield _block(
            f"## Stale reviews ({len(stale)})\n\n",
            f"{cell(STALE_TEXT)}\n\n",
            _lines(table(["review", "claim id", "action", "fact", "reason"], rows)),
        )


def _block(*parts: str | Iterable[str]) -> Iterator[str]:
    for part in parts:
        if isinstance(part, str):
            yield part
        else:
            yield from part


def _not_checked(totals: Totals, section: Section) -> Iterator[str]:
    count = totals.count("skipped")
    yield f"## Not checked ({count})\n\n"
    yield "Numbers seen in the documents that did not become claims, and why.\n\n"
    if not count:
        yield "None.\n"
        return
    yield _lines(table_head(["location", "text", "reason"]))
    yield from section("skipped")


NAME = "report.md"
SEPARATORS = {name: "" for name in ("documents", *VERDICTS, "ignored", "skipped")}


def assemble(totals: Totals, section: Section) -> Iterator[str]:
    """Blocks one blank line apart: the title, the summary, the fingerprint, the claims
    by verdict, the reviews, the numbers not checked."""
    blocks: list[Iterable[str]] = [
        ["# factlint report\n"],
        _summary(totals, section),
        [_lines(_fingerprint(totals.run))],
        *(_section(totals, name, section) for name in VERDICTS),
        *_reviews(totals, section),
        _not_checked(totals, section),
    ]
    for index, block in enumerate(blocks):
        if index:
            yield "\n"
        yield from block


def render(report: Report) -> str:
    return render_report(sys.modules[__name__], report)
