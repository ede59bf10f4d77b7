"""Writing reports and claim tables to disk, atomically, byte-for-byte reproducibly."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from factlint.report import html, json_report, junit, markdown, sarif
from factlint.report.model import Report

CLAIM_COLUMNS = [
    "id", "doc", "line", "column", "text", "sentence", "kind", "value", "unit",
    "lower", "upper", "comparator", "period", "entities", "metric", "source_hint",
]  # fmt: skip
RENDERERS: dict[str, Callable[[Report], str]] = {
    "report.md": markdown.render,
    "report.html": html.render,
    "report.json": json_report.render,
    "junit.xml": junit.render,
    "report.sarif": sarif.render,
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


def write_reports(report: Report, folder: Path) -> list[Path]:
    written = []
    for name, render in RENDERERS.items():
        path = folder / name
        write_atomically(path, render(report))
        written.append(path)
    return written


def _cell(value: object) -> object:
    if isinstance(value, float):
        return f"{value:.10g}"
    return "" if value is None else value


def claim_table(report: Report, doc: str) -> pd.DataFrame:
    rows = []
    for verdict in report.verdicts:
        claim = verdict.claim
        if claim.doc != doc:
            continue
        row = claim.cells()
        row["entities"] = "|".join(claim.entities)
        rows.append({column: _cell(row[column]) for column in CLAIM_COLUMNS})
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def write_claim_tables(report: Report, folder: Path) -> list[Path]:
    """claims/<document stem>.csv for each document; reviews.csv is never touched."""
    written = []
    for document in report.documents:
        path = folder / f"{Path(document.path).stem}.csv"
        if path.name == "reviews.csv":
            continue
        table = claim_table(report, document.path)
        write_atomically(path, table.to_csv(index=False, lineterminator="\n"))
        written.append(path)
    return written
