"""report.html: each document with every claim highlighted by verdict, in one file.

The file carries its own style and script and loads nothing, so it can be attached to a
CI run or mailed and still open. Without scripts it is fully readable: a highlight's
tooltip gives the verdict and evidence, and clicking it jumps to the claim's row in the
claims table. The script adds the verdict filters, the evidence panel (beside the text on
a wide screen, below the claim on a phone, never over it), moving from flag to flag and
from unverified claim to unverified claim by key or button, and opens on the first flag.
Every piece of document and reference text goes through ``html.escape``; Markdown
documents are rendered as Markdown with raw HTML shown as text (``html_text``).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
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
    line_starts,
    review_summary,
    skipped_location,
    skipped_span,
    stale_summary,
    verdict_label,
)
from factlint.report._html_assets import CSS, JS
from factlint.report.html_evidence import attr, evidence, link
from factlint.report.html_text import Highlight, markdown_html, plain_html
from factlint.report.model import DocumentInfo, Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review

_ANCHOR_SAFE = re.compile(r"[^A-Za-z0-9_-]")
CLAIM_COLUMNS = ("location", "claim", "verdict", "explanation", "evidence")


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


def _claim_highlight(verdict: Verdict, span: Span, anchor: str) -> Highlight:
    classes = f"claim v-{verdict.verdict}" + (
        f" sev-{verdict.severity}" if verdict.severity else ""
    )
    if verdict.ignored:
        classes += " ignored"
    open_tag = (
        f'<a class="{classes}" id="{anchor}" href="#ev-{anchor}" '
        f'data-verdict="{verdict.verdict}" title="{attr(tooltip(verdict))}">'
    )
    return Highlight(span, open_tag, "</a>", anchor)


def _skipped_highlight(skipped: SkippedNumber, span: Span) -> Highlight:
    title = attr(f"not checked: {skipped.reason}")
    return Highlight(span, f'<span class="skipped" title="{title}">', "</span>")


def _document(result: DocumentResult, names: dict[int, str], shown: set[str]) -> str:
    number, path, info = result.number, result.path, result.info
    title = info.title if info and info.title else path
    meta = [f"<code>{escape(path)}</code>"]
    if info and info.outlet:
        meta.append(escape(info.outlet))
    if info and info.published:
        meta.append(f"published {escape(info.published)}")
    if info and info.url:
        meta.append(link(info.url, "original"))
    mine = result.verdicts
    counts: Counter[str] = Counter(v.verdict for v in mine if not v.ignored)
    ignored = sum(1 for v in mine if v.ignored)
    meta.append(
        ", ".join(f"{counts[name]} {name}" for name in VERDICTS)
        + (f" ({ignored} ignored by review)" if ignored else "")
    )
    head = [
        f'<section class="document" id="doc-{number}">',
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
    if info.markdown:
        in_source = [h for h in map(partial(_in_source, info), highlights) if h is not None]
        body, kind = markdown_html(info.markdown, in_source, shown), "text markdown"
    else:
        body, kind = plain_html(info.text, highlights, shown), "text"
    return "\n".join([*head, f'<div class="{kind}">\n{body}\n</div>', "</section>"])


def _in_source(info: DocumentInfo, highlight: Highlight) -> Highlight | None:
    """The highlight moved from the document's text to its Markdown source."""
    span, offsets = highlight.span, info.source_offsets
    start, last = offsets.get(span.start), offsets.get(span.end - 1)
    if start is None or last is None or last < start:
        return None
    return replace(highlight, span=Span(start, last + 1))


def _claim_row(verdict: Verdict, anchor: str, highlighted: bool) -> str:
    claim = verdict.claim
    where = escape(claim_location(claim))
    location = f'<a href="#{anchor}">{where}</a>' if highlighted else where
    shown = verdict.verdict + (" (ignored)" if verdict.ignored else "")
    why = ", ".join(part for part in (verdict.reason, verdict.severity) if part)
    explanation = escape(verdict.explanation)
    if verdict.review is not None:
        explanation += f"<br><em>{escape(review_summary(verdict.review))}</em>"
    cells = [
        ("location", location),
        ("claim", escape(claim.text)),
        ("verdict", escape(shown) + (f"<br><small>{escape(why)}</small>" if why else "")),
        ("explanation", explanation),
        ("evidence", evidence(verdict)),
    ]
    tds = "".join(f'<td class="{name}" data-label="{name}">{cell}</td>' for name, cell in cells)
    row_class = f"v-{verdict.verdict}" + (" ignored" if verdict.ignored else "")
    return f'<tr id="ev-{anchor}" class="{row_class}">{tds}</tr>'


