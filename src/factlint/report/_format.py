"""Small pieces every renderer needs, kept in one place so that the Markdown, HTML,
JUnit and SARIF reports order claims, name places and describe evidence the same way."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.claims.model import Claim, SkippedNumber
from factlint.verdicts.model import FactRef, Verdict
from factlint.verdicts.reviews import Review

# Worst first: a reader of any report should meet what needs fixing before what passed.
VERDICTS = ("flag", "unverified", "pass")
VERDICT_TITLES = {"flag": "Flagged", "unverified": "Unverified", "pass": "Passed"}
SHORT_SHA = 12


def location(doc: str, line: int, column: int, page: int | None = None) -> str:
    """``doc:line:column``, the form editors and CI logs turn into a link; in a document
    with pages, the line is the paragraph on the page named after it."""
    return f"{doc}:{line}:{column}" + (f" (page {page})" if page is not None else "")


def claim_location(claim: Claim) -> str:
    return location(claim.doc, claim.line, claim.column, claim.page)


def skipped_location(skipped: SkippedNumber) -> str:
    return location(skipped.doc, skipped.line, skipped.column, skipped.page)


def review_summary(review: Review) -> str:
    """``ignored by review (A. Analyst, 2025-01-20): a quoted forecast``."""
    done = "ignored" if review.action == "ignore" else f"pinned to {review.fact_id}"
    return f"{done} {review.signed()}" + (f": {review.reason}" if review.reason else "")


STALE_HINT = (
    "no claim with this id in the documents checked: its sentence may have changed; "
    "take the new id from claims/<document>.csv, or delete the row"
)


def stale_summary(review: Review) -> str:
    """One line for a review whose claim is gone: where it is and how to mend it."""
    return (
        f"{review.where}: stale review of claim {review.claim_id} ({review.action}): {STALE_HINT}"
    )


def format_value(value: float | int | str) -> str:
    """A fact's value as an analyst typed it: no trailing ``.0``, no exponent."""
    if isinstance(value, float):
        return f"{value:.10g}" if not value.is_integer() else str(int(value))
    return str(value)


def fact_value(fact: FactRef) -> str:
    """``12.3 billion USD``, but ``rank 3``: a rank's unit reads before its number."""
    if fact.unit in ("rank", "ordinal"):
        return f"{fact.unit} {format_value(fact.value)}"
    return f"{format_value(fact.value)} {fact.unit}".strip()


def fact_summary(fact: FactRef) -> str:
    """One line: which fact, its value, who says so and when it was looked up."""
    return f"{fact.id}: {fact_value(fact)}, {fact.source}, retrieved {fact.retrieved}"


def verdict_label(verdict: Verdict) -> str:
    """``flag (value, major)``, ``unverified`` or ``pass``: the verdict and its why."""
    details: list[str] = [part for part in (verdict.reason, verdict.severity) if part]
    if verdict.ignored:
        details.append("ignored by review")
    return f"{verdict.verdict} ({', '.join(details)})" if details else verdict.verdict


def is_web_link(url: str) -> bool:
    """Only http(s) sources become links, so reference data cannot smuggle in a
    ``javascript:`` URL."""
    return url.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def claim_span(claim: Claim, text: str) -> Span | None:
    """The claim's characters in its document's text, or None when the offsets do not
    point at the claim's text (a Report built by hand, or text changed since)."""
    if 0 <= claim.start <= claim.end <= len(text) and text[claim.start : claim.end] == claim.text:
        return Span(claim.start, claim.end)
    return None


def skipped_span(skipped: SkippedNumber, text: str, starts: list[int]) -> Span | None:
    """Where a skipped number sits: its offsets when it has them, else its line and
    column in the text; ``starts`` is ``line_starts(text)``, computed once per document."""
    if 0 <= skipped.start <= skipped.end <= len(text) and (
        text[skipped.start : skipped.end] == skipped.text
    ):
        return Span(skipped.start, skipped.end)
    if not 1 <= skipped.line <= len(starts) or skipped.column < 1:
        return None
    start = starts[skipped.line - 1] + skipped.column - 1
    end = start + len(skipped.text)
    return Span(start, end) if text[start:end] == skipped.text else None


def line_starts(text: str) -> list[int]:
    """Offsets where each line begins, counting lines the way claims do (on ``\\n``)."""
    starts = [0]
    starts.extend(index + 1 for index, char in enumerate(text) if char == "\n")
    return starts
