"""Why one claim got its verdict: the mention and the interval its wording allows, every
fact that could have confirmed it and why each did or did not match (metric, entities,
period, unit, source), and the arithmetic behind the verdict.

    explanation = factlint.explain("3f2a", "seeds", "references")  # an id or its start
    print(explanation.render())  # what `factlint explain 3f2a` prints
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factlint.check import check
from factlint.claims.assemble import assemble
from factlint.claims.model import Claim
from factlint.claims.sentence import COMPATIBLE
from factlint.compare.fx import FxError
from factlint.compare.judge import describe_interval, outcome
from factlint.config import Policy
from factlint.documents import Document, load_documents
from factlint.errors import FactlintError
from factlint.link.choose import link_claim
from factlint.link.screen import screen
from factlint.link.sources import hinted, preferred, same_thing
from factlint.references import References, load_references
from factlint.references.models import Fact
from factlint.units import UnitError
from factlint.verdicts.model import FactRef, Verdict
from factlint.verdicts.reviews import Reviews, load_reviews

Status = Literal["compared", "set aside", "no match"]


class ClaimNotFoundError(ValueError, FactlintError):
    """No claim, or more than one, has the id (or id prefix) asked for."""


class Candidate(BaseModel):
    """One fact that could have confirmed the claim, and what became of it."""

    model_config = ConfigDict(frozen=True)

    fact: FactRef
    metric: str
    status: Status
    why: list[str]  # for "no match": what does not fit; for "set aside": why not compared
    outcome: str = ""  # for "compared": the fact against the claim's interval


class Explanation(BaseModel):
    """Everything ``factlint explain`` prints about one claim."""

    model_config = ConfigDict(frozen=True)

    claim: Claim
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


def _setting_aside(
    claim: Claim, fact: Fact, linked: list[Fact], references: References
) -> list[str]:
    """Why a fact that fits the claim is not one the verdict rests on."""
    if fact not in linked:
        if not claim.period_explicit and linked:
            periods = ", ".join(sorted({f.period for f in linked}))
            return [
                f"period: the wording names no period, so the latest known by "
                f"{claim.period} is used ({periods})"
            ]
        return ["a fact naming both parties fits better"]
    if fact not in same_thing(claim, linked, references):
        return ["about something else: another pair of entities or a coarser period"]
    chosen = preferred(claim, same_thing(claim, linked, references), references)
    if chosen and (claim.source_hint or claim.source_entities):
        named = hinted(claim, sorted({f.source for f in linked}), references)
        if named and fact.source not in named:
            return [f"source: the claim cites {claim.source_hint}; this is {fact.source}"]
    if any(f.primary for f in chosen) and not fact.primary:
        return ["source: another row of the same fact is marked primary"]
    if fact.unit and chosen and chosen[0].unit != fact.unit:
        return [f"unit: a fact in the claim's own currency is used ({chosen[0].unit})"]
    if references.metrics[claim.metric].kind == "date":
        return ["date: another fact's date is nearer the claim's"]
    return ["not among the facts compared"]


def _comparable(claim: Claim, metric_id: str, references: References) -> bool:
    metric = references.metrics.get(metric_id)
    return metric is not None and metric.kind in COMPATIBLE.get(claim.kind, (metric.kind,))


def _metric_of(fact: FactRef, references: References) -> str:
    return next((f.metric for f in references.facts if f.id == fact.id), "")


def _outcome_words(claim: Claim, fact: Fact, references: References, policy: Policy) -> str:
    try:
        result = outcome(claim, fact, references, policy)
    except (FxError, UnitError) as ex:
        return f"cannot be compared: {ex}"
    interval = describe_interval(claim) or f"claimed {claim.value}"
    if result.holds:
        return f"{result.shown} lies within {interval} → holds"
    unit = "days" if references.metrics[fact.metric].kind == "date" else claim.unit or "units"
    far = f", {result.distance:.10g} {unit} outside" if result.distance else ""
    return f"{result.shown} is outside {interval}{far} → contradicts"


def _judged(
    verdict: Verdict,
    claim: Claim,
    fact: Fact,
    linked: list[Fact],
    levels: list[str],
    references: References,
    policy: Policy,
) -> tuple[Status, list[str], str]:
    """What became of one fact of the claim's metrics (``claim`` carries that metric):
    its status, why, and for a compared fact the arithmetic."""
    screening = screen(claim, fact, references)
    pinned = verdict.review.fact_id if verdict.review and verdict.review.action == "link" else ""
    if fact.id in levels:
        return "compared", ["a level the change is derived from"], ""
    if levels and screening.mismatches and all(m.startswith("unit:") for m in screening.mismatches):
        return "set aside", ["a level, but the change is derived from the levels above"], ""
    if fact.id in {f.id for f in verdict.facts}:
        why = [f"pinned by review, despite: {m}" for m in screening.mismatches]
        if fact.id == pinned and not why:
            why = ["pinned by review"]
        return "compared", why, _outcome_words(claim, fact, references, policy)
    if not screening.fits:
        return "no match", list(screening.mismatches), ""
    if pinned:
        return "set aside", ["a review pins the claim to another fact"], ""
    return "set aside", _setting_aside(claim, fact, linked, references), ""


def _candidates(
    verdict: Verdict, original: Claim, references: References, policy: Policy
) -> list[Candidate]:
    """Every fact of the claim's metric, of the metrics whose keywords stood as near, and
    of the facts the verdict rests on; the compared ones first."""
    claim = verdict.claim
    used = [_metric_of(f, references) for f in verdict.facts]
    metrics = list(dict.fromkeys([claim.metric, original.metric, *original.alternatives, *used]))
    # A change derived from two levels rests on facts of another kind than the claim.
    levels = [
        f.id
        for f, m in zip(verdict.facts, used, strict=True)
        if not _comparable(claim, m, references)
    ]
    found: list[Candidate] = []
    for metric in (m for m in metrics if m in references.metrics):
        as_metric = claim.model_copy(update={"metric": metric, "alternatives": []})
        linked = link_claim(as_metric, references)
        for fact in references.facts_of(metric):
            status, why, words = _judged(
                verdict, as_metric, fact, linked, levels, references, policy
            )
            found.append(Candidate(fact=FactRef.of(fact), metric=metric, status=status, why=why,
                                   outcome=words))  # fmt: skip
    order = {"compared": 0, "set aside": 1, "no match": 2}
    return sorted(found, key=lambda c: (order[c.status], metrics.index(c.metric), c.fact.id))


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
    policy = policy or Policy()
    reviewed = (
        reviews
        if isinstance(reviews, Reviews)
        else load_reviews(Path(reviews), refs)
        if reviews is not None
        else Reviews()
    )
    report = check(docs, refs, policy, reviewed)
    claim = find_claim(claim_id, [v.claim for v in report.verdicts])
    verdict = next(v for v in report.verdicts if v.claim.id == claim.id)
    # The claim as assembled, before comparison chose among its metrics.
    document = next(d for d in docs if d.path == claim.doc)
    original = next((c for c in assemble(document, refs, policy)[0] if c.id == claim.id), claim)
    location = document.location or document.path
    return Explanation(
        claim=original,
        location=f"{location}:{claim.line}:{claim.column}",
        interval=describe_interval(verdict.claim),
        verdict=verdict,
        candidates=_candidates(verdict, original, refs, policy),
    )


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
    if verdict.review is not None:
        review = verdict.review
        what = "ignored" if review.action == "ignore" else f"pinned to {review.fact_id}"
        lines.append(f"  review: {what} {review.signed()}: {review.reason or 'no reason given'}")
    lines.append("")
    if not explanation.candidates and not verdict.claim.metric:
        lines.append("candidate facts: none; the claim is checked against the text itself")
    elif not explanation.candidates:
        lines.append("candidate facts: none of the metrics above has any fact")
    for status in ("compared", "set aside", "no match"):
        group = [c for c in explanation.candidates if c.status == status]
        if not group:
            continue
        lines.append(f"{status} ({len(group)}):")
        for candidate in group:
            fact = candidate.fact
            lines.append(
                f"  {fact.id} [{candidate.metric}] {_value(fact)}, period {fact.period}, "
                f"{fact.source}"
            )
            if candidate.outcome:
                lines.append(f"    {candidate.outcome}")
            lines.extend(f"    {why}" for why in candidate.why)
    details = ", ".join(d for d in (verdict.reason, verdict.severity) if d)
    label = verdict.verdict + (f" ({details})" if details else "")
    lines += ["", f"verdict: {label}", f"  {verdict.explanation}"]
    return "\n".join(lines) + "\n"
