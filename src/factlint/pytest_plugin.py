"""A pytest plugin: ``pytest --factlint-documents seeds`` turns every claim into a test.

A flagged claim fails with its explanation; an unverified claim is skipped (or fails
with ``--factlint-fail-on unverified``); a pass passes. Nothing happens unless
``--factlint-documents`` is given, so installing factlint never changes other suites.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factlint.errors import FactlintError
from factlint.verdicts.model import Verdict


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factlint", "checking documents against reference data")
    group.addoption(
        "--factlint-documents", metavar="PATH", help="Documents to check (a folder or file)."
    )
    group.addoption(
        "--factlint-references",
        metavar="DIR",
        default="references",
        help="Reference folder (default: references).",
    )
    group.addoption(
        "--factlint-reviews",
        metavar="FILE",
        default="claims/reviews.csv",
        help="Analysts' reviews: claims pinned to a fact or ignored (default: claims/reviews.csv).",
    )
    group.addoption(
        "--factlint-fail-on",
        choices=("flag", "unverified"),
        default="flag",
        help="Fail on flagged claims only (default) or also on unverified ones.",
    )


class ClaimFailure(Exception):
    """A claim the report flags (or, when asked, could not verify)."""


class ClaimItem(pytest.Item):
    def __init__(self, *, verdict: Verdict, fail_on: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.verdict = verdict
        self.fail_on = fail_on

    def runtest(self) -> None:
        if self.verdict.ignored and self.verdict.review is not None:
            pytest.skip(f"ignored by review: {self.verdict.review.reason}")
        if self.verdict.verdict == "flag":
            raise ClaimFailure(self.verdict.explanation)
        if self.verdict.verdict == "unverified":
            if self.fail_on == "unverified":
                raise ClaimFailure(self.verdict.explanation)
            pytest.skip(self.verdict.explanation)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ClaimFailure):
            claim = self.verdict.claim
            return f"{claim.doc}:{claim.line}:{claim.column}: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        claim = self.verdict.claim
        return self.path, claim.line - 1, f"{claim.doc}:{claim.line}:{claim.column} {claim.text}"


class DocumentsCollector(pytest.Collector):
    def __init__(
        self, *, documents: Path, references: Path, reviews: Path, fail_on: str, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.documents = documents
        self.references = references
        self.reviews = reviews
        self.fail_on = fail_on

    def collect(self) -> Iterator[pytest.Item]:
        from factlint.check import check
        from factlint.config import load_policy

        report = check(self.documents, self.references, load_policy(Path.cwd()), self.reviews)
        for verdict in report.verdicts:
            claim = verdict.claim
            yield ClaimItem.from_parent(
                self,
                name=f"{claim.doc}::{claim.id} {claim.text}",
                verdict=verdict,
                fail_on=self.fail_on,
            )


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    documents = config.getoption("--factlint-documents")
    if not documents:
        return
    collector = DocumentsCollector.from_parent(
        session,
        name="factlint",
        documents=Path(documents),
        references=Path(config.getoption("--factlint-references")),
        reviews=Path(config.getoption("--factlint-reviews")),
        fail_on=config.getoption("--factlint-fail-on"),
    )
    try:
        items.extend(collector.collect())
    except FactlintError as ex:
        raise pytest.UsageError(f"factlint: {ex}") from None
