"""The outputs a run leaves: claim tables safe to open in a spreadsheet, reports and
tables replaced as one set even when the run is killed, and two runs never mixed."""

from __future__ import annotations

import csv
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import factlint
from conftest import ROOT, SEED_PUBLISHED, make_document
from factlint.outputs import STAGING, OutputError, OutputSet, recover
from factlint.report.write import CLAIM_COLUMNS, claim_table_text

sys.path.insert(0, str(ROOT / "benchmarks"))

from archive import write_documents, write_references

NUMERIC = {"line", "column", "value", "lower", "upper"}
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?(e[-+]\d+)?")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_claim_table_cells_cannot_run_as_formulas_and_numbers_stay_numbers() -> None:
    text = (
        '=HYPERLINK("http://x") said exports fell 1.9% to $205.1 billion in December 2018.\n'
        "@SUM(A1) reported that imports rose 2.1% in December 2018.\n"
        "+cmd|' /C calc'!A0 and the deficit was -$3.9 billion in December 2018.\n"
        "-2+3 said the United States trade deficit reached $891.3 billion in 2018.\n"
        "\tTabbed: U.S. exports dropped 1.9 percent in December 2018.\n"
    )
    report = factlint.check([make_document(text, SEED_PUBLISHED, "doc.txt")], ROOT / "references")
    rows = list(csv.reader(claim_table_text(report.verdicts).splitlines()))
    assert rows[0] == CLAIM_COLUMNS
    assert len(rows) > 4
    negative = False
    for row in rows[1:]:
        for name, cell in zip(CLAIM_COLUMNS, row, strict=True):
            if PLAIN_NUMBER.fullmatch(cell):  # a number is read as a number, never run
                negative |= name in NUMERIC and float(cell) < 0
                continue
            assert not cell.startswith(FORMULA_STARTS), (name, cell)
    sentences = {row[CLAIM_COLUMNS.index("sentence")] for row in rows[1:]}
    assert any(s.startswith("'=HYPERLINK") for s in sentences)
    assert any(s.startswith("'@SUM") for s in sentences)
    assert {row[CLAIM_COLUMNS.index("comparator")] for row in rows[1:]} <= {
        "'=",
        ">",
        ">=",
        "<",
        "<=",
        "~",
        "range",
        "'",
    }
    assert negative  # "fell 1.9%" is the value -1.9, written as a number


# -- one set of outputs -----------------------------------------------------------------


def outputs(project: Path) -> dict[str, bytes]:
    found = {}
    for folder in ("reports", "claims"):
        for path in sorted((project / folder).iterdir()):
            if path.is_file():
                found[f"{folder}/{path.name}"] = path.read_bytes()
    return found


def whole(name: str, data: bytes) -> None:
    """Each kind of output parses to its end."""
    text = data.decode("utf-8")
    if name.endswith((".json", ".sarif")):
        json.loads(text)
    elif name.endswith(".xml"):
        ET.fromstring(data)
    elif name.endswith(".html"):
        assert text.endswith("</html>\n")
    elif name.endswith(".csv"):
        rows = list(csv.reader(text.splitlines()))
        assert rows and all(len(r) == len(rows[0]) for r in rows)
    else:
        assert text.endswith("\n")


def check(project: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "factlint", "check", "documents", "--fail-on", "none"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def variant(project: Path, name: str) -> None:
    """Two versions of the archive: B changes a number in every story."""
    for path in sorted((project / "documents").glob("*.txt")):
        original = path.with_suffix(".orig")
        if not original.exists():
            shutil.copy(path, original)
        text = original.read_text(encoding="utf-8")
        path.write_text(text.replace("2024", "2023") if name == "B" else text, encoding="utf-8")


@pytest.fixture(scope="module")
def archive(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, dict[str, bytes]], float]:
    """A project of 80 stories, the outputs of its versions A and B, and how long a run
    takes."""
    project = tmp_path_factory.mktemp("killed")
    write_documents(project / "documents", 80, seed=5)
    write_references(project / "references", 1000, seed=5)
    (project / "claims").mkdir()
    (project / "claims" / "reviews.csv").write_text("claim_id,action,fact_id,reason\n")
    sets = {}
    for name in ("B", "A"):
        variant(project, name)
        started = time.monotonic()
        assert check(project).wait() == 0
        sets[name] = outputs(project)
    seconds = time.monotonic() - started
    assert sets["A"] != sets["B"] and sets["A"].keys() == sets["B"].keys()
    return project, sets, seconds


