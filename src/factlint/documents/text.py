"""Sentences, paragraphs and line/column positions in a document's text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# A sentence ends at . ! or ? (and any closing quotes) followed by space and a capital,
# a digit or an opening quote; abbreviations such as "U.S." or "Jan." do not end one.
_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
    ]
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Each non-empty line is a paragraph, as in newswire copy."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append(Span(match.start(), match.end()))
    return spans


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    word = re.search(r"([A-Za-z.]+)\.$", text[max(0, stop - 12) : stop + 1])
    if word is None:
        return False
    token = word.group(1).lower().lstrip(".")
    return token in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]?", token))


def sentences(text: str) -> list[Span]:
    """Sentence spans, never crossing a paragraph boundary."""
    spans: list[Span] = []
    for para in paragraphs(text):
        start = para.start
        for match in _END.finditer(text, para.start, para.end):
            if text[match.start()] == "." and _ends_with_abbreviation(text, match.start()):
                continue
            spans.append(Span(start, match.end()))
            start = match.end()
        if start < para.end:
            spans.append(Span(start, para.end))
    return [Span(s.start, s.start + len(text[s.start : s.end].rstrip())) for s in spans]


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
