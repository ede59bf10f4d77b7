"""Loading documents and their metadata (``seeds/documents.csv``)."""

from __future__ import annotations

import csv
import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from factlint.errors import DocumentError, display_path

SUFFIXES = (".txt", ".md", ".html", ".htm")
METADATA_FILE = "documents.csv"
METADATA_COLUMNS = ("path", "title", "outlet", "url", "published")


class Document(BaseModel):
    """A document's text with the metadata that dates and attributes it."""

    model_config = ConfigDict(frozen=True)

    path: str
    location: str = ""  # the file as the user named it, relative to the working directory
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    text: str

    @property
    def stem(self) -> str:
        return Path(self.path).stem


class _TextOfHtml(HTMLParser):
    """Collects the visible text of an HTML page, one line per block element."""

    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title"})
    HIDDEN = frozenset({"script", "style", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(" ".join(data.split()) if data.strip() else "")

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def text_of_html(html: str) -> str:
    """The readable text of an HTML document, paragraphs on their own lines."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return parser.text()


def read_text(path: Path) -> str:
    """A document's text; HTML is reduced to its visible paragraphs."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as ex:
        raise DocumentError(
            f"{display_path(path)}:1:1: not UTF-8 text (byte {ex.start}); save it as UTF-8"
        ) from ex
    except OSError as ex:
        raise DocumentError(f"{display_path(path)}: cannot read: {ex.strerror}") from ex
    raw = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".html", ".htm"):
        return text_of_html(raw)
    return raw


def _read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    table = folder / METADATA_FILE
    if not table.exists():
        return {}
    where = display_path(table)
    with table.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("path", "published") if c not in (reader.fieldnames or [])]
        if missing:
            raise DocumentError(
                f"{where}:1:1: missing column(s) {', '.join(missing)}; "
                f"the header must be {','.join(METADATA_COLUMNS)}"
            )
        rows: dict[str, dict[str, str]] = {}
        for row in reader:
            rows[(row.get("path") or "").strip()] = {
                "line": str(reader.line_num),
                **{k: (v or "").strip() for k, v in row.items() if k},
            }
    return rows


def _published(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as ex:
        raise DocumentError(
            f"{where}: published {value!r} is not a date; write it as YYYY-MM-DD"
        ) from ex


def load_document(path: Path, published: dt.date | None = None) -> Document:
    """One document, with metadata from its folder's documents.csv when it has a row."""
    row = _read_metadata(path.parent).get(path.name, {})
    where = f"{display_path(path.parent / METADATA_FILE)}:{row.get('line', '1')}:5"
    return Document(
        path=path.name,
        location=display_path(path),
        title=row.get("title", ""),
        outlet=row.get("outlet", ""),
        url=row.get("url", ""),
        published=published or _published(row.get("published", ""), where),
        text=read_text(path),
    )


def load_documents(source: Path) -> list[Document]:
    """Every document in a folder (sorted by name), or the single file given."""
    if source.is_file():
        return [load_document(source)]
    if not source.is_dir():
        raise DocumentError(f"{display_path(source)}: no such file or folder")
    paths = sorted(p for p in source.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    if not paths:
        raise DocumentError(
            f"{display_path(source)}: no documents (.txt, .md, .html) to check in this folder"
        )
    metadata = _read_metadata(source)
    known = {p.name for p in paths}
    for name, row in metadata.items():
        if name not in known:
            raise DocumentError(
                f"{display_path(source / METADATA_FILE)}:{row['line']}:1: "
                f"no document {name!r} in {display_path(source)}; fix the path or remove the row"
            )
    return [load_document(p) for p in paths]
