"""Writing files: atomic, deterministic, and never touching an analyst's reviews."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import factlint
from conftest import ROOT
from factlint.report.write import write_atomically


def test_atomic_write_leaves_the_old_file_when_rendering_fails(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")

    with pytest.raises(TypeError):
        write_atomically(target, 5)  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_written_files_are_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "new.md"
    write_atomically(target, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_reviews_csv_is_never_overwritten(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    reviews = claims / "reviews.csv"
    reviews.write_text(
        "claim_id,action,fact_id,reason\nabc,ignore,,quoted opinion\n", encoding="utf-8"
    )
    report = factlint.check(ROOT / "seeds", ROOT / "references")
    factlint.write_claim_tables(report, claims)
    assert (
        reviews.read_text(encoding="utf-8")
        == "claim_id,action,fact_id,reason\nabc,ignore,,quoted opinion\n"
    )
    assert sorted(p.name for p in claims.iterdir()) == [
        "putin-xi-video-call.txt.csv",
        "reviews.csv",
        "voa-us-trade-gap-2018.txt.csv",
    ]
