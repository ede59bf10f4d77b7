"""One reference CSV being read: decoding, the header, rows with their line numbers,
and pydantic errors turned into ``file:line:column: message`` problems."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from factlint.errors import Problem, display_path

M = TypeVar("M", bound=BaseModel)

_PATTERN_HINTS = {
    "id": "not a valid id; use letters, digits, '_', '.' or '-', starting with a letter or digit",
    "url": "not a web address; paste the full address of the page, starting with https://",
    "base": "not a currency code; write three capital letters, like USD",
    "quote": "not a currency code; write three capital letters, like CNY",
}


class CsvTable:
    """One CSV file being read: its rows with their line numbers, and its problems."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.where = display_path(path)
        self.problems = problems
        self.header: list[str] = []
        self.readable = False  # decoded, with a header that fits

    def problem(self, line: int, column: str | int, message: str) -> None:
        index = column if isinstance(column, int) else self.column(column)
        self.problems.append(Problem(self.where, line, index, message))

    def column(self, name: str) -> int:
        return self.header.index(name) + 1 if name in self.header else 1

    def read(self) -> str | None:
        try:
            data = self.path.read_bytes()
        except OSError as ex:
            self.problem(1, 1, f"file: cannot read it ({ex.strerror}); make it a readable CSV file")
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as ex:
            before = data[: ex.start]
            line_start = before.rfind(b"\n") + 1
            prefix = before[line_start:].decode("utf-8", errors="replace")
            fields = len(next(csv.reader([prefix]), [])) or 1
            self.problem(
                before.count(b"\n") + 1,
                fields,
                f"encoding: not UTF-8 (got byte 0x{data[ex.start]:02x}); "
                "save the file as CSV UTF-8",
            )
            return None

    def rows(
        self, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> Iterator[tuple[int, dict[str, str]]]:
        """Yield (first line, row) for each non-blank record; a bad encoding or header stops
        the file before its first row."""
        text = self.read()
        if text is None:
            return
        reader = csv.reader(text.splitlines(keepends=True))
        try:
            self.header = [name.strip() for name in next(reader, [])]
            if not self._header_fits(required, optional):
                return
            self.readable = True
            yield from self._records(reader)
        except csv.Error as ex:
            self.problem(
                reader.line_num,
                1,
                f"row: {ex} (an unclosed quote swallows the rows after it); close the quote, "
                "or put the value in double quotes",
            )

    def _records(self, reader: Any) -> Iterator[tuple[int, dict[str, str]]]:
        end = reader.line_num
        for cells in reader:
            line, end = end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(self.header):
                self.problem(
                    line,
                    min(len(cells), len(self.header)) + 1,
                    f"row: {len(cells)} fields where the header has {len(self.header)}; "
                    "put double quotes around a value that contains a comma",
                )
                continue
            yield line, dict(zip(self.header, cells, strict=True))

    def _header_fits(self, required: tuple[str, ...], optional: tuple[str, ...]) -> bool:
        wanted = ",".join(required)
        if optional:
            wanted += f" (optional: {','.join(optional)})"
        if not self.header:
            self.problem(1, 1, f"header: the file is empty; its first line must be {wanted}")
            return False
        fits = True
        for index, name in enumerate(self.header, start=1):
            if name in self.header[: index - 1]:
                self.problem(1, index, f"header: column named twice (got {name!r}); keep one")
                fits = False
            elif name not in required and name not in optional:
                self.problem(
                    1, index, f"header: unknown column (got {name!r}); the header must be {wanted}"
                )
                fits = False
        for name in required:
            if name not in self.header:
                self.problem(1, 1, f"header: missing column {name!r}; the header must be {wanted}")
                fits = False
        return fits

    def validate(
        self, model: type[M], line: int, row: dict[str, str], extra: dict[str, object]
    ) -> M | set[str]:
        """The row as a model, or the names of the fields that failed (each reported)."""
        try:
            return model.model_validate({**row, **extra})
        except ValidationError as ex:
            failed = set()
            for error in ex.errors():
                name = str(error["loc"][0]) if error["loc"] else ""
                value = row.get(name, "").strip()
                self.problem(line, name, f"{name}: {explain(error, name, value)}")
                failed.add(name)
            return failed


def explain(error: ErrorDetails, name: str, value: str) -> str:
    """A pydantic error in an analyst's words: what is wrong, the value, how to mend it."""
    kind = error["type"]
    got = f"(got {value!r})"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and name in _PATTERN_HINTS:
        what, hint = _PATTERN_HINTS[name].split("; ", 1)
        return f"{what} {got}; {hint}"
    if kind in ("string_too_short", "too_short", "missing"):
        return f"empty {got}; fill it in" + (
            "; separate several with |" if kind == "too_short" else ""
        )
    if kind.startswith("date"):
        return f"not a date {got}; write it as YYYY-MM-DD, like 2024-06-30"
    if kind.startswith("float"):
        return f"not a number {got}; write a plain number like 7.0809"
    if kind == "greater_than":
        return f"must be above 0 {got}"
    if kind == "literal_error":
        # An optional column's Literal allows '' (empty): not a choice to offer.
        expected = str(error.get("ctx", {}).get("expected", "")).removeprefix("'', ")
        return f"not one of {expected.replace(chr(39), '')} {got}"
    return f"{error['msg']} {got}"
