"""The extractor over tables of newswire sentences, one CSV per form in
``tests/extract_cases/``.

Each row is a sentence, the exact text of one mention in it (``span``, found at its
first occurrence) and what the extractor must read there: ``kind``, ``value``, ``unit``,
``lower``, ``upper`` and ``comparator``. An empty ``lower`` or ``upper`` is an open end.
A row whose kind is ``-`` is a number that is not a claim: no mention may overlap it,
and when ``value`` is given the set-aside number's reason must contain it.
Relative dates resolve against ``PUBLISHED``, a Tuesday.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from factlint.extract import KINDS, Mention, scan

PUBLISHED = dt.date(2025, 1, 21)
FOLDER = Path(__file__).parent / "extract_cases"
COLUMNS = ["sentence", "span", "kind", "value", "unit", "lower", "upper", "comparator"]
MINIMUM_CASES = 500


@dataclass(frozen=True)
class Row:
    where: str
    sentence: str
    span: str
    kind: str
    value: str
    unit: str
    lower: str
    upper: str
    comparator: str


def load_rows() -> list[Row]:
    rows = []
    for path in sorted(FOLDER.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == COLUMNS, f"{path.name}: header must be {COLUMNS}"
            for line, record in enumerate(reader, start=2):
                rows.append(Row(f"{path.stem}:{line}", **{c: record[c] for c in COLUMNS}))
    return rows


ROWS = load_rows()


def expected_value(kind: str, written: str) -> float | str | None:
    if written == "":
        return None
    if kind in ("date", "period"):
        return written
    return float(written)


def found(mention: Mention, kind: str) -> float | str | None:
    value = mention.value
    if value is None or isinstance(value, str):
        return value
    return float(value)


def assert_same(what: str, got: float | str | None, want: float | str | None) -> None:
    if isinstance(want, float) and isinstance(got, float):
        assert got == pytest.approx(want, rel=1e-9, abs=1e-9), what
    else:
        assert got == want, what


def test_the_tables_hold_enough_cases() -> None:
    assert len(ROWS) >= MINIMUM_CASES


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.where}:{r.span}" for r in ROWS])
def test_case(row: Row) -> None:
    start = row.sentence.find(row.span)
    assert start >= 0, f"{row.where}: span {row.span!r} is not in the sentence"
    end = start + len(row.span)
    result = scan(row.sentence, PUBLISHED)
    if row.kind == "-":
        overlapping = [m.text for m in result.mentions if m.start < end and start < m.end]
        assert overlapping == [], f"{row.span!r} must not be read as a claim"
        if row.value:
            reasons = [s.reason for s in result.skipped if s.start < end and start < s.end]
            assert any(row.value in reason for reason in reasons), reasons
        return
    assert row.kind in KINDS
    at = [m for m in result.mentions if (m.start, m.end) == (start, end)]
    assert at, f"no mention spans {row.span!r}; got {[m.text for m in result.mentions]}"
    mention = at[0]
    assert mention.kind == row.kind
    assert_same("value", found(mention, row.kind), expected_value(row.kind, row.value))
    assert mention.unit == row.unit
    assert mention.comparator == row.comparator
    for name, written in (("lower", row.lower), ("upper", row.upper)):
        got = getattr(mention, name)
        if got is not None and row.kind not in ("date", "period"):
            got = float(got)
        assert_same(name, got, expected_value(row.kind, written))
