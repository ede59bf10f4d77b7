"""What to add next to the references: the unverified claims of the last run grouped by
what they lack, most frequent first, each group with draft rows to paste.

A draft fact row fills in what the claim says (metric, entities, period, unit) and
leaves the value, source, address and date for the analyst, who reads them off the
source. A number set aside for want of a metric gets a draft metrics.csv row with its
kind and unit; its keywords are the analyst's to choose from the sentence shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from factlint.claims.sentence import COMPATIBLE
from factlint.documents import Document, load_documents
from factlint.documents.text import sentences
from factlint.extract import extract
from factlint.references import References
from factlint.references.load import FACT_COLUMNS, METRIC_COLUMNS
from factlint.todo.claims import OpenClaim, SetAside, read_report
from factlint.todo.missing import Missing, missing_for
from factlint.todo.series import series_drafts


@dataclass
class Draft:
    """One row to paste into ``table`` (``facts`` or ``metrics``), and the claims or
    numbers that need it."""

    table: str
    row: dict[str, str]
    needed_by: list[str] = field(default_factory=list)
    sentence: str = ""


@dataclass
class Group:
    """The drafts for one kind of gap, the most needed first."""

    missing: Missing
    drafts: list[Draft]

    @property
    def count(self) -> int:
        """The claims that need a draft of the group (a record may need several)."""
        return len({claim for d in self.drafts for claim in d.needed_by})


def _draft_id(*parts: str) -> str:
    text = "-".join(p for p in parts if p).lower()
    return re.sub(r"[^a-z0-9_.-]+", "-", text).strip("-")


def fact_draft(claim: OpenClaim, references: References) -> dict[str, str]:
    """A facts row with what the claim says; the value and its provenance left empty."""
    subject = claim.subject or (claim.entities[0] if claim.entities else "")
    obj = claim.object or next((e for e in claim.entities[1:2] if e != subject), "")
    metric = references.metrics.get(claim.metric)
    unit = claim.unit or (metric.unit if metric else "")
    if claim.kind in ("date", "period", "text"):
        unit = ""
    row = dict.fromkeys(FACT_COLUMNS, "")
    row.update(
        id=_draft_id(claim.metric, subject, obj, claim.period),
        metric=claim.metric,
        subject=subject,
        object=obj,
        period=claim.period,
        unit=unit,
    )
    return row


def _where(doc: str, line: int, column: int, text: str, locations: dict[str, str]) -> str:
    return f"{locations.get(doc, doc)}:{line}:{column} {text!r}"


def _offset(text: str, line: int, column: int) -> int:
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + column - 1 if 0 < line <= len(starts) else -1


def metric_draft(number: SetAside, document: Document | None) -> tuple[dict[str, str], str] | None:
    """A metrics row for a number no metric claimed (its kind and unit as written), and
    the sentence to choose keywords from; None for a date or period, or a number that
    can no longer be found in its document."""
    if document is None:
        return None
    offset = _offset(document.text, number.line, number.column)
    span = next((s for s in sentences(document.text) if s.start <= offset < s.end), None)
    if span is None:
        return None
    sentence = document.text[span.start : span.end]
    mention = next(
        (m for m in extract(sentence, document.published) if m.start == offset - span.start),
        None,
    )
    if mention is None or mention.kind in ("date", "period"):
        return None
    kind = COMPATIBLE.get(mention.kind, ("amount",))[0]
    unit = mention.unit if kind == "amount" else {"percent": "%"}.get(kind, kind)
    row = dict.fromkeys(METRIC_COLUMNS, "")
    row.update(kind=kind, unit=unit)
    marked = f"{sentence[: mention.start]}[{mention.text}]{sentence[mention.end :]}"
    return row, marked


def todo(
    report: Path, references: References, documents: Path | list[Document] | None = None
) -> list[Group]:
    """The groups of what to add, most needed first (then by name), each with its
    drafts, most needed first (then in the order first met)."""
    claims, set_aside = read_report(report)
    docs: list[Document] = []
    if isinstance(documents, list):
        docs = documents
    elif documents is not None and set_aside:
        docs = load_documents(documents)
    locations = {d.path: d.location or d.path for d in docs}
    by_doc = {d.path: d for d in docs}
    drafts: dict[Missing, dict[str, Draft]] = {}
    for claim in claims:
        where = _where(claim.doc, claim.line, claim.column, claim.text, locations)
        wanted = series_drafts(claim, references) or [
            (missing_for(claim, references), fact_draft(claim, references))
        ]
        for missing, row in wanted:
            key = ",".join(row.values())
            draft = drafts.setdefault(missing, {}).setdefault(key, Draft("facts", row))
            draft.needed_by.append(f"{where} (claim {claim.id})")
            draft.sentence = draft.sentence or claim.sentence
    for number in set_aside:
        made = metric_draft(number, by_doc.get(number.doc))
        if made is None:
            continue
        row, sentence = made
        key = f"{','.join(row.values())}\0{sentence}"
        draft = drafts.setdefault(Missing.METRIC, {}).setdefault(
            key, Draft("metrics", row, sentence=sentence)
        )
        draft.needed_by.append(
            _where(number.doc, number.line, number.column, number.text, locations)
        )
    groups = [
        Group(missing, sorted(found.values(), key=lambda d: -len(d.needed_by)))
        for missing, found in drafts.items()
    ]
    return sorted(groups, key=lambda g: (-g.count, str(g.missing)))
