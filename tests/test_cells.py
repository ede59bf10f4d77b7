"""Editing cells in place: the scanner reads records as Python's csv module does, and
an edit changes the edited cells and no other byte."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.references.cells import quoted, records, replace_cells

CELL = st.text(alphabet=st.sampled_from(list('ab ,"\n\r;é')), max_size=6)


def _encode(rows: list[list[str]], ending: str, quote_all: bool) -> str:
    out = io.StringIO()
    if quote_all:
        csv.writer(out, lineterminator=ending, quoting=csv.QUOTE_ALL).writerows(rows)
    else:
        csv.writer(out, lineterminator=ending).writerows(rows)
    return out.getvalue()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(CELL, min_size=2, max_size=4), min_size=1, max_size=5),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_records_read_as_the_csv_module_reads(
    rows: list[list[str]], ending: str, quote_all: bool
) -> None:
    text = _encode(
        rows, ending, quote_all=True if "\r" in "".join(map("".join, rows)) else quote_all
    )
    expected = list(csv.reader(io.StringIO(text, newline="")))
    found = [[cell.value(text) for cell in record] for record in records(text)]
    assert [r for r in found if r != [""]] == [r for r in expected if r]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(CELL, CELL), min_size=1, max_size=4), CELL)
def test_an_edit_changes_only_its_cell(rows: list[tuple[str, str]], new: str) -> None:
    table = [["id", "value", "note"]] + [[f"r{i}", v, n] for i, (v, n) in enumerate(rows)]
    text = _encode(table, "\r\n", quote_all=True)
    edited = replace_cells(text, {"r0": {"value": new}})
    before, after = records(text), records(edited)
    cell = before[1][1]
    assert edited == text[: cell.start] + quoted(new) + text[cell.end :]
    assert after[1][1].value(edited) == new
    assert (
        list(csv.reader(io.StringIO(edited, newline="")))[2:]
        == list(csv.reader(io.StringIO(text, newline="")))[2:]
    )
