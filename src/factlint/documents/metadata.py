"""A folder's ``documents.csv``: each document's title, outlet, URL and published date,
read once per file and checked (UTF-8, the header, a row for a file that is there, a
date in range), with the place of each row for messages."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path, PurePosixPath

from factlint.errors import DocumentError, display_path

METADATA_FILE = "documents.csv"
METADATA_COLUMNS = ("path", "title", "outlet", "url", "published")


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    table = folder / METADATA_FILE
    if not table.exists():
        return {}
    where = display_path(table)
    columns = ",".join(METADATA_COLUMNS)
    try:
        data = table.read_bytes()
    except OSError as ex:
        what = "a folder, not a file" if table.is_dir() else f"cannot read: {ex.strerror}"
        raise DocumentError(
            f"{where}: {what}; it must be a readable CSV file with the header {columns}"
        ) from ex
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as ex:
        line = data.count(b"\n", 0, ex.start) + 1
        raise DocumentError(
            f"{where}:{line}:1: not UTF-8 (got byte 0x{data[ex.start]:02x}); "
            "save the file as CSV UTF-8"
        ) from ex
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows: dict[str, dict[str, str]] = {}
    try:
        missing = [c for c in ("path", "published") if c not in (reader.fieldnames or [])]
        if missing:
            raise DocumentError(
                f"{where}:1:1: missing column(s) {', '.join(missing)}; the header must be {columns}"
            )
        for row in reader:
            rows[(row.get("path") or "").strip()] = {
                "line": str(reader.line_num),
                **{k: v.strip() if isinstance(v, str) else "" for k, v in row.items() if k},
            }
    except csv.Error as ex:
        raise DocumentError(
            f"{where}:{reader.line_num}:1: {ex} (an unclosed quote swallows the rows after "
            "it); close the quote, or put the value in double quotes"
        ) from ex
    for name, row in rows.items():
        if name and not (folder / name).is_file():
            raise DocumentError(
                f"{where}:{row['line']}:1: no document {name!r} in {display_path(folder)}; "
                "fix the path or remove the row"
            )
    return rows


# Relative dates ("last year", "a year earlier") are counted from the published date;
# a date at the ends of the calendar has no year before or after it.
EARLIEST_PUBLISHED = dt.date(1000, 1, 1)
LATEST_PUBLISHED = dt.date(2999, 12, 31)


def published_on(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as ex:
        raise DocumentError(
            f"{where}: published {value!r} is not a date; write it as YYYY-MM-DD"
        ) from ex
    if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        raise DocumentError(
            f"{where}: published {value!r} is out of range; write the day the document was "
            f"published, between {EARLIEST_PUBLISHED} and {LATEST_PUBLISHED}"
        )
    return day


class Metadata:
    """``documents.csv`` rows, each file read once. A document's row is in the nearest
    ``documents.csv`` from its own folder up to the folder it was found in, under its
    path relative to that file's folder."""

    def __init__(self) -> None:
        self.tables: dict[Path, dict[str, dict[str, str]]] = {}
        self.shown: dict[Path, str] = {}  # each folder's documents.csv as messages name it

    def table(self, folder: Path) -> dict[str, dict[str, str]]:
        if folder not in self.tables:
            self.tables[folder] = read_metadata(folder)
        return self.tables[folder]

    def row(self, name: str, root: Path) -> tuple[dict[str, str], str]:
        """The row for the document ``name`` (relative to ``root``), and where it is."""
        parts = PurePosixPath(name).parts
        for depth in range(len(parts) - 1, -1, -1):
            folder = root.joinpath(*parts[:depth])
            row = self.table(folder).get("/".join(parts[depth:]))
            if row is not None:
                return row, f"{self.where(folder)}:{row['line']}:5"
        return {}, self.where(root)

    def where(self, folder: Path) -> str:
        if folder not in self.shown:
            self.shown[folder] = display_path(folder / METADATA_FILE)
        return self.shown[folder]
