"""The whole flow for a set of documents: load, extract, assemble, link, compare."""

from __future__ import annotations

from pathlib import Path

from factlint.claims import SkippedNumber, assemble
from factlint.compare import judge
from factlint.config import Policy
from factlint.documents import Document, load_documents
from factlint.references import References, load_references
from factlint.report.model import Report, summarise
from factlint.verdicts import Verdict


def check(
    documents: Path | str | list[Document],
    references: Path | str | References,
    policy: Policy | None = None,
) -> Report:
    """Check every claim in ``documents`` against ``references``.

    Either argument may be a path (a folder of documents, or one file; a reference
    folder) or what was already loaded.
    """
    docs = documents if isinstance(documents, list) else load_documents(Path(documents))
    refs = references if isinstance(references, References) else load_references(Path(references))
    verdicts: list[Verdict] = []
    skipped: list[SkippedNumber] = []
    for document in docs:
        claims, set_aside = assemble(document, refs, policy)
        verdicts.extend(judge(claim, refs) for claim in claims)
        skipped.extend(set_aside)
    return summarise(docs, refs, verdicts, skipped)
