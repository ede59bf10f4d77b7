"""The pytest plugin, run as a user runs it: pytest in a folder of documents."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import factlint
from conftest import ROOT


def run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(folder),
            *args,
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def test_each_claim_is_a_test_and_a_flag_fails(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "references", tmp_path / "references")
    (tmp_path / "seeds").mkdir()
    seed = (ROOT / "seeds" / "putin-xi-video-call.txt").read_text(encoding="utf-8")
    (tmp_path / "seeds" / "a.txt").write_text(
        seed.replace("$245 billion", "$254 billion"), encoding="utf-8"
    )
    (tmp_path / "seeds" / "documents.csv").write_text(
        "path,published\na.txt,2025-01-21\n", encoding="utf-8"
    )
    result = run_pytest(tmp_path, "--factlint-documents", "seeds")
    assert result.returncode == 1
    assert "1 failed, 11 passed" in result.stdout
    assert "a.txt:13:81: claimed 254 billion USD" in result.stdout


def test_unverified_claims_skip_or_fail_on_request(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "references", tmp_path / "references")
    (tmp_path / "doc.txt").write_text(
        "China-Russia trade reached $190 billion in 2021.\n", encoding="utf-8"
    )
    assert "1 skipped" in run_pytest(tmp_path, "--factlint-documents", "doc.txt").stdout
    failed = run_pytest(
        tmp_path, "--factlint-documents", "doc.txt", "--factlint-fail-on", "unverified"
    )
    assert failed.returncode == 1 and "1 failed" in failed.stdout


def test_a_flag_ignored_by_review_is_skipped(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "references", tmp_path / "references")
    (tmp_path / "doc.txt").write_text(
        "China-Russia trade reached $254 billion in 2024.\n", encoding="utf-8"
    )
    report = factlint.check(tmp_path / "doc.txt", tmp_path / "references")
    [flagged] = [v for v in report.verdicts if v.verdict == "flag"]
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "reviews.csv").write_text(
        f"claim_id,action,fact_id,reason\n{flagged.claim.id},ignore,,quoted as said\n",
        encoding="utf-8",
    )
    result = run_pytest(tmp_path, "--factlint-documents", "doc.txt")
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    unreviewed = run_pytest(
        tmp_path, "--factlint-documents", "doc.txt", "--factlint-reviews", "none.csv"
    )
    assert unreviewed.returncode == 1


def test_bad_references_are_a_usage_error_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "references").mkdir()
    (tmp_path / "doc.txt").write_text("Trade rose.\n", encoding="utf-8")
    result = run_pytest(tmp_path, "--factlint-documents", "doc.txt")
    assert result.returncode == 4
    assert "factlint: references/entities.csv:1:1: " in result.stderr
    assert "Traceback" not in result.stderr


def test_without_the_option_nothing_is_collected(tmp_path: Path) -> None:
    (tmp_path / "test_x.py").write_text("def test_x():\n    assert True\n", encoding="utf-8")
    assert "1 passed" in run_pytest(tmp_path).stdout
