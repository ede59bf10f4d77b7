"""The canonical form of the reference CSVs, so that two analysts' edits of the same
file diff cleanly: the schema's column order (columns factlint does not know kept, after
its own), rows sorted by id, quotes only where a cell needs them, LF line ends and a
final newline, no byte-order mark.

Formatting never drops a row, a column or a cell: a file it cannot map cell for cell (a
row with more or fewer fields than the header, a column named twice, bytes that are not
UTF-8) is left as it is and reported. A formatted file is written atomically, and
formatting a formatted file changes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from factlint.errors import Problem, ReferenceDataError, display_path
from factlint.references.atomic import write_bytes_atomically
from factlint.references.cells import quoted
from factlint.references.models import Entity, Fact, FxRate, Metric
from factlint.references.schema import columns, fact_files, optional_columns

# Rows of a file without ids (fx.csv) sort by the columns that identify them.
_SORT_KEYS: dict[type[BaseModel], tuple[str, ...]] = {FxRate: ("period", "base", "quote")}


@dataclass(frozen=True)
class Formatted:
    """One file: its bytes as found and in canonical form."""

    path: Path
    before: bytes
    after: bytes

    @property
    def changed(self) -> bool:
        return self.before != self.after


def reference_files(folder: Path) -> list[tuple[Path, type[BaseModel]]]:
    """Every reference CSV in ``folder`` that exists, with the model of its rows."""
    files: list[tuple[Path, type[BaseModel]]] = [
        (folder / "entities.csv", Entity),
        (folder / "metrics.csv", Metric),
        *((path, Fact) for path in fact_files(folder)),
        (folder / "fx.csv", FxRate),
    ]
    return [(path, model) for path, model in files if path.is_file()]


def canonical_order(header: list[str], model: type[BaseModel]) -> list[str]:
    """The header in the schema's order; columns the schema does not know follow, in
    their own order."""
    known = columns(model) + optional_columns(model)
    return [name for name in known if name in header] + [n for n in header if n not in known]


def canonical_text(text: str, model: type[BaseModel], where: str = "") -> str:
    """``text`` (one CSV file, already decoded) in canonical form; ReferenceDataError
    when a cell could not be kept in place."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    first = next(reader, None)
    if first is None:
        return ""
    header = [name.strip() for name in first]
    problems = []
    for index, name in enumerate(header, start=1):
        if name in header[: index - 1]:
            problems.append(
                Problem(where, 1, index, f"header: column named twice (got {name!r}); keep one")
            )
    rows: list[tuple[int, list[str]]] = []
    end = reader.line_num
    for cells in reader:
        line, end = end + 1, reader.line_num
        if cells and len(cells) != len(header):
            problems.append(
                Problem(
                    where,
                    line,
                    min(len(cells), len(header)) + 1,
                    f"row: {len(cells)} fields where the header has {len(header)}; "
                    "fix the row first (formatting never drops a cell)",
                )
            )
        elif any(cells):
            rows.append((line, cells))
    if problems:
        raise ReferenceDataError(problems)
    order = canonical_order(header, model)
    position = {name: header.index(name) for name in order}
    keys = [position[name] for name in _SORT_KEYS.get(model, ("id",)) if name in position]
    ordered = sorted(
        (cells for _, cells in rows), key=lambda cells: tuple(cells[k].strip() for k in keys)
    )
    # csv.writer leaves a lone \r unquoted when the line end is \n; quote it ourselves.
    lines = [",".join(quoted(name) for name in order)]
    lines.extend(",".join(quoted(cells[position[name]]) for name in order) for cells in ordered)
    return "\n".join(lines) + "\n"


def format_file(path: Path, model: type[BaseModel]) -> Formatted:
    """``path`` read and put in canonical form (nothing is written)."""
    where = display_path(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as ex:
        line = data[: ex.start].count(b"\n") + 1
        raise ReferenceDataError(
            [Problem(where, line, 1, "encoding: not UTF-8; save the file as CSV UTF-8")]
        ) from ex
    try:
        after = canonical_text(text, model, where)
    except csv.Error as ex:
        raise ReferenceDataError([Problem(where, 1, 1, f"csv: cannot be read ({ex})")]) from ex
    return Formatted(path, data, after.encode("utf-8"))


def format_folder(folder: Path | str, write: bool) -> tuple[list[Formatted], list[Problem]]:
    """Every reference file of ``folder`` in canonical form, and the problems of those
    that cannot be formatted (left untouched); with ``write``, the files that change are
    replaced atomically."""
    results: list[Formatted] = []
    problems: list[Problem] = []
    for path, model in reference_files(Path(folder)):
        try:
            formatted = format_file(path, model)
        except ReferenceDataError as ex:
            problems.extend(ex.problems)
            continue
        results.append(formatted)
        if write and formatted.changed:
            write_bytes_atomically(path, formatted.after)
    return results, problems
