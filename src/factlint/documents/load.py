"""Loading documents and their metadata (``documents.csv``).

A document is named by its path relative to the folder it was found in, with its
extension (``a.md``, ``briefs/a.html``): the name its claim table, its claim ids and
its ``documents.csv`` row go by. Folders are searched recursively; ``-`` is standard
input.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path, PurePosixPath

from pydantic import BaseModel, ConfigDict, Field

from factlint.documents.formats import SUFFIXES, decode, read, reader_of
from factlint.documents.globs import Globs
from factlint.documents.metadata import (
    Metadata,
    published_on,
)
from factlint.documents.positions import Location, SourceMap, line_starts
from factlint.errors import DocumentError, display_path

STDIN = "-"
STDIN_NAME = "stdin.txt"


class Document(BaseModel):
    """A document's text with the metadata that dates and attributes it.

    ``text`` is what extraction reads: plain, one line per paragraph, heading, list item
    or table row. ``source_map`` takes an offset into it back to the source file's line
    and column; without one the text is its own source."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    path: str  # relative to the folder it was found in, with its extension
    location: str = ""  # the file as the user named it, relative to the working directory
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    text: str
    source_map: SourceMap | None = Field(default=None, exclude=True, repr=False)
    # A Markdown document's source (front matter blanked), kept so that the HTML report
    # can show it formatted; empty for other formats.
    markup: str = Field(default="", exclude=True, repr=False)

    @property
    def stem(self) -> str:
        """The path without its extension."""
        return str(PurePosixPath(self.path).with_suffix(""))

    @cached_property
    def _line_starts(self) -> list[int]:
        """Where each line of the text begins. A cached property, not a private
        attribute: pydantic reads a private attribute through its ``__getattr__``, which
        costs more than the locating, and claims locate every number they read."""
        return line_starts(self.text)

    def locate(self, offset: int) -> Location:
        """Where the text's character at ``offset`` stands in the source file."""
        if self.source_map is not None:
            return self.source_map.locate(offset)
        lines = self._line_starts
        line = bisect.bisect_right(lines, offset)
        return Location(line, offset - lines[line - 1] + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column in the source of the text's character at ``offset``."""
        where = self.locate(offset)
        return where.line, where.column


def _document(
    name: str,
    data: bytes,
    location: str,
    row: dict[str, str],
    where: str,
    published: dt.date | None,
    main_text: bool,
) -> Document:
    text, source_map = read(name, data, location, main_text)
    markup = ""
    if reader_of(name) == "markdown":
        from factlint.documents.markdown_text import blank_front_matter

        markup = blank_front_matter(decode(data, location))
    return Document(
        path=name,
        location=location,
        title=row.get("title", ""),
        outlet=row.get("outlet", ""),
        url=row.get("url", ""),
        published=published or published_on(row.get("published", ""), where),
        text=text,
        source_map=source_map,
        markup=markup,
    )


def _read_bytes(path: Path, location: str = "") -> bytes:
    where = location or display_path(path)
    try:
        return path.read_bytes()
    except IsADirectoryError as ex:
        raise DocumentError(f"{where}: a folder, not a document") from ex
    except OSError as ex:
        raise DocumentError(
            f"{where}: cannot read: {ex.strerror}; make it a readable document"
        ) from ex


@dataclass(frozen=True, slots=True)
class DocumentSource:
    """A document found but not yet read: its name, where it is, its documents.csv row.
    Reading it (``load_source``) can be left to the process that checks it; ``data``
    holds its bytes when they were read already (standard input, or a file sent to a
    worker that cannot see it)."""

    name: str
    location: str
    file: str = ""
    data: bytes | None = None
    row: dict[str, str] = field(default_factory=dict)
    where: str = ""
    main_text: bool = False
    published: dt.date | None = None  # given by the caller, before documents.csv's

    def with_data(self) -> DocumentSource:
        """The source with its bytes (for a worker that cannot see the file); as it is
        when they cannot be read here, so the worker says why in its own words."""
        if self.data is not None or not self.file:
            return self
        try:
            return replace(self, data=Path(self.file).read_bytes())
        except OSError:
            return self


def load_source(source: DocumentSource) -> Document:
    data = source.data
    if data is None:
        data = _read_bytes(Path(source.file), source.location)
    return _document(
        source.name,
        data,
        source.location,
        source.row,
        source.where,
        source.published,
        source.main_text,
    )


def load_document(
    path: Path,
    published: dt.date | None = None,
    *,
    roots: Sequence[Path] = (),
    main_text: bool = False,
) -> Document:
    """One document, with metadata from documents.csv when it has a row. Named by its
    path relative to the first of ``roots`` (documents folders) it lies in, else by its
    file name."""
    return _load_file(path, roots, published, main_text, Metadata())


def _name_in(path: Path, roots: Sequence[Path]) -> tuple[str, Path]:
    """A file's name relative to the first documents folder it lies in, and that
    folder; else its file name and its own folder."""
    for root in roots:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix(), root
        except ValueError:
            continue
    return path.name, path.parent


def _load_file(
    path: Path,
    roots: Sequence[Path],
    published: dt.date | None,
    main_text: bool,
    metadata: Metadata,
) -> Document:
    name, base = _name_in(path, roots)
    row, where = metadata.row(name, base)
    source = DocumentSource(name, display_path(path), str(path), None, row, where, main_text)
    return load_source(replace(source, published=published))


def _stdin_row(name: str, roots: Sequence[Path]) -> tuple[dict[str, str], str]:
    folders = [root for root in roots if root.is_dir()]
    return Metadata().row(name, folders[0]) if folders else ({}, "-")


def stdin_source(
    name: str = STDIN_NAME,
    roots: Sequence[Path] = (),
    main_text: bool = False,
    data: bytes | None = None,
) -> DocumentSource:
    """The document on standard input, named ``name``: its extension picks the reader,
    and the first documents folder's documents.csv may give its metadata under it."""
    posix = PurePosixPath(name.replace(os.sep, "/"))
    if not name or posix.is_absolute() or ".." in posix.parts:
        raise DocumentError(
            f"--stdin-name {name!r}: give a relative name such as notes/a.md, "
            "without .. (it names the document's claim table)"
        )
    content = sys.stdin.buffer.read() if data is None else data
    row, where = _stdin_row(posix.as_posix(), roots)
    name = posix.as_posix()
    return DocumentSource(name, name, data=content, row=row, where=where, main_text=main_text)


def load_stdin(
    name: str = STDIN_NAME,
    roots: Sequence[Path] = (),
    published: dt.date | None = None,
    main_text: bool = False,
    data: bytes | None = None,
) -> Document:
    """The document on standard input (see ``stdin_source``), read."""
    return load_source(replace(stdin_source(name, roots, main_text, data), published=published))


def find_documents(folder: Path, globs: Globs | None = None) -> list[tuple[str, Path]]:
    """Every document under ``folder`` (recursively, leaving out hidden files and
    folders) that ``globs`` select, as (name relative to the folder, path), by name."""
    found: list[tuple[str, Path]] = []
    for here, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for file in files:
            if file.startswith(".") or not file.lower().endswith(SUFFIXES):
                continue
            path = Path(here) / file
            name = path.relative_to(folder).as_posix()
            if (globs is None or globs.selects(name)) and path.is_file():
                found.append((name, path))
    return sorted(found)


def document_sources(
    sources: Path | str | Sequence[Path | str],
    *,
    globs: Sequence[str] = (),
    roots: Sequence[Path] = (),
    main_text: bool = False,
    stdin_name: str = STDIN_NAME,
    stdin: bytes | None = None,
) -> list[DocumentSource]:
    """Every document in the folders and files given, in the order given (a folder's
    by name), found but not read. ``-`` reads standard input. A file inside one of
    ``roots`` (the project's documents folders) is named relative to it, as when its
    folder is checked whole."""
    paths = [sources] if isinstance(sources, Path | str) else list(sources)
    selected = Globs(globs) if globs else None
    metadata = Metadata()
    found_sources: list[DocumentSource] = []
    named: dict[str, str] = {}
    seen: set[Path] = set()

    def add(source: DocumentSource, key: Path | None) -> None:
        if key is not None:
            if key in seen:
                return
            seen.add(key)
        if source.name in named:
            raise DocumentError(
                f"{source.location}: named {source.name!r}, as is {named[source.name]}; "
                "their claim tables and ids would collide: check them in separate runs, "
                "or check the folder that holds both"
            )
        named[source.name] = source.location
        found_sources.append(source)

    for given in paths:
        if str(given) == STDIN:
            add(stdin_source(stdin_name, roots, main_text, stdin), None)
            continue
        path = Path(given)
        if path.is_dir():
            found = find_documents(path, selected)
            if not found:
                raise DocumentError(_nothing_found(path, globs))
            base, prefix = _base(path, roots)
            for found_name, file in found:
                name = f"{prefix}{found_name}"
                row, where = metadata.row(name, base)
                location = display_path(file)
                add(
                    DocumentSource(name, location, str(file), None, row, where, main_text),
                    file.resolve(),
                )
        elif path.exists():
            name, base = _name_in(path, roots)
            row, where = metadata.row(name, base)
            source = DocumentSource(
                name, display_path(path), str(path), None, row, where, main_text
            )
            add(source, path.resolve())
        else:
            raise DocumentError(
                f"{display_path(path)}: no such file or folder; give a folder of documents, "
                "a document, or - for standard input"
            )
    return found_sources


def load_documents(
    sources: Path | str | Sequence[Path | str],
    *,
    globs: Sequence[str] = (),
    roots: Sequence[Path] = (),
    main_text: bool = False,
    stdin_name: str = STDIN_NAME,
    stdin: bytes | None = None,
) -> list[Document]:
    """Every document in the folders and files given, read (see ``document_sources``)."""
    found = document_sources(
        sources, globs=globs, roots=roots, main_text=main_text, stdin_name=stdin_name, stdin=stdin
    )
    return [load_source(source) for source in found]


def _base(folder: Path, roots: Sequence[Path]) -> tuple[Path, str]:
    """The folder documents under ``folder`` are named from: the documents folder that
    holds it, so a subfolder's documents keep the names they have when the whole is
    checked; and their names' start there (``briefs/``)."""
    for root in roots:
        try:
            inside = folder.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
        return root, "" if inside == "." else f"{inside}/"
    return folder, ""


def _nothing_found(folder: Path, globs: Sequence[str]) -> str:
    kinds = ".txt, .md, .html, .pdf, .docx"
    if globs:
        return (
            f"{display_path(folder)}: no documents match --glob {' '.join(globs)}; "
            f"documents are {kinds} files"
        )
    return f"{display_path(folder)}: no documents ({kinds}) in this folder or below"
