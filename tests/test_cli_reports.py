"""factlint check's reports through the real entry point: which formats, GitHub
annotations and job summary, ClaimReview signed from the settings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from test_cli import run
from validators import VALIDATORS

WRONG = "China-Russia trade reached $254 billion in 2024.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Twelve documents with the same wrong figure: more flags than GitHub annotates."""
    shutil.copytree(ROOT / "references", tmp_path / "references")
    docs = tmp_path / "docs"
    docs.mkdir()
    rows = ["path,title,outlet,url,published"]
    for n in range(12):
        (docs / f"a{n:02d}.md").write_text(f"# Note {n}\n\n{WRONG}", encoding="utf-8")
        rows.append(f"a{n:02d}.md,Note {n},The Outlet,https://example.com/{n},2025-01-21")
    (docs / "documents.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_github_annotates_ten_flags_lists_the_rest_and_writes_the_job_summary(
    project: Path,
) -> None:
    summary, outputs = project / "step-summary.md", project / "outputs"
    summary.write_text("earlier step\n", encoding="utf-8")
    env = {"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(outputs)}
    result = run("check", "docs", "--github", cwd=project, env=env)

    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 10
    assert errors[0].startswith("::error file=docs/a00.md,line=3,endLine=3,col=28,endColumn=40,")
    plain = [line for line in lines if line.startswith("docs/a1")]
    assert plain == [
        "docs/a10.md:3:28: " + errors[0].split("::")[-1],
        "docs/a11.md:3:28: " + errors[0].split("::")[-1],
    ]
    note = "2 error(s) were not annotated on their lines"
    assert note in lines[-1]
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n# factlint report\n")
    assert note in written and written.endswith(
        (project / "reports" / "report.md").read_text(encoding="utf-8")
    )
    assert outputs.read_text(encoding="utf-8") == "reports=reports\n"  # for the upload steps


def test_without_github_every_flag_is_a_plain_line(project: Path) -> None:
    result = run("check", "docs", cwd=project, env={"GITHUB_STEP_SUMMARY": str(project / "s.md")})
    assert result.returncode == 1
    assert sum(line.startswith("docs/a") for line in result.stdout.splitlines()) == 12
    assert "::" not in result.stdout and not (project / "s.md").exists()


def test_claimreview_is_written_beside_the_reports_signed_from_the_config(project: Path) -> None:
    (project / "factlint.toml").write_text(
        'documents = ["docs"]\n[claimreview]\nauthor = "The Data Desk"\n', encoding="utf-8"
    )
    result = run("check", "--claimreview", cwd=project)

    assert result.returncode == 1, result.stderr
    written = sorted(p.name for p in (project / "reports").iterdir())
    assert {"claimreview.jsonld", "report.json", "report.html"} <= set(written)
    text = (project / "reports" / "claimreview.jsonld").read_text(encoding="utf-8")
    reviews = json.loads(text)["@graph"]
    assert len(reviews) == 12 and reviews[0]["author"]["name"] == "The Data Desk"
    assert reviews[0]["itemReviewed"]["appearance"]["url"] == "https://example.com/0"
    for name, problems in VALIDATORS.items():
        path = project / "reports" / name
        if path.exists():
            assert problems(path.read_text(encoding="utf-8")) == [], name


def test_claimreview_without_an_author_stops_with_where_to_add_it(project: Path) -> None:
    result = run("check", "docs", "--claimreview", cwd=project)
    assert result.returncode == 2
    assert result.stderr == (
        "error: pyproject.toml: --claimreview needs to know who publishes the reviews: "
        'add [tool.factlint.claimreview] with author = "The Data Desk"\n'
    )
    assert not (project / "reports").exists()


def test_without_claimreview_no_reviews_are_written(project: Path) -> None:
    assert run("check", "docs", cwd=project).returncode == 1
    assert not (project / "reports" / "claimreview.jsonld").exists()
