"""Writing reports and claim tables to disk, atomically, byte-for-byte reproducibly."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath

from factlint.config import Publisher
from factlint.report import claimreview, html, json_report, junit, markdown, sarif
from factlint.report.model import Report
from factlint.verdicts.model import Verdict

CLAIM_COLUMNS = [
    "id", "doc", "line", "column", "text", "sentence", "kind", "value", "unit",
    "lower", "upper", "comparator", "period", "entities", "metric", "source_hint", "carried",
]  # fmt: skip
# Each format's file; ClaimReview is written only on request, since publishing reviews
# is a decision (and needs to know who publishes them).
FILES = {
    "md": "report.md",
    "html": "report.html",
    "json": "report.json",
    "junit": "junit.xml",
    "sarif": "report.sarif",
    "claimreview": "claimreview.jsonld",
}
DEFAULT_FORMATS = ("md", "html", "json", "junit", "sarif")
RENDERERS: dict[str, Callable[[Report], str]] = {
    "html": html.render,
    "json": json_report.render,
    "junit": junit.render,
    "sarif": sarif.render,
}


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename, so a reader never sees
    half a file and a failure leaves the old one intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets what the umask allows."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_reports(
    report: Report,
    folder: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    notes: Sequence[str] = (),
    publisher: Publisher | None = None,
) -> list[Path]:
    """Write each format asked for (``FILES``' keys) into ``folder``. ``notes`` go under
    report.md's headline; ``publisher`` signs the ClaimReview records and is needed for
    them."""
    written = []
    for name in formats:
        path = folder / FILES[name]
        if name == "md":
            text = markdown.render(report, notes)
        elif name == "claimreview":
            if publisher is None:
                raise ValueError("ClaimReview records need a publisher (config.load_publisher)")
            text = claimreview.render(report, publisher)
        else:
            text = RENDERERS[name](report)
        write_atomically(path, text)
        written.append(path)
    return written


def _cell(value: object) -> object:
    if isinstance(value, float):
        return f"{value:.10g}"
    return "" if value is None else value


def claim_rows(verdicts: list[Verdict]) -> list[list[object]]:
    """The claim table's rows for these verdicts, in CLAIM_COLUMNS order."""
    rows = []
    for verdict in verdicts:
        claim = verdict.claim
        row = claim.cells()
        row["entities"] = "|".join(claim.entities)
        row["carried"] = "; ".join(str(c) for c in claim.carried)
        rows.append([_cell(row[column]) for column in CLAIM_COLUMNS])
    return rows


def claim_table_text(verdicts: list[Verdict]) -> str:
    """A claim table as CSV: a header line, then one line per claim."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    writer.writerows(claim_rows(verdicts))
    return buffer.getvalue()


def claim_table_path(folder: Path, doc: str) -> Path:
    """``claims/<document path>.csv``: the document's path relative to its folder, with
    its extension, so that ``a.md`` and ``a.html``, or ``x/a.txt`` and ``y/a.txt``, keep
    tables of their own, and none is ever named ``reviews.csv``."""
    return folder.joinpath(*PurePosixPath(f"{doc}.csv").parts)


def write_claim_tables(report: Report, folder: Path) -> list[Path]:
    """claims/<document path>.csv for each document; reviews.csv is never touched."""
    by_document: dict[str, list[Verdict]] = {d.path: [] for d in report.documents}
    for verdict in report.verdicts:
        by_document.setdefault(verdict.claim.doc, []).append(verdict)
    written = []
    for document in report.documents:
        path = claim_table_path(folder, document.path)
        write_atomically(path, claim_table_text(by_document[document.path]))
        written.append(path)
    return written
