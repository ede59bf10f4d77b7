"""Writing reports and claim tables to disk, atomically, byte-for-byte reproducibly."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from factlint.config import Publisher
from factlint.outputs import OutputSet
from factlint.report import claimreview, html, json_report, junit, markdown, sarif
from factlint.report.model import Report
from factlint.report.parts import Renderer, build_report, results_of
from factlint.verdicts.model import Verdict

CLAIM_COLUMNS = [
    "id", "doc", "line", "column", "text", "sentence", "kind", "value", "unit",
    "lower", "upper", "comparator", "period", "entities", "metric", "source_hint", "carried",
]  # fmt: skip
# Each format by the name --format and the settings know it. ClaimReview is written
# only on request, since publishing reviews is a decision (and needs to know who
# publishes them).
FORMATS: dict[str, Renderer] = {
    "md": markdown,
    "html": html,
    "json": json_report,
    "junit": junit,
    "sarif": sarif,
    "claimreview": claimreview,
}
FILES = {name: renderer.NAME for name, renderer in FORMATS.items()}
DEFAULT_FORMATS = ("md", "html", "json", "junit", "sarif")


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
    """Write each format asked for (``FORMATS``' keys) into ``folder``, all replaced at
    once (``factlint.outputs``). ``notes`` go under report.md's headline; ``publisher``
    signs the ClaimReview records and is needed for them."""
    if "claimreview" in formats and publisher is None:
        raise ValueError("ClaimReview records need a publisher (config.publisher_of)")
    with OutputSet({"reports": folder}) as outputs:
        for name in formats:
            renderer = FORMATS[name]
            builder, totals = build_report(renderer, report, publisher, notes)
            outputs.write("reports", renderer.NAME, builder.chunks(totals))
        outputs.commit()
    return [folder / FORMATS[name].NAME for name in formats]


# A cell a spreadsheet would read as a formula starts with one of these; a sentence
# copied from a document may ("=cmd|' /C calc'!A0", "-2+3"), and the comparator column
# holds "=".
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def spreadsheet_cell(value: object) -> str:
    """A claim table cell: numbers as numbers (negative ones too), and text a
    spreadsheet could run as a formula made inert by a leading apostrophe, which
    spreadsheets show as text and do not display."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, int):
        return str(value)
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def claim_rows(verdicts: Iterable[Verdict]) -> list[list[str]]:
    """The claim table's rows for these verdicts, in CLAIM_COLUMNS order."""
    rows = []
    for verdict in verdicts:
        claim = verdict.claim
        row = claim.cells()
        row["entities"] = "|".join(claim.entities)
        row["carried"] = "; ".join(str(c) for c in claim.carried)
        rows.append([spreadsheet_cell(row[column]) for column in CLAIM_COLUMNS])
    return rows


def claim_table_text(verdicts: Iterable[Verdict]) -> str:
    """A claim table as CSV: a header line, then one line per claim."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    writer.writerows(claim_rows(verdicts))
    return buffer.getvalue()


def claim_table_name(doc: str) -> str:
    """``<document path>.csv``, the table's name in claims/: the document's path
    relative to its folder, with its extension, so that ``a.md`` and ``a.html``, or
    ``x/a.txt`` and ``y/a.txt``, keep tables of their own, and none is ever named
    ``reviews.csv``."""
    return PurePosixPath(f"{doc}.csv").as_posix()


def claim_table_path(folder: Path, doc: str) -> Path:
    return folder.joinpath(*PurePosixPath(claim_table_name(doc)).parts)


def write_claim_tables(report: Report, folder: Path) -> list[Path]:
    """claims/<document path>.csv for each document, all replaced at once; reviews.csv
    is never touched."""
    tables = {
        claim_table_name(result.path): claim_table_text(result.verdicts)
        for result in results_of(report)
        if result.info is not None
    }
    with OutputSet({"claims": folder}) as outputs:
        for name, text in tables.items():
            outputs.write("claims", name, [text])
        outputs.commit()
    return [claim_table_path(folder, name.removesuffix(".csv")) for name in tables]
