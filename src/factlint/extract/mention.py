"""What the extractor returns: mentions, set-aside numbers, and both together."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.reach import Reach

KINDS = (
    "money",
    "percent",
    "number",
    "multiple",
    "ordinal",
    "rank",
    "quantity",
    "date",
    "period",
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One number, date or rank as written, with the interval its wording allows.

    ``value``/``lower``/``upper`` are floats in the written scale for amounts (the scale
    is part of ``unit``: "billion USD"), integers for ranks and ordinals, and ISO strings
    for dates and periods. An open end of the interval is None.
    """

    text: str
    start: int
    end: int
    kind: str
    value: float | str | None
    unit: str
    lower: float | str | None
    upper: float | str | None
    comparator: str
    precision: float | None = None
    growth: str = ""  # "rise" or "fall" when the wording says which way a change went
    hedge: str = ""  # the hedging words as written: "more than", "about", "nearly"
    role: str = ""  # "baseline" for a period a change is measured from ("from 2023")
    record: str = ""  # "high" or "low" for "a record", "all-time high", "the lowest since"
    # How far back a record reaches, and the event a "first" counts ("the first fall in
    # five years"): extract.reach. None for a number no record wording surrounds.
    reach: Reach | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A number that was seen and is not a quantity, with the reason."""

    text: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Scan:
    mentions: list[Mention]
    skipped: list[Skipped]
