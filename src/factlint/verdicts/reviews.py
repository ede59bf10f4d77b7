"""claims/reviews.csv: an analyst's decisions on single claims, which factlint reads and
never writes.

``claim_id,action,fact_id,reason[,reviewer,date]``, one row per claim:

- ``link`` pins the claim to one fact: it is compared with that fact alone, whatever
  linking would have chosen (a fact of another metric, period or source);
- ``ignore`` sets the claim aside, with a reason: it still gets its verdict, shown in
  every report, but it is not counted and never fails a run.

A row whose claim no longer exists (its sentence was edited, so its id changed) is
reported as stale; a row naming an unknown fact, or one that cannot be compared with its
claim, stops the run like any bad reference row, at ``file:line:column``.
"""

from __future__ import annotations

import datetime as dt
import difflib
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factlint.claims.model import Claim
from factlint.claims.sentence import COMPATIBLE
from factlint.errors import FactlintError, Problem, display_path
from factlint.link.screen import screen
from factlint.references.dataset import References
from factlint.references.models import Fact
from factlint.references.table import CsvTable

REVIEW_COLUMNS = ("claim_id", "action", "fact_id", "reason")
REVIEW_OPTIONAL = ("reviewer", "date")
REVIEWS_FILE = "reviews.csv"


class ReviewError(ValueError, FactlintError):
    """reviews.csv has problems; ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[type[ReviewError], tuple[list[Problem]]]:
        return type(self), (self.problems,)  # raised in a worker, re-raised in the run


class Review(BaseModel):
    """One analyst decision: pin a claim to a fact, or ignore it, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    claim_id: str = Field(pattern=r"^[0-9A-Za-z]+$")
    action: Literal["link", "ignore"]
    fact_id: str = ""
    reason: str = ""
    reviewer: str = ""
    date: dt.date | None = None
    file: str = ""
    line: int = 0
    fact_column: int = 3  # where fact_id stands in the file, for messages

    @field_validator("date", mode="before")
    @classmethod
    def _empty_date(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def signed(self) -> str:
        """ "by review (A. Analyst, 2025-01-20)": who decided, and when, as far as known."""
        who = [part for part in (self.reviewer, self.date.isoformat() if self.date else "") if part]
        return "by review" + (f" ({', '.join(who)})" if who else f" ({self.where})")


class Reviews(BaseModel):
    """Every review of one reviews.csv, by claim id."""

    model_config = ConfigDict(frozen=True)

    path: str = ""
    entries: list[Review] = []

    @cached_property
    def _by_claim(self) -> dict[str, Review]:
        found: dict[str, Review] = {}
        for review in self.entries:
            found.setdefault(review.claim_id, review)
        return found

    @property
    def claim_ids(self) -> frozenset[str]:
        return frozenset(self._by_claim)

    def of(self, claim_id: str) -> Review | None:
        return self._by_claim.get(claim_id)

    def stale(self, claim_ids: set[str]) -> list[Review]:
        """Reviews whose claim is not among ``claim_ids``, in file order."""
        return [r for r in self.entries if r.claim_id not in claim_ids]


def _did_you_mean(wanted: str, known: list[str]) -> str:
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""


def _check_row(
    table: CsvTable, line: int, review: Review, facts: dict[str, Fact], folder: str
) -> None:
    if review.action == "link":
        if not review.fact_id:
            table.problem(
                line, "fact_id", "fact_id: empty for a link (got ''); write the id of the fact "
                "the claim is about, or write ignore as the action",
            )  # fmt: skip
        elif review.fact_id not in facts:
            table.problem(line, "fact_id", _unknown_fact(review.fact_id, facts, folder))
    else:
        if review.fact_id:
            table.problem(
                line, "fact_id", f"fact_id: an ignored claim is compared with no fact (got "
                f"{review.fact_id!r}); leave it empty, or write link as the action",
            )  # fmt: skip
        if not review.reason:
            table.problem(
                line, "reason", "reason: empty (got ''); say why the claim is not checked, "
                "like 'quoted forecast, not a statistic'",
            )  # fmt: skip
    if review.date and review.date > dt.date.today():
        table.problem(
            line, "date", f"date: in the future (got '{review.date}'); write the day of the review"
        )


def _unknown_fact(fact_id: str, facts: dict[str, Fact], folder: str) -> str:
    return (
        f"fact_id: unknown fact (got {fact_id!r}); write the id of a row in "
        f"{folder or 'references'}/facts/*.csv" + _did_you_mean(fact_id, sorted(facts))
    )


def fact_index(references: References) -> dict[str, Fact]:
    return {fact.id: fact for fact in references.facts}


def load_reviews(path: Path | str, references: References) -> Reviews:
    """Read and validate a reviews file; a missing file holds no reviews. Raises
    ReviewError listing every problem."""
    path = Path(path)
    if not path.exists():
        return Reviews(path=display_path(path))
    problems: list[Problem] = []
    table = CsvTable(path, problems)
    entries: list[Review] = []
    first: dict[str, int] = {}
    facts = fact_index(references)
    for line, row in table.rows(REVIEW_COLUMNS, REVIEW_OPTIONAL):
        review = table.validate(
            Review,
            line,
            row,
            {"file": table.where, "line": line, "fact_column": table.column("fact_id")},
        )
        if isinstance(review, set):
            continue
        _check_row(table, line, review, facts, references.folder)
        if review.claim_id in first:
            table.problem(
                line,
                "claim_id",
                f"claim_id: reviewed twice, first at {table.where}:{first[review.claim_id]} "
                f"(got {review.claim_id!r}); keep one row per claim",
            )
            continue
        first[review.claim_id] = line
        entries.append(review)
    if problems:
        raise ReviewError(sorted(problems, key=lambda p: (p.line, p.column, p.message)))
    return Reviews(path=table.where, entries=entries)


def pinned_fact(claim: Claim, review: Review, references: References) -> Fact:
    """The fact a ``link`` review pins ``claim`` to. It must exist and be one the claim
    can be compared with: a date claim cannot be held against an amount, nor dollars
    against tonnes. Other misfits (period, entities) are the analyst's call, and
    ``explain`` shows them."""
    fact = fact_index(references).get(review.fact_id)
    if fact is None:
        why = _unknown_fact(review.fact_id, fact_index(references), references.folder)
        raise ReviewError([_problem(review, why)])
    kind = references.metrics[fact.metric].kind
    misfit = ""
    if kind not in COMPATIBLE.get(claim.kind, (kind,)):
        misfit = f"is a {kind} ({fact.metric}), and the claim is a {claim.kind}"
    else:
        pinned = claim.model_copy(update={"metric": fact.metric})
        units = [m for m in screen(pinned, fact, references).mismatches if m.startswith("unit:")]
        misfit = units[0].removeprefix("unit: ") if units else ""
    if misfit:
        message = (
            f"fact_id: fact {fact.id!r} cannot be compared with claim {claim.id} "
            f"({claim.text!r}): {misfit} (got {fact.id!r}); pin a fact of a fitting kind and "
            "unit, or ignore the claim"
        )
        raise ReviewError([_problem(review, message)])
    return fact


def _problem(review: Review, message: str) -> Problem:
    return Problem(review.file or REVIEWS_FILE, review.line, review.fact_column, message)
