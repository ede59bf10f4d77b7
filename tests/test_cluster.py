"""Runs spread over processes (``--jobs``) and over a real Dask cluster (a scheduler and
two worker processes on 127.0.0.1) write the same bytes as a plain run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factlint

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from archive import write_documents, write_references  # noqa: E402

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty generated stories, one of them in Latin-1, a reference set they link to, and
    who signs the ClaimReview records."""
    folder = tmp_path_factory.mktemp("runs") / "archive"
    write_documents(folder / "documents", 40, seed=3)
    write_references(folder / "references", 1000, seed=3)
    (folder / "documents" / "story-00007.txt").write_bytes(b"Trade rose \xa35bn in 2024.\n")
    (folder / "claims").mkdir()
    (folder / "claims" / "reviews.csv").write_text(
        "claim_id,action,fact_id,reason\n0000000000,ignore,,a stale review\n", encoding="utf-8"
    )
    (folder / "factlint.toml").write_text('[claimreview]\nauthor = "The Desk"\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


Run = tuple[subprocess.CompletedProcess[str], dict[str, bytes]]


def run(archive: Path, name: str, *options: str) -> Run:
    """A run in a copy of the archive of its own, with GitHub annotations and ClaimReview
    records; what it printed and what it wrote."""
    project = archive.parent / name
    shutil.copytree(archive, project)
    command = [
        sys.executable, "-m", "factlint", "check", "documents", "--references", "references",
        "--fail-on", "none", "--github", "--claimreview", *options,
    ]  # fmt: skip
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=600)
    files = sorted(p for p in project.rglob("*") if p.is_file())
    return done, {str(p.relative_to(project)): p.read_bytes() for p in files}


@pytest.fixture(scope="module")
def plain(archive: Path) -> Run:
    return run(archive, "plain")


@pytest.mark.parametrize("jobs", ["2", "3", "0"])
def test_jobs_write_the_same_bytes_as_one_process(archive: Path, plain: Run, jobs: str) -> None:
    done, written = run(archive, f"jobs{jobs}", "--jobs", jobs)
    assert done.returncode == 0, done.stderr
    assert (done.stdout, done.stderr) == (plain[0].stdout, plain[0].stderr)
    assert written == plain[1]
    tables = [name for name in written if name.startswith("claims/story-")]
    reports = [name for name in written if name.startswith("reports/")]
    assert len(tables) == 39 and len(reports) == 7  # six reports and run.json


def test_the_plain_run_left_out_the_bad_story_with_a_warning(plain: Run) -> None:
    done, _ = plain
    assert "in 39 document(s)" in done.stdout
    assert done.stderr.splitlines()[0] == (
        "warning: documents/story-00007.txt:1:12: not UTF-8 text (byte 11); save it as UTF-8; "
        "the document is left out of this run"
    )
    assert "stale review of claim 0000000000" in done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert len([a for a in annotations if a.startswith("::notice ")]) == 10  # as GitHub shows
    assert "were not annotated on their lines" in done.stdout.splitlines()[-1]


def test_a_dask_cluster_writes_the_same_bytes(archive: Path, plain: Run, cluster: Any) -> None:
    done, written = run(archive, "dask", "--dask", cluster.scheduler_address)
    assert done.returncode == 0, done.stderr
    assert (done.stdout, done.stderr) == (plain[0].stdout, plain[0].stderr)
    assert written == plain[1]


def test_the_python_api_takes_a_dask_bag_or_a_list_of_paths(archive: Path, cluster: Any) -> None:
    import dask.bag

    paths = sorted((archive / "documents").glob("story-*.txt"))
    paths.remove(archive / "documents" / "story-00007.txt")
    references = archive / "references"
    expected = factlint.check(paths, references).model_dump_json()
    with distributed.Client(cluster) as client:
        bag = dask.bag.from_sequence([str(p) for p in paths], npartitions=5)
        assert factlint.check(bag, references, dask=client).model_dump_json() == expected
        assert factlint.check(paths, references, dask=client).model_dump_json() == expected
    assert factlint.check(paths, references, jobs=2).model_dump_json() == expected
