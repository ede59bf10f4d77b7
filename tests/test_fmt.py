"""`factlint refs fmt`: the canonical form of the reference CSVs. Idempotent, loses no
row, column or cell, keeps unknown columns, refuses what it cannot map cell for cell."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.references.fmt import canonical_order, canonical_text
from factlint.references.models import Entity, Fact, FxRate

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, text=True
    )


def test_the_shipped_references_are_formatted() -> None:
    result = run("refs", "fmt", "references", "--check", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 file(s) would change" in result.stdout


@pytest.mark.parametrize(
    ("text", "formatted"),
    [
        pytest.param(
            "id,name,kind,aliases\r\nZZ,Zed,country,\r\nAA,Ay,country,\r\n",
            "id,name,kind,aliases\nAA,Ay,country,\nZZ,Zed,country,\n",
            id="sorted by id, LF",
        ),
        pytest.param(
            '\ufeffname,id,aliases,kind\n"Ay","AA","",country',
            "id,name,kind,aliases\nAA,Ay,country,\n",
            id="schema order, minimal quotes, BOM and missing newline",
        ),
        pytest.param(
            'id,extra,name,kind,aliases,more\nAA,x,"Ay, the",country,,y\n\n',
            'id,name,kind,aliases,extra,more\nAA,"Ay, the",country,,x,y\n',
            id="unknown columns kept last, blank line dropped",
        ),
        pytest.param(
            'id,name,kind,aliases\nAA,"two\nlines","say ""hi""",\n',
            'id,name,kind,aliases\nAA,"two\nlines","say ""hi""",\n',
            id="quotes that are needed stay",
        ),
    ],
)
def test_canonical_form(text: str, formatted: str) -> None:
    assert canonical_text(text, Entity) == formatted


def test_fx_rows_sort_by_period_and_pair() -> None:
    text = (
        "period,base,quote,rate,source,url,retrieved\n"
        "2024,USD,EUR,0.9,s,https://e.org,2025-01-01\n"
        "2023,USD,JPY,140,s,https://e.org,2025-01-01\n"
        "2023,USD,CNY,7.1,s,https://e.org,2025-01-01\n"
    )
    rows = canonical_text(text, FxRate).splitlines()[1:]
    assert [r.split(",")[:3] for r in rows] == [
        ["2023", "USD", "CNY"],
        ["2023", "USD", "JPY"],
        ["2024", "USD", "EUR"],
    ]


def test_optional_fact_columns_take_their_schema_place() -> None:
    header = ["fetch", "primary", "id", "note", "mine", "metric"]
    assert canonical_order(header, Fact) == ["id", "metric", "note", "primary", "fetch", "mine"]


def test_a_ragged_row_is_refused_and_its_file_left_alone(tmp_path: Path) -> None:
    refs = tmp_path / "references"
    shutil.copytree(ROOT / "references", refs)
    path = refs / "entities.csv"
    original = path.read_bytes()
    path.write_bytes(original.replace(b"\n", b"\r\n") + b"XX,Ex,country,,surplus\r\n")
    broken = path.read_bytes()
    (refs / "fx.csv").write_bytes((refs / "fx.csv").read_bytes().replace(b"\n", b"\r\n"))
    result = run("refs", "fmt", "references", cwd=tmp_path)
    assert result.returncode == 2
    lines = len(original.splitlines())
    assert (
        f"error: references/entities.csv:{lines + 1}:5: row: 5 fields where the header has 4"
        in result.stderr
    )
    assert path.read_bytes() == broken
    assert "reformatted references/fx.csv" in result.stdout
    assert b"\r\n" not in (refs / "fx.csv").read_bytes()


def test_check_lists_the_files_and_writes_nothing(tmp_path: Path) -> None:
    refs = tmp_path / "references"
    shutil.copytree(ROOT / "references", refs)
    path = refs / "facts" / "us-trade.csv"
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    shuffled = "\n".join([header, *reversed(rows)]) + "\n"
    path.write_text(shuffled, encoding="utf-8")
    result = run("refs", "fmt", "references", "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == "would reformat references/facts/us-trade.csv"
    assert path.read_text(encoding="utf-8") == shuffled
    assert run("refs", "fmt", "references", cwd=tmp_path).returncode == 0
    assert run("refs", "fmt", "references", "--check", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in (refs / "facts").iterdir()) == sorted(
        p.name for p in (ROOT / "references" / "facts").iterdir()
    )  # no temporary file left behind


# Cells with everything CSV makes hard: commas, quotes, line ends, spaces, non-ASCII.
CELL = st.text(alphabet=st.sampled_from(list('ab ,"\n\r\t;é€0.-|')), max_size=8)
KNOWN = ["id", "name", "kind", "aliases"]


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    extra = draw(st.lists(st.sampled_from(["x", "y", "note2"]), unique=True, max_size=2))
    header = draw(st.permutations(KNOWN + extra))
    rows = draw(st.lists(st.lists(CELL, min_size=len(header), max_size=len(header)), max_size=6))
    return list(header), [r for r in rows if any(r)]


def _write(header: list[str], rows: list[list[str]], ending: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=ending, quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _cells(text: str) -> Counter[tuple[tuple[str, str], ...]]:
    """Each row as its set of (column, cell) pairs: what formatting must keep."""
    header, *rows = list(csv.reader(io.StringIO(text, newline="")))
    return Counter(tuple(sorted(zip(header, row, strict=True))) for row in rows)


@settings(max_examples=150, deadline=None)
@given(tables(), st.sampled_from(["\n", "\r\n"]))
def test_formatting_is_idempotent_and_loses_nothing(
    table: tuple[list[str], list[list[str]]], ending: str
) -> None:
    header, rows = table
    text = _write(header, rows, ending)
    once = canonical_text(text, Entity)
    assert canonical_text(once, Entity) == once
    assert _cells(once) == _cells(text)
    assert once.startswith(",".join(canonical_order(header, Entity)) + "\n")
    assert once.endswith("\n")
