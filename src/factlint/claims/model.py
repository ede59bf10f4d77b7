"""Claims: a mention read in its context (entities, metric, period, source), the unit
every later stage links and compares; and the numbers that did not become claims."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from pydantic import BaseModel, ConfigDict


class Claim(BaseModel):
    """A checkable statement: one mention in its context.

    ``kind`` is the mention's, or ``conversion`` for a writer's conversion of the amount
    before it ("2.1 trillion yen ($14 billion)"). ``metric`` is empty for a claim the
    text checks rather than the references: a conversion, or a number of no metric that
    a consistency check found inconsistent (``factlint.consistency``)."""

    model_config = ConfigDict(frozen=True)

    id: str
    doc: str
    line: int
    column: int
    start: int
    end: int
    text: str
    sentence: str
    kind: str
    value: float | int | str | None
    unit: str
    lower: float | int | str | None
    upper: float | int | str | None
    comparator: str
    precision: float | None = None
    period: str
    period_explicit: bool
    entities: list[str]
    subject: str = ""
    object: str = ""
    metric: str
    alternatives: list[
        str
    ] = []  # metrics whose keyword is as near; tried when the first links nothing
    nearby: list[str] = []  # the sentence's entities, nearest to the mention first
    clause_entities: list[str] = []  # the entities named in the mention's own clause
    starting_level: bool = False  # "to $659bn from $475bn": the level a change started from
    source_hint: str = ""
    source_entities: list[str] = []
    published: dt.date | None = None
    growth: str = ""  # "rise" or "fall": the number is a change, not a level
    baseline: str = ""  # the period a change (or a record) is measured from: "2021"
    record: str = ""  # "high" or "low" for "a record", "all-time high", "highest since"


class SkippedNumber(BaseModel):
    """A number seen in a document that did not become a claim, and why."""

    model_config = ConfigDict(frozen=True)

    doc: str
    line: int
    column: int
    text: str
    reason: str


def claim_id(doc: str, sentence: str, text: str, occurrence: int) -> str:
    """Stable across edits elsewhere: depends only on the document, sentence and mention."""
    normal = " ".join(unicodedata.normalize("NFKC", sentence).split())
    digest = hashlib.sha256(f"{doc}\0{normal}\0{text}\0{occurrence}".encode()).hexdigest()
    return digest[:10]
