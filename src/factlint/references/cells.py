"""Editing cells of a CSV file in place: every byte outside the edited cells stays as it
was (quoting, line ends, spacing, the byte-order mark, other rows' order)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cell:
    """Where one cell's text stands in the file, quotes included."""

    start: int
    end: int

    def value(self, text: str) -> str:
        raw = text[self.start : self.end]
        if raw.startswith('"'):
            closing = _closing_quote(raw)
            return raw[1:closing].replace('""', '"') + raw[closing + 1 :]
        return raw


def _closing_quote(raw: str) -> int:
    index = 1
    while index < len(raw):
        if raw[index] == '"':
            if raw[index + 1 : index + 2] == '"':
                index += 2
                continue
            return index
        index += 1
    return len(raw)


def records(text: str) -> list[list[Cell]]:
    """Every record's cells, as Python's csv module reads them (comma, double quote);
    a blank line is a record of one empty cell."""
    found: list[list[Cell]] = []
    cells: list[Cell] = []
    index, size = 0, len(text)
    while index < size:
        start = index
        if text[index] == '"':
            index += 1
            while index < size:
                if text[index] == '"':
                    if text[index + 1 : index + 2] == '"':
                        index += 2
                        continue
                    index += 1
                    break
                index += 1
        while index < size and text[index] not in ",\r\n":
            index += 1
        cells.append(Cell(start, index))
        if index < size and text[index] == ",":
            index += 1
            if index == size:
                cells.append(Cell(index, index))
            continue
        if index < size:  # a line end: \n, \r or \r\n
            index += 2 if text[index : index + 2] == "\r\n" else 1
        found.append(cells)
        cells = []
    if cells:
        found.append(cells)
    return found


def quoted(value: str) -> str:
    """A cell as it must be written: quoted only when it holds a comma, a quote or a
    line end."""
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def replace_cells(text: str, edits: dict[str, dict[str, str]], key: str = "id") -> str:
    """``text`` with, in the row whose ``key`` column is each edit's id, the named
    columns set to new values; every other byte kept. KeyError for an unknown column."""
    rows = records(text)
    if not rows:
        return text
    header = [cell.value(text).strip().lstrip("\ufeff") for cell in rows[0]]
    position = {name: i for i, name in enumerate(header)}
    changes: list[tuple[Cell, str]] = []
    for cells in rows[1:]:
        if len(cells) != len(header):
            continue
        edit = edits.get(cells[position[key]].value(text).strip())
        if edit:
            changes.extend((cells[position[name]], quoted(new)) for name, new in edit.items())
    for cell, new in sorted(changes, key=lambda change: -change[0].start):
        text = text[: cell.start] + new + text[cell.end :]
    return text
