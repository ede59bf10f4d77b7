"""The shape of a news article: its headline, the dateline that opens the story
("WASHINGTON, May 4 (Reuters) -", "LONDON, Nov. 20 (Xinhua) --"), the lead paragraph,
the paragraphs after it, and the quoted speech in them.

The headline and the lead set what the article is about; the dateline says where and
when it was filed, which is no claim; a quotation is someone's words, to be read on its
own. Pure: text in, spans out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.documents.text import Span, paragraphs

# A headline is one short line with no full stop at its end, above the story.
_HEADLINE_WORDS = 25
# "WASHINGTON, May 4 (Reuters) -", "NEW YORK, Dec 19 -", "LONDON, Nov. 20 (Xinhua) --",
# "SAN FRANCISCO/BEIJING, Jan 3 (Capital Wire) —": a place in capitals, a date, an
# optional outlet in brackets, and a dash.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:/[A-Z][A-Z.'’ -]*[A-Z.])*)"
    r"(?:,\s*[A-Z][A-Za-z.'’ ]+?)?"  # ", Calif."
    r"(?:,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"(?:\s*\((?P<outlet>[^)]{1,60})\))?"
    r"\s*(?:-{1,2}|–|—)\s*"
)
# Quoted speech: straight or curly double quotes, not spanning a paragraph.
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when the story was filed, and by whom: not a claim."""

    span: Span
    place: str
    date: Span | None
    outlet: str


@dataclass(frozen=True, slots=True)
class Structure:
    """The parts of an article, as spans of its text."""

    headline: Span | None
    dateline: Dateline | None
    lead: Span | None  # the first paragraph of the story
    paragraphs: tuple[Span, ...]
    quotes: tuple[Span, ...]

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (-1 for none)."""
        for index, span in enumerate(self.paragraphs):
            if span.start <= offset < span.end:
                return index
        return -1

    def quoted(self, start: int, end: int) -> Span | None:
        """The quotation ``start``..``end`` stands in, if any."""
        for quote in self.quotes:
            if quote.start <= start and end <= quote.end:
                return quote
        return None

    def in_topic(self, offset: int) -> bool:
        """Whether ``offset`` is in the headline or the lead, which set the topic."""
        return any(
            part is not None and part.start <= offset < part.end
            for part in (self.headline, self.lead)
        )


def _is_headline(text: str, first: Span, rest: list[Span]) -> bool:
    line = text[first.start : first.end].strip()
    if not rest or not line or len(line.split()) > _HEADLINE_WORDS:
        return False
    if line.endswith((".", ":")) and not line.endswith("..."):
        return False
    return _DATELINE.match(text, first.start) is None


def structure(text: str) -> Structure:
    """The headline (a short first line without a full stop), the dateline opening the
    first paragraph of the story, the lead (that paragraph) and every quotation."""
    spans = paragraphs(text)
    headline = spans[0] if spans and _is_headline(text, spans[0], spans[1:]) else None
    body = spans[1:] if headline is not None else spans
    lead = body[0] if body else None
    dateline = None
    if lead is not None:
        found = _DATELINE.match(text, lead.start)
        if found is not None and (found.group("date") or found.group("outlet")):
            dated = found.group("date") is not None
            dateline = Dateline(
                span=Span(found.start(), found.end()),
                place=found.group("place").strip(),
                date=Span(found.start("date"), found.end("date")) if dated else None,
                outlet=(found.group("outlet") or "").strip(),
            )
    quotes = tuple(Span(m.start(), m.end()) for m in _QUOTE.finditer(text))
    return Structure(headline, dateline, lead, tuple(spans), quotes)
