"""The whole flow for a set of documents: load, extract, assemble, link, compare, and
the analysts' reviews applied on top."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factlint.claims.assemble import assemble_document
from factlint.claims.model import SkippedNumber
from factlint.config import Policy
from factlint.consistency import reconcile
from factlint.documents import Document
from factlint.errors import DocumentError
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
    documents: Path | str | Sequence[Path | str] | Sequence[Document] | Any,
    references: Path | str | References,
    policy: Policy | None = None,
    reviews: Path | str | Reviews | None = None,
    *,
    progress: Callable[[Document], None] | None = None,
    jobs: int = 1,
    dask: Any = None,
) -> Report:
    """Check every claim in ``documents`` against ``references``.

    ``documents`` is a folder of documents or one file, a list of files (or folders) or
    of loaded Documents, or a Dask bag of either (its paths read by the workers).
    ``references`` is a reference folder or a loaded References. ``reviews`` is an
    analysts' reviews file (``claims/reviews.csv``; a missing file holds no reviews) or
    loaded ``Reviews``. ``progress`` is called with each document once it is checked.
    ``jobs`` checks the documents in that many processes; ``dask`` (a scheduler address
    such as ``tcp://host:8786``, or a ``distributed.Client``) on a Dask cluster. The
    report is the same however the work is spread.
    """
    from factlint.run import outcomes, sources_of
    from factlint.run.tasks import Checked, Failed, Outcome, Setup

    refs = references if isinstance(references, References) else load_references(Path(references))
    setup = Setup(refs, policy, _reviews(reviews, refs), render=False)
    found: Iterable[Outcome]
    if _is_bag(documents):
        from factlint.run.cluster import check_bag

        found = check_bag(documents, setup, dask)
    else:
        found = outcomes(sources_of(documents), setup, jobs, dask)
    docs: list[Document] = []
    verdicts: list[Verdict] = []
    skipped: list[SkippedNumber] = []
    for outcome in found:
        if isinstance(outcome, Failed):
            raise DocumentError(outcome.message)
        assert isinstance(outcome, Checked)
        docs.append(outcome.document)
        verdicts.extend(outcome.checked.verdicts)
        skipped.extend(outcome.checked.skipped)
        if progress is not None:
            progress(outcome.document)
    stale = setup.reviews.stale({v.claim.id for v in verdicts})
    return summarise(docs, refs, verdicts, skipped, setup.reviews.path, stale)


def _is_bag(documents: object) -> bool:
    """A Dask bag, recognised without importing dask (an optional extra)."""
    kind = type(documents)
    return kind.__name__ == "Bag" and kind.__module__.startswith("dask.bag")


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
