"""`factlint refs refresh` through its entry point against a real server on 127.0.0.1:
the drift table, --write changing only `value` and `retrieved`, and nothing written when
a fetch failed unless --partial."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from conftest import write_references

SAMPLES = Path(__file__).resolve().parent / "fetch_samples"
HEADER = "id,metric,subject,object,period,value,unit,source,url,retrieved,note,fetch,fetch_key,fetch_unit"
# CRLF line ends, a quoted note with a comma and a row without a source: all must survive.
ROWS = (
    "exports-ind-2023-wb,exports,IND,,2023,431.0,billion USD,World Bank,https://example.org/a,2025-01-02,"
    '"merchandise, current US$",worldbank,IND/TX.VAL.MRCH.CD.WT,USD\r\n'
    "exports-chn-2023-wb,exports,CHN,,2023,3380,billion USD,World Bank,https://example.org/b,2025-01-02,,"
    "worldbank,CHN/TX.VAL.MRCH.CD.WT,USD\r\n"
    "trade-chn-ind-2023,trade,CHN,IND,2023,136.2,billion USD,Customs,https://example.org/c,2025-01-02,"
    '"kept, as it was",,,\r\n'
)


def observation(country: str, value: float) -> list[object]:
    body = json.loads((SAMPLES / "worldbank.json").read_text(encoding="utf-8"))
    body[1][0].update(countryiso3code=country, value=value)
    return body  # type: ignore[no-any-return]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    refs = write_references(tmp_path / "references", "")
    (refs / "facts" / "facts.csv").write_bytes(f"{HEADER}\r\n{ROWS}".encode())
    return refs


def refresh(folder: Path, server: HTTPServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable, "-m", "factlint", "refs", "refresh", str(folder),
            "--base", f"worldbank={server.url_for('/v2')}", "--allow-http-host", "127.0.0.1",
            "--no-cache", "--contact", "tests@example.org", *args,
        ],
        capture_output=True,
        text=True,
        cwd=folder.parent,
    )  # fmt: skip


def serve(server: HTTPServer, india: float, china: float | None) -> None:
    path = "/v2/country/{}/indicator/TX.VAL.MRCH.CD.WT"
    server.expect_request(path.format("IND")).respond_with_json(observation("IND", india))
    if china is None:
        server.expect_request(path.format("CHN")).respond_with_data("no such page", status=404)
    else:
        server.expect_request(path.format("CHN")).respond_with_json(observation("CHN", china))


def test_drift_table_and_exit_1_without_writing(folder: Path, httpserver: HTTPServer) -> None:
    serve(httpserver, india=437.06e9, china=3380.02e9)
    before = (folder / "facts" / "facts.csv").read_bytes()
    result = refresh(folder, httpserver)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["fact", "stored", "fetched", "change", "status"]
    assert lines[1].split() == [
        "exports-ind-2023-wb", "431.0", "billion", "USD", "437.1", "billion", "USD", "+1.41%",
        "beyond", "tolerance",
    ]  # fmt: skip
    assert lines[2].split()[-2:] == ["within", "tolerance"]
    assert lines[-1] == "2 fact(s) asked: 1 beyond tolerance, 0 failed"
    assert (folder / "facts" / "facts.csv").read_bytes() == before


def test_write_changes_value_and_retrieved_and_no_other_byte(
    folder: Path, httpserver: HTTPServer
) -> None:
    serve(httpserver, india=437.06e9, china=3380.02e9)
    result = refresh(folder, httpserver, "--write")
    assert result.returncode == 0, result.stderr
    today = dt.date.today().isoformat()
    expected = (
        f"{HEADER}\r\n{ROWS}".replace(",431.0,", ",437.1,", 1)
        .replace("2025-01-02", today, 2)
        .encode()
    )
    assert (folder / "facts" / "facts.csv").read_bytes() == expected
    assert "wrote references/facts/facts.csv" in result.stdout


def test_a_failed_fetch_writes_nothing_unless_partial(folder: Path, httpserver: HTTPServer) -> None:
    serve(httpserver, india=437.06e9, china=None)
    before = (folder / "facts" / "facts.csv").read_bytes()
    result = refresh(folder, httpserver, "--write")
    assert result.returncode == 2
    assert "error: references/facts/facts.csv:3: exports-chn-2023-wb: HTTP 404" in result.stderr
    assert "nothing written" in result.stderr
    assert (folder / "facts" / "facts.csv").read_bytes() == before
    partial = refresh(folder, httpserver, "--write", "--partial")
    assert partial.returncode == 2
    after = (folder / "facts" / "facts.csv").read_text(encoding="utf-8")
    assert ",437.1," in after and ",3380," in after


def test_invalid_fetch_columns_stop_before_any_request(
    folder: Path, httpserver: HTTPServer
) -> None:
    path = folder / "facts" / "facts.csv"
    path.write_bytes(path.read_bytes().replace(b"IND/TX.VAL.MRCH.CD.WT", b"India exports"))
    result = refresh(folder, httpserver)
    assert result.returncode == 2
    assert (
        "facts.csv:2:13: fetch_key: not a worldbank series (got 'India exports')" in result.stderr
    )
    assert httpserver.log == []
