"""The work a run repeats for each document, wherever it runs: in this process, in a
worker process (``--jobs``) or on a Dask worker (``--dask``).

A task is a batch of documents named by ``Source``; it returns one ``Outcome`` per
document: its rendered share of every report and its claim table (``Rendered``), its
verdicts (``Checked``, for the Python API), or why it could not be read (``Failed``).
What every task needs, the references above all, travels once per worker in a
``Setup``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factlint.check import CheckedDocument, check_document
from factlint.config import Policy
from factlint.documents import Document, DocumentSource, load_source
from factlint.errors import DocumentError, FactlintError
from factlint.references import References
from factlint.report._format import location
from factlint.report.github import annotation
from factlint.report.model import document_info
from factlint.report.parts import (
    DocumentResult,
    RunInfo,
    document_counts,
    skipped_order,
    verdict_order,
)
from factlint.report.write import DEFAULT_FORMATS, FORMATS, claim_table_text
from factlint.verdicts.reviews import ReviewError, Reviews


@dataclass(frozen=True, slots=True)
class Source:
    """One document to check, its place in the run from 1: found (read by whoever
    checks it), or already loaded."""

    number: int
    location: str  # as messages name it
    found: DocumentSource | None = None
    document: Document | None = None


@dataclass(frozen=True)
class Setup:
    """What every task of a run shares; sent once to each worker."""

    references: References
    policy: Policy | None = None
    reviews: Reviews = field(default_factory=Reviews)
    run: RunInfo = field(default_factory=RunInfo)
    render: bool = True  # False: return verdicts (the Python API), not rendered reports
    formats: tuple[str, ...] = DEFAULT_FORMATS  # the reports rendered (``write.FORMATS``)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One document's share of every report, small enough to send between processes."""

    number: int
    path: str
    counts: Counter[str]
    parts: dict[str, dict[str, str]]  # format (``write.FORMATS``) -> section -> text
    table: str  # its claim table, CSV
    location: str
    # Each flagged or unverified claim that counts, where and why, for the console (its
    # verbose mode shows the unverified ones too) and its JSON output; and beside each,
    # its GitHub annotation's level and command.
    findings: list[dict[str, Any]]
    annotations: list[tuple[str, str]]
    reviewed: list[str]  # ids of its claims that claims/reviews.csv names


@dataclass(frozen=True, slots=True)
class Checked:
    number: int
    document: Document
    checked: CheckedDocument


@dataclass(frozen=True, slots=True)
class Failed:
    """A document that could not be checked, and the one-line message that says why."""

    number: int
    location: str
    message: str


Outcome = Rendered | Checked | Failed


def load(source: Source) -> Document:
    if source.document is not None:
        return source.document
    assert source.found is not None
    return load_source(source.found)


def render(number: int, document: Document, checked: CheckedDocument, setup: Setup) -> Rendered:
    verdicts = sorted(checked.verdicts, key=verdict_order)
    skipped = sorted(checked.skipped, key=skipped_order)
    info = document_info(document, verdicts, skipped)
    result = DocumentResult(number, document.path, info, verdicts, skipped)
    where = document.location or document.path
    counted = [v for v in result.verdicts if v.verdict in ("flag", "unverified") and not v.ignored]
    findings = [
        {
            "id": v.claim.id,
            "doc": v.claim.doc,
            "location": location(where, v.claim.line, v.claim.column, v.claim.page),
            "line": v.claim.line,
            "column": v.claim.column,
            "page": v.claim.page,
            "text": v.claim.text,
            "verdict": v.verdict,
            "reason": v.reason,
            "severity": v.severity,
            "explanation": v.explanation,
        }
        for v in counted
    ]
    named = setup.reviews.claim_ids
    return Rendered(
        number=number,
        path=document.path,
        counts=document_counts(result),
        parts={name: FORMATS[name].document_parts(result, setup.run) for name in setup.formats},
        table=claim_table_text(result.verdicts),
        location=where,
        findings=findings,
        annotations=[a for a in (annotation(v, where) for v in counted) if a is not None],
        reviewed=[v.claim.id for v in checked.verdicts if v.claim.id in named],
    )


def run_one(source: Source, setup: Setup) -> Outcome:
    """Check one document; a document that cannot be read or checked is a Failed, so
    that one bad file among many does not stop the run. A bad review stops it."""
    try:
        document = load(source)
        checked = check_document(document, setup.references, setup.policy, setup.reviews)
    except ReviewError:
        raise
    except DocumentError as ex:
        return Failed(source.number, source.location, str(ex))
    except FactlintError as ex:
        return Failed(source.number, source.location, f"{source.location}: {ex}")
    except RecursionError:
        return Failed(
            source.number, source.location, f"{source.location}: too deeply nested to read"
        )
    except Exception as ex:  # a fault of factlint's, not of the document: say so, go on
        return Failed(
            source.number,
            source.location,
            f"{source.location}: factlint failed on this document ({type(ex).__name__}: {ex}); "
            "please report it with the document",
        )
    if setup.render:
        return render(source.number, document, checked, setup)
    return Checked(source.number, document, checked)


_WORKER_SETUP: Setup | None = None


def install(setup: Setup) -> None:
    """A worker process's initializer: keep the run's setup for every task it runs."""
    global _WORKER_SETUP
    _WORKER_SETUP = setup


def run_batch(sources: list[Source], setup: Setup | None = None) -> list[Outcome]:
    """A batch of documents, with the setup given or the one this worker was given."""
    chosen = setup or _WORKER_SETUP
    if chosen is None:
        raise RuntimeError("a worker ran a task before it was given the run's setup")
    return [run_one(source, chosen) for source in sources]
