"""report.sarif: flagged and unverified claims as SARIF 2.1.0, for code-scanning views.

Passes are left out: SARIF lists problems, and a pass is not one. Each flag reason is its
own rule so a reviewer can filter or dismiss by kind; a major flag is an error, a minor
one (a rounding slip) a warning, an unverified claim a note. Columns count Unicode code
points, as claim columns do, which the run declares in ``columnKind``.

A claim an analyst ignored in claims/reviews.csv is still a result, carrying an external
suppression with the review's reason, so code-scanning views show it as dismissed. A
review whose claim is gone is a warning on its row of the reviews file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from factlint.about import HOMEPAGE, version
from factlint.report._format import fact_value, stale_summary
from factlint.report._json import list_items, placeholder, spliced
from factlint.report.model import Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
from factlint.report.rules import RULE_INDEX, RULES, plain, rule_for
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# The claim id depends on the document, the sentence and the mention, never on the line,
# so a flag keeps its identity (and its dismissal) when lines above it move.
FINGERPRINT = "factlintClaimId/v1"


def rule_id(reason: str) -> str:
    return rule_for(reason).id


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule.id,
            "name": rule.reason,
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": plain(rule.description)},
            "help": {"text": rule.help_text, "markdown": rule.help_markdown},
            "helpUri": rule.help_uri,
            "defaultConfiguration": {"level": rule.level},
        }
        for rule in RULES
    ]


def level(verdict: Verdict) -> str:
    """A minor flag is a slip in the last digit, worth a warning; anything else that
    contradicts the reference is an error; no evidence either way is a note."""
    if verdict.verdict == "unverified":
        return "note"
    return "warning" if verdict.severity == "minor" else "error"


def region(verdict: Verdict) -> dict[str, Any]:
    """Where the claim sits; the end is exclusive, as SARIF counts it."""
    claim = verdict.claim
    lines = claim.text.split("\n")
    end_line = claim.line + len(lines) - 1
    end_column = claim.column + len(lines[0]) if len(lines) == 1 else len(lines[-1]) + 1
    return {
        "startLine": claim.line,
        "startColumn": claim.column,
        "endLine": end_line,
        "endColumn": end_column,
        "snippet": {"text": claim.text},
    }


def artifact_uri(doc: str) -> str:
    """The document path as given, as a relative URI reference."""
    return quote(doc.replace("\\", "/"), safe="/")


def _properties(verdict: Verdict) -> dict[str, Any]:
    claim = verdict.claim
    properties: dict[str, Any] = {
        "verdict": verdict.verdict,
        "reason": verdict.reason,
        "severity": verdict.severity,
        "claim": {
            "id": claim.id,
            "text": claim.text,
            "sentence": claim.sentence,
            "metric": claim.metric,
            "period": str(claim.period or ""),
            "entities": claim.entities,
        },
    }
    fact = verdict.fact
    if fact:
        properties["fact"] = {
            "id": fact.id,
            "value": fact_value(fact),
            "source": fact.source,
            "url": fact.url,
            "retrieved": fact.retrieved,
        }
    return properties


def _suppressions(verdict: Verdict) -> dict[str, Any]:
    review = verdict.review
    if review is None or not verdict.ignored:
        return {}
    suppression: dict[str, Any] = {
        "kind": "external",
        "status": "accepted",
        "justification": review.reason,
        "location": {
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(review.file)},
                "region": {"startLine": review.line},
            }
        },
    }
    return {"suppressions": [suppression]}


def result(verdict: Verdict, location: str = "") -> dict[str, Any]:
    reason = "unverified" if verdict.verdict == "unverified" else (verdict.reason or "value")
    return {
        "ruleId": rule_id(reason),
        "ruleIndex": RULE_INDEX[reason],
        "level": level(verdict),
        "message": {"text": verdict.explanation},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(location or verdict.claim.doc)},
                    "region": region(verdict),
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT: verdict.claim.id},
        **_suppressions(verdict),
        "properties": _properties(verdict),
    }


def stale_result(review: Review) -> dict[str, Any]:
    return {
        "ruleId": rule_id("stale-review"),
        "ruleIndex": RULE_INDEX["stale-review"],
        "level": "warning",
        "message": {"text": stale_summary(review)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(review.file)},
                    "region": {"startLine": review.line, "startColumn": 1},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT: f"review:{review.claim_id}"},
    }


NAME = "report.sarif"
SEPARATORS = {"results": ",\n"}
_RESULTS_DEPTH = 4  # {"runs": [{"results": [ ... ]}]}


def document_parts(document: DocumentResult, run: RunInfo) -> dict[str, str]:
    """A result for each flagged or unverified claim; passes are not problems."""
    location = document.info.location if document.info else ""
    results = [result(v, location) for v in document.verdicts if v.verdict != "pass"]
    return {"results": list_items(results, _RESULTS_DEPTH)}


def assemble(totals: Totals, section: Section) -> Iterator[str]:
    skeleton = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factlint",
                        "version": version(),
                        "semanticVersion": version(),
                        "informationUri": HOMEPAGE,
                        "rules": _rules(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": placeholder("results"),
                "properties": {
                    "references_sha256": totals.run.references_sha256,
                    "summary": totals.summary,
                },
            }
        ],
    }
    stale = list_items([stale_result(r) for r in totals.stale_reviews], _RESULTS_DEPTH)
    return spliced(skeleton, {"results": [section("results"), [stale]]}, _RESULTS_DEPTH)


def render(report: Report) -> str:
    return render_report(sys.modules[__name__], report)
