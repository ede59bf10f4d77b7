"""The catalogue of bad input, each case through the real command line: exit status 2
(or a warning and the run goes on, for one bad document among several), one line that
names the file and says what to do, no traceback, and nothing lost."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/putin-xi-video-call.txt"
METADATA = "path,title,outlet,url,published\n"
CSV_LIMIT = 131_072  # the csv module's default field size limit
# Root reads and writes anything; for the permission cases the command runs without the
# capabilities that let it (setpriv, from util-linux).
AS_USER = (
    ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps",
     "-dac_override,-dac_read_search"]
    if os.geteuid() == 0
    else []
)  # fmt: skip


def run(
    project: Path, *args: str, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [*(prefix or []), sys.executable, "-m", "factlint", *args]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    return tmp_path


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def replace_dir(path: Path) -> None:
    """A folder where a file should be."""
    path.unlink(missing_ok=True)
    path.mkdir()


def unreadable(path: Path) -> None:
    path.chmod(0)


def add_metric(project: Path, unit: str) -> None:
    metrics = project / "references" / "metrics.csv"
    with metrics.open("a", encoding="utf-8") as handle:
        handle.write(f"mass_metric,Mass of things,amount,{unit},mass of things,false\n")


def published(date: str) -> Callable[[Path], None]:
    def setup(project: Path) -> None:
        text = (project / "seeds" / "documents.csv").read_text(encoding="utf-8")
        write(project / "seeds" / "documents.csv", text.replace("2025-01-21", date))

    return setup


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Path], object]
    message: str  # what the one line says: the file, what is wrong, what to do
    status: int = 2
    as_user: bool = False
    args: tuple[str, ...] = ()


def _pyproject(body: str | bytes) -> Callable[[Path], object]:
    return lambda project: write(project / "pyproject.toml", body)


def _facts(cell: str) -> Callable[[Path], object]:
    row = f'big,bilateral_trade,CHN,RUS,2024,1,billion USD,"{cell}",https://e.org,2025-01-01,\n'
    header = "id,metric,subject,object,period,value,unit,source,url,retrieved,note\n"
    return lambda project: write(project / "references" / "facts" / "big.csv", header + row)


CASES = [
    # seeds/documents.csv
    Case(
        "metadata in Latin-1",
        lambda p: write(
            p / "seeds" / "documents.csv", METADATA.encode() + "x.txt,Café,,,\n".encode("latin-1")
        ),
        r"seeds/documents.csv:2:1: not UTF-8 \(got byte 0xe9\); save the file as CSV UTF-8",
    ),
    Case(
        "metadata a folder",
        lambda p: replace_dir(p / "seeds" / "documents.csv"),
        r"seeds/documents.csv: a folder, not a file; it must be a readable CSV file",
    ),
    Case(
        "metadata unreadable",
        lambda p: unreadable(p / "seeds" / "documents.csv"),
        r"seeds/documents.csv: cannot read: Permission denied; it must be a readable CSV file",
        as_user=True,
    ),
    Case(
        "metadata field over the csv limit",
        lambda p: write(
            p / "seeds" / "documents.csv", METADATA + 'x.txt,"' + "a" * CSV_LIMIT + "\n"
        ),
        r"seeds/documents.csv:\d+:1: field larger than field limit \(131072\) \(an unclosed "
        r"quote swallows the rows after it\); close the quote",
    ),
    Case(
        "published 9999-12-31",
        published("9999-12-31"),
        r"warning: seeds/documents.csv:2:5: published '9999-12-31' is out of range; write the "
        r"day the document was published, between 1000-01-01 and 2999-12-31; the document is "
        r"left out of this run",
        status=0,
    ),
    Case(
        "published 0001-01-01",
        published("0001-01-01"),
        r"warning: seeds/documents.csv:2:5: published '0001-01-01' is out of range",
        status=0,
    ),
    # the documents themselves
    Case(
        "one document in Latin-1 among two",
        lambda p: write(p / SEED, "Trade reached \xa3245 billion in 2024.\n".encode("latin-1")),
        r"warning: seeds/putin-xi-video-call.txt:1:15: not UTF-8 text \(byte 14\); save it as "
        r"UTF-8; the document is left out of this run",
        status=0,
    ),
    Case(
        "the only document in Latin-1",
        lambda p: write(p / SEED, b"Trade reached \xa3245 billion.\n"),
        r"seeds/putin-xi-video-call.txt:1:15: not UTF-8 text \(byte 14\); save it as UTF-8",
        args=(SEED,),
    ),
    Case(
        "one document unreadable",
        lambda p: unreadable(p / SEED),
        r"warning: seeds/putin-xi-video-call.txt: cannot read: Permission denied; make it a "
        r"readable document; the document is left out of this run",
        status=0,
        as_user=True,
    ),
    Case(
        "no such documents",
        lambda p: None,
        r"nowhere: no such file or folder; give a folder of documents, a document, or - for "
        r"standard input",
        args=("nowhere",),
    ),
    # configuration
    Case(
        "[tool.factlint] a string",
        _pyproject('[tool]\nfactlint = "strict"\n'),
        r"pyproject.toml:2:1: \[tool.factlint\] must be a table of settings \(got str 'strict'\); "
        r"write it as a \[tool.factlint\] section with lines like about = 0.05",
    ),
    Case(
        "[tool.factlint] a list",
        _pyproject("[tool]\nfactlint = [0.05]\n"),
        r"pyproject.toml:2:1: \[tool.factlint\] must be a table of settings \(got list \[0.05\]\)",
    ),
    Case(
        "[tool.factlint] an integer",
        _pyproject("[tool]\nfactlint = 5\n"),
        r"pyproject.toml:2:1: \[tool.factlint\] must be a table of settings \(got int 5\)",
    ),
    Case(
        "pyproject.toml in Latin-1",
        _pyproject("[tool.factlint]\n# réglages\nabout = 0.05\n".encode("latin-1")),
        r"pyproject.toml:2:1: not UTF-8 \(got byte 0xe9\); save it as UTF-8",
    ),
    Case(
        "pyproject.toml a folder",
        lambda p: replace_dir(p / "pyproject.toml"),
        r"pyproject.toml: a folder, not a file; make it a readable TOML file, or remove it",
    ),
    Case(
        "factlint.toml unreadable",
        lambda p: unreadable(write(p / "factlint.toml", "about = 0.05\n")),
        r"factlint.toml: cannot read it \(Permission denied\); make it a readable TOML file",
        as_user=True,
    ),
    # references
    Case(
        "a reference cell over the csv limit",
        _facts("a" * (CSV_LIMIT + 1)),
        r"references/facts/big.csv:2:1: row: field larger than field limit \(131072\) \(an "
        r"unclosed quote swallows the rows after it\)",
    ),
    Case(
        "a fact file unreadable",
        lambda p: unreadable(p / "references" / "facts" / "us-trade.csv"),
        r"references/facts/us-trade.csv:1:1: file: cannot read it \(Permission denied\); make "
        r"it a readable CSV file",
        as_user=True,
    ),
    Case(
        "a fact file a folder",
        lambda p: replace_dir(p / "references" / "facts" / "more.csv"),
        r"references/facts/more.csv:1:1: file: a folder, not a CSV file",
    ),
    Case(
        "a unit pint would evaluate",
        lambda p: add_metric(p, "10**10**10 meter"),
        r"references/metrics.csv:\d+:4: unit: unknown unit \(got '10\*\*10\*\*10 meter'\): "
        r"'10\*\*10\*\*10' is not part of a unit; write e.g. 'billion USD'",
    ),
    Case(
        "reviews.csv in Latin-1",
        lambda p: write(
            p / "claims" / "reviews.csv",
            "claim_id,action,fact_id,reason\nabc,ignore,,cité\n".encode("latin-1"),
        ),
        r"claims/reviews.csv:2:4: encoding: not UTF-8 \(got byte 0xe9\); save the file as CSV UTF-8",
    ),
    # writing
    Case(
        "reports/ read-only",
        lambda p: (p / "reports").mkdir(mode=0o555),
        r"reports: cannot write: Permission denied; make it writable, or write the outputs "
        r"elsewhere",
        as_user=True,
    ),
    Case(
        "claims/ read-only",
        lambda p: (p / "claims").mkdir(mode=0o555),
        r"claims: cannot write: Permission denied; make it writable",
        as_user=True,
    ),
    Case(
        "reports a file",
        lambda p: write(p / "reports", "not a folder\n"),
        r"reports: cannot create the folder: File exists; a file stands where the folder "
        r"should be",
    ),
    # the command line
    Case(
        "a Dask scheduler nobody runs",
        lambda p: None,
        r"--dask tcp://127.0.0.1:9: cannot reach the scheduler .*; check the address",
        args=("seeds", "--dask", "tcp://127.0.0.1:9"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gives_one_line_and_no_traceback(project: Path, case: Case) -> None:
    if case.as_user and AS_USER and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv to drop the capability to read anything")
    case.setup(project)
    done = run(
        project, "check", *(case.args or ("seeds",)), prefix=AS_USER if case.as_user else None
    )
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert done.returncode == case.status, output
    problems = [
        line for line in done.stderr.splitlines() if line.startswith(("error:", "warning:"))
    ]
    assert len(problems) == 1, done.stderr
    assert re.search(case.message, problems[0]), problems[0]


def _tables(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "claims").iterdir())}


def test_a_full_disk_gives_one_line_and_loses_nothing(project: Path) -> None:
    """reports/ on a file system of 16 KiB (a tmpfs in a user namespace of its own): the
    HTML report does not fit, the run stops, and the claim tables stay the last run's."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare to mount a small file system")
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available to mount a small file system")
    assert run(project, "check", "seeds").returncode == 0
    before = _tables(project)
    seed = project / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("$245 billion", "$254 billion"))
    (project / "reports").mkdir(exist_ok=True)
    command = (
        f"mount -t tmpfs -o size=16k tmpfs reports && exec {sys.executable} -m factlint check seeds"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", command], cwd=project, capture_output=True, text=True
    )
    assert "Traceback" not in done.stdout + done.stderr
    assert done.returncode == 2, done.stderr
    assert re.fullmatch(
        r"error: reports/report\.\w+: cannot write: No space left on device; free some space "
        r"on that disk, or write the outputs elsewhere\n",
        done.stderr,
    ), done.stderr
    assert _tables(project) == before
    assert not (project / "claims" / ".factlint-staging").exists()
