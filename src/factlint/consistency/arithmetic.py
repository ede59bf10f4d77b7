"""What the consistency checks share: a relation among stated figures, each figure's
interval in another's unit, and the words that introduce a baseline ("from $2bn")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.extract import Mention
from factlint.intervals import STATED, Interval, of_mention, shown, with_unit
from factlint.units import Unit, UnitError, convert, parse_unit

LEVEL_KINDS = frozenset({"money", "number", "quantity"})


@dataclass(frozen=True, slots=True)
class Relation:
    """Numbers of one paragraph that the arithmetic ties together. ``result`` is the
    derived one (the change, the share, the total, the balance): the one an
    inconsistency is laid at when nothing else says which number is wrong."""

    kind: str  # "change", "share", "total", "balance"
    result: Mention
    members: tuple[Mention, ...]  # every number involved, the result last
    holds: bool
    distance: float  # how far the stated result lies outside the derived interval
    arithmetic: str  # the computation on the rounding intervals, in one line
    unit: str = ""  # the unit of the derived interval and of the distance


def unit_of(mention: Mention) -> Unit | None:
    try:
        return parse_unit(mention.unit)
    except UnitError:
        return None


def in_unit_of(mention: Mention, target: Mention) -> Interval | None:
    """The mention's interval in ``target``'s unit, or None when the two do not measure
    the same thing (dollars and euros, tonnes and dollars, a share and an amount)."""
    interval, source, goal = of_mention(mention), unit_of(mention), unit_of(target)
    if interval is None or source is None or goal is None:
        return None
    counts = {"count", "none"}
    if source.family in counts and goal.family in counts:
        return interval.scaled(source.scale / goal.scale)
    same = source.family == goal.family and source.base == goal.base
    if not same and not (source.family == goal.family == "physical"):
        return None
    try:
        return interval.scaled(convert(1.0, source, goal))
    except UnitError:
        return None


def as_stated(mention: Mention, interval: Interval | None = None) -> str:
    """ "$1.13bn (1.125–1.135 billion USD)": a figure and the interval it rounds from."""
    shown_interval = shown(interval or of_mention(mention) or Interval(None, None), STATED)
    return f"{mention.text} ({with_unit(shown_interval, mention.unit)})"


def make_relation(
    kind: str,
    members: tuple[Mention, ...],
    derived: Interval,
    stated: Interval,
    computation: str,
    unit: str,
) -> Relation:
    result = members[-1]
    distance = derived.distance(stated)
    arithmetic = (
        f"{computation} = {with_unit(shown(derived), unit)}; stated {as_stated(result, stated)}"
    )
    return Relation(kind, result, members, distance == 0.0, distance, arithmetic, unit)


FILLER = (
    r"(?:(?:a|an|the|about|around|roughly|some|nearly|almost|approximately|just|last|"
    r"previous|prior|revised|year-earlier|year-ago|its|their|[a-z]+['’]s)\s+){0,3}"
)
BASELINE = re.compile(
    rf"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+{FILLER}$", re.IGNORECASE
)

PERCENT = Unit(1.0, "%", "percent")
