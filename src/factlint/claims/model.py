"""Claims: a mention read in its context (entities, metric, period, source), the unit
every later stage links and compares; and the numbers that did not become claims.

A claim is read once and carries what was read, typed: its ``kind`` (an enum), its
``unit`` (a parsed :class:`~factlint.units.Unit`), its ``period`` and ``baseline``
(:class:`~factlint.periods.Period`), and the interval its wording allows (``lower`` and
``upper``: numbers, or days for dates). Later stages never parse them again; the words
people read (claim tables, reports, ``explain``) are made from them at the edge
(:meth:`Claim.cells`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, PlainSerializer, PlainValidator, WithJsonSchema

from factlint.periods import Period, parse_claim_period
from factlint.references.columns import ExpectationKind
from factlint.units import Unit, read_unit


class ClaimKind(StrEnum):
    """What was written: the extractor's kinds, ``text`` for a name a text metric
    introduces, ``conversion`` for a writer's conversion of the amount before it, and
    ``comparison`` for two entities' figures related ("grew faster than Italy")."""

    MONEY = "money"
    PERCENT = "percent"
    NUMBER = "number"
    MULTIPLE = "multiple"
    ORDINAL = "ordinal"
    RANK = "rank"
    QUANTITY = "quantity"
    DATE = "date"
    PERIOD = "period"
    TEXT = "text"
    CONVERSION = "conversion"
    COMPARISON = "comparison"


NUMERIC_KINDS = frozenset(
    {ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.NUMBER, ClaimKind.MULTIPLE,
     ClaimKind.QUANTITY, ClaimKind.CONVERSION}
)  # fmt: skip
DATED_KINDS = frozenset({ClaimKind.DATE, ClaimKind.PERIOD})


def _as_unit(value: object) -> Unit:
    if isinstance(value, Unit):
        return value
    if isinstance(value, str):
        return read_unit(value)
    raise ValueError(f"not a unit (got {value!r}); write e.g. 'billion USD' or '%'")


def _as_period(value: object) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    if isinstance(value, str):
        return parse_claim_period(value) if value.strip() else None
    raise ValueError(f"not a period (got {value!r})")


def _label(period: Period | None) -> str:
    return "" if period is None else period.label


UnitField = Annotated[
    Unit,
    PlainValidator(_as_unit),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "description": "the unit as written, e.g. billion USD"}),
]
PeriodField = Annotated[
    Period | None,
    PlainValidator(_as_period),
    PlainSerializer(_label, return_type=str),
    WithJsonSchema({"type": "string", "description": "a period: 2024, 2024-Q1, 2024-01..2024-11"}),
]
Bound = float | int | dt.date | None
Comparator = Literal["=", "~", ">", ">=", "<", "<=", "<~"]


class Carried(BaseModel):
    """What a claim took from elsewhere in the article, and from where."""

    model_config = ConfigDict(frozen=True)

    what: str  # "entities", "period" or "metric"
    value: str  # "CHN, RUS", "2024-01..2024-07", "bilateral_trade"
    line: int  # the line it was set on
    source: str  # "the headline", "the lead", "the paragraph", "'its'", "'the pair'"

    def __str__(self) -> str:
        return f"{self.what} from line {self.line} ({self.source}): {self.value}"


