"""The words of an explanation: numbers without float noise, the interval a claim's
wording allows, and the evidence a fact gives."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.references.models import Fact


def number(value: float) -> str:
    """A number without float noise: 0.3, not 0.30000000000000004."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"


def rounded(value: float, digits: int = 4) -> str:
    """A derived number to ``digits`` significant figures: 1.958, not 1.957517."""
    return number(float(f"{value:.{digits}g}"))


def describe_interval(claim: Claim) -> str:
    low, high = claim.lower, claim.upper
    if claim.kind in ("rank", "ordinal"):
        return f"rank {low} to {high}" if claim.comparator == "<=" else ""
    if claim.kind in ("date", "period"):
        if high is None:
            return f"{low} onwards"
        return "" if low == high else f"{low} to {high}"
    if claim.kind == "text":
        return "by name or alias"
    if not isinstance(low, float | int | None) or not isinstance(high, float | int | None):
        return ""
    if high is None:
        word = "more than" if claim.comparator == ">" else "at least"
        return f"{word} {number(float(low or 0))}"
    if low is None:
        word = "less than" if claim.comparator == "<" else "up to"
        return f"{word} {number(float(high))}"
    label = {"~": "about", "<": "nearly", "=": "rounded"}.get(claim.comparator, "interval")
    precision = claim.precision or 0.0
    if claim.comparator == "=" and float(high) - float(low) > precision * 1.5:
        label = "range"
    return f"{label}: {number(float(low))}–{number(float(high))}"


def claimed(claim: Claim) -> str:
    """ "claimed 12.4 billion USD (rounded: 12.35–12.45)"."""
    what = (
        f"{number(claim.value)} {claim.unit}".strip()
        if isinstance(claim.value, float)
        else str(claim.value)
    )
    interval = describe_interval(claim)
    if interval.startswith("range"):
        what = claim.text
    if claim.kind in ("rank", "ordinal"):
        what = f"{claim.kind} {claim.value}"
    return f"claimed {what}" + (f" ({interval})" if interval else "")


def evidence(fact: Fact, shown: str) -> str:
    return f"fact {shown}, {fact.source}, retrieved {fact.retrieved.isoformat()}"
