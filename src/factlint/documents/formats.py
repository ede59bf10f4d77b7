"""Reading each kind of document into plain text and its map back to the source.

Plain text is its own source. Markdown and HTML map to their lines and columns. PDF
(pdfminer.six) and DOCX (python-docx) are read through the ``pdf`` and ``docx`` extras;
their locations are the page and the paragraph on it (PDF) or the paragraph in the
document (DOCX), counting every paragraph, table cells' too.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import PurePath

from factlint.documents.positions import Line, SourceMap, TextBuilder, join_lines
from factlint.errors import DocumentError

Read = Callable[[bytes, str, bool], tuple[str, SourceMap | None]]

READERS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
SUFFIXES = tuple(READERS)
EXTRAS = {
    "pdf": ("pdfminer", "pdf"),
    "docx": ("docx", "docx"),
    "main": ("trafilatura", "main-text"),
}


def reader_of(name: str) -> str:
    """The reader for a file name; an unknown suffix is read as plain text."""
    return READERS.get(PurePath(name).suffix.lower(), "text")


def decode(data: bytes, where: str) -> str:
    """UTF-8 text with a byte-order mark dropped and line ends made ``\\n``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as ex:
        line = data[: ex.start].count(b"\n") + 1
        column = ex.start - (data.rfind(b"\n", 0, ex.start) + 1) + 1
        raise DocumentError(
            f"{where}:{line}:{column}: not UTF-8 text (byte {ex.start}); save it as UTF-8"
        ) from ex
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read(
    name: str, data: bytes, where: str, main_text: bool = False
) -> tuple[str, SourceMap | None]:
    """The text of a document named ``name`` (its suffix picks the reader) and, unless
    it is plain text, the map from that text back to the source."""
    kind = reader_of(name)
    if kind == "pdf":
        return _pdf(data, where)
    if kind == "docx":
        return _docx(data, where)
    source = decode(data, where)
    if kind == "markdown":
        from factlint.documents.markdown_text import markdown_lines

        return join_lines(markdown_lines(source), source)
    if kind == "html":
        from factlint.documents.html_text import html_lines

        lines = html_lines(source)
        if main_text:
            lines = _main_lines(lines, source, where)
        return join_lines(lines, source)
    return source, None


def _missing_extra(kind: str, where: str) -> DocumentError:
    module, extra = EXTRAS[kind]
    what = {"pdf": "a PDF", "docx": "a DOCX file", "main": "an HTML page's main text"}[kind]
    return DocumentError(
        f"{where}: reading {what} needs {module}; install it with pip install 'factlint[{extra}]'"
    )


def _unreadable(where: str, kind: str, ex: Exception) -> DocumentError:
    reason = str(ex).strip().splitlines()[0] if str(ex).strip() else type(ex).__name__
    return DocumentError(
        f"{where}: not a readable {kind} file ({reason}); check that it opens, "
        "or leave it out with --glob"
    )


def _normal(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _main_lines(lines: list[Line], source: str, where: str) -> list[Line]:
    """The lines that belong to the page's main text, as trafilatura finds it; all of
    them when it finds none."""
    try:
        import trafilatura
    except ImportError as ex:
        raise _missing_extra("main", where) from ex
    main = trafilatura.extract(
        source, include_tables=True, include_comments=False, include_images=False
    )
    if not main:
        return lines
    kept = _normal(main)
    return [line for line in lines if _normal("".join(line.text)) in kept]


def _pdf(data: bytes, where: str) -> tuple[str, SourceMap]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer
    except ImportError as ex:
        raise _missing_extra("pdf", where) from ex
    paragraphs: list[str] = []
    page_starts: list[int] = []
    try:
        for page in extract_pages(io.BytesIO(data)):
            page_starts.append(len(paragraphs))
            for element in page:
                if isinstance(element, LTTextContainer):
                    words = " ".join(element.get_text().split())
                    if words:
                        paragraphs.append(words)
    except Exception as ex:  # pdfminer raises many kinds for a damaged or locked file
        raise _unreadable(where, "PDF", ex) from ex
    text = "\n".join(paragraphs)
    return text, SourceMap([0], [0], _starts(paragraphs), page_starts)


def _starts(lines: list[str]) -> list[int]:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts or [0]


def _docx(data: bytes, where: str) -> tuple[str, SourceMap]:
    try:
        import docx
        from docx.table import Table
    except ImportError as ex:
        raise _missing_extra("docx", where) from ex
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except Exception as ex:  # python-docx raises zipfile, lxml and its own errors
        raise _unreadable(where, "DOCX", ex) from ex
    paragraphs: list[str] = []  # the source: every paragraph on its own line
    builder = TextBuilder()
    end = [0]  # where the next paragraph starts in the source

    def paragraph(text: str) -> None:
        paragraphs.append(text)
        builder.add(text, range(end[0], end[0] + len(text)))
        end[0] += len(text) + 1

    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per column
                        continue
                    seen.add(id(cell._tc))
                    for number, inner in enumerate(cell.paragraphs):
                        if number:
                            builder.add_space(end[0] - 1)
                        paragraph(inner.text)
                    builder.end_cell()
                builder.end_line()
        else:
            paragraph(block.text)
            builder.end_line()
    source = "\n".join(paragraphs)
    return join_lines(builder.finish(), source)