def test_a_run_killed_at_any_moment_leaves_one_runs_outputs(
    archive: tuple[Path, dict[str, dict[str, bytes]], float],
) -> None:
    """Kill a run that replaces A's outputs by B's at moments spread over its length:
    every file is whole; without a journal the set is A's or B's; with one (killed while
    moving files into place) the next run's start finishes it into B's.

    A run's length varies with the machine's load, so the moments stretch whenever a
    kill lands before the commit point, until kills have landed on both sides of it."""
    project, sets, seconds = archive
    rng = random.Random(14)
    seen: set[str] = set()
    current = "A"
    stretch = 1.0
    for attempt in range(64):
        if attempt >= 16 and {"A", "B"} <= seen:
            break
        target = "B" if current == "A" else "A"
        variant(project, target)
        process = check(project)
        time.sleep(seconds * stretch * rng.uniform(0.2, 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        found = outputs(project)
        for name, data in found.items():
            whole(name, data)
        leftovers = [
            p for folder in ("reports", "claims") for p in (project / folder).iterdir()
            if p.name.startswith(".") and p.name != STAGING
        ]  # fmt: skip
        assert not leftovers, leftovers
        pending = any((project / f / STAGING / "commit.json").exists() for f in ("reports",))
        if pending:
            recover(project / "reports")
            recover(project / "claims")
            found = outputs(project)
        state = next((name for name, files in sets.items() if files == found), None)
        assert state is not None, f"attempt {attempt}: a mix of two runs"
        seen.add("journal" if pending else state)
        stretch = stretch * 1.25 if state == current else max(1.0, stretch / 1.25)
        current = state
    assert "A" in seen and "B" in seen  # killed before and after the commit point


def test_a_commit_cut_short_is_finished_by_the_next_run(tmp_path: Path) -> None:
    reports, claims = tmp_path / "reports", tmp_path / "claims"
    with OutputSet({"reports": reports, "claims": claims}) as first:
        first.write("reports", "report.md", ["old\n"])
        first.write("claims", "a.csv", ["old\n"])
        first.commit()
    moved = 0
    real_replace = os.replace

    def dies_after_one(source: str, target: str) -> None:
        nonlocal moved
        if moved == 1 and not str(target).endswith("commit.json"):
            raise KeyboardInterrupt  # the run is killed between two moves
        real_replace(source, target)
        if not str(target).endswith("commit.json"):
            moved += 1

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", dies_after_one)
        with (
            pytest.raises(KeyboardInterrupt),
            OutputSet({"reports": reports, "claims": claims}) as second,
        ):
            second.write("reports", "report.md", ["new\n"])
            second.write("claims", "a.csv", ["new\n"])
            second.commit()
    texts = {(reports / "report.md").read_text(), (claims / "a.csv").read_text()}
    assert texts == {"old\n", "new\n"}  # half moved: the journal says what is left
    with OutputSet({"claims": claims}):  # any later run writing to either folder
        pass
    assert (reports / "report.md").read_text() == (claims / "a.csv").read_text() == "new\n"
    assert not (reports / STAGING).exists() and not (claims / STAGING).exists()


def test_two_runs_never_write_to_one_folder_at_once(tmp_path: Path) -> None:
    with OutputSet({"reports": tmp_path}), pytest.raises(OutputError, match="another factlint run"):
        OutputSet({"reports": tmp_path}).__enter__()


def test_a_failed_run_leaves_the_last_outputs_and_no_staging(tmp_path: Path) -> None:
    (tmp_path / "report.md").write_text("last run\n")
    with pytest.raises(RuntimeError), OutputSet({"reports": tmp_path}) as outputs_:
        outputs_.write("reports", "report.md", ["this run\n"])
        raise RuntimeError("the run fails before it commits")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    assert (tmp_path / "report.md").read_text() == "last run\n"


def test_markup_in_reference_data_is_escaped_in_the_html_page(tmp_path: Path) -> None:
    from conftest import fact_row
    from conftest import write_references as write_reference_set
    from factlint.report.html import render

    source = "<img src=x onerror=alert(1)> & <b>Customs</b>"
    row = fact_row("t24", "trade", "CHN", "RUS", "2024", "245", "billion USD", source)
    folder = write_reference_set(tmp_path / "refs", row)
    text = "Trade between China and Russia reached $254 billion in 2024.\n"
    html = render(factlint.check([make_document(text)], folder))
    assert "<img" not in html and "<b>Customs" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;Customs&lt;/b&gt;" in html
