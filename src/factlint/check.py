"""The whole flow for a set of documents: load, extract, assemble, link, compare, and
the analysts' reviews applied on top."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factlint.claims.assemble import assemble_document
from factlint.claims.model import SkippedNumber
from factlint.config import Policy
from factlint.consistency import reconcile
from factlint.documents import Document, load_documents
from factlint.references import References, load_references
from factlint.report.model import Report, summarise
from factlint.verdicts.decide import ignoring, verdict_for
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Reviews, load_reviews


def _reviews(reviews: Path | str | Reviews | None, references: References) -> Reviews:
    if reviews is None:
        return Reviews()
    return reviews if isinstance(reviews, Reviews) else load_reviews(Path(reviews), references)


def check(
    documents: Path | str | list[Document],
    references: Path | str | References,
    policy: Policy | None = None,
    reviews: Path | str | Reviews | None = None,
    *,
    progress: Callable[[Document], None] | None = None,
) -> Report:
    """Check every claim in ``documents`` against ``references``.

    Either argument may be a path (a folder of documents, or one file; a reference
    folder) or what was already loaded. ``reviews`` is an analysts' reviews file
    (``claims/reviews.csv``; a missing file holds no reviews) or loaded ``Reviews``.
    ``progress`` is called with each document once it is checked.
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
        if progress is not None:
            progress(document)
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
