"""What an edit of the references changes: the documents checked with the references
at a git revision and with the working tree, and every claim whose verdict or fact
differs between the two.

The documents, the policy and the reviews are today's on both sides, so only the
reference edit shows. A claim that exists on one side only (a new metric's keywords
made a number a claim) is listed with "not a claim" on the other.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.config import Policy
from factlint.errors import FactlintError, Problem, ReferenceDataError, display_path
from factlint.verdicts.model import Verdict

# How good an outcome is, to tell an edit that broke a claim from one that mended it.
_RANK = {"flag": 0, "unverified": 1, "pass": 2}


class RevisionError(FactlintError):
    """The references cannot be had at that revision (no git, unknown revision, no such
    folder then)."""


@dataclass(frozen=True)
class Outcome:
    """A claim's verdict as the comparison sees it: the verdict, why, and its fact."""

    verdict: str
    reason: str = ""
    severity: str = ""
    fact: str = ""

    @classmethod
    def of(cls, verdict: Verdict) -> Outcome:
        fact = verdict.fact
        shown = "" if fact is None else f"{fact.id}: {fact.value} {fact.unit}".rstrip()
        return cls(verdict.verdict, verdict.reason or "", verdict.severity or "", shown)

    def __str__(self) -> str:
        words = " ".join(w for w in (self.verdict, self.reason, self.severity) if w)
        return f"{words} ({self.fact})" if self.fact else words


@dataclass(frozen=True)
class Change:
    """One claim whose outcome differs; ``before``/``after`` None: not a claim there."""

    claim_id: str
    where: str
    text: str
    metric: str
    before: Outcome | None
    after: Outcome | None

    @property
    def worse(self) -> bool:
        """A pass lost, or a new flag: what CI should stop on."""
        old = _RANK[self.before.verdict] if self.before else _RANK["unverified"]
        new = _RANK[self.after.verdict] if self.after else _RANK["unverified"]
        return new < old

    def render(self) -> str:
        before = str(self.before) if self.before else "not a claim"
        after = str(self.after) if self.after else "not a claim"
        metric = f" [{self.metric}]" if self.metric else ""
        return f"{self.where}: {self.text!r}{metric}\n    {before} → {after}"


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError as ex:
        raise RevisionError("git: not found; install git to compare with a revision") from ex
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RevisionError(f"git {' '.join(args[:2])}: {message[-1] if message else 'failed'}")
    return done.stdout


@contextmanager
def references_at(revision: str, folder: Path) -> Iterator[Path]:
    """A temporary copy of ``folder`` as it was at ``revision`` (``git archive``)."""
    folder = folder.resolve()
    if not folder.is_dir():
        raise RevisionError(f"{display_path(folder)}: no such reference folder")
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], folder).decode().strip())
    except RevisionError as ex:
        raise RevisionError(
            f"{display_path(folder)}: not in a git repository ({ex}); "
            "impact compares the references with a git revision"
        ) from ex
    _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], top)
    prefix = folder.relative_to(top).as_posix()
    try:
        archive = _git(["archive", "--format=tar", revision, "--", prefix], top)
    except RevisionError as ex:
        raise RevisionError(
            f"{prefix}: not in revision {revision} ({ex}); compare with a revision that has it"
        ) from ex
    with tempfile.TemporaryDirectory(prefix="factlint-impact-") as temporary:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(temporary, filter="data")
        yield Path(temporary) / prefix


if TYPE_CHECKING:
    from factlint.documents import Document


def _outcomes(verdicts: list[Verdict]) -> dict[str, tuple[Verdict, Outcome]]:
    return {v.claim.id: (v, Outcome.of(v)) for v in verdicts}


def impact(
    documents: Path | str | list[Document],
    references: Path | str,
    revision: str = "HEAD",
    policy: Policy | None = None,
) -> list[Change]:
    """Every claim of ``documents`` whose verdict or fact differs between the
    references at ``revision`` and in the working tree, in document order."""
    from factlint.check import check
    from factlint.documents import load_documents

    docs = documents if isinstance(documents, list) else load_documents(Path(documents))
    locations = {d.path: d.location or d.path for d in docs}
    after = _outcomes(check(docs, references, policy).verdicts)
    with references_at(revision, Path(references)) as old:
        try:
            before = _outcomes(check(docs, old, policy).verdicts)
        except ReferenceDataError as ex:
            raise ReferenceDataError(
                [_at_revision(p, old, Path(references), revision) for p in ex.problems]
            ) from None
    changes = []
    for claim_id in dict.fromkeys([*after, *before]):
        new, old_one = after.get(claim_id), before.get(claim_id)
        if new and old_one and new[1] == old_one[1]:
            continue
        claim = next(side[0].claim for side in (new, old_one) if side is not None)
        changes.append(
            Change(
                claim_id=claim_id,
                where=f"{locations.get(claim.doc, claim.doc)}:{claim.line}:{claim.column}",
                text=claim.text,
                metric=claim.metric,
                before=old_one[1] if old_one else None,
                after=new[1] if new else None,
            )
        )
    order = {v: i for i, v in enumerate([*after, *before])}
    return sorted(changes, key=lambda c: (c.where.rsplit(":", 2)[0], order[c.claim_id]))


def _at_revision(problem: Problem, copy: Path, folder: Path, revision: str) -> Problem:
    """A problem in the temporary copy, placed in the folder as it was at ``revision``."""
    path = Path(problem.path)
    try:
        inside = path.resolve().relative_to(copy.resolve())
    except ValueError:
        return problem
    shown = f"{revision}:{display_path(folder / inside)}"
    return Problem(shown, problem.line, problem.column, problem.message)
