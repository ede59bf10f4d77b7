"""The words of a record's check ("the highest since 2008: 2009 to 2023 on file (15 of
15 periods), highest 5.1; 2008 had 5.8 (Statistics Office)"), and the label of a record
that does not hold. Rendered from the evidence; nothing here compares."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.compare.record import RecordCheck
from factlint.compare.records import reach_words
from factlint.intervals import number, rounded

_SHOWN = 5


def _amount(value: float, check: RecordCheck) -> str:
    """A value of the series: a level as stated, a change to four figures."""
    words = rounded(value) if check.changes else number(value)
    if check.unit == "%":
        return f"{'+' if check.changes and value > 0 else ''}{words}%"
    return f"{words} {check.unit}".strip()


def record_what(check: RecordCheck) -> str:
    """ "a record high", "the highest since 2008", "the first fall in 5 years"."""
    if check.event:
        event = "time " + check.event if check.event.startswith(("above", "below")) else check.event
        return f"the first {event} {check.reach or 'on record'}"
    word = "highest" if check.high else "lowest"
    if check.reach:
        return f"the {word} {check.reach}"
    return f"a record {'high' if check.high else 'low'}"


def _change(check: RecordCheck) -> str:
    return ", derived from levels" if check.derived else ""


def _coverage(check: RecordCheck) -> str:
    """ "2009 to 2023 on file (15 of 15 periods)"."""
    span = " to ".join(check.covered) if check.covered else "none"
    return f"{span} on file ({check.on_file} of {check.wanted} periods)"


def record_words(check: RecordCheck) -> str:
    """What the series on file says of the claimed record, for the explanation."""
    what = record_what(check)
    if check.why:
        return f"{what}: {check.why}"
    if check.holds is False and check.beaten_by is not None:
        worst = check.beaten_by
        had = _amount(check.beaten_value, check)
        if check.missed:
            return (
                f"{what}: but {check.period} had no {check.event}: "
                f"{_amount(check.value, check)} from {worst.period} ({worst.source})"
            )
        if check.event:
            return f"{what}: but {worst.period} had one: {had} ({worst.source}{_change(check)})"
        comparison = "higher" if check.high else "lower"
        return (
            f"{what}: but {worst.period} had {had} ({worst.source}), {comparison} than "
            f"{number(check.value)} in {check.period}"
        )
    if check.holds is None and not check.wanted and not check.covered:
        return f"{what}: no earlier {check.metric} fact on file to compare"
    if check.holds is None and check.on_file < check.wanted:
        missing = ", ".join(check.missing[:_SHOWN])
        more = check.wanted - check.on_file - min(len(check.missing), _SHOWN)
        return f"{what}: {check.on_file} of {check.wanted} periods on file; missing {missing}" + (
            f" and {more} more" if more > 0 else ""
        )
    anchor = _anchor_words(check)
    if check.holds is False:
        return f"{what}: {_coverage(check)}, none beats it; but {anchor}"
    if check.event:
        body = f"{what}: none of {_coverage(check)} had one"
    else:
        word = "highest" if check.high else "lowest"
        body = (
            f"{what}: {number(check.value)} in {check.period} beats {_coverage(check)}, "
            f"{word} {number(check.extreme)}"
        )
    return body + (f"; {anchor}" if anchor else "")


def _anchor_words(check: RecordCheck) -> str:
    anchor = check.anchor
    if anchor is None:
        return ""
    had = f"{anchor.period} had {_amount(check.anchor_value, check)} ({anchor.source})"
    if check.anchor_holds:
        return had
    if check.began:
        return f"{had}, and begins the series on file: read as since the series began"
    if check.event:
        return f"{had}, no {check.event.split()[0]}: the record reaches further back"
    comparison = "lower" if check.high else "higher"
    return f"{had}, {comparison} than {number(check.value)}: the record reaches further back"


def record_label(check: RecordCheck) -> str:
    """The label of a record that does not hold: what broke it."""
    if check.beaten_by is None:
        where = check.anchor.period if check.anchor else check.since
        return f"flag (value, minor, {where} is on the wrong side)"
    if check.missed:
        return f"flag (value, major, no {check.event} in {check.period})"
    if check.event:
        return f"flag (value, major, not the first: {check.beaten_by.period})"
    return (
        f"flag (value, major, not a record: {rounded(check.distance)} "
        f"{check.unit or 'units'} beyond it)"
    )


def reach_line(claim: Claim) -> str:
    """How far back a claimed record reaches, for ``explain``: "highest since 2008",
    "first fall in 5 years"."""
    reach = claim.reach
    if reach is None:
        return ""
    what = (
        f"first {reach.event}" if reach.event else "highest" if claim.record != "low" else "lowest"
    )
    return f"{what} {reach_words(reach) or 'of every period on file'}"
