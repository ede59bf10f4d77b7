"""Where each character of a document's text stands in its source file.

A document's text is what extraction reads: plain, one line per block, no markup. Its
source is the file as written (Markdown, HTML) or, for PDF and DOCX, the document's
paragraphs one per line. ``TextBuilder`` assembles the text run by run from source
offsets; ``SourceMap`` turns an offset into the text back into the source's line and
column (and page), so that every reported location is one the user's editor can open.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Cells of one table row share a line of text, kept apart so that neither their words
# nor their numbers run together ("2021 | $3.2bn", never "2021 $3.2bn").
CELL_SEPARATOR = " | "
_SPACE = frozenset(" \t\n\r\f")  # HTML's and Markdown's whitespace; not U+00A0


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a source file: 1-based line and column, and the page when it has pages.

    For a PDF, ``line`` is the paragraph on the page; for a DOCX, the paragraph in the
    document."""

    line: int
    column: int
    page: int | None = None


def line_starts(text: str) -> list[int]:
    """Offsets where each line of ``text`` begins."""
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


class SourceMap:
    """Text offsets back to source lines and columns.

    Stored as segments: a stretch of text whose characters stand at consecutive source
    offsets is one segment, so a plain paragraph costs one entry however long it is.
    ``page_starts`` gives, for a paged source, the first source line of each page."""

    __slots__ = ("_line_starts", "_page_starts", "_segment_sources", "_segment_starts")

    def __init__(
        self,
        segment_starts: Sequence[int],
        segment_sources: Sequence[int],
        source_line_starts: Sequence[int],
        page_starts: Sequence[int] = (),
    ) -> None:
        self._segment_starts = tuple(segment_starts)
        self._segment_sources = tuple(segment_sources)
        self._line_starts = tuple(source_line_starts)
        self._page_starts = tuple(page_starts)

    def source_offset(self, offset: int) -> int:
        index = max(0, bisect.bisect_right(self._segment_starts, offset) - 1)
        if not self._segment_starts:
            return 0
        return self._segment_sources[index] + offset - self._segment_starts[index]

    def locate(self, offset: int) -> Location:
        source = self.source_offset(offset)
        line = bisect.bisect_right(self._line_starts, source)
        column = source - self._line_starts[line - 1] + 1
        if not self._page_starts:
            return Location(line, column)
        page = bisect.bisect_right(self._page_starts, line - 1)
        return Location(line - self._page_starts[page - 1], column, page)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SourceMap) and (
            self._segment_starts,
            self._segment_sources,
            self._line_starts,
            self._page_starts,
        ) == (
            other._segment_starts,
            other._segment_sources,
            other._line_starts,
            other._page_starts,
        )

    def __hash__(self) -> int:
        return hash((self._segment_starts, self._segment_sources))

    def __repr__(self) -> str:
        return f"SourceMap({len(self._segment_starts)} segments)"

    def __reduce__(self) -> tuple[type[SourceMap], tuple[object, ...]]:
        return (
            SourceMap,
            (self._segment_starts, self._segment_sources, self._line_starts, self._page_starts),
        )


@dataclass(slots=True)
class Line:
    """One line of a document's text and the source offset of each of its characters."""

    text: list[str]
    sources: list[int]


class TextBuilder:
    """Builds a document's text from runs of source text.

    Whitespace collapses to one space and never starts or ends a line; a block ends the
    line, a table cell ends only the cell. Breaks are kept pending until text follows,
    so empty blocks leave no empty lines."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._current = Line([], [])
        self._pending = ""  # "", "cell" or "line"

    def add(self, text: str, sources: Iterable[int]) -> None:
        """Text whose characters stand at ``sources`` in the source."""
        for char, source in zip(text, sources, strict=True):
            if char in _SPACE:
                if self._current.text and self._current.text[-1] != " " and not self._pending:
                    self._current.text.append(" ")
                    self._current.sources.append(source)
                continue
            self._flush_pending(source)
            self._current.text.append(char)
            self._current.sources.append(source)

    def add_space(self, source: int) -> None:
        """A space standing for a break that joins words (a soft line break)."""
        self.add(" ", [source])

    def end_cell(self) -> None:
        if self._current.text and self._pending != "line":
            self._pending = "cell"

    def end_line(self) -> None:
        if self._current.text:
            self._pending = "line"

    def _flush_pending(self, source: int) -> None:
        if not self._pending:
            return
        self._trim()
        if self._pending == "line":
            self.lines.append(self._current)
            self._current = Line([], [])
        else:
            self._current.text.extend(CELL_SEPARATOR)
            self._current.sources.extend([source] * len(CELL_SEPARATOR))
        self._pending = ""

    def _trim(self) -> None:
        while self._current.text and self._current.text[-1] == " ":
            self._current.text.pop()
            self._current.sources.pop()

    def finish(self) -> list[Line]:
        self._trim()
        if self._current.text:
            self.lines.append(self._current)
        self._current = Line([], [])
        self._pending = ""
        return self.lines


def join_lines(
    lines: Sequence[Line], source: str, page_starts: Sequence[int] = ()
) -> tuple[str, SourceMap]:
    """The text of ``lines``, one per line, and its map back to ``source``. Each newline
    stands just after the last character of its line."""
    text: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    offset = 0
    for number, line in enumerate(lines):
        if number:
            last = line_end(lines[number - 1])
            _extend(starts, sources, offset, last)
            text.append("\n")
            offset += 1
        for source_offset in line.sources:
            _extend(starts, sources, offset, source_offset)
            offset += 1
        text.append("".join(line.text))
    return "".join(text), SourceMap(starts, sources, line_starts(source), page_starts)


def line_end(line: Line) -> int:
    return line.sources[-1] + 1 if line.sources else 0


def _extend(starts: list[int], sources: list[int], offset: int, source: int) -> None:
    """Add one character at ``offset`` standing at ``source``, starting a segment only
    when it does not follow on from the previous character."""
    if starts and sources[-1] + offset - starts[-1] == source:
        return
    starts.append(offset)
    sources.append(source)
