"""A run over many documents: each checked where the work is done (here, in worker
processes, on a Dask cluster), the outcomes gathered in the documents' order.

``run_check`` is what ``factlint check`` does: it streams the documents through the
checks and the report writers, holding one document's results at a time, and replaces
the reports and claim tables as one set. ``factlint.check`` returns the whole Report
in memory instead.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from factlint.config import Policy, Publisher
from factlint.documents import STDIN_NAME, Document, document_sources
from factlint.errors import DocumentError
from factlint.outputs import OutputSet, output_error
from factlint.references import References, load_references
from factlint.report.github import Cap, stale_annotation
from factlint.report.parts import COUNTED, ReportBuilder, RunInfo, Totals
from factlint.report.write import DEFAULT_FORMATS, FORMATS, claim_table_name
from factlint.run.tasks import Failed, Outcome, Rendered, Setup, Source
from factlint.verdicts.reviews import REVIEWS_FILE, Review, load_reviews

DocumentsArg = Path | str | Sequence[Path | str] | Sequence[Document] | Sequence["Source"]


def sources_of(
    documents: DocumentsArg,
    *,
    globs: Sequence[str] = (),
    roots: Sequence[Path] = (),
    main_text: bool = False,
    stdin_name: str = STDIN_NAME,
) -> list[Source]:
    """The documents to check, in order: those in folders (recursively, by name), files,
    ``-`` for standard input (see ``documents.document_sources``), or documents already
    loaded."""
    if isinstance(documents, str | Path):
        items: Sequence[Any] = [documents]
    else:
        items = documents
    if items and all(isinstance(item, Document) for item in items):
        return [Source(n, d.location or d.path, document=d) for n, d in enumerate(items, 1)]
    found = document_sources(
        list(items), globs=globs, roots=roots, main_text=main_text, stdin_name=stdin_name
    )
    return [Source(n, source.location, found=source) for n, source in enumerate(found, 1)]


def outcomes(
    sources: Iterable[Source],
    setup: Setup,
    jobs: int = 1,
    cluster: Any = None,
) -> Iterator[Outcome]:
    """Each document's outcome, in order: here or in ``jobs`` processes, or on a Dask
    cluster (its address, a ``distributed.Client``)."""
    if cluster is not None:
        from factlint.run.cluster import run_on_cluster

        return run_on_cluster(sources, setup, cluster)
    from factlint.run.local import run_local

    return run_local(sources, setup, jobs)


class Findings:
    """The flagged and unverified claims of a run, for the console: kept in an anonymous
    temporary file, one JSON line each, so that a run over an archive does not hold
    them, and read back in order when printed. Beside each, its GitHub annotation when
    it is one of those GitHub shows, else an empty string."""

    def __init__(self) -> None:
        self._stream: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.count = 0

    def extend(self, findings: Iterable[tuple[dict[str, Any], str]]) -> None:
        for finding, annotation in findings:
            self._stream.write(json.dumps([finding, annotation], ensure_ascii=False) + "\n")
            self.count += 1

    def annotated(self) -> Iterator[tuple[dict[str, Any], str]]:
        self._stream.seek(0)
        for line in self._stream:
            finding, annotation = json.loads(line)
            yield finding, annotation
        self._stream.seek(0, 2)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (finding for finding, _ in self.annotated())

    def close(self) -> None:
        self._stream.close()


@dataclass
class RunSummary:
    """What a run found, for the command line to print."""

    summary: dict[str, int]
    ignored: int
    documents: int
    locations: list[str]  # each document checked, as the user named it
    findings: Findings  # each flagged or unverified claim that counts
    stale_reviews: list[Review]
    failed: list[str] = field(default_factory=list)
    # With GitHub annotations: those of stale reviews, and what was left out (a note).
    stale_annotations: list[str] = field(default_factory=list)
    note: str = ""


def _references(references: Path | str | References) -> References:
    if isinstance(references, References):
        return references
    return load_references(Path(references))


def run_check(
    documents: DocumentsArg,
    references: Path | str | References,
    *,
    claims: Path,
    reports: Path,
    policy: Policy | None = None,
    jobs: int = 1,
    cluster: Any = None,
    warn: Callable[[str], None] = lambda message: None,
    progress: Callable[[], None] = lambda: None,
    extra: Mapping[str, str] | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    publisher: Publisher | None = None,
    github: bool = False,
) -> RunSummary:
    """Check ``documents`` (or the sources found already) and write the reports in
    ``formats`` into ``reports`` (with the ``extra`` files given, by name) and a claim
    table per document into ``claims``, all replaced at once. A document that cannot be
    read is left out with a warning (``warn``); when none can be, DocumentError.
    ``progress`` is called as each document is done. ``publisher`` signs ClaimReview
    records; ``github`` picks the claims GitHub shows as annotations and notes in
    report.md how many it left out."""
    refs = _references(references)
    reviews = load_reviews(claims / REVIEWS_FILE, refs)
    given: Sequence[Any] = [documents] if isinstance(documents, str | Path) else documents
    if given and all(isinstance(item, Source) for item in given):
        sources: list[Source] = list(given)
    else:
        sources = sources_of(documents)
    run = RunInfo(refs.sha256, refs.folder, reviews.path, publisher)
    setup = Setup(refs, policy, reviews, run, formats=tuple(formats))
    cap = Cap()
    counts: Counter[str] = Counter({name: 0 for name in COUNTED})
    findings = Findings()
    locations: list[str] = []
    failed: list[str] = []
    reviewed: set[str] = set()
    try:
        with OutputSet({"reports": reports, "claims": claims}) as out:
            builders = {
                name: ReportBuilder(FORMATS[name], out.staging("reports")) for name in formats
            }
            try:
                for outcome in outcomes(sources, setup, jobs, cluster):
                    progress()
                    if isinstance(outcome, Failed):
                        if len(sources) == 1:
                            raise DocumentError(outcome.message)
                        failed.append(outcome.message)
                        warn(f"{outcome.message}; the document is left out of this run")
                        continue
                    assert isinstance(outcome, Rendered)
                    counts.update(outcome.counts)
                    for name, builder in builders.items():
                        try:
                            builder.add(outcome.parts[name])
                        except OSError as ex:  # its spool, in the staging folder: a full disk
                            raise output_error(reports / builder.renderer.NAME, ex) from ex
                    out.write("claims", claim_table_name(outcome.path), [outcome.table])
                    findings.extend(
                        (finding, command if github and cap.admit(level) else "")
                        for finding, (level, command) in zip(
                            outcome.findings, outcome.annotations, strict=True
                        )
                    )
                    locations.append(outcome.location)
                    reviewed.update(outcome.reviewed)
                if not counts["documents"]:
                    raise DocumentError(
                        f"none of the {len(sources)} documents could be read; mend them as the "
                        "warnings say"
                    )
                stale = reviews.stale(reviewed)
                stale_annotations = [
                    stale_annotation(review) for review in stale if github and cap.admit("warning")
                ]
                note = cap.note()
                totals = Totals(run, counts, stale, (note,) if note else ())
                for builder in builders.values():
                    out.write("reports", builder.renderer.NAME, builder.chunks(totals))
                for name, text in (extra or {}).items():
                    out.write("reports", name, [text])
            finally:
                for builder in builders.values():
                    builder.close()
            out.commit()
    except BaseException:
        findings.close()
        raise
    return RunSummary(
        summary=totals.summary,
        ignored=counts["ignored"],
        documents=counts["documents"],
        locations=locations,
        findings=findings,
        stale_reviews=totals.stale_reviews,
        failed=failed,
        stale_annotations=stale_annotations,
        note=note,
    )