def _claims_table(totals: Totals, section: Section) -> Iterator[str]:
    head = "".join(f'<th scope="col">{name}</th>' for name in CLAIM_COLUMNS)
    yield "\n".join([
        '<section id="claims">',
        f"<h2>All claims ({totals.count('claims')})</h2>",
        f'<table id="claims-table" class="stack">\n<thead><tr>{head}</tr></thead>\n<tbody>\n',
    ])  # fmt: skip
    yield from section("claims")
    yield "</tbody>\n</table>\n</section>"


def _row(columns: tuple[str, ...], row_class: str, cells: list[str]) -> str:
    """A row of a table that reads as a list of cards on a phone: each cell carries its
    column's name (``data-label``) for the narrow layout."""
    tds = "".join(
        f'<td class="{name}" data-label="{name}">{cell}</td>'
        for name, cell in zip(columns, cells, strict=True)
    )
    return f'<tr class="{row_class}">{tds}</tr>'


def _table_head(columns: tuple[str, ...]) -> str:
    head = "".join(f'<th scope="col">{name}</th>' for name in columns)
    return f'<table class="stack">\n<thead><tr>{head}</tr></thead>\n<tbody>'


def _table(columns: tuple[str, ...], rows: list[tuple[str, list[str]]]) -> str:
    """A table of cards (``_row``); ``rows`` are (class, cells as HTML)."""
    body = [_row(columns, row_class, cells) for row_class, cells in rows]
    return "\n".join([_table_head(columns), *body, "</tbody>\n</table>"])


NOT_CHECKED_COLUMNS = ("location", "text", "reason")


def _skipped_row(skipped: SkippedNumber) -> str:
    cells = [escape(skipped_location(skipped)), escape(skipped.text), escape(skipped.reason)]
    return _row(NOT_CHECKED_COLUMNS, "skipped", cells)


def _not_checked_table(totals: Totals, section: Section) -> Iterator[str]:
    yield "\n".join([
        '<section id="not-checked">',
        f"<h2>Not checked ({totals.count('skipped')})</h2>",
        "<p>Numbers seen in the documents that did not become claims, and why.</p>",
        _table_head(NOT_CHECKED_COLUMNS) + "\n",
    ])  # fmt: skip
    yield from section("skipped")
    yield "</tbody>\n</table>\n</section>"


def _stale_table(stale: list[Review]) -> str:
    """Reviews whose claim is gone."""
    rows = [
        ("stale", [escape(r.where), f"<code>{escape(r.claim_id)}</code>", escape(r.action),
                   escape(stale_summary(r))])
        for r in stale
    ]  # fmt: skip
    return "\n".join([
        '<section id="stale-reviews">',
        f"<h2>Stale reviews ({len(rows)})</h2>",
        _table(("location", "claim id", "action", "how to mend"), rows),
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
    run = totals.run
    sha = run.references_sha256
    folder = f" <code>{escape(run.references)}</code>" if run.references else ""
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
        "</header>",
        # Useless without the script, so hidden until it runs; outside the header, so that
        # it stays at the top of the window as the page scrolls.
        '<nav id="toolbar" hidden aria-label="Which claims to show, and moving between them">',
        f'<fieldset id="filters"><legend>Show</legend>{"".join(boxes)}</fieldset>',
        _steps(),
        "</nav>",
    ])  # fmt: skip


STEPS = (  # (kind, step, label, key)
    ("flag", -1, "Previous flag", "p"),
    ("flag", 1, "Next flag", "n"),
    ("unverified", -1, "Previous unverified", "Shift+P"),
    ("unverified", 1, "Next unverified", "Shift+N"),
)


def _step_button(kind: str, step: int, label: str, key: str = "") -> str:
    keys = f' aria-keyshortcuts="{key}"' if key else ""
    return f'<button type="button" data-kind="{kind}" data-step="{step}"{keys}>{label}</button>'


def _steps() -> str:
    buttons = "".join(_step_button(*step) for step in STEPS)
    return (
        f'<div id="steps" role="group" aria-label="Flags and unverified claims">{buttons}'
        '<span id="position" aria-live="polite"></span>'
        '<p class="keys">Keys: <kbd>n</kbd> / <kbd>p</kbd> next or previous flag, '
        "<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>Shift</kbd>+<kbd>P</kbd> unverified claim, "
        "<kbd>Esc</kbd> closes the evidence.</p></div>"
    )


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
        '<aside id="panel" hidden aria-labelledby="panel-title">',
        '<div class="panel-head"><h2 id="panel-title">Evidence</h2>',
        _step_button("current", -1, "Previous"),
        _step_button("current", 1, "Next"),
        '<button type="button" id="panel-close">Close</button></div>',
        '<div id="panel-body" aria-live="polite"></div>',
        "</aside>",
        f"<script>\n{JS}</script>",
        "</body>",
        "</html>",
    ]) + "\n"  # fmt: skip


def render(report: Report) -> str:
    return render_report(sys.modules[__name__], report)
