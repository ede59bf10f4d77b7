"""Loading and validating the reference CSVs: the real folder loads, and every kind of
broken input is reported as ``file:line:column: message`` (column = field number)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.errors import ReferenceDataError
from factlint.references import References, load_references
from factlint.references.load import FACT_COLUMNS, FACT_OPTIONAL, fingerprint

REFERENCES = Path(__file__).resolve().parent.parent / "references"
TEST_FACTS = "refs/facts/zz-test.csv"
GOOD_FACT = {
    "id": "test-fact",
    "metric": "goods_trade_deficit",
    "subject": "USA",
    "object": "EU",
    "period": "2018",
    "value": "169.3",
    "unit": "billion USD",
    "source": "U.S. Census Bureau",
    "url": "https://www.census.gov/foreign-trade/balance/c0003.html",
    "retrieved": "2025-01-13",
    "note": "written by the test",
}
HEADER = ",".join(FACT_COLUMNS)
PERIODS = "write 2024, 2024-Q1, 2024-H1, 2024-01, 2024-03-15, a range 2024-01..2024-11 or an open range 2010.."


@pytest.fixture
def refs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real reference folder, as ``refs`` in the working directory."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REFERENCES, tmp_path / "refs")
    return Path("refs")


def fact_row(**changes: str) -> str:
    cells = {**GOOD_FACT, **changes}
    return ",".join(cells[name] for name in FACT_COLUMNS)


def write_facts(refs: Path, *rows: str, header: str = HEADER, name: str = "zz-test.csv") -> None:
    (refs / "facts" / name).write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def append_line(path: Path, line: str) -> int:
    """Append a raw line to a CSV; return its line number."""
    text = path.read_text(encoding="utf-8-sig")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


def problems(refs: Path) -> list[str]:
    with pytest.raises(ReferenceDataError) as info:
        load_references(refs)
    return [str(problem) for problem in info.value.problems]


def test_real_references_load() -> None:
    references = load_references(REFERENCES)
    assert isinstance(references, References)
    assert {"USA", "CHN", "RUS"} <= set(references.entities)
    assert "bilateral_trade" in references.metrics
    assert references.facts and references.fx
    assert len({fact.id for fact in references.facts}) == len(references.facts)
    assert len(references.sha256) == 64


def test_a_good_extra_fact_loads(refs: Path) -> None:
    write_facts(refs, fact_row())
    fact = next(f for f in load_references(refs).facts if f.id == "test-fact")
    assert (fact.file, fact.line, fact.number()) == (TEST_FACTS, 2, 169.3)


BAD_FACTS = [
    pytest.param(
        {"metric": "goods_deficit"},
        "2:2: metric: unknown metric (got 'goods_deficit'); add it to refs/metrics.csv or fix the id",
        id="unknown-metric",
    ),
    pytest.param(
        {"object": "EUR"},
        "2:4: object: unknown entity (got 'EUR'); add it to refs/entities.csv or fix the id",
        id="unknown-entity",
    ),
    pytest.param(
        {"subject": "USSR"},
        "2:3: subject: unknown entity (got 'USSR'); add it to refs/entities.csv or fix the id",
        id="unknown-subject",
    ),
    pytest.param(
        {"period": "2018-Q5"}, f"2:5: period: not a period (got '2018-Q5'); {PERIODS}", id="period"
    ),
    pytest.param(
        {"period": "2019..2018"},
        "2:5: period: ends before it starts (got '2019..2018'); put the earlier end first",
        id="period-reversed",
    ),
    pytest.param(
        {"value": "169.3bn"},
        "2:6: value: not a number (got '169.3bn'); write a plain number like 1234.5, "
        "without commas or words (the unit goes in the unit column)",
        id="value-not-number",
    ),
    pytest.param(
        {"value": "nan"},
        "2:6: value: not a number (got 'nan'); write a plain number like 1234.5, "
        "without commas or words (the unit goes in the unit column)",
        id="value-nan",
    ),
    pytest.param(
        {
            "metric": "trade_partner_rank",
            "subject": "RUS",
            "object": "CHN",
            "value": "0",
            "unit": "rank",
        },
        "2:6: value: a rank is a whole number from 1 (got '0'); write it like 5",
        id="rank-zero",
    ),
    pytest.param(
        {
            "metric": "trade_partner_rank",
            "subject": "RUS",
            "object": "CHN",
            "value": "5",
            "unit": "billion USD",
        },
        "2:7: unit: does not fit rank metric 'trade_partner_rank' (got 'billion USD'); "
        "write 'rank' (or 'rank from bottom', 1 being the smallest) or leave it empty",
        id="rank-in-dollars",
    ),
    pytest.param(
        {
            "metric": "leaders_video_call",
            "subject": "PUTIN",
            "object": "XI",
            "period": "2025-01",
            "value": "2025-01-32",
            "unit": "",
        },
        "2:6: value: not a date (got '2025-01-32'); write it as YYYY-MM-DD, "
        "or YYYY-MM when only the month is known",
        id="bad-date",
    ),
    pytest.param(
        {
            "metric": "leaders_video_call",
            "subject": "PUTIN",
            "object": "XI",
            "period": "2025-01",
            "value": "2025-02-04",
            "unit": "",
        },
        "2:6: value: outside the fact's period 2025-01 (got '2025-02-04'); fix the date or the period",
        id="date-outside-period",
    ),
    pytest.param(
        {"url": "www.census.gov/foreign-trade"},
        "2:9: url: not a web address (got 'www.census.gov/foreign-trade'); "
        "paste the full address of the page, starting with https://",
        id="url",
    ),
    pytest.param(
        {"retrieved": "13/01/2025"},
        "2:10: retrieved: not a date (got '13/01/2025'); write it as YYYY-MM-DD, like 2024-06-30",
        id="retrieved",
    ),
    pytest.param(
        {"retrieved": "2999-01-01"},
        "2:10: retrieved: in the future (got '2999-01-01'); write the day you read the page",
        id="retrieved-future",
    ),
    pytest.param(
        {"unit": "%"},
        "2:7: unit: does not fit metric 'goods_trade_deficit', measured in 'billion USD' (got '%'); "
        "write a unit of the same kind, like 'billion USD'",
        id="unit-not-fitting",
    ),
    pytest.param(
        {"unit": "million tonnes"},
        "2:7: unit: does not fit metric 'goods_trade_deficit', measured in 'billion USD' "
        "(got 'million tonnes'); write a unit of the same kind, like 'billion USD'",
        id="unit-physical-for-money",
    ),
    pytest.param(
        {"unit": "billion Zorkmids"},
        "2:7: unit: unknown unit (got 'billion Zorkmids'): 'Zorkmids' is not a unit; "
        "write e.g. 'billion USD', '%', 'rank', 'million tonnes', or a plural noun "
        "for a count such as 'seats'",
        id="unknown-unit",
    ),
    pytest.param(
        {"unit": ""},
        "2:7: unit: empty (got ''); metric 'goods_trade_deficit' is measured in 'billion USD', "
        "write the unit the source gives, like that",
        id="unit-empty",
    ),
    pytest.param({"source": ""}, "2:8: source: empty (got ''); fill it in", id="source-empty"),
    pytest.param(
        {"id": "test fact"},
        "2:1: id: not a valid id (got 'test fact'); "
        "use letters, digits, '_', '.' or '-', starting with a letter or digit",
        id="id-with-space",
    ),
    pytest.param(
        {"object": "USA"},
        "2:4: object: same as the subject (got 'USA'); name the other party or leave it empty",
        id="object-is-subject",
    ),
]


@pytest.mark.parametrize(("changes", "expected"), BAD_FACTS)
def test_bad_fact_is_reported_at_its_field(
    refs: Path, changes: dict[str, str], expected: str
) -> None:
    write_facts(refs, fact_row(**changes))
    assert problems(refs) == [f"{TEST_FACTS}:{expected}"]


def test_a_currency_other_than_the_metric_s_is_allowed(refs: Path) -> None:
    write_facts(refs, fact_row(unit="trillion CNY", value="1.2"))
    load_references(refs)


def test_a_month_is_a_date_at_month_precision(refs: Path) -> None:
    row = fact_row(
        metric="leaders_video_call",
        subject="PUTIN",
        object="XI",
        period="2025",
        value="2025-01",
        unit="",
    )
    write_facts(refs, row)
    load_references(refs)


def test_duplicate_fact_id_across_two_files(refs: Path) -> None:
    write_facts(refs, fact_row(id="dup-fact"), name="zz-a.csv")
    write_facts(refs, fact_row(id="dup-fact"), name="zz-b.csv")
    assert problems(refs) == [
        "refs/facts/zz-b.csv:2:1: id: duplicate fact id (got 'dup-fact'), "
        "first at refs/facts/zz-a.csv:2; give each row its own id"
    ]


def test_missing_column(refs: Path) -> None:
    header = HEADER.replace(",retrieved", "")
    write_facts(refs, fact_row().replace(",2025-01-13", ""), header=header)
    assert problems(refs) == [
        f"{TEST_FACTS}:1:1: header: missing column 'retrieved'; the header must be {HEADER} "
        f"(optional: {','.join(FACT_OPTIONAL)})"
    ]


def test_unknown_column(refs: Path) -> None:
    write_facts(refs, fact_row() + ",x", header=HEADER + ",comment")
    assert problems(refs) == [
        f"{TEST_FACTS}:1:12: header: unknown column (got 'comment'); the header must be {HEADER} "
        f"(optional: {','.join(FACT_OPTIONAL)})"
    ]


def test_column_named_twice(refs: Path) -> None:
    write_facts(refs, fact_row() + ",x", header=HEADER + ",note")
    assert problems(refs) == [
        f"{TEST_FACTS}:1:12: header: column named twice (got 'note'); keep one"
    ]


def test_optional_primary_column(refs: Path) -> None:
    write_facts(refs, fact_row() + ",true", header=HEADER + ",primary")
    fact = next(f for f in load_references(refs).facts if f.id == "test-fact")
    assert fact.primary


def test_unquoted_comma_gives_wrong_field_count(refs: Path) -> None:
    write_facts(refs, fact_row(source="U.S. Census Bureau, Foreign Trade Division"))
    assert problems(refs) == [
        f"{TEST_FACTS}:2:12: row: 12 fields where the header has 11; "
        "put double quotes around a value that contains a comma"
    ]


def test_quoted_comma_and_newline_keep_line_numbers(refs: Path) -> None:
    good = fact_row(id="multi-line", note='"first line\nsecond, with a comma"')
    write_facts(refs, good, fact_row(value="x"))
    assert problems(refs) == [
        f"{TEST_FACTS}:4:6: value: not a number (got 'x'); write a plain number like 1234.5, "
        "without commas or words (the unit goes in the unit column)"
    ]


def test_blank_lines_bom_and_crlf_are_fine(refs: Path) -> None:
    text = "\ufeff" + HEADER + "\r\n\r\n" + fact_row() + "\r\n\r\n"
    (refs / "facts" / "zz-test.csv").write_bytes(text.encode("utf-8"))
    fact = next(f for f in load_references(refs).facts if f.id == "test-fact")
    assert fact.line == 3


def test_not_utf8(refs: Path) -> None:
    path = refs / "entities.csv"
    line = append_line(path, "ZZ,Zone,place,Zona")
    data = path.read_bytes().replace(b"Zona", "Zoné".encode("latin-1"))
    path.write_bytes(data)
    # The whole file is unreadable; facts naming its entities are not reported as well.
    assert problems(refs) == [
        f"refs/entities.csv:{line}:4: encoding: not UTF-8 (got byte 0xe9); save the file as CSV UTF-8"
    ]


def test_missing_entities_file_is_one_problem(refs: Path) -> None:
    (refs / "entities.csv").unlink()
    assert problems(refs) == [
        "refs/entities.csv:1:1: file: missing; create it with the header id,name,kind,aliases"
    ]


def test_empty_file(refs: Path) -> None:
    (refs / "metrics.csv").write_text("", encoding="utf-8")
    assert problems(refs) == [
        "refs/metrics.csv:1:1: header: the file is empty; its first line must be "
        "id,description,kind,unit,keywords,symmetric (optional: kinds,negative)"
    ]


def test_no_fact_files(refs: Path) -> None:
    shutil.rmtree(refs / "facts")
    assert problems(refs) == ["refs/facts:1:1: facts: no fact files; add facts/<topic>.csv"]


def test_no_such_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert problems(Path("nowhere")) == ["nowhere:1:1: folder: no such reference folder"]


BAD_METRICS = [
    pytest.param(
        "zz_metric,x,position,rank,zz thing,false",
        "3: kind: not one of amount, percent, rank, ordinal, date or text (got 'position')",
        id="kind",
    ),
    pytest.param(
        "zz_metric,x,rank,billion USD,zz thing,false",
        "4: unit: does not fit a rank metric (got 'billion USD'); write 'rank', or leave it empty",
        id="unit-for-kind",
    ),
    pytest.param(
        "zz_metric,x,amount,billion Zorkmids,zz thing,false",
        "4: unit: unknown unit (got 'billion Zorkmids'): 'Zorkmids' is not a unit; "
        "write e.g. 'billion USD', '%', 'rank', 'million tonnes', or a plural noun "
        "for a count such as 'seats'",
        id="unknown-unit",
    ),
    pytest.param(
        "zz_metric,x,amount,billion USD,,false",
        "5: keywords: empty (got ''); fill it in; separate several with |",
        id="no-keywords",
    ),
    pytest.param(
        "zz_metric,x,amount,billion USD,zz thing,maybe",
        "6: symmetric: not true or false (got 'maybe'); write true or false",
        id="symmetric",
    ),
    pytest.param(
        "bilateral_trade,x,amount,billion USD,zz thing,true",
        "1: id: duplicate metric id (got 'bilateral_trade'), first at refs/metrics.csv:2; "
        "give each row its own id",
        id="duplicate",
    ),
]


@pytest.mark.parametrize(("row", "expected"), BAD_METRICS)
def test_bad_metric(refs: Path, row: str, expected: str) -> None:
    line = append_line(refs / "metrics.csv", row)
    assert problems(refs) == [f"refs/metrics.csv:{line}:{expected}"]


def test_a_broken_metric_row_does_not_make_its_facts_unknown(refs: Path) -> None:
    line = append_line(refs / "metrics.csv", "zz_metric,x,amount,billion USD,,false")
    write_facts(refs, fact_row(metric="zz_metric"))
    assert problems(refs) == [
        f"refs/metrics.csv:{line}:5: keywords: empty (got ''); fill it in; separate several with |"
    ]


def test_bad_entity_id_and_alias_clash(refs: Path) -> None:
    bad = append_line(refs / "entities.csv", "Z Z,Zed,place,")
    clash = append_line(refs / "entities.csv", "ZZ,Zedland,country,Zedlander|Beijing")
    found = problems(refs)
    assert found[0] == (
        f"refs/entities.csv:{bad}:1: id: not a valid id (got 'Z Z'); "
        "use letters, digits, '_', '.' or '-', starting with a letter or digit"
    )
    assert found[1].startswith(
        f"refs/entities.csv:{clash}:4: aliases: 'Beijing' already names CHN at refs/entities.csv:"
    )
    assert len(found) == 2


BAD_FX = [
    pytest.param(
        "2023,USD,CNY,abc,x,https://x.org,2025-01-13",
        "4: rate: not a number (got 'abc'); write a plain number like 7.0809",
        id="rate",
    ),
    pytest.param(
        "2023,USD,CNY,0,x,https://x.org,2025-01-13",
        "4: rate: must be above 0 (got '0')",
        id="rate-zero",
    ),
    pytest.param(
        "2023,usd,RUB,90,x,https://x.org,2025-01-13",
        "2: base: not a currency code (got 'usd'); write three capital letters, like USD",
        id="base",
    ),
    pytest.param(
        "2023,USD,USD,1,x,https://x.org,2025-01-13",
        "3: quote: same as base (got 'USD'); a rate joins two currencies",
        id="same",
    ),
    pytest.param(
        "2023-Q7,USD,RUB,90,x,https://x.org,2025-01-13",
        f"1: period: not a period (got '2023-Q7'); {PERIODS}",
        id="period",
    ),
]


@pytest.mark.parametrize(("row", "expected"), BAD_FX)
def test_bad_fx(refs: Path, row: str, expected: str) -> None:
    line = append_line(refs / "fx.csv", row)
    assert problems(refs) == [f"refs/fx.csv:{line}:{expected}"]


def test_fx_pair_twice_for_one_period(refs: Path) -> None:
    (refs / "fx.csv").write_text(
        "period,base,quote,rate,source,url,retrieved\n"
        "2023,USD,CNY,7.08,Fed,https://x.org,2025-01-13\n"
        "2023,CNY,USD,0.1412,Fed,https://x.org,2025-01-13\n",
        encoding="utf-8",
    )
    assert problems(refs) == [
        "refs/fx.csv:3:1: period: a CNY/USD rate for this period is already at refs/fx.csv:2 "
        "(got '2023'); keep one row"
    ]


def test_several_problems_are_reported_at_once_sorted(refs: Path) -> None:
    write_facts(refs, fact_row(id="a", value="x"), fact_row(id="b", period="2018-13", object="EUR"))
    metric_line = append_line(refs / "metrics.csv", "zz_metric,x,position,,zz,false")
    found = problems(refs)
    assert found == [
        "refs/facts/zz-test.csv:2:6: value: not a number (got 'x'); write a plain number like "
        "1234.5, without commas or words (the unit goes in the unit column)",
        "refs/facts/zz-test.csv:3:4: object: unknown entity (got 'EUR'); add it to "
        "refs/entities.csv or fix the id",
        f"refs/facts/zz-test.csv:3:5: period: not a period (got '2018-13'); {PERIODS}",
        f"refs/metrics.csv:{metric_line}:3: kind: not one of amount, percent, rank, ordinal, "
        "date or text (got 'position')",
    ]


def test_error_message_lists_every_problem(refs: Path) -> None:
    write_facts(refs, fact_row(id="a", value="x"), fact_row(id="b", value="y"))
    with pytest.raises(ReferenceDataError) as info:
        load_references(refs)
    assert str(info.value).splitlines() == [str(p) for p in info.value.problems]
    assert isinstance(info.value, ValueError)


def _validate(cwd: Path, folder: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factlint", "refs", "validate", folder],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_validate_good_folder(refs: Path) -> None:
    result = _validate(Path.cwd(), str(refs))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refs: ")
    assert "OK" in result.stdout


def test_cli_validate_bad_folder_exits_2_one_line_per_problem(refs: Path) -> None:
    write_facts(refs, fact_row(id="a", value="x"), fact_row(id="b", url="ftp://x"))
    result = _validate(Path.cwd(), str(refs))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: refs/facts/zz-test.csv:2:6: value: not a number (got 'x')")
    assert lines[1].startswith(
        "error: refs/facts/zz-test.csv:3:9: url: not a web address (got 'ftp://x')"
    )
    assert "2 problem(s)" in lines[2]
    assert len(lines) == 3


def test_fingerprint_is_stable_and_follows_every_byte(refs: Path, tmp_path: Path) -> None:
    first = load_references(refs).sha256
    assert load_references(refs).sha256 == first
    shutil.copytree(refs, tmp_path / "elsewhere")
    assert fingerprint(tmp_path / "elsewhere") == first
    path = refs / "fx.csv"
    data = path.read_bytes()
    path.write_bytes(data.replace(b"7.0809", b"7.0808", 1))
    changed = load_references(refs).sha256
    assert changed != first
    path.write_bytes(data)
    assert load_references(refs).sha256 == first


def test_fingerprint_follows_a_renamed_file(refs: Path) -> None:
    write_facts(refs, fact_row(), name="zz-a.csv")
    before = fingerprint(refs)
    (refs / "facts" / "zz-a.csv").rename(refs / "facts" / "zz-b.csv")
    assert fingerprint(refs) != before


def test_retrieved_is_a_date(refs: Path) -> None:
    write_facts(refs, fact_row())
    fact = next(f for f in load_references(refs).facts if f.id == "test-fact")
    assert fact.retrieved == dt.date(2025, 1, 13)
