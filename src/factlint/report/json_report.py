"""report.json: the machine-readable report (schema in DESIGN.md)."""

from __future__ import annotations

import json
from typing import Any

from factlint.report.model import Report


def claim_entry(verdict: Any) -> dict[str, Any]:
    claim = verdict.claim
    fact = verdict.fact
    return {
        "id": claim.id,
        "doc": claim.doc,
        "line": claim.line,
        "column": claim.column,
        "text": claim.text,
        "sentence": claim.sentence,
        "kind": claim.kind,
        "value": claim.value,
        "unit": claim.unit,
        "lower": claim.lower,
        "upper": claim.upper,
        "comparator": claim.comparator,
        "period": claim.period,
        "entities": claim.entities,
        "metric": claim.metric,
        "source_hint": claim.source_hint,
        "verdict": verdict.verdict,
        "reason": verdict.reason,
        "severity": verdict.severity,
        "explanation": verdict.explanation,
        "fact": None
        if fact is None
        else {
            "id": fact.id,
            "value": fact.value,
            "unit": fact.unit,
            "source": fact.source,
            "url": fact.url,
            "retrieved": fact.retrieved,
        },
        "facts": [f.id for f in verdict.facts],
    }


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "summary": report.summary,
        "references_sha256": report.references_sha256,
        "claims": [claim_entry(v) for v in report.verdicts],
        "skipped": [
            {"doc": s.doc, "line": s.line, "column": s.column, "text": s.text, "reason": s.reason}
            for s in report.skipped
        ],
    }


def render(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"
