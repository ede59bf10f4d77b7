"""Reports built one document at a time, so that a run over an archive never holds it.

Each renderer splits its file into sections (the Markdown report's flagged claims, the
HTML page's documents, the JSON report's claims...). For every document it renders that
document's share of each section (``document_parts``: a pure function of the document's
results, so it can run in the worker that checked the document); the shares are
appended to a spool per section as documents come in, in the run's order; at the end
``assemble`` writes the head (the totals are known by then), each spooled section and
the tail. Rendering a whole in-memory Report goes through the same functions, so both
ways give the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from factlint.claims.model import SkippedNumber
from factlint.config import Publisher
from factlint.report.model import DocumentInfo, Report
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review

COUNTED = ("pass", "flag", "unverified")


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What every renderer says about the run as a whole, known before it starts."""

    references_sha256: str = ""
    references: str = ""
    reviews: str = ""
    publisher: Publisher | None = None  # who signs the ClaimReview records, when written


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document's verdicts and set-aside numbers, in reading order; ``number`` is
    its place in the run, from 1. ``info`` is None for a document a hand-built Report
    has verdicts for but does not list."""

    number: int
    path: str
    info: DocumentInfo | None
    verdicts: list[Verdict]
    skipped: list[SkippedNumber]


def document_counts(result: DocumentResult) -> Counter[str]:
    """Claims by verdict (ignored ones apart), claims in all, and numbers not checked."""
    counts: Counter[str] = Counter({name: 0 for name in COUNTED})
    for verdict in result.verdicts:
        counts["ignored" if verdict.ignored else verdict.verdict] += 1
    counts["claims"] = len(result.verdicts)
    counts["skipped"] = len(result.skipped)
    counts["documents"] = 1
    counts["results"] = 1  # documents with results, listed or not (a hand-built Report)
    return counts


@dataclass(frozen=True)
class Totals:
    """The run's counts, complete only once every document is in."""

    run: RunInfo
    counts: Mapping[str, int]
    stale_reviews: list[Review] = field(default_factory=list)
    # Paragraphs for under report.md's headline, known once the run is done (how many
    # claims GitHub was not given as annotations).
    notes: tuple[str, ...] = ()

    def count(self, name: str) -> int:
        return self.counts.get(name, 0)

    @property
    def summary(self) -> dict[str, int]:
        return {name: self.count(name) for name in COUNTED}


class Section(Protocol):
    """A section's text, spooled document by document, as the assembler reads it."""

    def __call__(self, name: str) -> Iterable[str]: ...  # its text, in chunks

    def size(self, name: str) -> int: ...  # its length in UTF-8 bytes


class Renderer(Protocol):
    """A report format: a module with these names (``report.markdown``, ...)."""

    @property
    def NAME(self) -> str: ...  # the file's name

    @property
    def SEPARATORS(self) -> Mapping[str, str]: ...  # what goes between two documents' shares

    def document_parts(self, result: DocumentResult, run: RunInfo) -> dict[str, str]: ...

    def assemble(self, totals: Totals, section: Section) -> Iterator[str]: ...


class Spool:
    """One section's text, document after document: in memory, or in an anonymous
    temporary file (gone with the process, however it ends) for a large run."""

    def __init__(self, separator: str, folder: Path | None = None) -> None:
        self.separator = separator
        self.empty = True
        self._stream: IO[str] = (
            io.StringIO()
            if folder is None
            else tempfile.TemporaryFile(  # noqa: SIM115 (closed by close(), after the run)
                "w+", encoding="utf-8", newline="", dir=folder
            )
        )

    def add(self, text: str) -> None:
        if not text:
            return
        if not self.empty:
            self._stream.write(self.separator)
        self._stream.write(text)
        self.empty = False

    @property
    def size(self) -> int:
        """The text's length in UTF-8 bytes, which is the file's."""
        if isinstance(self._stream, io.StringIO):
            return len(self._stream.getvalue().encode("utf-8"))
        self._stream.flush()
        return os.fstat(self._stream.fileno()).st_size

    def chunks(self, size: int = 1 << 20) -> Iterator[str]:
        self._stream.seek(0)
        while chunk := self._stream.read(size):
            yield chunk

    def close(self) -> None:
        # Closing flushes what is buffered; on a full disk that fails, and the spool is
        # thrown away all the same.
        with contextlib.suppress(OSError):
            self._stream.close()