class Reach(BaseModel):
    """How far back a claimed record reaches, as its wording says: every period on file
    (``kind`` "ever": "a record", "all-time"), from an anchor (``since``: "the highest
    since 2008"), since the series began ("began", from ``since`` when a year is
    written), ``count`` ``unit``s back from the claim's period ("span": "a 15-year low";
    ``more`` for "in more than a decade"), or "unknown" ("in living memory"). ``event``
    is "" for a high or low, else what happens for the first time in that reach: a
    "fall" or "rise" ("the first fall in five years"), or a level gone "above" or
    "below" the claim's own bound ("topped $100bn for the first time since 2008")."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["ever", "since", "began", "span", "unknown"]
    since: PeriodField = None
    count: int = 0
    unit: Literal["", "year", "quarter", "month", "week", "day"] = ""
    more: bool = False
    event: Literal["", "fall", "rise", "above", "below"] = ""


class Relation(BaseModel):
    """Two entities' figures of one metric related ("Spain grew faster than Italy"): the
    ``subject``'s is above (``order`` ">") or below ("<") the ``other``'s. ``change``: the
    wording compares changes ("grew faster"), which a metric of levels derives;
    ``overtook``: the order was the other way in the period before ("overtook",
    "fell behind"). A multiple ("twice as large as") is the claim's value, the ratio of
    the two figures. ``words`` is the relation as written."""

    model_config = ConfigDict(frozen=True)

    subject: str
    other: str
    order: Literal[">", "<"]
    change: bool = False
    overtook: bool = False
    words: str


class Claim(BaseModel):
    """A checkable statement: one mention in its context.

    ``kind`` is the mention's, or ``conversion`` for a writer's conversion of the amount
    before it ("2.1 trillion yen ($14 billion)"). ``metric`` is empty for a claim the
    text checks rather than the references: a conversion, or a number of no metric that
    a consistency check found inconsistent (``factlint.consistency``). ``value`` is a
    number for amounts and ranks, the ISO label of a date or period ("2022-02"), or the
    name a text claim gives; ``lower`` and ``upper`` bound what its wording allows (None
    for an open end, and for names)."""

    model_config = ConfigDict(frozen=True)

    id: str
    doc: str
    line: int  # in the source file; for a PDF the paragraph on ``page``, for a DOCX the paragraph
    column: int
    page: int | None = None  # for a document with pages (PDF)
    start: int
    end: int
    text: str
    sentence: str
    kind: ClaimKind
    value: float | int | str | None
    unit: UnitField
    lower: Bound
    upper: Bound
    comparator: Comparator
    precision: float | None = None
    period: PeriodField
    period_explicit: bool
    # The other reading of an ambiguous dating, tried when ``period`` links no fact: a
    # rate's starting level ("climbed to 87.2% from 86.1%") is the reading before, or
    # the same period a year before.
    period_otherwise: PeriodField = None
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
    growth: Literal["", "rise", "fall"] = ""  # the number is a change, not a level
    baseline: PeriodField = None  # the period a change (or a record) is measured from
    record: Literal["", "high", "low"] = ""  # "a record", "all-time high", "highest since"
    carried: list[Carried] = []  # what the claim took from elsewhere in the article
    metric_scores: dict[str, float] = {}  # an open choice of metric, scored by the article
    # A record's reach and the event a "first" counts (claims.records); None for no record.
    reach: Reach | None = None
    # For a claim of kind comparison, the two entities and how their figures relate
    # (claims.comparisons).
    relation: Relation | None = None

    @property
    def carried_period(self) -> Carried | None:
        """Where the claim's period came from, when its sentence named none."""
        return next((c for c in self.carried if c.what == "period"), None)

    # The terms its wording states ("in real terms", "seasonally adjusted", "year on
    # year"), from factlint.basis's vocabulary, sorted (claims.terms).
    terms: tuple[str, ...] = ()
    # An expectation, not an outcome: what kind (claims.expectations).
    expectation: Literal["", ExpectationKind] = ""
    # Which estimate of a revised figure it quotes: the first, an earlier one, or ""
    # for the one current at publication (claims.estimates).
    estimate: Literal["", "first", "earlier"] = ""
    # The metrics whose `negative` words name this level ("a deficit of $1.8 trillion"
    # of a balance kept with deficits below zero): it is compared below zero under them
    # (claims.signs, link.changes.signed).
    negative_in: list[str] = []

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        """The interval as numbers; an open end (and any end of a date) is None."""
        return _number(self.lower), _number(self.upper)

    def cells(self) -> dict[str, Any]:
        """The claim as people read it in a table or JSON: text, numbers and ISO dates."""
        return self.model_dump(mode="json")


def _number(bound: Bound) -> float | None:
    return float(bound) if isinstance(bound, int | float) else None


class SkippedNumber(BaseModel):
    """A number seen in a document that did not become a claim, and why."""

    model_config = ConfigDict(frozen=True)

    doc: str
    line: int
    column: int
    text: str
    reason: str
    page: int | None = None
    start: int = -1  # offsets into the document's text, when known
    end: int = -1


def claim_id(doc: str, sentence: str, text: str, occurrence: int) -> str:
    """Stable across edits elsewhere: depends only on the document, sentence and mention."""
    normal = " ".join(unicodedata.normalize("NFKC", sentence).split())
    digest = hashlib.sha256(f"{doc}\0{normal}\0{text}\0{occurrence}".encode()).hexdigest()
    return digest[:10]
