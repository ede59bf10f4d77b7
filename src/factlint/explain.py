"""Why one claim got its verdict: the mention and the interval its wording allows, every
fact that could have confirmed it and why each did or did not match (metric, entities,
period, unit, source), and the arithmetic behind the verdict. All of it is read from the
verdict's evidence: explaining never links or compares again.

    explanation = factlint.explain("3f2a", "seeds", "references")  # an id or its start
    print(explanation.render())  # what `factlint explain 3f2a` prints
"""

from __future__ import annotations

import difflib
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from factlint.basis import said
from factlint.check import check
from factlint.claims.model import Claim
from factlint.config import Policy
from factlint.documents import Document, load_documents
from factlint.errors import FactlintError
from factlint.link.record import Status
from factlint.references import References, load_references
from factlint.references.fact_ref import FactRef
from factlint.verdicts.comparisons import relation_claimed, side_words
from factlint.verdicts.model import Verdict
from factlint.verdicts.records import reach_line
from factlint.verdicts.reviews import Reviews, load_reviews
from factlint.verdicts.words import about, describe_interval, outcome_words


class ClaimNotFoundError(ValueError, FactlintError):
    """No claim, or more than one, has the id (or id prefix) asked for."""


class Candidate(BaseModel):
    """One fact that could have confirmed the claim, and what became of it, in words."""

    model_config = ConfigDict(frozen=True)

    fact: FactRef
    metric: str
    status: Status
    why: list[str]  # for "no match": what does not fit; for "set aside": why not compared
    outcome: str = ""  # for "compared": the fact against the claim's interval


class Explanation(BaseModel):
    """Everything ``factlint explain`` prints about one claim."""

    model_config = ConfigDict(frozen=True)

    claim: Claim  # as assembled, before comparing chose among its metrics
    location: str
    interval: str
    verdict: Verdict
    candidates: list[Candidate]

    def render(self) -> str:
        return render(self)


