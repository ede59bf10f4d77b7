"""report.html: each document with every claim highlighted by verdict, in one file.

The file carries its own style and script and loads nothing, so it can be attached to a
CI run or mailed and still open. Without scripts it is fully readable: a highlight's
tooltip gives the verdict and evidence, and clicking it jumps to the claim's row in the
claims table; the script adds only the verdict filters and an evidence panel. Every piece
of document and reference text goes through ``html.escape``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

from factlint.claims.model import SkippedNumber
from factlint.report._format import (
    SHORT_SHA,
    VERDICT_TITLES,
    VERDICTS,
    Span,
    claim_location,
    claim_span,
    fact_summary,
    fact_value,
    is_web_link,
    line_starts,
    review_summary,
    skipped_location,
    skipped_span,
    stale_summary,
    verdict_label,
)
from factlint.report._html_assets import CSS, JS
from factlint.report.model import Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
from factlint.verdicts.model import FactRef, Verdict
from factlint.verdicts.reviews import Review

_ANCHOR_SAFE = re.compile(r"[^A-Za-z0-9_-]")
CLAIM_COLUMNS = (
    "location", "claim", "verdict", "reason", "severity", "explanation", "fact", "source",
    "retrieved",
)  # fmt: skip


def attr(text: str) -> str:
    """A value for a double-quoted attribute."""
    return escape(text, quote=True)


def anchors(verdicts: list[Verdict]) -> dict[int, str]:
    """A unique, URL-safe anchor name per verdict (keyed by ``id()``), from the claim id
    so a link into the report survives a rerun; a suffix resolves the rare clash."""
    names: dict[int, str] = {}
    used: set[str] = set()
    for verdict in verdicts:
        base = "claim-" + (_ANCHOR_SAFE.sub("-", verdict.claim.id) or "x")
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name)
        names[id(verdict)] = name
    return names


def tooltip(verdict: Verdict) -> str:
    """Everything a reader needs on hover, one item a line."""
    lines = [verdict_label(verdict), verdict.explanation]
    if verdict.review is not None:
        lines.append(review_summary(verdict.review))
    if verdict.fact:
        lines.append("fact " + fact_summary(verdict.fact))
        if verdict.fact.url:
            lines.append(verdict.fact.url)
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class _Highlight:
    span: Span
    open_tag: str
    close_tag: str
    anchor: str = ""


def _claim_highlight(verdict: Verdict, span: Span, anchor: str) -> _Highlight:
    classes = f"claim v-{verdict.verdict}" + (
        f" sev-{verdict.severity}" if verdict.severity else ""
    )
    if verdict.ignored:
        classes += " ignored"
    open_tag = (
        f'<a class="{classes}" id="{anchor}" href="#ev-{anchor}" '
        f'data-verdict="{verdict.verdict}" title="{attr(tooltip(verdict))}">'
    )
    return _Highlight(span, open_tag, "</a>", anchor)


def _skipped_highlight(skipped: SkippedNumber, span: Span) -> _Highlight:
    title = attr(f"not checked: {skipped.reason}")
    return _Highlight(span, f'<span class="skipped" title="{title}">', "</span>")


def _paragraph(
    text: str, start: int, end: int, highlights: list[_Highlight], shown: set[str]
) -> str:
    """One line of the document with its highlights; a highlight that overlaps an earlier
    one or runs past the line is left out of the text (it still has its table row).
    The anchors actually placed are added to ``shown``."""
    parts, position = [], start
    for highlight in highlights:
        span = highlight.span
        if span.start < position or span.end > end:
            continue
        parts += [escape(text[position : span.start]), highlight.open_tag,
                  escape(text[span.start : span.end]), highlight.close_tag]  # fmt: skip
        position = span.end
        if highlight.anchor:
            shown.add(highlight.anchor)
    parts.append(escape(text[position:end]))
    return "<p>" + "".join(parts) + "</p>"


def _document_text(text: str, highlights: list[_Highlight], shown: set[str]) -> str:
    """Each line of text becomes a paragraph, the way the documents are written."""
    highlights = sorted(highlights, key=lambda h: (h.span.start, -h.span.end))
    starts = line_starts(text)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    paragraphs, index = [], 0
    for start, end in zip(starts, ends, strict=True):
        mine = []
        while index < len(highlights) and highlights[index].span.start < end:
            mine.append(highlights[index])
            index += 1
        if text[start:end].strip():
            paragraphs.append(_paragraph(text, start, end, mine, shown))
    return "\n".join(paragraphs)


def _document(result: DocumentResult, names: dict[int, str], shown: set[str]) -> str:
    info, path = result.info, result.path
    title = info.title if info and info.title else path
    meta = [f"<code>{escape(path)}</code>"]
    if info and info.outlet:
        meta.append(escape(info.outlet))
    if info and info.published:
        meta.append(f"published {escape(info.published)}")
    if info and info.url:
        meta.append(_link(info.url, "original"))
    mine = result.verdicts
    counts: Counter[str] = Counter(v.verdict for v in mine if not v.ignored)
    ignored = sum(1 for v in mine if v.ignored)
    meta.append(
        ", ".join(f"{counts[name]} {name}" for name in VERDICTS)
        + (f" ({ignored} ignored by review)" if ignored else "")
    )
    head = [
        f'<section class="document" id="doc-{result.number}">',
        f"<h2>{escape(title)}</h2>",
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    if info is None:
        return "\n".join([*head, "<p><em>Document text not in the report.</em></p>", "</section>"])
    highlights = []
    for verdict in mine:
        span = claim_span(verdict.claim, info.text)
        if span:
            highlights.append(_claim_highlight(verdict, span, names[id(verdict)]))
    starts = line_starts(info.text)
    for skipped in result.skipped:
        span = skipped_span(skipped, info.text, starts)
        if span:
            highlights.append(_skipped_highlight(skipped, span))
    body = _document_text(info.text, highlights, shown)
    return "\n".join([*head, f'<div class="text">\n{body}\n</div>', "</section>"])


def _link(url: str, label: str) -> str:
    if not is_web_link(url):
        return escape(label)
    return f'<a href="{attr(url)}" rel="noopener noreferrer">{escape(label)}</a>'


def _fact_cells(fact: FactRef | None, others: list[FactRef]) -> list[str]:
    if fact is None:
        cell = "—"
        if others:
            cell = "candidates: " + ", ".join(f"<code>{escape(f.id)}</code>" for f in others)
        return [cell, "", ""]
    parts = [f"<code>{escape(fact.id)}</code>", escape(fact_value(fact))]
    if fact.period:
        parts.append(f"period {escape(fact.period)}")
    also = [f for f in others if f.id != fact.id]
    if also:
        parts.append("also: " + ", ".join(f"<code>{escape(f.id)}</code>" for f in also))
    source = _link(fact.url, fact.source or fact.url) if fact.url else escape(fact.source)
    return ["<br>".join(parts), source, escape(fact.retrieved)]


def _claim_row(verdict: Verdict, anchor: str, highlighted: bool) -> str:
    claim = verdict.claim
    where = escape(claim_location(claim))
    location = f'<a href="#{anchor}">{where}</a>' if highlighted else where
    shown = verdict.verdict + (" (ignored)" if verdict.ignored else "")
    cells = [
        location, escape(claim.text), escape(shown), escape(verdict.reason or ""),
        escape(verdict.severity or ""), escape(verdict.explanation),
        *_fact_cells(verdict.fact, verdict.facts),
    ]  # fmt: skip
    classes = ["location", "", "verdict", "", "", "", "", "", ""]
    tds = "".join(
        f'<td class="{name}">{cell}</td>' if name else f"<td>{cell}</td>"
        for name, cell in zip(classes, cells, strict=True)
    )
    row_class = f"v-{verdict.verdict}" + (" ignored" if verdict.ignored else "")
    return f'<tr id="ev-{anchor}" class="{row_class}">{tds}</tr>'


def _claims_table(totals: Totals, section: Section) -> Iterator[str]:
    head = "".join(f"<th>{name}</th>" for name in CLAIM_COLUMNS)
    yield "\n".join([
        '<section id="claims">',
        f"<h2>All claims ({totals.count('claims')})</h2>",
        f'<table id="claims-table">\n<thead><tr>{head}</tr></thead>\n<tbody>\n',
    ])  # fmt: skip
    yield from section("claims")
    yield "</tbody>\n</table>\n</section>"


def _skipped_row(skipped: SkippedNumber) -> str:
    return (
        f'<tr class="skipped"><td class="location">{escape(skipped_location(skipped))}</td>'
        f"<td>{escape(skipped.text)}</td><td>{escape(skipped.reason)}</td></tr>"
    )


def _not_checked_table(totals: Totals, section: Section) -> Iterator[str]:
    yield "\n".join([
        '<section id="not-checked">',
        f"<h2>Not checked ({totals.count('skipped')})</h2>",
        "<p>Numbers seen in the documents that did not become claims, and why.</p>",
        "<table>\n<thead><tr><th>location</th><th>text</th><th>reason</th></tr></thead>\n<tbody>\n",
    ])  # fmt: skip
    yield from section("skipped")
    yield "</tbody>\n</table>\n</section>"


def _stale_table(stale: list[Review]) -> str:
    """Reviews whose claim is gone."""
    rows = [
        f'<tr class="stale"><td class="location">{escape(r.where)}</td>'
        f"<td><code>{escape(r.claim_id)}</code></td><td>{escape(r.action)}</td>"
        f"<td>{escape(stale_summary(r))}</td></tr>"
        for r in stale
    ]
    return "\n".join([
        '<section id="stale-reviews">',
        f"<h2>Stale reviews ({len(rows)})</h2>",
        "<table>\n<thead><tr><th>review</th><th>claim id</th><th>action</th><th>how to mend</th>"
        "</tr></thead>\n<tbody>",
        *rows,
        "</tbody>\n</table>",
        "</section>",
    ])  # fmt: skip


def _header(totals: Totals) -> str:
    counts = [
        f'<li class="v-{name}">{totals.count(name)} {VERDICT_TITLES[name].lower()}</li>'
        for name in VERDICTS
    ]
    ignored = totals.count("ignored")
    if ignored:
        counts.append(f'<li class="ignored">{ignored} ignored by review</li>')
    counts.append(f'<li class="skipped">{totals.count("skipped")} not checked</li>')
    sha = totals.run.references_sha256
    folder = f" <code>{escape(totals.run.references)}</code>" if totals.run.references else ""
    fingerprint = (
        f'Reference set{folder}: sha256 <code title="{attr(sha)}">{escape(sha[:SHORT_SHA])}</code>'
        if sha
        else f"Reference set{folder}: no fingerprint recorded"
    )
    kinds = [(n, VERDICT_TITLES[n].lower()) for n in VERDICTS]
    kinds += [("ignored", "ignored by review")] if ignored else []
    boxes = [
        f'<label><input type="checkbox" data-filter="{name}" checked> {label}</label>'
        for name, label in [*kinds, ("skipped", "not checked")]
    ]
    return "\n".join([
        "<header>",
        "<h1>factlint report</h1>",
        f'<ul class="counts">{"".join(counts)}</ul>',
        f'<p class="fingerprint">{fingerprint}</p>',
        f'<fieldset id="filters" hidden><legend>Show</legend>{"".join(boxes)}</fieldset>',
        "</header>",
    ])  # fmt: skip


NAME = "report.html"
SEPARATORS = {"documents": "", "claims": "", "skipped": ""}


def document_parts(result: DocumentResult, run: RunInfo) -> dict[str, str]:
    """The document's section with its claims highlighted, and its rows of the claims
    and not-checked tables."""
    names = anchors(result.verdicts)
    shown: set[str] = set()  # anchors placed in the text, filled in by _document
    document = _document(result, names, shown)
    rows = [_claim_row(v, names[id(v)], names[id(v)] in shown) for v in result.verdicts]
    return {
        "documents": f"{document}\n",
        "claims": "".join(f"{row}\n" for row in rows),
        "skipped": "".join(f"{_skipped_row(s)}\n" for s in result.skipped),
    }


def assemble(totals: Totals, section: Section) -> Iterator[str]:
    yield "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factlint report</title>",
        f"<style>\n{CSS}</style>",
        "</head>",
        "<body>",
        _header(totals),
        "<main>",
        "",
    ])  # fmt: skip
    yield from section("documents")
    yield from _claims_table(totals, section)
    yield "\n"
    if totals.stale_reviews:
        yield _stale_table(totals.stale_reviews) + "\n"
    yield from _not_checked_table(totals, section)
    yield "\n" + "\n".join([
        "</main>",
        '<aside id="panel" hidden aria-live="polite">',
        '<button type="button" id="panel-close">Close</button>',
        '<div id="panel-body"></div>',
        "</aside>",
        f"<script>\n{JS}</script>",
        "</body>",
        "</html>",
    ]) + "\n"  # fmt: skip


def render(report: Report) -> str:
    return render_report(sys.modules[__name__], report)
