"""The pytest plugin, run as a user runs it: pytest in a folder of documents."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import factlint
from conftest import ROOT


def run_pytest(
    folder: Path, *args: str, cwd: Path | None = None, rootdir: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *(["--rootdir", str(folder)] if rootdir else []),
            *args,
        ],
        cwd=cwd or folder,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def flagged_seed(tmp_path: Path) -> Path:
    """seeds/a.txt: the seed with one figure changed, in a project of its own."""
    shutil.copytree(ROOT / "references", tmp_path / "references")
    (tmp_path / "seeds").mkdir()
    seed = (ROOT / "seeds" / "putin-xi-video-call.txt").read_text(encoding="utf-8")
    (tmp_path / "seeds" / "a.txt").write_text(
        seed.replace("$245 billion", "$254 billion"), encoding="utf-8"
    )
    (tmp_path / "seeds" / "documents.csv").write_text(
        "path,published\na.txt,2025-01-21\n", encoding="utf-8"
    )
    return tmp_path


def test_each_claim_is_a_test_and_a_flag_fails(flagged_seed: Path) -> None:
    result = run_pytest(flagged_seed, "--factlint-documents", "seeds")
    assert result.returncode == 1
    assert "1 failed, 11 passed" in result.stdout
    assert "seeds/a.txt:13:81: claimed 254 billion USD" in result.stdout


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


def test_claims_are_collected_counted_in_the_header_and_listed(flagged_seed: Path) -> None:
    report = factlint.check(flagged_seed / "seeds", flagged_seed / "references")
    result = run_pytest(flagged_seed, "--factlint-documents", "seeds", "--collect-only")
    header = run_pytest(flagged_seed, "--factlint-documents", "seeds", "--collect-only", "-v")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "factlint: 12 claims in 1 document(s) (11 pass, 1 flag, 0 unverified)" in header.stdout
    assert "<ClaimItem " in header.stdout
    listed = [line for line in result.stdout.splitlines() if line.startswith("seeds/a.txt::")]
    assert listed == [f"seeds/a.txt::{v.claim.id}" for v in report.verdicts]
    assert "12 tests collected" in result.stdout


def test_one_claim_runs_by_its_node_id(flagged_seed: Path) -> None:
    report = factlint.check(flagged_seed / "seeds", flagged_seed / "references")
    flagged = next(v for v in report.verdicts if v.verdict == "flag")
    passed = next(v for v in report.verdicts if v.verdict == "pass")

    failing = run_pytest(
        flagged_seed, "--factlint-documents", "seeds", f"seeds/a.txt::{flagged.claim.id}"
    )
    assert failing.returncode == 1 and "1 failed in" in failing.stdout
    line = f"seeds/a.txt:{flagged.claim.line}:{flagged.claim.column}: {flagged.explanation}"
    assert line in failing.stdout
    passing = run_pytest(
        flagged_seed, "--factlint-documents", "seeds", f"seeds/a.txt::{passed.claim.id}"
    )
    assert passing.returncode == 0 and "1 passed in" in passing.stdout


def test_the_policy_comes_from_the_rootdir_not_the_working_folder(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "references", tmp_path / "references")
    (tmp_path / "doc.txt").write_text(
        "China-Russia trade reached about $220 billion in 2024.\n", encoding="utf-8"
    )
    (tmp_path / "sub").mkdir()
    args = ["--factlint-documents", "../doc.txt", "--factlint-references", "../references"]
    strict = run_pytest(tmp_path, *args, cwd=tmp_path / "sub", rootdir=False)
    assert strict.returncode == 1, strict.stdout  # about = 5%: 204–236 misses 244.81
    (tmp_path / "pyproject.toml").write_text(
        "[tool.pytest.ini_options]\n\n[tool.factlint]\nabout = 0.2\n", encoding="utf-8"
    )
    lenient = run_pytest(tmp_path, *args, cwd=tmp_path / "sub", rootdir=False)
    assert lenient.returncode == 0 and "1 passed" in lenient.stdout, lenient.stdout


def test_claims_run_beside_the_tests_named_on_the_command_line(flagged_seed: Path) -> None:
    (flagged_seed / "tests").mkdir()
    (flagged_seed / "tests" / "test_x.py").write_text("def test_x():\n    pass\n", encoding="utf-8")
    result = run_pytest(flagged_seed, "--factlint-documents", "seeds", "tests")
    assert "1 failed, 12 passed" in result.stdout