def find_claim(claim_id: str, claims: list[Claim]) -> Claim:
    """The claim whose id is ``claim_id`` or starts with it; a friendly error otherwise."""
    wanted = claim_id.strip().lower()
    exact = [c for c in claims if c.id == wanted]
    matches = exact or [c for c in claims if wanted and c.id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listing = "; ".join(f"{c.id} ({c.text!r}, {c.doc}:{c.line}:{c.column})" for c in matches)
        raise ClaimNotFoundError(
            f"claim id {claim_id!r} is the start of {len(matches)} claims: {listing}; "
            "type more of the id"
        )
    close = _did_you_mean(wanted, claims)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise ClaimNotFoundError(
        f"no claim with id {claim_id!r} in {len({c.doc for c in claims})} document(s){hint} "
        "(ids are in claims/<document>.csv and every report)"
    )


def _did_you_mean(wanted: str, claims: list[Claim]) -> list[str]:
    """Claims whose text is what was typed, else ids that share the longest start with it
    (a typo near the end), else ids that look alike."""

    def named(claim: Claim) -> str:
        return f"{claim.id} ({claim.text!r} at {claim.doc}:{claim.line}:{claim.column})"

    by_text = [c for c in claims if c.text.casefold() == wanted.casefold()]
    if by_text:
        return [named(c) for c in by_text[:3]]

    def shared(claim: Claim) -> int:
        return next((i for i, (a, b) in enumerate(zip(wanted, claim.id, strict=False)) if a != b),
                    min(len(wanted), len(claim.id)))  # fmt: skip

    longest = max((shared(c) for c in claims), default=0)
    if longest >= 2:
        return [named(c) for c in claims if shared(c) == longest][:3]
    ids = difflib.get_close_matches(wanted, [c.id for c in claims], n=3, cutoff=0.6)
    return [named(c) for c in claims if c.id in ids]


def candidates(verdict: Verdict) -> list[Candidate]:
    """Every fact of the metrics linking tried, from the verdict's linking record, with
    the comparison's arithmetic for the compared ones; compared first."""
    record, comparison = verdict.evidence.link, verdict.evidence.comparison
    if record is None:
        return []
    outcomes = {o.fact.id: o for o in comparison.outcomes} if comparison else {}
    kept = set(comparison.kept) if comparison else set()
    superseded = comparison.superseded if comparison else None
    series = {f.id for f in record.series}
    found = []
    for candidate in record.candidates:
        status, why, words = candidate.status, [str(f) for f in candidate.findings], ""
        result = outcomes.get(candidate.fact.id)
        if status is Status.COMPARED and comparison is not None and comparison.error:
            words = f"cannot be compared: {comparison.error}"
        elif status is Status.COMPARED and result is not None:
            if result.fact.id not in kept:
                status, why = Status.SET_ASIDE, ["date: another fact's date is nearer the claim's"]
            elif record.pair:
                words = side_words(record, candidate.fact.id, result, verdict.claim)
            else:
                words = outcome_words(result, verdict.claim)
        elif superseded is not None and superseded.fact.id == candidate.fact.id:
            words = outcome_words(superseded, verdict.claim)  # the estimate it does hold
        if candidate.fact.id in series:
            why.append("series: an earlier period of the series the record is held against")
        found.append(Candidate(fact=candidate.fact, metric=candidate.metric, status=status,
                               why=why, outcome=words))  # fmt: skip
    metrics = list(dict.fromkeys([verdict.claim.metric, *record.tried, *(c.metric for c in found)]))
    order = [Status.COMPARED, Status.SET_ASIDE, Status.NO_MATCH]
    return sorted(found, key=lambda c: (order.index(c.status), metrics.index(c.metric), c.fact.id))


def explain(
    claim_id: str,
    documents: Path | str | list[Document],
    references: Path | str | References,
    policy: Policy | None = None,
    reviews: Path | str | Reviews | None = None,
) -> Explanation:
    """Explain the verdict on the claim whose id is (or starts with) ``claim_id``: the
    verdict ``check`` gives it (with the text's own consistency checks and the reviews),
    and every fact that could have confirmed it."""
    docs = documents if isinstance(documents, list) else load_documents(Path(documents))
    refs = references if isinstance(references, References) else load_references(Path(references))
    reviewed = (
        reviews
        if isinstance(reviews, Reviews)
        else load_reviews(Path(reviews), refs)
        if reviews is not None
        else Reviews()
    )
    report = check(docs, refs, policy or Policy(), reviewed)
    claim = find_claim(claim_id, [v.claim for v in report.verdicts])
    verdict = next(v for v in report.verdicts if v.claim.id == claim.id)
    document = next(d for d in report.documents if d.path == claim.doc)
    location = document.location or document.path
    return Explanation(
        claim=verdict.evidence.assembled or verdict.claim,
        location=f"{location}:{claim.line}:{claim.column}"
        + (f" (page {claim.page})" if claim.page is not None else ""),
        interval=describe_interval(verdict.claim),
        verdict=verdict,
        candidates=candidates(verdict),
    )


def reading_lines(claim: Claim) -> list[str]:
    """What the wording says of the number beyond its value: its terms, that it is an
    expectation, which estimate of a revised figure it quotes."""
    lines = []
    if claim.terms:
        lines.append(f"  terms: {said(claim.terms)}")
    if claim.expectation:
        lines.append(f"  an expectation ({claim.expectation}): compared with expectations only")
    if claim.estimate:
        which = "the first estimate" if claim.estimate == "first" else "an earlier estimate"
        lines.append(f"  quotes {which} of a revised figure")
    if claim.relation is not None:
        lines.append(f"  relation: {relation_claimed(claim).removeprefix('claimed ')}")
    if claim.reach is not None:
        lines.append(f"  record: {reach_line(claim)}")
    return lines


def _value(fact: FactRef) -> str:
    value = f"{fact.value:.10g}" if isinstance(fact.value, float) else str(fact.value)
    return f"{value} {fact.unit}".strip()


def render(explanation: Explanation) -> str:
    """The explanation as plain text, one fact a paragraph."""
    claim, verdict = explanation.claim, explanation.verdict
    lines = [
        f"claim {claim.id} at {explanation.location}: {claim.text!r}",
        f"  sentence: {claim.sentence}",
        f"  kind {claim.kind}, value {claim.value} {claim.unit}".rstrip()
        + f", comparator {claim.comparator}",
        f"  interval: {explanation.interval or 'exactly as written'}",
        f"  metric {verdict.claim.metric}"
        + (f" (alternatives: {', '.join(claim.alternatives)})" if claim.alternatives else "")
        + f"; entities {', '.join(claim.entities) or 'none'}"
        + (f" (subject {claim.subject})" if claim.subject else "")
        + (f" (object {claim.object})" if claim.object else "")
        + f"; period {verdict.claim.period or 'none'}"
        + ("" if claim.period_explicit else " (from the published date)"),
    ]
    if claim.source_hint:
        lines.append(f"  source named: {claim.source_hint}")
    lines.extend(f"  carried: {carried}" for carried in verdict.claim.carried)
    if verdict.evidence.link is not None and verdict.evidence.link.relaxed:
        lines.append(f"  {verdict.evidence.link.relaxed}")
    lines += reading_lines(claim)
    if verdict.review is not None:
        review = verdict.review
        what = "ignored" if review.action == "ignore" else f"pinned to {review.fact_id}"
        lines.append(f"  review: {what} {review.signed()}: {review.reason or 'no reason given'}")
    lines.append("")
    if not explanation.candidates and not verdict.claim.metric:
        lines.append("candidate facts: none; the claim is checked against the text itself")
    elif not explanation.candidates:
        lines.append("candidate facts: none of the metrics above has any fact")
    for status in (Status.COMPARED, Status.SET_ASIDE, Status.NO_MATCH):
        group = [c for c in explanation.candidates if c.status is status]
        if not group:
            continue
        lines.append(f"{status} ({len(group)}):")
        for candidate in group:
            fact = candidate.fact
            lines.append(
                f"  {fact.id} [{candidate.metric}] {_value(fact)}, period {fact.period}, "
                f"{fact.source}{about(fact)}"
            )
            if candidate.outcome:
                lines.append(f"    {candidate.outcome}")
            lines.extend(f"    {why}" for why in candidate.why)
    details = ", ".join(d for d in (verdict.reason, verdict.severity) if d)
    label = verdict.verdict + (f" ({details})" if details else "")
    lines += ["", f"verdict: {label}", f"  {verdict.explanation}"]
    return "\n".join(lines) + "\n"
