"""report.json: the machine-readable report (schema in DESIGN.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from factlint.claims.model import SkippedNumber
from factlint.report.model import Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
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


def skipped_entry(skipped: SkippedNumber) -> dict[str, Any]:
    return {
        "doc": skipped.doc,
        "line": skipped.line,
        "column": skipped.column,
        "text": skipped.text,
        "reason": skipped.reason,
    }


NAME = "report.json"
# "facts" is keyed: each document's facts by id, merged over the run and written once
# each, in id order.
SEPARATORS = {"claims": ",\n", "facts": ",\n", "skipped": ",\n"}
KEYED = frozenset({"facts"})


def document_parts(result: DocumentResult, run: RunInfo) -> dict[str, str]:
    facts: dict[str, Any] = {}
    claims = [claim_entry(v, facts) for v in result.verdicts]
    return {
        "claims": list_items(claims, depth=2),
        "facts": keyed_items({fact_id: facts[fact_id] for fact_id in sorted(facts)}, depth=2),
        "skipped": list_items([skipped_entry(s) for s in result.skipped], depth=2),
    }


def dumps(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _indented(value: object, depth: int) -> str:
    pad = "  " * depth
    return pad + dumps(value).replace("\n", "\n" + pad)


def list_items(items: list[dict[str, Any]], depth: int) -> str:
    """The items of a list that stands ``depth`` levels deep in the document, as
    ``json.dumps(..., indent=2)`` writes them there, without the brackets."""
    return ",\n".join(_indented(item, depth) for item in items)


def keyed_items(items: dict[str, Any], depth: int) -> str:
    """The members of an object ``depth`` levels deep, each as ``key NUL text``, NUL
    between members: a spool merges them by key (no JSON text holds a raw NUL)."""
    pad = "  " * depth
    return "\0".join(
        f"{key}\0{pad}{dumps(key)}: {dumps(value).replace(chr(10), chr(10) + pad)}"
        for key, value in items.items()
    )


def spliced(
    skeleton: dict[str, Any], lists: dict[str, list[Iterable[str]]], depth: int
) -> Iterator[str]:
    """``skeleton`` as JSON, with each placeholder value named in ``lists`` replaced by a
    list (or, for a name in KEYED, an object) whose items come, already written, from
    one or more sources (a section, then items known only at the end), a comma between
    two sources that have items."""
    text = dumps(skeleton)
    for name, sources in lists.items():
        before, _, text = text.partition(dumps(placeholder(name)))
        yield before
        opening, closing = ("{", "}") if name in KEYED else ("[", "]")
        opened = False
        for source in sources:
            chunks = iter(source)
            first = next(chunks, "")
            if not first:
                continue
            yield ",\n" if opened else opening + "\n"
            opened = True
            yield first
            yield from chunks
        yield ("\n" + "  " * (depth - 1) + closing) if opened else opening + closing
    yield text + "\n"


def placeholder(name: str) -> str:
    """A string no report can contain (a NUL), standing for a list spliced in later."""
    return f"\0{name}\0"


def assemble(totals: Totals, section: Section) -> Iterator[str]:
    skeleton = {
        "summary": totals.summary,
        "references_sha256": totals.run.references_sha256,
        "claims": placeholder("claims"),
        # Every fact a claim's evidence names, once, by id.
        "facts": placeholder("facts"),
        "skipped": placeholder("skipped"),
        # Ignored claims are not in the summary; stale reviews name a claim id that is in
        # none of the documents checked.
        "reviews": {
            "file": totals.run.reviews,
            "ignored": totals.count("ignored"),
            "stale": [{"claim_id": r.claim_id, **review_entry(r)} for r in totals.stale_reviews],
        },
    }
    lists = {name: [section(name)] for name in ("claims", "facts", "skipped")}
    return spliced(skeleton, lists, depth=2)


def render(report: Report) -> str:
    return render_report(sys.modules[__name__], report)
