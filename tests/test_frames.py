"""pandas for notebooks: a report, the claim tables and the references as DataFrames."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import factlint
from conftest import ROOT
from factlint.errors import ReferenceDataError


@pytest.fixture(scope="module")
def seed_report() -> factlint.Report:
    return factlint.check(ROOT / "seeds", ROOT / "references")


def test_a_report_is_one_row_per_claim(seed_report: factlint.Report) -> None:
    frame = seed_report.to_frame()
    assert len(frame) == len(seed_report.verdicts) == 16
    # "the highest since 2008" with 2017 and 2018 alone on file: unverified
    assert frame["verdict"].value_counts().to_dict() == {"pass": 15, "unverified": 1}
    row = frame.set_index("text").loc["$245 billion"]
    assert (row["doc"], row["line"], row["column"], row["metric"]) == (
        "putin-xi-video-call.txt",
        13,
        81,
        "bilateral_trade",
    )
    assert row["fact"].startswith("trade-chn-rus-2024") and not row["ignored"]
    assert frame["page"].isna().all() and str(frame["line"].dtype) == "int64"


def test_claim_tables_read_back_with_ids_as_text(
    seed_report: factlint.Report, tmp_path: Path
) -> None:
    folder = tmp_path / "claims"
    factlint.write_claim_tables(seed_report, folder)
    (folder / "reviews.csv").write_text("claim_id,action,fact_id,reason\n", encoding="utf-8")
    nested = folder / "x" / "0.txt.csv"
    nested.parent.mkdir()
    header = (folder / "putin-xi-video-call.txt.csv").read_text("utf-8").splitlines()[0]
    nested.write_text(
        f"{header}\n0123456789,x/0.txt,1,1,5%,Up 5%.,percent,5,%,4.5,5.5,=,2024,,,\n",
        encoding="utf-8",
    )
    frame = factlint.read_claim_tables(folder)
    assert len(frame) == 17
    assert frame["id"].iloc[-1] == "0123456789"  # not the number 123456789
    assert set(frame["doc"]) == {"putin-xi-video-call.txt", "voa-us-trade-gap-2018.txt", "x/0.txt"}
    assert frame.loc[frame["text"] == "5%", "lower_number"].item() == 4.5


def test_references_are_validated_frames(tmp_path: Path) -> None:
    frames = factlint.read_references(ROOT / "references")
    assert set(frames) == {"entities", "metrics", "facts", "fx"}
    facts = frames["facts"]
    assert len(facts) == 31 and facts["number"].dtype == "float64"
    tass = facts.set_index("id").loc["trade-chn-rus-2024-gacc-tass"]
    assert tass["number"] == 244.81 and tass["file"].endswith("facts/russia-china-trade.csv")
    assert isinstance(frames["fx"]["rate"].iloc[0], float)
    broken = tmp_path / "refs"
    import shutil

    shutil.copytree(ROOT / "references", broken)
    facts_file = broken / "facts" / "russia-china-trade.csv"
    facts_file.write_text(
        facts_file.read_text("utf-8").replace(",244.81,", ",244,81x,", 1), "utf-8"
    )
    with pytest.raises(ReferenceDataError):
        factlint.read_references(broken)


def test_an_empty_claims_folder_is_an_empty_frame(tmp_path: Path) -> None:
    frame = factlint.read_claim_tables(tmp_path)
    assert isinstance(frame, pd.DataFrame) and frame.empty and "id" in frame.columns
