"""The whole flow for a set of documents: load, extract, assemble, link, compare, and
the analysts' reviews applied on top."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factlint.claims.assemble import assemble_document
from factlint.claims.model import Claim, SkippedNumber
from factlint.compare.judge import judge
from factlint.config import Policy
from factlint.consistency import reconcile
from factlint.documents import Document, load_documents
from factlint.link.sources import source_note
from factlint.references import References, load_references
from factlint.report.model import Report, summarise
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review, Reviews, load_reviews, pinned_fact


def _noted(verdict: Verdict, note: str) -> Verdict:
    """The explanation with ``note`` put just before its "→ verdict"."""
    if not note:
        return verdict
    head, arrow, tail = verdict.explanation.rpartition(" → ")
    explanation = f"{head}; {note}{arrow}{tail}" if arrow else f"{verdict.explanation}; {note}"
    return verdict.model_copy(update={"explanation": explanation})


def verdict_for(
    claim: Claim,
    references: References,
    review: Review | None = None,
    policy: Policy | None = None,
) -> Verdict:
    """The verdict on one claim, with its review applied: a pinned claim is compared with
    its fact alone; an ignored one keeps its verdict and says who set it aside, and why."""
    if review is not None and review.action == "link":
        fact = pinned_fact(claim, review, references)
        verdict = _noted(
            judge(claim, references, pinned=fact, policy=policy),
            f"pinned to {fact.id} {review.signed()}",
        )
        return verdict.model_copy(update={"review": review})
    verdict = judge(claim, references, policy=policy)
    sources = [f.source for f in verdict.facts]
    verdict = _noted(verdict, source_note(verdict.claim, sources, verdict.verdict, references))
    return ignoring(verdict, review)


def ignoring(verdict: Verdict, review: Review | None) -> Verdict:
    """The verdict set aside by an ``ignore`` review (once), saying who did it and why."""
    if review is None or review.action != "ignore" or verdict.review is not None:
        return verdict
    ignored = f"{verdict.explanation}; ignored {review.signed()}: {review.reason}"
    return verdict.model_copy(update={"explanation": ignored, "review": review})


def _reviews(reviews: Path | str | Reviews | None, references: References) -> Reviews:
    if reviews is None:
        return Reviews()
    return reviews if isinstance(reviews, Reviews) else load_reviews(Path(reviews), references)


def check(
    documents: Path | str | list[Document],
    references: Path | str | References,
    policy: Policy | None = None,
    reviews: Path | str | Reviews | None = None,
) -> Report:
    """Check every claim in ``documents`` against ``references``.

    Either argument may be a path (a folder of documents, or one file; a reference
    folder) or what was already loaded. ``reviews`` is an analysts' reviews file
    (``claims/reviews.csv``; a missing file holds no reviews) or loaded ``Reviews``.
    """
    docs = documents if isinstance(documents, list) else load_documents(Path(documents))
    refs = references if isinstance(references, References) else load_references(Path(references))
    reviewed = _reviews(reviews, refs)
    verdicts: list[Verdict] = []
    skipped: list[SkippedNumber] = []
    for document in docs:
        checked = check_document(document, refs, policy, reviewed)
        verdicts.extend(checked.verdicts)
        skipped.extend(checked.skipped)
    stale = reviewed.stale({v.claim.id for v in verdicts})
    return summarise(docs, refs, verdicts, skipped, reviewed.path, stale)


@dataclass(frozen=True, slots=True)
class CheckedDocument:
    """One document's verdicts and set-aside numbers, in document order."""

    verdicts: list[Verdict]
    skipped: list[SkippedNumber]


def check_document(
    document: Document,
    references: References,
    policy: Policy | None = None,
    reviews: Reviews | None = None,
) -> CheckedDocument:
    """Every claim of one document judged, the text checked against itself, and the
    reviews applied: the unit of work a run repeats for each document."""
    reviewed = reviews or Reviews()
    assembly = assemble_document(document, references, policy)
    judged = [
        verdict_for(claim, references, reviewed.of(claim.id), policy) for claim in assembly.claims
    ]
    # The text checked against itself: conversions, changes, shares, parts and totals.
    merged, set_aside = reconcile(assembly, judged, references, policy)
    # Claims the text check made (conversions) may be ignored too.
    verdicts = [ignoring(v, reviewed.of(v.claim.id)) for v in merged]
    return CheckedDocument(verdicts, set_aside)
