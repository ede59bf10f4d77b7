"""factlint's tables as pandas DataFrames, for a notebook.

    from factlint.frames import read_claim_tables, read_references
    claims = read_claim_tables("claims")           # every claim table, one frame
    refs = read_references("references")           # validated: entities, metrics, facts, fx
    refs["facts"].query("metric == 'exports'")
    factlint.check("docs", "references").to_frame()  # one row per verdict

pandas is imported here only, never on the command line's path, so that a check
starts without paying for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factlint.report.write import CLAIM_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from factlint.references import References
    from factlint.report.model import Report

VERDICT_COLUMNS = [
    "id", "doc", "line", "column", "page", "text", "kind", "value", "unit", "period",
    "entities", "metric", "verdict", "reason", "severity", "ignored", "fact", "source",
    "explanation",
]  # fmt: skip
# Claim-table columns read as text, whatever they look like: an id of digits stays
# "0123456789", a value column mixes numbers, dates and names.
_TEXT_COLUMNS = {
    "id", "doc", "text", "sentence", "kind", "value", "unit", "lower", "upper", "comparator",
    "period", "entities", "metric", "source_hint",
}  # fmt: skip


def verdicts_frame(report: Report) -> pd.DataFrame:
    """One row per claim, in reading order: where it is, what it says, its verdict and
    the fact it rests on. Ignored claims are kept, marked in ``ignored``."""
    import pandas as pd

    rows = []
    for verdict in report.verdicts:
        claim = verdict.claim
        rows.append(
            {
                "id": claim.id,
                "doc": claim.doc,
                "line": claim.line,
                "column": claim.column,
                "page": claim.page,
                "text": claim.text,
                "kind": str(claim.kind),
                "value": claim.value,
                "unit": str(claim.unit),
                "period": str(claim.period),
                "entities": list(claim.entities),
                "metric": claim.metric,
                "verdict": verdict.verdict,
                "reason": verdict.reason,
                "severity": verdict.severity,
                "ignored": verdict.ignored,
                "fact": verdict.fact.id if verdict.fact else None,
                "source": verdict.fact.source if verdict.fact else None,
                "explanation": verdict.explanation,
            }
        )
    frame = pd.DataFrame(rows, columns=VERDICT_COLUMNS)
    return frame.astype({"line": "int64", "column": "int64", "page": "Int64"})


def read_claim_tables(folder: Path | str = "claims") -> pd.DataFrame:
    """Every claim table under ``folder`` (``claims/<document>.csv``, reviews.csv left
    out) as one frame, in the order of the documents' paths."""
    import pandas as pd

    root = Path(folder)
    tables = sorted(p for p in root.rglob("*.csv") if p != root / "reviews.csv")
    frames = [
        pd.read_csv(
            path,
            dtype={column: "string" for column in _TEXT_COLUMNS},
            keep_default_na=False,
            encoding="utf-8",
        )
        for path in tables
    ]
    if not frames:
        return pd.DataFrame({column: [] for column in CLAIM_COLUMNS})
    frame = pd.concat(frames, ignore_index=True)
    for column in ("lower", "upper"):
        frame[f"{column}_number"] = pd.to_numeric(frame[column], errors="coerce")
    return frame


def references_frames(references: References) -> dict[str, pd.DataFrame]:
    """The loaded (validated) reference tables: ``entities``, ``metrics``, ``facts``
    (with the file and line each fact came from) and ``fx``."""
    import pandas as pd

    entities = pd.DataFrame(
        [e.model_dump() for e in references.entities.values()],
        columns=["id", "name", "kind", "aliases"],
    )
    metrics = pd.DataFrame(
        [m.model_dump() for m in references.metrics.values()],
        columns=["id", "description", "kind", "unit", "keywords", "symmetric"],
    )
    facts = pd.DataFrame(
        [{**f.model_dump(), "file": f.file, "line": f.line} for f in references.facts],
        columns=[
            "id", "metric", "subject", "object", "period", "value", "unit", "source", "url",
            "retrieved", "note", "primary", "file", "line",
        ],
    )  # fmt: skip
    facts["number"] = pd.to_numeric(facts["value"], errors="coerce")
    fx = pd.DataFrame(
        [r.model_dump() for r in references.fx],
        columns=["period", "base", "quote", "rate", "source", "url", "retrieved"],
    )
    return {"entities": entities, "metrics": metrics, "facts": facts, "fx": fx}


def read_references(folder: Path | str = "references") -> dict[str, pd.DataFrame]:
    """The reference dataset in ``folder``, validated as ``factlint refs validate`` does
    (a bad row raises ReferenceDataError with every problem), as DataFrames."""
    from factlint.references import load_references

    return references_frames(load_references(Path(folder)))
