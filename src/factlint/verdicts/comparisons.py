"""The words of a comparison between entities: what was claimed ("claimed ESP 'faster
than Italy'"), each period's two figures side by side ("2024: ESP 2.7 % (INE) above ITA
0.7 % (Istat), as claimed"), a multiple's ratio, and the label of a flag. Rendered from
the evidence; nothing here compares."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.compare.record import Comparison, Figure, Outcome, RelationCheck, Standing
from factlint.compare.tolerance import EPSILON
from factlint.intervals import number, rounded
from factlint.link.record import LinkRecord


def relation_claimed(claim: Claim) -> str:
    """ "claimed ESP 'faster than Italy' (gdp_growth)"."""
    relation = claim.relation
    if relation is None:
        return f"claimed {claim.text!r}"
    change = ", as changes" if relation.change else ""
    then = ", the order the other way the period before" if relation.overtook else ""
    return f"claimed {relation.subject} {relation.words!r} ({claim.metric}{change}{then})"


def _figure(figure: Figure, unit: str) -> str:
    """ "2.7 % (INE)", "+2.1% (derived from levels, INE)"."""
    if not figure.facts:
        return number(figure.value)
    fact = figure.facts[0]
    if figure.derived:
        sign = "+" if figure.value > 0 else ""
        return f"{sign}{rounded(figure.value)}% (derived from levels, {fact.source})"
    written = f"{number(float(fact.value))} {fact.unit or unit}".strip()
    if fact.unit and fact.unit != unit:
        written += f" = {rounded(figure.value)} {unit}"  # converted
    return f"{written} ({fact.source})"


def _stands(standing: Standing) -> str:
    a, b = standing.subject.value, standing.other.value
    tolerance = EPSILON * max(1.0, abs(a), abs(b))
    return "above" if a > b + tolerance else "below" if a < b - tolerance else "level with"


def standing_words(standing: Standing, unit: str, judged: bool = True) -> str:
    """ "2024: ESP 2.7 % (INE) above ITA 0.7 % (Istat), as claimed"; without the last
    words when the order is not what is judged (a multiple's ratio is)."""
    said = "above" if standing.order == ">" else "below"
    if not judged:
        verdict = ""
    elif standing.holds:
        verdict = "as claimed"
    elif standing.beyond:
        verdict = f"not {said} it beyond their rounding"
    else:
        verdict = f"not {said} it as published, within their rounding"
    return (
        f"{standing.period}: {standing.subject.entity} {_figure(standing.subject, unit)} "
        f"{_stands(standing)} {standing.other.entity} {_figure(standing.other, unit)}"
        + (f", {verdict}" if verdict else "")
    )


def _wanted(check: RelationCheck) -> str:
    low, high = check.wanted_low, check.wanted_high
    if high is None:
        return f"more than {number(low or 0.0)}"
    if low is None:
        return f"up to {number(high)}"
    return f"{rounded(low)}–{rounded(high)}"


def relation_words(
    claim: Claim, comparison: Comparison, verdict: str, reason: str | None, severity: str | None
) -> tuple[str, str]:
    """The body and label of the verdict on a comparison between entities."""
    check = comparison.relation
    head = relation_claimed(claim)
    if check is None:
        return head, verdict
    parts = [standing_words(s, check.unit, check.ratio is None) for s in check.standings]
    if check.ratio is not None:
        parts.append(
            f"ratio {rounded(check.ratio)} ({rounded(check.ratio_low)} to "
            f"{rounded(check.ratio_high)} with the figures' rounding), the wording allows "
            f"{_wanted(check)}"
        )
    if check.why:
        parts.append(check.why)
    body = "; ".join([head, *parts])
    if verdict != "flag":
        return body, verdict
    if reason == "ambiguous":
        return body, "flag (ambiguous, major, the sources of one side disagree on the order)"
    if check.ratio is not None:
        return body, (
            f"flag ({reason}, {severity}, {rounded(comparison.distance)} outside the ratio allowed)"
        )
    failing = next((s for s in check.standings if not s.holds), check.standings[0])
    said = "above" if failing.order == ">" else "below"
    return body, (
        f"flag ({reason}, {severity}, {failing.subject.entity} not {said} "
        f"{failing.other.entity} in {failing.period})"
    )


def relation_interval(claim: Claim) -> str:
    """What a comparison's wording allows: an order, or a ratio of the two figures."""
    if not isinstance(claim.value, float | int):
        return "the order of two entities' figures"
    words = {">": "more than ", ">=": "at least ", "<": "nearly ", "<=": "up to "}
    exact = " (± the policy's multiple)" if not claim.precision else " (with its rounding)"
    hedge = words.get(claim.comparator, "")
    return f"a ratio of {hedge}{number(float(claim.value))}" + ("" if hedge else exact)


def side_words(record: LinkRecord, fact_id: str, outcome: Outcome, claim: Claim) -> str:
    """Whose figure a compared fact is: "the subject's (DEU) for 2023", "the other's
    (JPN) for 2022, the period before"."""
    for side in record.pair:
        if any(f.id == fact_id for f in side.facts):
            when = f"for {side.period}" + (", the period before" if side.before else "")
            level = ", a level the change is derived from" if side.route == "levels" else ""
            scaled = outcome.value is not None and outcome.scaled
            value = f" = {number(outcome.value or 0.0)} {claim.unit}" if scaled else ""
            return f"the {side.role}'s figure ({side.entity}) {when}{level}{value}"
    return ""
