"""What comparing adds to a linking record, as data: each compared fact in the claim's
unit (with any conversion, its rate and band), whether it meets the interval the
claim's wording allows and by how far it misses; a change derived from two levels; a
record held against the series; and the verdict that follows, with its reason and
severity."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from factlint.references.columns import MetricKind
from factlint.references.fact_ref import FactRef

VerdictName = Literal["pass", "flag", "unverified"]
Reason = Literal[
    "value", "rank", "date", "text", "ambiguous", "inconsistent", "superseded", "comparison"
]
Severity = Literal["minor", "major"]


class Conversion(BaseModel):
    """A fact in another currency, converted at references/fx.csv's rate: the value in
    the claim's currency, and the relative band the rate's uncertainty allows."""

    model_config = ConfigDict(frozen=True)

    value: float
    band: float
    rate: str  # "at 7.19 CNY per USD (2024, Central bank)"


class Outcome(BaseModel):
    """One fact held against the claim's interval.

    ``value`` is the fact in the claim's unit (None for dates, ranks and names);
    ``scaled`` when that took a change of scale or physical unit; ``distance`` is how far
    outside the interval it lies, in the claim's unit (days for dates); ``counted`` when
    the claim, a bare count under a thousand, was held exact against a whole number."""

    model_config = ConfigDict(frozen=True)

    fact: FactRef
    kind: MetricKind
    holds: bool
    distance: float = 0.0
    value: float | None = None
    scaled: bool = False
    conversion: Conversion | None = None
    counted: bool = False


class Derivation(BaseModel):
    """A change derived from two levels: its value and the interval the levels'
    rounding allows, in percent (or percentage points, or for an ``amount`` the claim's
    unit, signed as the claim's wording: a fall's size is positive)."""

    model_config = ConfigDict(frozen=True)

    start: FactRef
    end: FactRef
    value: float
    low: float
    high: float
    points: bool = False
    amount: bool = False
    unit: str = ""  # an amount's unit, as written for the claim
    fall: bool = False  # an amount's value and interval are the size of a fall


class RecordCheck(BaseModel):
    """A claimed high or low ("a record", "the highest since 2011", "a 15-year low") or
    first ("the first fall in five years") against the earlier facts of its series, over
    the periods its wording reaches (``reach`` in words; ``event`` what a first counts).
    ``holds`` is None when that cannot be told (``why``, or ``on_file`` of the ``wanted``
    periods, ``missing`` the last of those absent); ``beaten_by`` is the earlier fact that
    beats it (or had the event), with its ``beaten_value`` in the held fact's unit; the
    ``anchor`` is the fact of the period it is counted from, ``anchor_holds`` whether it
    is on the right side (``began``: it begins the series on file, so the wording is read
    as "since the series began"). ``changes``: the series is of changes, ``derived`` from
    levels; values and ``unit`` are then percent or percentage points."""

    model_config = ConfigDict(frozen=True)

    high: bool
    since: str
    metric: str
    unit: str
    value: float
    period: str
    holds: bool | None
    beaten_by: FactRef | None = None
    beaten_value: float = 0.0
    distance: float = 0.0
    covered: list[str] = []  # the periods of the earlier facts, first and last
    extreme: float = 0.0  # the highest (or lowest) of them
    reach: str = ""  # "since 2008", "in 15 years", "in more than 10 years"; "" for every period
    event: str = ""  # "fall", "rise", "above 100 billion USD": what a first counts
    changes: bool = False
    derived: bool = False
    wanted: int = 0  # the periods the reach covers, between its start and the claim's
    on_file: int = 0
    missing: list[str] = []  # the periods not on file, earliest first
    anchor: FactRef | None = None
    anchor_value: float = 0.0
    anchor_holds: bool | None = None
    began: bool = False
    why: str = ""  # why the reach cannot be counted
    missed: bool = False  # a first fall (or rise) of a level whose own period had none

    @property
    def against(self) -> list[FactRef]:
        """The facts a broken record is held against: the one that beats it, else its
        anchor."""
        if self.holds is not False:
            return []
        found = self.beaten_by or self.anchor
        return [found] if found is not None else []


class Figure(BaseModel):
    """One entity's figure in a comparison between entities: its value in the metric's
    unit (a change in percent, when derived from ``levels``) and the interval its
    rounding (and any exchange rate's band) allows, with the facts it comes from."""

    model_config = ConfigDict(frozen=True)

    entity: str
    value: float
    low: float
    high: float
    facts: list[FactRef]
    derived: bool = False


class Standing(BaseModel):
    """Two entities' figures of one period side by side, and how they bear out the
    relation claimed for that period: ``holds``, or else whether the figures contradict
    it beyond their rounding (``beyond``) or only within it (equal as published, or apart
    by less than their rounding)."""

    model_config = ConfigDict(frozen=True)

    period: str
    subject: Figure
    other: Figure
    order: Literal[">", "<"]  # what the claim says of this period
    holds: bool
    beyond: bool = False


class RelationCheck(BaseModel):
    """A comparison between entities held against both entities' figures: for the
    claim's period, and for a change of order (``overtook``) the period before, the
    order the other way; for a multiple ("twice as large as") the ratio of the two
    figures (``ratio``, ``ratio_low``..``ratio_high`` with their rounding) against the
    one the wording allows (``wanted_low``..``wanted_high``, None for an open end).
    ``holds`` is None when it cannot be told (``why``)."""

    model_config = ConfigDict(frozen=True)

    words: str
    metric: str
    unit: str
    standings: list[Standing] = []
    ratio: float | None = None
    ratio_low: float = 0.0
    ratio_high: float = 0.0
    wanted_low: float | None = None
    wanted_high: float | None = None
    holds: bool | None = None
    why: str = ""


class Comparison(BaseModel):
    """Comparing's whole result for one claim.

    ``outcomes`` holds every fact compared; ``kept`` the ids the verdict rests on (for a
    date, the facts nearest the claim's); ``best`` the nearest fact when all contradict.
    ``farther`` marks a flag turned into ``unverified`` because the metric was named
    farther off than the nearest. ``error`` says why nothing could be compared.
    ``superseded`` is the earlier estimate of a revised figure that the claim holds."""

    model_config = ConfigDict(frozen=True)

    verdict: VerdictName
    reason: Reason | None = None
    severity: Severity | None = None
    outcomes: list[Outcome] = []
    kept: list[str] = []
    best: str = ""
    derivation: Derivation | None = None
    record: RecordCheck | None = None
    distance: float = 0.0  # how far a derived change lies outside the claim's interval
    farther: bool = False
    error: str = ""
    # The earlier estimate of a revised figure the claim holds, when it contradicts the
    # estimate current at the document's date (reason "superseded").
    superseded: Outcome | None = None
    # A comparison between entities, held against both entities' figures.
    relation: RelationCheck | None = None
