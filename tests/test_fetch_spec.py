"""The fetch columns of a fact row, as `refs validate` checks them before any request."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_references
from factlint.errors import ReferenceDataError
from factlint.fetch.spec import source_period
from factlint.references import load_references

HEADER = "id,metric,subject,object,period,value,unit,source,url,retrieved,note,fetch,fetch_key,fetch_url,fetch_path,fetch_unit"
START = "x,exports,IND,,2023,431.0,billion USD,World Bank,https://example.org/a,2025-01-02,,"


def problems(tmp_path: Path, fetch_cells: str, period: str = "2023") -> list[str]:
    folder = write_references(tmp_path / "refs", "")
    row = START.replace(",2023,", f",{period},") + fetch_cells
    (folder / "facts" / "facts.csv").write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    try:
        load_references(folder)
    except ReferenceDataError as ex:
        return [f"{p.line}:{p.column}: {p.message}" for p in ex.problems]
    return []


@pytest.mark.parametrize(
    ("cells", "period", "expected"),
    [
        ("worldbank,IND/TX.VAL.MRCH.CD.WT,,,USD", "2023", []),
        ("eurostat,ext_lt_maineu?geo=IN&partner=EU27_2020,,,", "2023-Q1", []),
        ("imf,IMF.STA/IMTS/IND.XG_FOB_USD.A,,,USD", "2023-07", []),
        ("url,,https://example.org/x.json,/data/0/value,", "2023", []),
        ("wikidata,SELECT ?value WHERE { wd:Q1 wdt:P1 ?value },,,", "2023", []),
        ("worldbank,India exports,,,USD", "2023",
         ["2:13: fetch_key: not a worldbank series (got 'India exports'); write COUNTRY/INDICATOR, like CHN/NY.GDP.MKTP.CD"]),
        ("worldbank,IND/TX.VAL.MRCH.CD.WT,,,USD", "2023-H1",
         ["2:5: period: worldbank publishes by year, quarter or month (got '2023-H1'); fetch a fact of one such period"]),
        ("eurostat,nama_10_gdp?geo=DE&time=2023,,,", "2023",
         ["2:13: fetch_key: names a time (got 'nama_10_gdp?geo=DE&time=2023'); leave it out, the fact's period is asked for"]),
        ("url,,,/data,", "2023",
         ["2:14: fetch_url: empty (got ''); write the https address of the JSON or CSV document"]),
        ("url,,http://example.org/x.json,/data,", "2023",
         ["2:14: fetch_url: not an https address (got 'http://example.org/x.json'); factlint fetches over https only"]),
        (",IND/TX.VAL.MRCH.CD.WT,,,", "2023",
         ["2:13: fetch_key: set, but the fetch column is empty; write the source in fetch, or clear fetch_key"]),
        ("oecd,X/Y,,,", "2023",
         ["2:12: fetch: not one of worldbank, eurostat, imf, wikidata or url (got 'oecd')"]),
        ("worldbank,IND/TX.VAL.MRCH.CD.WT,,,million tonnes", "2023",
         ["2:16: fetch_unit: does not convert to the fact's unit 'billion USD' (got 'million tonnes'); write the unit the source's numbers are in, like 'USD'"]),
        ("wikidata,wd:Q1,,,", "2023",
         ["2:13: fetch_key: not a SPARQL query selecting ?value (got 'wd:Q1'); write SELECT ?value WHERE { ... }"]),
    ],
)  # fmt: skip
def test_fetch_columns(tmp_path: Path, cells: str, period: str, expected: list[str]) -> None:
    assert problems(tmp_path, cells, period) == expected


@pytest.mark.parametrize(
    ("period", "worldbank", "eurostat", "imf"),
    [
        ("2024", "2024", "2024", "2024"),
        ("2024-Q3", "2024Q3", "2024-Q3", "2024-Q3"),
        ("2024-07", "2024M07", "2024-07", "2024-M07"),
        ("2024-H1", None, None, None),
        ("2024-01..2024-11", None, None, None),
    ],
)
def test_periods_in_each_source_notation(
    period: str, worldbank: str | None, eurostat: str | None, imf: str | None
) -> None:
    assert source_period(period, "worldbank") == worldbank
    assert source_period(period, "eurostat") == eurostat
    assert source_period(period, "imf") == imf
