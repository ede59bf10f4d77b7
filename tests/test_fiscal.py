"""A company's own quarters (factlint.link.fiscal): "its second quarter" of a company
whose fiscal year is not the calendar's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factlint
from conftest import fact_row, make_document, write_references
from factlint.errors import ReferenceDataError
from factlint.references import load_references
from factlint.verdicts.model import Verdict

METRICS = """id,description,kind,unit,keywords,symmetric
revenue,Revenue,amount,billion USD,revenue,false
"""


def _check(
    tmp_path: Path, entities: str, facts: str, text: str, published: dt.date
) -> list[Verdict]:
    folder = write_references(tmp_path, facts, METRICS, entities)
    return factlint.check([make_document(text, published)], folder).verdicts


@pytest.mark.parametrize(
    ("last", "text", "published", "span"),
    [
        (
            "June",
            "Contoso said revenue rose to $65.6 billion in the first quarter.",
            dt.date(2024, 10, 30),
            "2024-07..2024-09",
        ),
        (
            "9",
            "Contoso said revenue rose to $65.6 billion in the first quarter.",
            dt.date(2025, 1, 30),
            "2024-10..2024-12",
        ),
        (
            "January",
            "Contoso said revenue rose to $65.6 billion in the second quarter.",
            dt.date(2024, 8, 28),
            "2024-05..2024-07",
        ),
    ],
    ids=["year to June", "year to September", "year to January"],
)
def test_a_companys_quarter_is_its_own_when_its_year_ends_in_another_month(
    tmp_path: Path, last: str, text: str, published: dt.date, span: str
) -> None:
    entities = f"id,name,kind,aliases,fiscal_year_end\nCTS,Contoso,company,,{last}\n"
    facts = fact_row("q", "revenue", "CTS", "", span, "65.6", "billion USD")
    (verdict,) = _check(tmp_path, entities, facts, text, published)
    assert verdict.verdict == "pass", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "q"
    assert "fiscal year ends in" in verdict.explanation


def test_a_calendar_quarter_on_file_is_read_first(tmp_path: Path) -> None:
    entities = "id,name,kind,aliases,fiscal_year_end\nCTS,Contoso,company,,June\n"
    facts = fact_row("cal", "revenue", "CTS", "", "2024-Q3", "61.0", "billion USD") + fact_row(
        "own", "revenue", "CTS", "", "2024-07..2024-09", "65.6", "billion USD"
    )
    text = "Contoso said revenue rose to $61 billion in the third quarter."
    (verdict,) = _check(tmp_path, entities, facts, text, dt.date(2024, 10, 30))
    assert (verdict.verdict, verdict.fact.id if verdict.fact else "") == ("pass", "cal")


def test_quarters_the_facts_hold_a_month_off_the_calendar_are_the_companys(
    tmp_path: Path,
) -> None:
    entities = "id,name,kind,aliases\nNWC,Northwind,company,\n"
    facts = fact_row("q2", "revenue", "NWC", "", "2024-05..2024-07", "1.21", "billion USD")
    facts += fact_row("q2y", "revenue", "NWC", "", "2023-05..2023-07", "0.99", "billion USD")
    text = "Northwind's revenue rose to $1.21 billion in the second quarter, from $0.99 billion a year earlier."
    verdicts = _check(tmp_path, entities, facts, text, dt.date(2024, 8, 28))
    assert [(v.verdict, v.fact.id if v.fact else "") for v in verdicts] == [
        ("pass", "q2"), ("pass", "q2y")
    ]  # fmt: skip
    assert "not the calendar's" in verdicts[0].explanation


def test_a_fiscal_year_end_must_be_a_month(tmp_path: Path) -> None:
    entities = "id,name,kind,aliases,fiscal_year_end\nCTS,Contoso,company,,Juneteenth\n"
    folder = write_references(tmp_path, "", METRICS, entities)
    with pytest.raises(ReferenceDataError) as raised:
        load_references(folder)
    assert "fiscal_year_end" in str(raised.value)
