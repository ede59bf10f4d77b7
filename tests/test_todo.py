"""`factlint refs todo`: the unverified claims of the last run grouped by what the
references lack, with draft rows to paste."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.references import References
from factlint.todo import Missing, missing_for
from factlint.todo.claims import OpenClaim

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Trade between Russia and China reached $190 billion in 2021, and their trade was "
    "worth 1.2 trillion yuan in 2019.\n"
    "Russia's exports to India climbed to $65 billion in 2024.\n"
    "The company said shares jumped 12% to $3.5 billion in market value.\n"
)


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, text=True
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "references", tmp_path / "references")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "documents.csv").write_text(
        "path,title,outlet,url,published\narticle.txt,T,O,https://example.org/a,2025-01-21\n",
        encoding="utf-8",
    )
    checked = factlint("check", "docs", "--fail-on", "none", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    return tmp_path


def claim(**fields: object) -> OpenClaim:
    base: dict[str, object] = {
        "id": "c1", "doc": "d.txt", "line": 1, "column": 1, "text": "$1bn", "kind": "money",
        "unit": "billion USD", "period": "2024", "entities": ["CHN", "RUS"],
        "metric": "bilateral_trade",
    }  # fmt: skip
    return OpenClaim.model_validate({**base, **fields})


@pytest.mark.parametrize(
    ("fields", "missing"),
    [
        ({"metric": ""}, Missing.METRIC),
        ({"metric": "no_such_metric"}, Missing.METRIC),
        ({"entities": []}, Missing.ENTITY),
        ({"entities": ["USA", "IND"]}, Missing.ENTITY_FACT),
        ({"period": "2019"}, Missing.PERIOD),
        ({"unit": "million tonnes"}, Missing.UNIT),
        ({"unit": "billion KRW"}, Missing.RATE),
        ({}, Missing.OTHER),
    ],
)
def test_what_is_missing(
    references: References, fields: dict[str, object], missing: Missing
) -> None:
    assert missing_for(claim(**fields), references) is missing


def test_groups_most_frequent_first_with_drafts(project: Path) -> None:
    result = factlint("refs", "todo", "docs", cwd=project)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "no metric for this number: 3 number(s)"
    assert (
        lines[1] == "  add to references/metrics.csv (id,description,kind,unit,keywords,symmetric):"
    )
    assert "    ,,amount,billion USD,,," not in lines  # a metrics row has six cells
    assert "    ,,amount,billion USD,," in lines
    assert "    sentence: Russia's exports to India climbed to [$65 billion] in 2024." in lines
    assert "    ,,percent,%,," in lines
    assert "no fact for this period: 2 claim(s)" in lines
    assert "    bilateral_trade-rus-chn-2021,bilateral_trade,RUS,CHN,2021,,billion USD,,,," in lines
    assert lines[-1] == "5 to add, in 2 group(s)"


def test_csv_drafts_paste_into_the_reference_files(project: Path) -> None:
    result = factlint("refs", "todo", "docs", "--format", "csv", "--output", "todo", cwd=project)
    assert result.returncode == 0, result.stderr
    facts = list(csv.DictReader(io.StringIO((project / "todo" / "todo-facts.csv").read_text())))
    header = (project / "references" / "facts" / "us-trade.csv").read_text().splitlines()[0]
    assert (project / "todo" / "todo-facts.csv").read_text().splitlines()[0] == header
    periods = {row["period"]: row for row in facts}
    assert set(periods) == {"2019", "2021"}
    assert periods["2019"]["unit"] == "trillion CNY"
    assert periods["2021"]["value"] == periods["2021"]["source"] == ""
    assert "docs/article.txt:1:" in periods["2021"]["note"]
    metrics = list(csv.DictReader(io.StringIO((project / "todo" / "todo-metrics.csv").read_text())))
    assert [(m["kind"], m["unit"], m["keywords"]) for m in metrics] == [
        ("amount", "billion USD", ""),
        ("percent", "%", ""),
        ("amount", "billion USD", ""),
    ]


def test_no_report_says_to_run_check_first(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "references", tmp_path / "references")
    result = factlint("refs", "todo", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "error: reports/report.json: no report; run `factlint check` first "
        "(it writes reports/report.json)\n"
    )
