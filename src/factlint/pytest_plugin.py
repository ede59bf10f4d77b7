"""A pytest plugin: ``pytest --factlint-documents seeds`` turns every claim into a test.

A flagged claim fails with its explanation; an unverified claim is skipped (or fails
with ``--factlint-fail-on unverified``); a pass passes. Nothing happens unless
``--factlint-documents`` is given, so installing factlint never changes other suites.

The documents are checked once, as the session starts, so the header can count the
claims; each document is then collected like a test file and each claim is an item
named by its id. ``--collect-only`` lists them, and ``pytest docs/a.txt::3f2a9c0b1d``
runs one. The comparison policy is read from pytest's rootdir (where its pyproject.toml
is), as a project's other settings are, whichever folder pytest is started from.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factlint.errors import FactlintError
from factlint.verdicts.model import Verdict

if TYPE_CHECKING:
    from factlint.report import Report

PLUGIN = "factlint-documents"


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


def pytest_configure(config: pytest.Config) -> None:
    documents = config.getoption("--factlint-documents")
    if documents and not config.pluginmanager.has_plugin(PLUGIN):
        config.pluginmanager.register(DocumentsPlugin(config, documents), PLUGIN)


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


class DocumentsPlugin:
    """The checked documents of one session, and the hooks that make them tests."""

    def __init__(self, config: pytest.Config, documents: str) -> None:
        here = config.invocation_params.dir
        self.config = config
        self.documents = (here / documents).resolve()
        self.references = here / config.getoption("--factlint-references")
        self.reviews = here / config.getoption("--factlint-reviews")
        self.fail_on: str = config.getoption("--factlint-fail-on")
        self.report: Report | None = None
        self.by_file: dict[Path, list[Verdict]] = {}
        self._collect_documents_too(config)

    def _collect_documents_too(self, config: pytest.Config) -> None:
        """Collect the documents beside whatever else pytest collects, unless an argument
        already reaches them (the folder above them, or one document or claim in them)."""
        here = config.invocation_params.dir
        for arg in config.args:
            path = (here / arg.partition("::")[0]).resolve()
            if _within(self.documents, path) or _within(path, self.documents):
                return
        config.args.append(str(self.documents))

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        from factlint.check import check
        from factlint.config import load_policy

        try:
            policy = load_policy(self.config.rootpath)
            self.report = check(self.documents, self.references, policy, self.reviews)
        except FactlintError as ex:
            raise pytest.UsageError(f"factlint: {ex}") from None
        here = self.config.invocation_params.dir
        files = {d.path: (here / (d.location or d.path)).resolve() for d in self.report.documents}
        for verdict in self.report.verdicts:
            file = files.get(verdict.claim.doc, self.documents / verdict.claim.doc)
            self.by_file.setdefault(file, []).append(verdict)

    def pytest_report_header(self, config: pytest.Config) -> str:
        report = self.report
        if report is None:
            return "factlint: no documents checked"
        counts = ", ".join(
            f"{report.count(name)} {name}" for name in ("pass", "flag", "unverified")
        )
        return (
            f"factlint: {len(report.verdicts)} claims in {len(report.documents)} document(s) "
            f"({counts}); references sha256 {report.references_sha256[:12]}"
        )

    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> pytest.File | None:
        verdicts = self.by_file.get(file_path.resolve())
        if verdicts is None:
            return None
        document: DocumentFile = DocumentFile.from_parent(parent, path=file_path)
        document.verdicts = verdicts
        document.fail_on = self.fail_on
        return document


class DocumentFile(pytest.File):
    """A checked document: its claims are its tests."""

    verdicts: list[Verdict]
    fail_on: str

    def collect(self) -> Iterator[pytest.Item]:
        for verdict in self.verdicts:
            yield ClaimItem.from_parent(
                self, name=verdict.claim.id, verdict=verdict, fail_on=self.fail_on
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
            document = self.nodeid.rpartition("::")[0]  # as the user names it, from rootdir
            return f"{document}:{claim.line}:{claim.column}: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        claim = self.verdict.claim
        return self.path, claim.line - 1, f"{claim.doc}:{claim.line}:{claim.column} {claim.text}"
