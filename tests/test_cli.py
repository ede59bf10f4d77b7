"""The command line through its real entry points: exit codes, files written, messages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from validators import VALIDATORS

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """factlint as a user runs it; outside GitHub Actions unless ``env`` says otherwise."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    return subprocess.run(
        [sys.executable, "-m", "factlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**environment, **(env or {})},
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the seeds and references, so runs never write into the repository."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    return tmp_path


def test_check_writes_claim_tables_and_all_five_reports(project: Path) -> None:
    result = run("check", "seeds", "--references", "references", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "15 pass, 0 flag, 1 unverified in 2 document(s)" in result.stdout
    for name in ("report.md", "report.html", "report.json", "junit.xml", "report.sarif"):
        assert (project / "reports" / name).stat().st_size > 0
    table = (project / "claims" / "putin-xi-video-call.txt.csv").read_text(encoding="utf-8")
    assert table.splitlines()[0] == (
        "id,doc,line,column,text,sentence,kind,value,unit,lower,upper,comparator,period,"
        "entities,metric,source_hint,carried"
    )
    assert len(table.splitlines()) == 13
    report = json.loads((project / "reports" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"pass": 15, "flag": 0, "unverified": 1}
    assert len(report["references"]["sha256"]) == 64
    for name, problems in VALIDATORS.items():
        if (project / "reports" / name).exists():
            assert problems((project / "reports" / name).read_text(encoding="utf-8")) == []


def test_same_input_gives_the_same_bytes(project: Path) -> None:
    run("check", "seeds", cwd=project)
    first = {
        p.name: p.read_bytes()
        for p in [*(project / "reports").iterdir(), *(project / "claims").iterdir()]
    }
    run("check", "seeds", cwd=project)
    second = {
        p.name: p.read_bytes()
        for p in [*(project / "reports").iterdir(), *(project / "claims").iterdir()]
    }
    assert first == second


def test_a_flag_exits_1_unless_told_otherwise(project: Path) -> None:
    seed = project / "seeds" / "putin-xi-video-call.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("$245 billion", "$254 billion"), encoding="utf-8"
    )
    flagged = run("check", "seeds", cwd=project)
    assert flagged.returncode == 1
    assert "putin-xi-video-call.txt:13:" in flagged.stdout
    assert "→ flag (value, major" in flagged.stdout
    assert run("check", "seeds", "--fail-on", "none", cwd=project).returncode == 0


def test_fail_on_unverified_counts_unverified_claims(project: Path) -> None:
    (project / "seeds" / "extra.txt").write_text(
        "Trade between China and Russia reached $190 billion in 2021.\n", encoding="utf-8"
    )
    assert run("check", "seeds", "--fail-on", "flag", cwd=project).returncode == 0
    assert run("check", "seeds", "--fail-on", "unverified", cwd=project).returncode == 1


def test_bad_references_exit_2_with_located_messages_and_no_traceback(project: Path) -> None:
    facts = project / "references" / "facts" / "russia-china-trade.csv"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(",244.81,", ",244,81x,", 1), encoding="utf-8"
    )
    result = run("check", "seeds", cwd=project)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "references/facts/russia-china-trade.csv:" in result.stderr
    assert not (project / "reports" / "report.json").exists()


def test_missing_documents_exit_2(project: Path) -> None:
    result = run("check", "no-such-folder", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith("error: no-such-folder: no such file or folder")


def test_extract_prints_one_json_object_per_mention(project: Path) -> None:
    result = run("extract", "seeds/putin-xi-video-call.txt", "--format", "jsonl", cwd=project)
    assert result.returncode == 0, result.stderr
    mentions = [json.loads(line) for line in result.stdout.splitlines()]
    money = [m for m in mentions if m["kind"] == "money"]
    assert len(money) == 1
    # Mentions may gain fields; these are the ones the jsonl output promises.
    expected = {
        "text": "$245 billion",
        "start": money[0]["start"],
        "end": money[0]["start"] + 12,
        "kind": "money",
        "value": 245.0,
        "unit": "billion USD",
        "lower": 244.5,
        "upper": 245.5,
        "comparator": "=",
        "precision": 1.0,
        "growth": "",
        "hedge": "",
        "role": "",
    }
    assert {key: money[0].get(key) for key in expected} == expected
    assert {"date": "2025-01-21"} in [{m["kind"]: m["value"]} for m in mentions]


def test_refs_validate_reports_ok(project: Path) -> None:
    result = run("refs", "validate", "references", cwd=project)
    assert result.returncode == 0
    assert ": OK (sha256 " in result.stdout


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "factlint"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "check" in result.stdout and "extract" in result.stdout and "refs" in result.stdout


def test_every_command_documents_an_example() -> None:
    import click

    from factlint.cli import cli

    def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
        found = []
        for name, command in group.commands.items():
            if isinstance(command, click.Group):
                found.extend(commands(command, f"{prefix}{name} "))
            else:
                found.append((prefix + name, command))
        return found

    for name, command in commands(cli):
        assert "Example:" in (command.help or ""), name


def claim_id_of(project: Path, text: str) -> str:
    table = (project / "claims" / "putin-xi-video-call.txt.csv").read_text(encoding="utf-8")
    return next(line.split(",")[0] for line in table.splitlines() if f",{text}," in line)


def flag_the_seed(project: Path) -> None:
    seed = project / "seeds" / "putin-xi-video-call.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("$245 billion", "$254 billion"), encoding="utf-8"
    )


def test_an_ignored_flag_does_not_fail_the_run_and_reviews_stay_untouched(project: Path) -> None:
    flag_the_seed(project)
    assert run("check", "seeds", cwd=project).returncode == 1
    reviews = project / "claims" / "reviews.csv"
    content = (
        "claim_id,action,fact_id,reason,reviewer,date\n"
        f"{claim_id_of(project, '$254 billion')},ignore,,quoted forecast,A. Analyst,2025-01-20\n"
    )
    reviews.write_text(content, encoding="utf-8")
    result = run("check", "seeds", cwd=project)
    assert result.returncode == 0, result.stdout
    assert "14 pass, 0 flag, 1 unverified (1 ignored by review) in 2 document(s)" in result.stdout
    assert "→ flag" not in result.stdout
    assert reviews.read_text(encoding="utf-8") == content


def test_stale_reviews_are_warned_of_with_their_row(project: Path) -> None:
    (project / "claims").mkdir()
    (project / "claims" / "reviews.csv").write_text(
        "claim_id,action,fact_id,reason\n0123456789,ignore,,an edited sentence\n",
        encoding="utf-8",
    )
    result = run("check", "seeds", cwd=project)
    assert result.returncode == 0
    assert result.stderr == (
        "warning: claims/reviews.csv:2: stale review of claim 0123456789 (ignore): no claim "
        "with this id in the documents checked: its sentence may have changed; take the new "
        "id from claims/<document>.csv, or delete the row\n"
    )


def test_a_bad_review_exits_2_with_its_place_and_checks_nothing(project: Path) -> None:
    (project / "claims").mkdir()
    (project / "claims" / "reviews.csv").write_text(
        "claim_id,action,fact_id,reason\n0123456789,link,no-such-fact,x\n", encoding="utf-8"
    )
    result = run("check", "seeds", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith(
        "error: claims/reviews.csv:2:3: fact_id: unknown fact (got 'no-such-fact')"
    )
    assert result.stderr.endswith("1 problem(s) in the reviews; nothing was checked\n")
    assert "Traceback" not in result.stderr
    assert not (project / "reports" / "report.json").exists()


def test_explain_shows_one_claim_by_its_id_prefix(project: Path) -> None:
    run("check", "seeds", cwd=project)
    claim_id = claim_id_of(project, "$245 billion")
    result = run("explain", claim_id[:5], "seeds", "--references", "references", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        f"claim {claim_id} at seeds/putin-xi-video-call.txt:13:81: '$245 billion'\n"
    )
    assert "  interval: rounded: 244.5–245.5\n" in result.stdout
    assert "\ncompared (" in result.stdout and "\nno match (" in result.stdout
    assert "\nverdict: pass\n" in result.stdout
    as_json = json.loads(run("explain", claim_id, "--format", "json", cwd=project).stdout)
    assert as_json["claim"]["id"] == claim_id and as_json["verdict"]["verdict"] == "pass"


def test_explain_an_unknown_id_exits_2_with_a_suggestion(project: Path) -> None:
    result = run("explain", "$245 billion", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith("error: no claim with id '$245 billion' in 2 document(s);")
    assert "did you mean " in result.stderr and "Traceback" not in result.stderr


def test_every_refs_command_is_documented_for_analysts_with_an_example() -> None:
    import click

    from factlint.cli.refs import refs

    guide = (ROOT / "references" / "README.md").read_text(encoding="utf-8")
    for name in refs.commands:
        assert f"### `factlint refs {name}" in guide, name
        assert f"$ factlint refs {name} " in guide, name
    assert isinstance(refs, click.Group)
