"""The report: every verdict, every number set aside, and what data was used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from factlint.claims.model import SkippedNumber
from factlint.documents import Document
from factlint.references import References
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review

if TYPE_CHECKING:
    import pandas as pd


class DocumentInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    location: str = ""  # the file as the user named it, relative to where factlint ran
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    text: str
    # For a Markdown document, its source and, for the offsets in ``text`` where claims
    # and set-aside numbers start and end, where they stand in it: report.html shows
    # the document formatted, with its highlights.
    markdown: str = ""
    source_offsets: dict[int, int] = {}


class Report(BaseModel):
    """Everything a renderer needs; rendering adds nothing that is not here."""

    model_config = ConfigDict(frozen=True)

    summary: dict[str, int]
    references_sha256: str
    references: str = ""
    documents: list[DocumentInfo]
    verdicts: list[Verdict]
    skipped: list[SkippedNumber]
    reviews: str = ""  # the reviews file read, as the user would type it
    stale_reviews: list[Review] = []  # reviews whose claim is in none of the documents

    def count(self, verdict: str) -> int:
        """Claims with this verdict, leaving out those an analyst ignored."""
        return self.summary.get(verdict, 0)

    @property
    def ignored(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.ignored]

    def to_frame(self) -> pd.DataFrame:
        """One row per claim with its verdict, as a pandas DataFrame (``factlint.frames``)."""
        from factlint.frames import verdicts_frame

        return verdicts_frame(self)


def summarise(
    documents: list[Document],
    references: References,
    verdicts: list[Verdict],
    skipped: list[SkippedNumber],
    reviews: str = "",
    stale_reviews: list[Review] | None = None,
) -> Report:
    """The report; the summary counts every claim an analyst did not ignore."""
    summary = {"pass": 0, "flag": 0, "unverified": 0}
    verdicts_of: dict[str, list[Verdict]] = {}
    for verdict in verdicts:
        if not verdict.ignored:
            summary[verdict.verdict] += 1
        verdicts_of.setdefault(verdict.claim.doc, []).append(verdict)
    skipped_of: dict[str, list[SkippedNumber]] = {}
    for number in skipped:
        skipped_of.setdefault(number.doc, []).append(number)
    return Report(
        summary=summary,
        references_sha256=references.sha256,
        references=references.folder,
        documents=[
            document_info(d, verdicts_of.get(d.path, []), skipped_of.get(d.path, []))
            for d in documents
        ],
        verdicts=verdicts,
        skipped=skipped,
        reviews=reviews,
        stale_reviews=stale_reviews or [],
    )


def document_info(
    document: Document, verdicts: list[Verdict], skipped: list[SkippedNumber]
) -> DocumentInfo:
    """What the reports say about one document; ``verdicts`` and ``skipped`` are its own,
    whose places in a Markdown source report.html needs."""
    markdown, offsets = "", {}
    if document.markup and document.source_map is not None:
        markdown = document.markup
        spans = [(v.claim.start, v.claim.end) for v in verdicts if v.claim.doc == document.path]
        spans += [(s.start, s.end) for s in skipped if s.doc == document.path and s.start >= 0]
        ends = {offset for start, end in spans if end > start for offset in (start, end - 1)}
        offsets = {offset: document.source_map.source_offset(offset) for offset in sorted(ends)}
    return DocumentInfo(
        path=document.path,
        location=document.location,
        title=document.title,
        outlet=document.outlet,
        url=document.url,
        published=document.published.isoformat() if document.published else "",
        text=document.text,
        markdown=markdown,
        source_offsets=offsets,
    )
