"""The verdict on one claim: linked (``link``), compared (``compare``), then decided,
with what the sources add and an analyst's review applied. Each step's record travels
in the verdict's evidence; the explanation is rendered from it."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.compare import Comparison, compare
from factlint.config import Policy
from factlint.link import LinkRecord, link
from factlint.link.sources import source_note
from factlint.references.dataset import References
from factlint.references.fact_ref import FactRef
from factlint.references.models import Fact
from factlint.verdicts.evidence import Evidence, Note
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review, pinned_fact
from factlint.verdicts.words import evidence_notes


def verdict_for(
    claim: Claim,
    references: References,
    review: Review | None = None,
    policy: Policy | None = None,
) -> Verdict:
    """The verdict on one claim, with its review applied: a pinned claim is compared with
    its fact alone; an ignored one keeps its verdict and says who set it aside, and why."""
    pinned = None
    if review is not None and review.action == "link":
        pinned = pinned_fact(claim, review, references)
    compared, record, comparison = _read(claim, references, policy, pinned)
    verdict = decided(claim, compared, record, comparison)
    if record.relaxed:
        verdict = with_note(verdict, Note(kind="context", words=record.relaxed))
    for note in evidence_notes(compared, record, comparison):
        verdict = with_note(verdict, note)
    if pinned is not None and review is not None:
        note = Note(kind="review", words=f"pinned to {pinned.id} {review.signed()}")
        return with_note(verdict, note).model_copy(update={"review": review})
    sources = [f.source for f in verdict.facts]
    words = source_note(verdict.claim, sources, verdict.verdict, references)
    if words:
        verdict = with_note(verdict, Note(kind="source", words=words))
    return ignoring(verdict, review)


def _read(
    claim: Claim, references: References, policy: Policy | None, pinned: Fact | None
) -> tuple[Claim, LinkRecord, Comparison]:
    """Link and compare the claim. Where its wording left the metric open (two keywords
    equally near, scored by the article in ``metric_scores``), each reading is tried in
    the order of its score, and the first that holds is taken; when none holds, the
    best-scored reading that links a fact."""
    readings = list(claim.metric_scores) if pinned is None else []
    if len(readings) < 2:
        compared, record = link(claim, references, policy, pinned)
        return compared, record, compare(compared, record, references, policy)
    tried: list[tuple[Claim, LinkRecord, Comparison]] = []
    for metric in sorted(readings, key=lambda m: -claim.metric_scores[m]):
        others = [m for m in [claim.metric, *claim.alternatives] if m != metric]
        reading = claim.model_copy(update={"metric": metric, "alternatives": others})
        compared, record = link(reading, references, policy)
        record = record.model_copy(update={"scores": claim.metric_scores})
        comparison = compare(compared, record, references, policy)
        if comparison.verdict == "pass":
            return compared, record, comparison
        tried.append((compared, record, comparison))
    linked = [t for t in tried if t[1].route != "none"]
    return (linked or tried)[0]


def decided(claim: Claim, compared: Claim, record: LinkRecord, comparison: Comparison) -> Verdict:
    """The verdict the comparison gives, and the facts it rests on. A flag from a farther
    metric is shown as unverified against the nearest metric's claim."""
    evidence = Evidence(
        link=record, comparison=comparison, assembled=None if compared is claim else claim
    )
    facts: list[FactRef]
    fact: FactRef | None
    if comparison.derivation is not None:
        fact, facts = (
            comparison.derivation.end,
            [comparison.derivation.end, comparison.derivation.start],
        )
    elif comparison.outcomes:
        facts = [o.fact for o in comparison.outcomes if o.fact.id in comparison.kept]
        best = [f for f in facts if f.id == comparison.best]
        fact = best[0] if best else facts[0]
    else:
        fact, facts = None, []
    if comparison.record is not None:  # a record broken: the period that broke it
        facts = [*facts, *comparison.record.against]
    if comparison.farther:
        nearest = compared.model_copy(
            update={"metric": claim.metric, "alternatives": claim.alternatives}
        )
        return Verdict(claim=nearest, verdict="unverified", facts=facts, evidence=evidence)
    return Verdict(
        claim=compared, verdict=comparison.verdict, reason=comparison.reason,
        severity=comparison.severity, fact=fact, facts=facts, evidence=evidence,
    )  # fmt: skip


def with_note(verdict: Verdict, note: Note) -> Verdict:
    """The verdict with ``note`` added to its evidence (and so to its explanation)."""
    evidence = verdict.evidence.model_copy(update={"notes": [*verdict.evidence.notes, note]})
    return verdict.model_copy(update={"evidence": evidence})


def ignoring(verdict: Verdict, review: Review | None) -> Verdict:
    """The verdict set aside by an ``ignore`` review (once), saying who did it and why."""
    if review is None or review.action != "ignore" or verdict.review is not None:
        return verdict
    return verdict.model_copy(update={"review": review})