class KeyedSpool:
    """A section of members by key (the facts the claims name), each written once, in
    key order. It is held in memory: it grows with the references, not the documents."""

    def __init__(self, separator: str) -> None:
        self.separator = separator
        self.members: dict[str, str] = {}

    def add(self, text: str) -> None:
        """``key NUL member NUL key NUL member...``; the first member of a key is kept."""
        if not text:
            return
        parts = text.split("\0")
        for key, member in zip(parts[::2], parts[1::2], strict=True):
            self.members.setdefault(key, member)

    def chunks(self) -> Iterator[str]:
        if self.members:
            yield self.separator.join(self.members[key] for key in sorted(self.members))

    @property
    def size(self) -> int:
        return sum(len(chunk.encode("utf-8")) for chunk in self.chunks())

    def close(self) -> None:
        self.members.clear()


class ReportBuilder:
    """One renderer's file being built: its sections' spools, fed a document at a time."""

    def __init__(self, renderer: Renderer, folder: Path | None = None) -> None:
        self.renderer = renderer
        keyed: frozenset[str] = getattr(renderer, "KEYED", frozenset())
        self.spools: dict[str, Spool | KeyedSpool] = {
            name: KeyedSpool(sep) if name in keyed else Spool(sep, folder)
            for name, sep in renderer.SEPARATORS.items()
        }

    def add(self, parts: Mapping[str, str]) -> None:
        for name, text in parts.items():
            self.spools[name].add(text)

    def __call__(self, name: str) -> Iterable[str]:
        return self.spools[name].chunks()

    def size(self, name: str) -> int:
        return self.spools[name].size

    def chunks(self, totals: Totals) -> Iterator[str]:
        return self.renderer.assemble(totals, self)

    def close(self) -> None:
        for spool in self.spools.values():
            spool.close()


def verdict_order(verdict: Verdict) -> tuple[int, int, int, str]:
    """Reading order within a document: page (if it has pages), line, column."""
    claim = verdict.claim
    return (claim.page or 0, claim.line, claim.column, claim.id)


def skipped_order(skipped: SkippedNumber) -> tuple[int, int, int, str]:
    return (skipped.page or 0, skipped.line, skipped.column, skipped.text)


def results_of(report: Report) -> Iterator[DocumentResult]:
    """A Report's results document by document: the documents as listed, then any a
    hand-built Report has verdicts for but does not list, by path; each in reading order
    (line, column), so that a renderer's output does not depend on how the Report was
    put together."""
    verdicts: dict[str, list[Verdict]] = {}
    skipped: dict[str, list[SkippedNumber]] = {}
    for verdict in report.verdicts:
        verdicts.setdefault(verdict.claim.doc, []).append(verdict)
    for number in report.skipped:
        skipped.setdefault(number.doc, []).append(number)
    infos = {document.path: document for document in report.documents}
    paths = list(infos) + sorted((verdicts.keys() | skipped.keys()) - infos.keys())
    for index, path in enumerate(paths, start=1):
        yield DocumentResult(
            index,
            path,
            infos.get(path),
            sorted(verdicts.get(path, []), key=verdict_order),
            sorted(skipped.get(path, []), key=skipped_order),
        )


def run_info(report: Report, publisher: Publisher | None = None) -> RunInfo:
    return RunInfo(report.references_sha256, report.references, report.reviews, publisher)


def build_report(
    renderer: Renderer,
    report: Report,
    publisher: Publisher | None = None,
    notes: Iterable[str] = (),
) -> tuple[ReportBuilder, Totals]:
    """An in-memory Report's parts, spooled as a run spools them, and its totals."""
    run = run_info(report, publisher)
    builder = ReportBuilder(renderer)
    counts: Counter[str] = Counter({name: 0 for name in COUNTED})
    for result in results_of(report):
        builder.add(renderer.document_parts(result, run))
        counts.update(document_counts(result))
    counts["documents"] = len(report.documents)
    return builder, Totals(run, counts, report.stale_reviews, tuple(notes))


def render_report(
    renderer: Renderer,
    report: Report,
    publisher: Publisher | None = None,
    notes: Iterable[str] = (),
) -> str:
    """The whole file for an in-memory Report, through the same parts as a run."""
    builder, totals = build_report(renderer, report, publisher, notes)
    return "".join(builder.chunks(totals))
