"""Internal consistency: the numbers of one paragraph checked against each other, with
no reference needed. A stated change against its two stated values ("from $639m to
$1.13bn, up 76%"), a share against its part and whole ("$30bn, or 12% of the total
$250bn"), and trade's parts against their totals (exports + imports = trade; exports −
imports = the balance). Every figure stands for the interval it rounds from, and the
arithmetic runs on those intervals, so correctly rounded figures never disagree.
Pure: the text and its mentions in, relations out."""

from __future__ import annotations

import re

from factlint.consistency.arithmetic import LEVEL_KINDS, Relation
from factlint.consistency.changes import changes_in, segments
from factlint.consistency.totals import flows, shares
from factlint.documents.text import Span, paragraphs, sentences
from factlint.extract import Mention
from factlint.intervals import figure, with_unit

__all__ = ["Relation", "describe", "relations"]


def _by_span(spans: list[Span], mentions: list[Mention]) -> list[tuple[Span, list[Mention]]]:
    """Each span with the mentions that start in it; both lists sorted."""
    grouped: list[tuple[Span, list[Mention]]] = []
    index = 0
    for span in spans:
        while index < len(mentions) and mentions[index].start < span.start:
            index += 1
        inside = []
        while index < len(mentions) and mentions[index].start < span.end:
            inside.append(mentions[index])
            index += 1
        grouped.append((span, inside))
    return grouped


_TRADE_WORDS = re.compile(r"export|import|shipments|purchases", re.IGNORECASE)


def relations(text: str, mentions: list[Mention]) -> list[Relation]:
    """Every relation among the numbers of each paragraph of ``text``, in order."""
    numeric = sorted(
        (m for m in mentions if m.kind in (*LEVEL_KINDS, "percent", "multiple")),
        key=lambda m: m.start,
    )
    found: list[Relation] = []
    for paragraph, inside in _by_span(paragraphs(text), numeric):
        if len(inside) < 3:
            continue  # every relation ties three numbers
        spans = [
            Span(paragraph.start + s.start, paragraph.start + s.end)
            for s in sentences(text[paragraph.start : paragraph.end])
        ]
        by_sentence = _by_span(spans, inside)
        for sentence, own in by_sentence:
            if len(own) < 3:
                continue
            for segment, part in _by_span(segments(text, sentence), own):
                if len(part) >= 3:
                    found.extend(changes_in(text, segment, part))
        found.extend(shares(text, inside))
        if _TRADE_WORDS.search(text, paragraph.start, paragraph.end):
            found.extend(flows(text, by_sentence))
    return sorted(found, key=lambda r: (r.result.start, r.kind))


def describe(relation: Relation) -> str:
    """One line: what was computed from what, and how far off the stated figure is."""
    if relation.holds:
        return relation.arithmetic
    # Two percentages lie percentage points apart, not per cent.
    unit = "percentage points" if relation.unit == "%" else relation.unit
    return f"{relation.arithmetic}, {with_unit(figure(relation.distance), unit)} outside"
