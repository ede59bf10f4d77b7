"""A claimed record's reach, read once at assembly: the extractor's reading of the
wording ("the highest since 2008", "a 15-year low", "the first fall in five years") with
its anchor period found among the sentence's periods, and what a "first" counts made
plain from the number's own wording: "fell 0.3%, the first time since 2020" counts
falls, "topped $100bn for the first time since 2008" a level gone above $100bn.

The anchor of a record is no baseline of its number: in "fell 4%, the biggest drop since
2020" the change is still year on year, and 2020 is where the record is counted from."""

from __future__ import annotations

from factlint.claims.fit import is_change
from factlint.claims.model import Reach
from factlint.extract import Mention
from factlint.periods import parse_period

# How far after "since" the anchor's period may start: "since the start of 2008".
_ANCHOR_REACH = 40


def reach_of(
    mention: Mention, periods: list[Mention], baseline: str, numbers: list[Mention]
) -> tuple[Reach | None, str]:
    """The reach of the mention's record, if its wording claims one, and the baseline
    its change keeps (none when the period found as its baseline anchors the record).
    A first fall or rise written after a level belongs to the change of the sentence
    that went that way ("fell 11.6% to $216bn, the first decline since 2019": the
    11.6%), where there is one: ``numbers`` are the sentence's."""
    found = mention.reach
    if found is None and is_change(mention):
        found = next((m.reach for m in _levels_after(mention, numbers)), None)
    elif (
        found is not None
        and found.event in _EVENTS
        and not is_change(mention)
        and any(is_change(m) and m.growth == _EVENTS[found.event] for m in numbers)
    ):
        return None, baseline  # the change's
    if found is None:
        return None, baseline
    event = found.event
    if event == "first":
        event = _event_of(mention)
        if not event:
            return None, baseline  # "was $100bn, the first time since 2008": first what?
    anchor = _anchor(found.anchor, periods) if found.kind in ("since", "began") else None
    kind = found.kind
    if kind == "since" and anchor is None:
        kind = "unknown"  # "the highest since the financial crisis": no period to count from
    since = None
    if anchor is not None:
        try:
            since = parse_period(str(anchor.value))
        except ValueError:
            kind = "unknown" if kind == "since" else kind
        if str(anchor.value) == baseline:
            baseline = ""
    reach = Reach.model_validate(
        {"kind": kind, "since": since, "count": found.count, "unit": found.unit,
         "more": found.more, "event": event}
    )  # fmt: skip
    return reach, baseline


_EVENTS = {"fall": "fall", "rise": "rise"}


def _levels_after(change: Mention, numbers: list[Mention]) -> list[Mention]:
    """Levels after the change whose wording claims a first of its direction."""
    return [
        m
        for m in numbers
        if m.start > change.end
        and m.reach is not None
        and not is_change(m)
        and m.reach.event == change.growth
    ][:1]


def _event_of(mention: Mention) -> str:
    """What "for the first time" counts: a change's direction, or a bound crossed."""
    if is_change(mention) and mention.growth:
        return mention.growth
    if mention.comparator in (">", ">="):
        return "above"
    if mention.comparator in ("<", "<="):
        return "below"
    return ""


def _anchor(offset: int, periods: list[Mention]) -> Mention | None:
    """The period written at (or just after) ``offset``, where "since" points."""
    if offset < 0:
        return None
    after = [p for p in periods if 0 <= p.start - offset <= _ANCHOR_REACH]
    return min(after, key=lambda p: p.start) if after else None
