"""The command line in a project of a user's own: init, config found from any folder,
settings reused by explain, what is printed where (progress, colour, quiet, verbose,
JSON), standard input, and claim tables that never collide."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tomllib
from dataclasses import asdict
from pathlib import Path

import pytest

from factlint.config import Policy

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def environment(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR", "FORCE_COLOR")}
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(
    *args: str, cwd: Path, stdin: str | None = None, **env: str | None
) -> subprocess.CompletedProcess[str]:
    """The command through click's runner, in ``cwd``, as a user's shell would run it
    (the terminal cases below run it in a real process)."""
    from click.testing import CliRunner

    from factlint.cli import cli

    unset: dict[str, str | None] = {"CI": None, "NO_COLOR": None, "FORCE_COLOR": None}
    with contextlib.chdir(cwd):
        result = CliRunner().invoke(cli, list(args), input=stdin, env={**unset, **env})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def run_on_terminal(*args: str, cwd: Path, **env: str | None) -> tuple[int, str]:
    """Run with standard output and error on a pseudo-terminal; what the terminal shows."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "factlint", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=environment(TERM="xterm", COLUMNS="100", **env),
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project made by factlint init."""
    done = run("init", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_init_writes_a_project_that_checks_at_once(project: Path) -> None:
    for name in (
        "factlint.toml",
        "references/entities.csv",
        "references/metrics.csv",
        "references/facts/example.csv",
        "references/fx.csv",
        "documents/example.md",
        "claims/reviews.csv",
        ".github/workflows/factlint.yml",
    ):
        assert (project / name).is_file(), name
    assert run("refs", "validate", cwd=project).stdout.startswith("references: 1 entities")
    checked = run("check", cwd=project)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == "1 pass, 0 flag, 0 unverified in 1 document(s); reports in reports/\n"
    assert (project / "claims" / "example.md.csv").is_file()
    assert (project / "reports" / "report.sarif").is_file()


def test_init_keeps_every_file_that_exists(project: Path) -> None:
    (project / "claims" / "reviews.csv").write_text("mine\n", encoding="utf-8")
    again = run("init", cwd=project)
    assert again.returncode == 0
    assert "kept    claims/reviews.csv" in again.stdout and "created" not in again.stdout
    assert (project / "claims" / "reviews.csv").read_text(encoding="utf-8") == "mine\n"


def test_the_config_init_writes_holds_the_policys_defaults(project: Path) -> None:
    config = tomllib.loads((project / "factlint.toml").read_text(encoding="utf-8"))
    assert {k: config[k] for k in asdict(Policy())} == asdict(Policy())
    assert (config["documents"], config["references"], config["fail_on"]) == (
        ["documents"],
        "references",
        "flag",
    )


def test_the_ci_example_runs_commands_that_exist(project: Path) -> None:
    from test_ci_files import factlint_calls

    workflow = (project / ".github" / "workflows" / "factlint.yml").read_text(encoding="utf-8")
    assert "uses: factlint/factlint@" in workflow  # the action, with the config's settings
    calls = factlint_calls()
    assert [call[0] for call in calls] == ["refs", "check"]
    for call in calls:
        done = run(*call, cwd=project)
        assert done.returncode == 0, (call, done.stderr)


def test_with_no_documents_check_says_what_to_pass(tmp_path: Path) -> None:
    done = run("check", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        "error: no documents to check: pass a folder or files (factlint check docs/), or - "
        'for standard input, or set documents = ["docs"] in factlint.toml (factlint init '
        "writes one)\n"
    )


def test_every_command_works_from_a_subfolder_and_explain_needs_only_the_id(
    project: Path,
) -> None:
    run("check", cwd=project)
    claim_id = (project / "claims" / "example.md.csv").read_text("utf-8").splitlines()[1][:10]
    below = project / "documents" / "drafts"
    below.mkdir()
    explained = run("explain", claim_id[:4], cwd=below)
    assert explained.returncode == 0, explained.stderr
    assert explained.stdout.startswith(f"claim {claim_id} at ")
    assert "documents/example.md:3:38: '$412 million'" in explained.stdout
    assert run("refs", "validate", cwd=below).returncode == 0
    again = run("check", "-q", cwd=below)
    assert again.returncode == 0 and again.stdout == ""


def test_explain_reuses_the_settings_of_the_last_check(project: Path) -> None:
    other = project / "elsewhere"
    other.mkdir()
    (other / "brief.html").write_text(
        "<p>Acme Corporation reported revenue of <b>$420 million</b> in 2024.</p>",
        encoding="utf-8",
    )
    checked = run("check", "elsewhere", "--glob", "*.html", cwd=project)
    assert checked.returncode == 1
    assert "elsewhere/brief.html:1:44: claimed 420 million USD" in checked.stdout
    record = json.loads((project / "reports" / "run.json").read_text("utf-8"))
    assert (record["documents"], record["glob"], record["references"]) == (
        ["../elsewhere"],
        ["*.html"],
        "../references",
    )
    claim_id = (project / "claims" / "brief.html.csv").read_text("utf-8").splitlines()[1][:10]
    explained = run("explain", claim_id, cwd=project / "documents")
    assert explained.returncode == 0, explained.stderr
    assert (
        "\nverdict: flag" in explained.stdout
        and "brief.html:1:44: '$420 million'" in explained.stdout
    )


def test_factlint_toml_wins_over_pyproject_and_config_picks_one(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "references", tmp_path / "refs")
    shutil.copytree(ROOT / "seeds", tmp_path / "articles")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factlint]\ndocuments = "articles"\nreferences = "refs"\nreports = "out"\n',
        encoding="utf-8",
    )
    assert run("check", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out" / "report.json").is_file()
    (tmp_path / "factlint.toml").write_text('documents = "nowhere"\n', encoding="utf-8")
    missing = run("check", cwd=tmp_path)
    assert missing.returncode == 2 and "nowhere: no such file or folder" in missing.stderr
    chosen = run("check", "--config", "pyproject.toml", "--reports", "other", cwd=tmp_path)
    assert chosen.returncode == 0, chosen.stderr
    assert (tmp_path / "other" / "report.json").is_file()
    absent = run("check", "--config", "nope.toml", cwd=tmp_path)
    assert absent.returncode == 2
    assert absent.stderr == (
        "error: nope.toml: no such config file; give a factlint.toml or a pyproject.toml "
        "with a [tool.factlint] table\n"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("documents = 5\n", "factlint.toml:1:1: documents = 5 must be a path or a list of them"),
        ("reports = ['a']\n", "factlint.toml:1:1: reports = ['a'] must be a folder"),
        ("fail_on = 'never'\n", "fail_on = 'never' must be one of flag, unverified, none"),
        ("main_text = 1\n", "main_text = 1 must be true or false"),
        ("glob = [1]\n", "glob = [1] must be a pattern or a list of them"),
        ("document = 'x'\n", "unknown setting 'document'; did you mean 'documents'?"),
    ],
)
def test_bad_settings_exit_2_with_their_place(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "factlint.toml").write_text(body, encoding="utf-8")
    done = run("check", cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def flagged_project(project: Path) -> Path:
    (project / "documents" / "second.md").write_text(
        "# Another\n\nAcme Corporation reported revenue of $450 million in 2024.\n",
        encoding="utf-8",
    )
    return project


def test_a_progress_bar_only_on_a_terminal_and_never_in_ci(project: Path) -> None:
    flagged_project(project)
    status, screen = run_on_terminal("check", cwd=project)
    assert status == 1
    assert "checking" in screen and "2/2" in screen
    status, screen = run_on_terminal("check", cwd=project, CI="true")
    assert status == 1 and "checking" not in screen
    piped = run("check", cwd=project)
    assert "checking" not in piped.stdout + piped.stderr


def test_verdicts_are_coloured_on_a_terminal_only(project: Path) -> None:
    flagged_project(project)
    _, screen = run_on_terminal("check", cwd=project, CI="true")
    assert "\x1b[32mpass\x1b[0m" in screen and "\x1b[31m\x1b[1mflag\x1b[0m" in screen
    _, plain = run_on_terminal("check", cwd=project, CI="true", NO_COLOR="1")
    assert not ANSI.search(plain) and "1 pass, 1 flag" in plain
    assert not ANSI.search(run("check", cwd=project).stdout)
    forced = run("check", "--color", cwd=project)
    assert "\x1b[31m\x1b[1mflag\x1b[0m" in forced.stdout


def test_quiet_prints_only_problems_and_verbose_more(project: Path) -> None:
    flagged_project(project)
    (project / "documents" / "third.md").write_text(
        "Acme Corporation reported revenue of $380 million in 2021.\n", encoding="utf-8"
    )
    quiet = run("check", "-q", cwd=project)
    assert quiet.returncode == 1
    assert quiet.stdout.splitlines() == [
        "documents/second.md:3:38: claimed 450 million USD (rounded: 445–455); fact "
        "412.3 million USD, Acme Corporation annual report 2024 (a worked example: replace "
        "it with your own facts), retrieved 2025-03-01 → flag (value, major, 32.7 million "
        "USD outside)"
    ]
    verbose = run("check", "-v", cwd=project)
    assert verbose.stderr.startswith("config: factlint.toml\n3 document(s); references")
    assert "documents/third.md:1:38: " in verbose.stdout and "→ unverified" in verbose.stdout
    normal = run("check", cwd=project)
    assert "documents/third.md" not in normal.stdout


def test_check_and_refs_validate_speak_json(project: Path) -> None:
    flagged_project(project)
    checked = run("check", "--format", "json", cwd=project)
    assert checked.returncode == 1
    result = json.loads(checked.stdout)
    assert result["summary"] == {"pass": 1, "flag": 1, "unverified": 0}
    [finding] = result["findings"]
    assert (finding["location"], finding["verdict"], finding["severity"]) == (
        "documents/second.md:3:38",
        "flag",
        "major",
    )
    valid = json.loads(run("refs", "validate", "--format", "json", cwd=project).stdout)
    assert {k: valid[k] for k in ("ok", "entities", "metrics", "facts", "fx")} == {
        "ok": True,
        "entities": 1,
        "metrics": 1,
        "facts": 1,
        "fx": 0,
    }
    facts = project / "references" / "facts" / "example.csv"
    facts.write_text(facts.read_text("utf-8").replace(",412.3,", ",412.3x,"), encoding="utf-8")
    broken = run("refs", "validate", "--format", "json", cwd=project)
    assert broken.returncode == 2
    [problem] = json.loads(broken.stdout)["problems"]
    assert (problem["path"], problem["line"], problem["column"]) == (
        "references/facts/example.csv",
        2,
        6,
    )
    assert json.loads(run("check", "--format", "json", cwd=project).stdout)["ok"] is False


def test_a_document_on_standard_input(project: Path) -> None:
    text = "Acme Corporation reported *revenue* of $450 million in 2024.\n"
    done = run("check", "-", "--stdin-name", "notes/draft.md", cwd=project, stdin=text)
    assert done.returncode == 1
    assert "notes/draft.md:1:40: claimed 450 million USD" in done.stdout
    assert (project / "claims" / "notes" / "draft.md.csv").is_file()
    explained = run("explain", "0", cwd=project)
    assert explained.returncode == 2
    assert "the last check read a document from standard input" in explained.stderr


def test_claim_tables_never_collide_nor_touch_reviews(project: Path) -> None:
    docs = project / "documents"
    (docs / "x").mkdir()
    (docs / "y").mkdir()
    same = "Acme Corporation reported revenue of $412 million in 2024.\n"
    for name in ("x/a.txt", "y/a.txt", "a.md", "a.html", "reviews.txt"):
        (docs / name).write_text(same, encoding="utf-8")
    reviews = project / "claims" / "reviews.csv"
    before = reviews.read_bytes()
    assert run("check", cwd=project).returncode == 0
    tables = sorted(p.relative_to(project / "claims").as_posix() for p in project.rglob("*.csv")
                    if p.is_relative_to(project / "claims"))  # fmt: skip
    assert tables == [
        "a.html.csv",
        "a.md.csv",
        "example.md.csv",
        "reviews.csv",
        "reviews.txt.csv",
        "x/a.txt.csv",
        "y/a.txt.csv",
    ]
    assert reviews.read_bytes() == before
    ids = {p.read_text("utf-8").splitlines()[1][:10] for p in (project / "claims").rglob("*.*.csv")}
    assert len(ids) == 6


def test_extract_prints_a_header_row_and_source_positions(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# Note\n\nExports rose **5%** in 2024.\n", encoding="utf-8")
    done = run("extract", "a.md", "--format", "table", cwd=tmp_path)
    lines = done.stdout.splitlines()
    assert lines[0] == "line\tcolumn\tstart\tend\tkind\ttext\tvalue\tunit\tcomparator"
    assert lines[1].split("\t")[:6] == ["3", "16", "18", "20", "percent", "5%"]
    piped = run("extract", "-", "--stdin-name", "x.md", cwd=tmp_path, stdin=page.read_text())
    assert piped.returncode == 0 and json.loads(piped.stdout.splitlines()[0])["column"] == 16


def test_help_shows_each_commands_whole_summary() -> None:
    from factlint.cli import cli

    done = run("--help", cwd=ROOT, COLUMNS="80")
    listing = " ".join(done.stdout.split("Commands:")[1].split())
    for name, command in cli.commands.items():
        summary = " ".join((command.help or "").split("\n\n")[0].split())
        assert f"{name} {summary}" in listing, name
        assert "..." not in listing


def test_sarif_annotations_land_on_the_markdown_source(project: Path) -> None:
    source = (
        "# Year\n\nSome intro.\n\n| Who | What |\n| --- | --- |\n"
        "| Acme Corporation | reported *revenue* of $450 million in 2024 |\n"
    )
    (project / "documents" / "table.md").write_text(source, encoding="utf-8")
    assert run("check", "-q", cwd=project).returncode == 1
    sarif = json.loads((project / "reports" / "report.sarif").read_text("utf-8"))
    [result] = sarif["runs"][0]["results"]
    place = result["locations"][0]["physicalLocation"]
    region = place["region"]
    assert place["artifactLocation"]["uri"] == "documents/table.md"
    line = source.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "$450 million"
