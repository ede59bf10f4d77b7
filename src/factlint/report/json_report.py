"""report.json: the machine-readable report (schema in DESIGN.md)."""

from __future__ import annotations

import json
from typing import Any

from factlint.report.model import Report
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review


def review_entry(review: Review) -> dict[str, Any]:
    return {
        "action": review.action,
        "fact_id": review.fact_id or None,
        "reason": review.reason,
        "reviewer": review.reviewer,
        "date": review.date.isoformat() if review.date else None,
        "file": review.file,
        "line": review.line,
    }


def claim_entry(verdict: Verdict, facts: dict[str, Any] | None = None) -> dict[str, Any]:
    claim = verdict.claim
    cells = claim.cells()
    fact = verdict.fact
    return {
        "id": claim.id,
        "doc": claim.doc,
        "line": claim.line,
        "column": claim.column,
        "text": claim.text,
        "sentence": claim.sentence,
        "kind": cells["kind"],
        "value": cells["value"],
        "unit": cells["unit"],
        "lower": cells["lower"],
        "upper": cells["upper"],
        "comparator": claim.comparator,
        "period": cells["period"],
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
        "review": None if verdict.review is None else review_entry(verdict.review),
        # Why, as data: every candidate fact with its findings, and the arithmetic.
        "evidence": evidence_entry(verdict, {} if facts is None else facts),
    }


def _by_id(value: Any, facts: dict[str, Any]) -> Any:
    """``value`` with each fact in it (a dict with ``id``, ``source`` and ``retrieved``)
    replaced by its id, and the fact kept in ``facts``: the report lists each once."""
    if isinstance(value, dict):
        if "id" in value and "source" in value and "retrieved" in value:
            facts[value["id"]] = value
            return value["id"]
        return {key: _by_id(item, facts) for key, item in value.items()}
    if isinstance(value, list):
        return [_by_id(item, facts) for item in value]
    return value


def evidence_entry(verdict: Verdict, facts: dict[str, Any]) -> dict[str, Any]:
    """The verdict's evidence as data, its facts by id (collected in ``facts``)."""
    entry: dict[str, Any] = _by_id(
        verdict.evidence.model_dump(mode="json", exclude_defaults=True), facts
    )
    return entry


def to_dict(report: Report) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    claims = [claim_entry(v, facts) for v in report.verdicts]
    return {
        "summary": report.summary,
        "references_sha256": report.references_sha256,
        "claims": claims,
        # Every fact a claim's evidence names, once, by id.
        "facts": {fact_id: facts[fact_id] for fact_id in sorted(facts)},
        "skipped": [
            {"doc": s.doc, "line": s.line, "column": s.column, "text": s.text, "reason": s.reason}
            for s in report.skipped
        ],
        # Ignored claims are not in the summary; stale reviews name a claim id that is in
        # none of the documents checked.
        "reviews": {
            "file": report.reviews,
            "ignored": len(report.ignored),
            "stale": [{"claim_id": r.claim_id, **review_entry(r)} for r in report.stale_reviews],
        },
    }


def render(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"
