"""report.md: the report as GitHub-flavoured Markdown, short enough for a CI job summary.

Flagged claims come first because they are what a reviewer must act on; passed claims
are folded away in a ``<details>`` block so a long document does not bury the flags.

GitHub refuses a job summary over 1 MiB whole, so the report never grows past
``SUMMARY_BUDGET`` bytes: when everything does not fit, it keeps the headline, then as
many flagged claims as fit, then unverified ones, then says what it left out and that
report.html has all of it. Whether it fits is known from the sizes of the sections
spooled during the run, before any of them is read back.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

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
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, build_report
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


@dataclass(frozen=True, slots=True)
class _Spooled:
    """A section's rows, read back from its spool when the file is written."""

    name: str


Piece = str | _Spooled


def _headline(totals: Totals) -> list[str]:
    counts = totals.summary
    headline = ", ".join(f"**{counts[name]}** {name}" for name in VERDICTS)
    ignored = totals.count("ignored")
    if ignored:
        headline += f" (and **{ignored}** ignored by review)"
    documents, skipped = totals.count("documents"), totals.count("skipped")
    line = f"{headline} in {documents} document(s); {skipped} number(s) not checked."
    return [line, *(["", *totals.notes] if totals.notes else [])]


def _documents_table(totals: Totals) -> list[Piece]:
    """Claims by verdict in each document, and the totals."""
    counts = totals.summary
    totals_row = [
        "**total**", *(str(counts[name]) for name in VERDICTS), str(totals.count("skipped"))
    ]  # fmt: skip
    return [
        _lines(table_head(["document", *VERDICTS, "not checked"])),
        _Spooled("documents"),
        _lines(table_rows([totals_row])),
    ]


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


def _header_of(name: str) -> list[str]:
    return table_head(FLAGGED_HEADER if name == "flag" else OTHERS_HEADER)


def _section(totals: Totals, name: str) -> list[Piece]:
    count = totals.count(name)
    heading = f"## {VERDICT_TITLES[name]} ({count})\n\n"
    if not count:
        return [heading, "None.\n"]
    rows: list[Piece] = [_lines(_header_of(name)), _Spooled(name)]
    if name != "pass":
        return [heading, *rows]
    return [heading, f"<details><summary>{count} passed claim(s)</summary>\n\n", *rows,
            "\n</details>\n"]  # fmt: skip


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


def _reviews(totals: Totals) -> list[list[Piece]]:
    """Claims an analyst set aside, and reviews whose claim is gone; nothing when the
    project has neither, so a report without reviews reads as before."""
    blocks: list[list[Piece]] = []
    ignored = totals.count("ignored")
    if ignored:
        blocks.append([
            f"## Ignored by review ({ignored})\n\n",
            "Not counted above, and never a reason for a failing run.\n\n",
            _lines(table_head(["location", "claim", "verdict", "review"])),
            _Spooled("ignored"),
        ])  # fmt: skip
    stale = totals.stale_reviews
    if stale:
        rows = [
            [cell(r.where), cell(r.claim_id), cell(r.action), cell(r.fact_id), cell(r.reason)]
            for r in stale
        ]
        blocks.append([
            f"## Stale reviews ({len(stale)})\n\n",
            f"{cell(STALE_TEXT)}\n\n",
            _lines(table(["review", "claim id", "action", "fact", "reason"], rows)),
        ])  # fmt: skip
    return blocks


def _not_checked(totals: Totals) -> list[Piece]:
    count = totals.count("skipped")
    head = [
        f"## Not checked ({count})\n\n",
        "Numbers seen in the documents that did not become claims, and why.\n\n",
    ]
    if not count:
        return [*head, "None.\n"]
    return [*head, _lines(table_head(["location", "text", "reason"])), _Spooled("skipped")]


def _full(totals: Totals) -> list[Piece]:
    """Blocks one blank line apart: the title, the summary, the fingerprint, the claims
    by verdict, the reviews, the numbers not checked."""
    blocks: list[list[Piece]] = [
        ["# factlint report\n"],
        [_lines([*_headline(totals), ""]), *_documents_table(totals)],
        [_lines(_fingerprint(totals.run))],
        *(_section(totals, name) for name in VERDICTS),
        *_reviews(totals),
        _not_checked(totals),
    ]
    pieces: list[Piece] = []
    for index, block in enumerate(blocks):
        pieces += ["\n", *block] if index else block
    return pieces


