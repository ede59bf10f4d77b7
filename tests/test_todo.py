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

from conftest import make_document
from factlint.check import check as check_documents
from factlint.references import References, load_references
from factlint.report.json_report import reported
from factlint.todo import Missing, missing_for
from factlint.todo.claims import OpenClaim, open_claim
from factlint.todo.series import series_drafts

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


def checked(sentence: str, references: References) -> OpenClaim:
    """The claim of ``sentence`` as the last run's report.json gives it."""
    report = check_documents([make_document(sentence)], references)
    (verdict,) = [v for v in report.verdicts if v.verdict == "unverified"]
    return open_claim(reported(verdict, "").model_dump(mode="json"))


@pytest.mark.parametrize(
    ("sentence", "missing"),
    [
        ("Trade reached $190 billion in 2024.", Missing.ENTITY),
        ("Trade between Mexico and Ukraine reached $19 billion in 2024.", Missing.ENTITY_FACT),
        ("Trade between Russia and China reached $190 billion in 2019.", Missing.PERIOD),
        ("Trade between Russia and China reached 245 in 2024.", Missing.UNIT),
        ("Trade between Russia and China reached 245 trillion won in 2024.", Missing.RATE),
    ],
)
def test_what_is_missing_is_read_from_the_evidence(
    references: References, sentence: str, missing: Missing
) -> None:
    assert missing_for(checked(sentence, references), references) is missing


def test_a_claim_of_another_basis_or_kind_needs_its_own_fact(desk_references: References) -> None:
    terms = checked(
        "U.S. consumer prices rose 0.4% month on month in March 2024, not seasonally adjusted.",
        desk_references,
    )
    assert missing_for(terms, desk_references) is Missing.BASIS
    outcome = checked(
        "U.S. revenue was $5.0 billion in the first quarter of 2024.", desk_references
    )
    assert missing_for(outcome, desk_references) is Missing.EXPECTATION


@pytest.mark.parametrize("fields", [{"metric": ""}, {"metric": "no_such_metric"}])
def test_a_claim_of_no_known_metric_needs_a_metric(
    references: References, fields: dict[str, object]
) -> None:
    assert missing_for(claim(**fields), references) is Missing.METRIC


def test_a_claim_whose_fact_is_on_file_points_at_its_explanation(references: References) -> None:
    compared = {"link": {"candidates": [{"metric": "bilateral_trade", "status": "compared"}]}}
    assert missing_for(claim(evidence=compared), references) is Missing.OTHER
    assert missing_for(claim(), references) is Missing.FACTS  # a record with no candidates


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


def test_a_report_of_an_earlier_format_says_to_run_check_again(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "references", tmp_path / "references")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "report.json").write_text('{"claims": []}\n', encoding="utf-8")
    result = factlint("refs", "todo", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "error: reports/report.json: written by another version of factlint (format 1, not "
        "'3'); run `factlint check` again\n"
    )


def test_a_large_metric_with_no_fact_about_the_entities_needs_one(tmp_path: Path) -> None:
    """Past LISTED_ALL_UP_TO facts a record names only those about the claim's entities,
    so no candidate at all means none is about them, not that the metric has none."""
    shutil.copytree(ROOT / "references", tmp_path / "references")
    source = "S,https://example.org/t,2025-01-01,"
    rows = "".join(
        f"t-{year},bilateral_trade,USA,CHN,{year},{year - 1900},billion USD,{source}\n"
        for year in range(1940, 2000)
    )
    with (tmp_path / "references" / "facts" / "us-trade.csv").open("a", encoding="utf-8") as f:
        f.write(rows)
    references = load_references(tmp_path / "references")
    sentence = "Trade between Mexico and Ukraine reached $19 billion in 2024."
    assert missing_for(checked(sentence, references), references) is Missing.ENTITY_FACT
    assert missing_for(claim(entities=["MEX", "UKR"]), references) is Missing.ENTITY_FACT
    assert missing_for(claim(entities=[]), references) is Missing.FACTS


def test_a_record_with_gaps_needs_every_missing_period(references: References) -> None:
    found = checked(
        "China-Russia trade hit $245 billion in 2024, the highest since 2019.", references
    )
    rows = [(m, row["period"]) for m, row in series_drafts(found, references)]
    assert rows == [(Missing.SERIES, p) for p in ("2019", "2020", "2021", "2022")]
    assert {row["metric"] for _, row in series_drafts(found, references)} == {"bilateral_trade"}


def test_a_comparison_needs_the_figure_of_each_side_without_one(references: References) -> None:
    found = checked("China overtook Russia in 2024 as the bigger exporter to India.", references)
    drafts = series_drafts(found, references)
    assert [m for m, _ in drafts] == [Missing.SIDE] * len(drafts) and drafts
    assert {row["subject"] for _, row in drafts} <= {"CHN", "RUS"}
