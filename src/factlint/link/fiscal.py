"""A company's own quarters. "Northwind's second quarter", in a story about a company
whose fiscal year ends in January, is May to July, not April to June. When a claim's
calendar quarter links no fact, its entity's fiscal quarter of that number is tried:
from the entity's ``fiscal_year_end`` when the references give it, else from the
quarters its facts hold when they are the calendar's shifted by a month."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from factlint.claims.model import Claim
from factlint.periods import Period, months_long, parse_period
from factlint.references.dataset import References

_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_ORDINALS = ("first", "second", "third", "fourth")
_NEAR = dt.timedelta(days=31)


def fiscal_quarter(claim: Claim, references: References) -> tuple[Period, str] | None:
    """The claim's quarter as its entity's fiscal quarter, and why; None when the claim
    names no quarter or its entity keeps the calendar's."""
    found = _QUARTER.fullmatch(claim.period.label) if claim.period else None
    if found is None or claim.period is None or claim.period.end is None:
        return None
    year, number = int(found.group(1)), int(found.group(2))
    calendar_end = claim.period.end
    for entity_id in dict.fromkeys([claim.subject, *claim.entities]):
        entity = references.entities.get(entity_id)
        last = entity.fiscal_year_end if entity is not None else None
        if last is None or last == 12:
            continue
        span = _own_quarter(last, number, year, calendar_end, claim)
        why = (
            f"{entity_id}'s fiscal year ends in {calendar.month_name[last]}: its "
            f"{_ORDINALS[number - 1]} quarter nearest {claim.period.label} is {span.label}"
        )
        return span, why
    held = _held_quarter(claim, references, calendar_end)
    if held is None:
        return None
    entity_id, span = held
    why = (
        f"{entity_id}'s quarters in the references are not the calendar's: {span.label} is "
        f"the one nearest {claim.period.label}"
    )
    return span, why


def _quarter(start_month: int, year: int) -> Period:
    start = dt.date(year, start_month, 1)
    end_year, end_month = divmod(year * 12 + start_month - 1 + 2, 12)
    end = dt.date(end_year, end_month + 1, calendar.monthrange(end_year, end_month + 1)[1])
    return parse_period(f"{start.isoformat()[:7]}..{end.isoformat()[:7]}")


def _own_quarter(last: int, number: int, year: int, calendar_end: dt.date, claim: Claim) -> Period:
    """Quarter ``number`` of a fiscal year ending in month ``last``, of the year nearest
    the calendar quarter's end; of two as near, the later one that ended by publication."""
    start_month = (last + 3 * (number - 1)) % 12 + 1
    spans = [_quarter(start_month, y) for y in (year - 1, year, year + 1)]
    published = claim.published
    if published is not None and not claim.expectation:
        ended = [s for s in spans if s.end is not None and s.end <= published]
        spans = ended or spans

    def distance(span: Period) -> tuple[int, int]:
        end = span.end or calendar_end
        return abs((end - calendar_end).days) // 45, -end.toordinal()

    return min(spans, key=distance)


def _held_quarter(
    claim: Claim, references: References, calendar_end: dt.date
) -> tuple[str, Period] | None:
    """A quarter the facts of the claim's metric hold for its entities, of whole months
    not aligned with the calendar's, ending within a month of the calendar quarter."""
    entities = {e for e in [claim.subject, *claim.entities] if e}
    for metric in dict.fromkeys([claim.metric, *claim.alternatives]):
        for fact in references.facts_of(metric):
            span = fact.span
            if fact.subject not in entities or months_long(span) != 3 or span.end is None:
                continue
            if span.start.month % 3 == 1:
                continue  # a calendar quarter: the claim's own reading
            if abs(span.end - calendar_end) <= _NEAR:
                return fact.subject, span
    return None