def _size(pieces: Iterable[Piece], section: Section) -> int:
    return sum(
        section.size(p.name) if isinstance(p, _Spooled) else len(p.encode("utf-8")) for p in pieces
    )


def _written(pieces: Iterable[Piece], section: Section) -> Iterator[str]:
    for piece in pieces:
        if isinstance(piece, _Spooled):
            yield from section(piece.name)
        else:
            yield piece


NAME = "report.md"
SEPARATORS = {name: "" for name in ("documents", *VERDICTS, "ignored", "skipped")}


def assemble(totals: Totals, section: Section, budget: int = SUMMARY_BUDGET) -> Iterator[str]:
    """The whole report, or past ``budget`` bytes the short form."""
    full = _full(totals)
    if _size(full, section) <= budget:
        return _written(full, section)
    return iter([_shortened(totals, section, budget)])


def render(report: Report, notes: Sequence[str] = (), budget: int = SUMMARY_BUDGET) -> str:
    """The report; ``notes`` are paragraphs put under the headline (such as how many
    annotations GitHub was given). Past ``budget`` bytes, the short form."""
    builder, totals = build_report(sys.modules[__name__], report, notes=notes)
    return "".join(assemble(totals, builder, budget))


def _joined(blocks: Iterable[Sequence[str]]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


@dataclass
class _Space:
    """Bytes left for the short form, and what did not fit."""

    left: int
    cut: dict[str, int] = field(default_factory=dict)

    def take(self, lines: Sequence[str]) -> bool:
        return self.take_bytes(sum(len(line.encode("utf-8")) + 1 for line in lines) + 1)

    def take_bytes(self, size: int) -> bool:
        if size > self.left:
            return False
        self.left -= size
        return True


# Room kept for the closing paragraph that says what was left out.
_TAIL_ROOM = 2_000


def _rows(section: Section, name: str) -> Iterator[str]:
    """A spooled table's rows, one line each (a cell's line breaks are ``<br>``)."""
    rest = ""
    for chunk in section(name):
        lines = (rest + chunk).split("\n")
        rest = lines.pop()
        yield from lines
    if rest:
        yield rest


def _shortened(totals: Totals, section: Section, budget: int) -> str:
    head = [["# factlint report"], _headline(totals), _fingerprint(totals.run)]
    space = _Space(budget - len(_joined(head).encode("utf-8")) - _TAIL_ROOM)
    blocks = [*head]
    for name in ("flag", "unverified"):
        count = totals.count(name)
        heading = [f"## {VERDICT_TITLES[name]} ({count})", ""]
        if not count or not space.take(heading + _header_of(name)):
            space.cut[name] = count
            continue
        shown: list[str] = []
        for row in _rows(section, name):
            if not space.take([row]):
                break
            shown.append(row)
        if len(shown) < count:
            space.cut[name] = count - len(shown)
        blocks.append(heading + _header_of(name) + shown)
    documents = _documents_table(totals)
    if space.take_bytes(_size(documents, section) + 1):
        blocks.append(["## Documents", "", "".join(_written(documents, section)).rstrip("\n")])
    else:
        space.cut["documents"] = totals.count("results")
    blocks.append(_left_out(totals, space.cut))
    return _joined(blocks)


def _left_out(totals: Totals, cut: dict[str, int]) -> list[str]:
    parts = [
        f"{cut[name]} {VERDICT_TITLES[name].lower()} claim(s)"
        for name in ("flag", "unverified")
        if cut.get(name)
    ]
    parts.append(f"{totals.count('pass')} passed claim(s)")
    if cut.get("documents"):
        parts.append(f"the table of {cut['documents']} document(s)")
    if totals.count("ignored") or totals.stale_reviews:
        parts.append("the reviews")
    parts.append(f"{totals.count('skipped')} number(s) not checked")
    listed = f"{', '.join(parts[:-1])} and {parts[-1]}"
    return [
        "## Left out",
        "",
        "This summary stops short of GitHub's 1 MiB limit for a job summary, so it leaves "
        f"out {listed}. report.html and report.json, written beside this file, "
        "have every claim.",
    ]
