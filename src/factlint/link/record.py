"""What linking found for one claim, as data: every candidate fact with its status
(compared, set aside, no match) and the reasons, each as a check and its words.

Comparing reads this record and adds the arithmetic; the verdict carries both, and the
one-line explanation, ``factlint explain`` and every report are rendered from them."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factlint.references.fact_ref import FactRef


class Status(StrEnum):
    COMPARED = "compared"
    SET_ASIDE = "set aside"
    NO_MATCH = "no match"


Check = Literal[
    "metric",  # the fact measures something else, or another metric was nearer
    "entities",  # other entities, the roles the other way round, or a better-fitting pair
    "period",  # another period, or not the latest one known when the wording names none
    "unit",  # another dimension, or another currency than a fact in the claim's own
    "source",  # the claim names another source, or another row is primary
    "baseline",  # a change measured from another period than the claim's
    "level",  # a level a change is derived from, or one not needed for it
    "date",  # another fact's date is nearer the claim's
    "review",  # an analyst pinned the claim, to this fact or to another
    "vintage",  # another estimate of the figure was current when the document came out
    "basis",  # measured in other terms (real, seasonally adjusted, year on year...)
    "expectation",  # an expectation against an outcome, or another kind of expectation
]
_CHECKS = frozenset(Check.__args__)  # type: ignore[attr-defined]


class Finding(BaseModel):
    """One reason about one fact: which check, and what it found, in words."""

    model_config = ConfigDict(frozen=True)

    check: Check
    words: str

    def __str__(self) -> str:
        return f"{self.check}: {self.words}"

    @classmethod
    def of(cls, text: str) -> Finding:
        """A finding from its words, "period: fact is for 2023, claim for 2024"."""
        check, _, words = text.partition(": ")
        if check not in _CHECKS:
            raise ValueError(f"no such check (got {check!r} in {text!r})")
        return cls.model_construct(check=check, words=words)  # type: ignore[arg-type]


class Candidate(BaseModel):
    """One fact that could have confirmed the claim, and what linking made of it.

    ``role`` says what a compared fact is to the claim: the fact itself, or one of the
    two levels a change is derived from (an amount's change that names no baseline has
    two start levels to choose from: the period before's and a year before's)."""

    model_config = ConfigDict(frozen=True)

    fact: FactRef
    metric: str
    status: Status
    findings: list[Finding] = []
    role: Literal["fact", "end level", "start level", "other start level"] = "fact"


class Vintages(BaseModel):
    """The estimates of a revised figure besides the one compared (rows joined by the
    references' ``revises`` column), as the document's publication date sorts them.

    ``superseded``: estimates out by that date and replaced by it; a claim that holds one
    of them and not the one compared quotes a superseded figure. ``later``: estimates
    published after the document (the compared one revised). ``undated``: the document
    has no publication date, so the latest estimate was compared. ``quoted``: the
    wording names an earlier estimate ("first", "earlier"), which was compared.
    ``early``: the document came out before every estimate on file, so the first was
    compared, which may confirm the claim but not flag it."""

    model_config = ConfigDict(frozen=True)

    superseded: list[FactRef] = []
    later: list[FactRef] = []
    undated: bool = False
    quoted: str = ""
    early: bool = False


Route = Literal["facts", "levels", "pinned", "none"]


class Side(BaseModel):
    """One entity's figure in a comparison between entities ("faster than Italy"), as
    linking found it: the facts compared (for a change derived from levels, the end and
    the start level) for ``period``, the claim's, or for a change of order ("overtook")
    the period ``before`` it; ``looked_for`` says what was missing when none linked."""

    model_config = ConfigDict(frozen=True)

    role: Literal["subject", "other"]
    entity: str
    period: str = ""
    before: bool = False
    route: Route = "none"
    facts: list[FactRef] = []
    looked_for: str = ""


class LinkRecord(BaseModel):
    """For one claim: which metric's facts it is compared with and how (``route``), every
    candidate fact of the metrics tried, and, when nothing links, what was looked for.

    ``farther`` marks a metric named farther off than the nearest, tried because the
    nearest had no fact: its facts may confirm the number but never contradict it.
    ``series`` holds the earlier facts of the same series, for a claimed record.
    ``vintages`` holds the other estimates of a revised figure compared; ``pair`` each
    entity's figure of a comparison between entities."""

    model_config = ConfigDict(frozen=True)

    metric: str = ""
    route: Route = "none"
    farther: bool = False
    tried: list[str] = []
    candidates: list[Candidate] = []
    looked_for: list[str] = []
    series: list[FactRef] = []
    relaxed: str = ""  # a carried reading given up because it linked nothing, and why
    scores: dict[str, float] = {}  # an open choice of metric, as the article scored it
    vintages: Vintages | None = None
    # For a comparison between entities, each entity's figure (link.comparisons); the
    # candidates are then every side's, each fact once.
    pair: list[Side] = []

    def compared(self) -> list[Candidate]:
        return [c for c in self.candidates if c.status is Status.COMPARED]
