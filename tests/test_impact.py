"""`factlint refs impact`: the claims an edit of the references changes, against a git
revision, through the real entry point in a repository made for the test."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRADE = Path("references/facts/russia-china-trade.csv")


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def impact(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factlint", "refs", "impact", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    git("init", "-q", cwd=tmp_path)
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "add", ".", cwd=tmp_path)
    git(
        "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "refs", cwd=tmp_path
    )
    return tmp_path


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / TRADE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_no_edit_no_change(repo: Path) -> None:
    result = impact("seeds", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "0 claim(s) changed against HEAD\n"


def test_an_edited_value_lists_the_claim_old_and_new_and_fails(repo: Path) -> None:
    edit(repo, "trade-chn-rus-2024-gacc-bne,bilateral_trade,CHN,RUS,2024,244.81,",
         "trade-chn-rus-2024-gacc-bne,bilateral_trade,CHN,RUS,2024,254.81,")  # fmt: skip
    result = impact("seeds", cwd=repo)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "seeds/putin-xi-video-call.txt:13:81: '$245 billion' [bilateral_trade]"
    old, new = lines[1].strip().split(" → ")
    assert old.startswith("pass (trade-chn-rus-2024-")
    assert new.startswith("flag ")
    assert lines[-1] == "1 claim(s) changed against HEAD, 1 for the worse"
    assert impact("seeds", "--fail-on", "none", cwd=repo).returncode == 0
    data = json.loads(impact("seeds", "--format", "json", cwd=repo).stdout)
    (change,) = data["changes"]
    assert (change["before"]["verdict"], change["after"]["verdict"], change["worse"]) == (
        "pass",
        "flag",
        True,
    )


def test_a_mended_claim_is_a_change_but_not_a_failure(repo: Path) -> None:
    edit(repo, ",244.81,", ",254.81,")
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qam", "typo", cwd=repo)
    edit(repo, ",254.81,", ",244.81,")
    result = impact("seeds", cwd=repo)
    assert result.returncode == 0
    assert " → pass (" in result.stdout
    assert impact("seeds", "--fail-on", "change", cwd=repo).returncode == 1
    original = impact("seeds", "--against", "HEAD~1", cwd=repo)
    assert original.stdout == "0 claim(s) changed against HEAD~1\n"


def test_an_unknown_revision_or_no_repository_exits_2(repo: Path, tmp_path: Path) -> None:
    result = impact("seeds", "--against", "no-such-branch", cwd=repo)
    assert result.returncode == 2
    assert result.stderr.startswith("error: git rev-parse")
    assert "Traceback" not in result.stderr
    shutil.rmtree(repo / ".git")
    outside = impact("seeds", cwd=repo)
    assert outside.returncode == 2
    assert "not in a git repository" in outside.stderr


def test_broken_references_at_the_revision_are_placed_there(repo: Path) -> None:
    edit(repo, ",244.81,", ",lots,")
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qam", "bad", cwd=repo)
    edit(repo, ",lots,", ",244.81,")
    result = impact("seeds", cwd=repo)
    assert result.returncode == 2
    assert f"error: HEAD:{TRADE.as_posix()}:" in result.stderr
