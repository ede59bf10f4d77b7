"""Draft rows for what a record or a comparison between entities lacks, read from its
evidence: each period a record reaches over that is not on file (and the period it is
counted from), each entity's figure a comparison could not find. One claim may need
several rows."""

from __future__ import annotations

import re
from typing import Any

from factlint.references import References
from factlint.references.load import FACT_COLUMNS
from factlint.todo.claims import OpenClaim
from factlint.todo.missing import Missing


def _row(metric: str, subject: str, obj: str, period: str, unit: str) -> dict[str, str]:
    row = dict.fromkeys(FACT_COLUMNS, "")
    identity = "-".join(p for p in (metric, subject, obj, period) if p).lower()
    row.update(
        id=re.sub(r"[^a-z0-9_.-]+", "-", identity).strip("-"), metric=metric, subject=subject,
        object=obj, period=period, unit=unit,
    )  # fmt: skip
    return row


def series_drafts(claim: OpenClaim, references: References) -> list[tuple[Missing, dict[str, str]]]:
    """The rows a record with gaps in its series, or a comparison missing a side, needs;
    [] for any other claim."""
    link: dict[str, Any] = claim.evidence.get("link") or {}
    comparison: dict[str, Any] = claim.evidence.get("comparison") or {}
    metric = references.metrics.get(str(link.get("metric") or claim.metric))
    unit = metric.unit if metric else claim.unit
    sides = [s for s in link.get("pair", []) if s.get("looked_for")]
    if sides:
        return [
            (
                Missing.SIDE,
                _row(claim.metric, s["entity"], "", s.get("period") or claim.period, unit),
            )
            for s in sides
        ]
    record = comparison.get("record") or {}
    compared = [c for c in link.get("candidates", []) if c.get("status") == "compared"]
    if not record or not compared or metric is None:
        return []
    held = compared[0]["fact"]
    periods = list(record.get("missing", []))
    since = str(record.get("since", ""))
    if since and record.get("reach") == f"since {since}" and not record.get("anchor"):
        periods.insert(0, since)  # the period the record is counted from
    wanted = unit if not record.get("derived") else held.get("unit", unit)
    return [
        (Missing.SERIES, _row(metric.id, held["subject"], held.get("object", ""), p, wanted))
        for p in periods
    ]
