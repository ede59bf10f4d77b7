"""Periods named relative to another period of the same sentence: "a year earlier", "the
previous year", "the year before", "a quarter earlier", "the year-earlier period".

"Exports rose 4% in December from a year earlier" compares December 2024 with December
2023, not with the year before publication: the phrase shifts the sentence's latest
period back by its unit. With no period before it in the sentence the phrase is not
read, since its meaning is then given by earlier text, not by the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factlint.extract.dates import DateReading, month_end
from factlint.extract.tokens import Token, adjacent

_UNIT_MONTHS = {"year": 12, "month": 1, "quarter": 3}
_EARLIER = frozenset({"earlier", "before", "previously", "ago"})
_PREVIOUS = frozenset({"previous", "prior", "preceding"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_SENTENCE_WINDOW = 80
# Words that open a reading of this module.
OPENERS = frozenset({"a", "year", "month", "quarter", *_PREVIOUS})

Finder = Callable[[list[Token], int], DateReading | None]


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def _phrase(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(months back, end) of "a year earlier", "the previous year", "the year before",
    "year-earlier" at token i, else None."""
    low = tokens[i].low
    nxt = _low(tokens, i + 1)
    if low == "a" and nxt in _UNIT_MONTHS and _low(tokens, i + 2) in _EARLIER - {"ago"}:
        return _UNIT_MONTHS[nxt], i + 3
    if low in _PREVIOUS and nxt in _UNIT_MONTHS and _low(tokens, i - 1) == "the":
        return _UNIT_MONTHS[nxt], i + 2
    if low not in _UNIT_MONTHS:
        return None
    if nxt == "before" and _low(tokens, i - 1) == "the":
        return _UNIT_MONTHS[low], i + 2
    if (
        low == "year"
        and nxt == "-"
        and _low(tokens, i + 2) in ("earlier", "ago")
        and adjacent(tokens[i], tokens[i + 1])
        and adjacent(tokens[i + 1], tokens[i + 2])
    ):
        return 12, i + 3
    return None


def earlier_period(tokens: list[Token], i: int, find: Finder) -> DateReading | None:
    """The period the phrase at token i names, shifted from the sentence's latest period
    before it; ``find`` reads a date or period at a token."""
    phrase = _phrase(tokens, i)
    if phrase is None:
        return None
    months, end = phrase
    anchor = _latest_before(tokens, i, find)
    if anchor is None:
        return None
    return _shifted(anchor, months, end)


def _sentence_start(tokens: list[Token], i: int) -> int:
    for k in range(i - 1, max(0, i - _SENTENCE_WINDOW), -1):
        token = tokens[k]
        if (
            token.text in _SENTENCE_ENDS
            and k + 1 < len(tokens)
            and not adjacent(token, tokens[k + 1])
            and tokens[k + 1].text[:1].isupper()
            and len(tokens[k - 1].text) > 3
        ):
            return k + 1
    return max(0, i - _SENTENCE_WINDOW)


def _latest_before(tokens: list[Token], i: int, find: Finder) -> DateReading | None:
    k = _sentence_start(tokens, i)
    latest = None
    while k < i:
        reading = find(tokens, k)
        if reading is not None and reading.end <= i:
            if reading.kind in ("date", "period"):  # not a set-aside fiscal quarter
                latest = reading
            k = reading.end
        else:
            k += 1
    return latest


def _shift_part(part: str, months: int) -> str | None:
    """One ISO part (2024, 2024-Q3, 2024-H1, 2024-12, 2024-12-05) ``months`` earlier."""
    year = int(part[:4])
    rest = part[5:]
    if not rest:
        return f"{year - months // 12:04d}" if months % 12 == 0 else None
    if rest[0] in "QH":
        size = 3 if rest[0] == "Q" else 6
        if months % size:
            return None
        index = year * (12 // size) + int(rest[1]) - 1 - months // size
        return f"{index // (12 // size):04d}-{rest[0]}{index % (12 // size) + 1}"
    month = int(rest[:2])
    index = year * 12 + month - 1 - months
    shifted = f"{index // 12:04d}-{index % 12 + 1:02d}"
    if len(rest) == 2:
        return shifted
    if months % 12:
        return None
    day = min(int(rest[3:5]), month_end(index // 12, index % 12 + 1).day)
    return f"{shifted}-{day:02d}"


def _shifted(anchor: DateReading, months: int, end: int) -> DateReading | None:
    parts = [_shift_part(part, months) for part in anchor.value.split("..")]
    if any(part is None for part in parts):
        return None
    label = "..".join(part for part in parts if part is not None)
    first, last = _bounds(label.split("..")[0]), _bounds(label.split("..")[-1])
    return DateReading(anchor.kind, label, first[0], last[1], end)


def _bounds(part: str) -> tuple[dt.date, dt.date]:
    year = int(part[:4])
    rest = part[5:]
    if not rest:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if rest[0] in "QH":
        size = 3 if rest[0] == "Q" else 6
        first = (int(rest[1]) - 1) * size + 1
        return dt.date(year, first, 1), month_end(year, first + size - 1)
    month = int(rest[:2])
    if len(rest) == 2:
        return dt.date(year, month, 1), month_end(year, month)
    day = dt.date(year, month, int(rest[3:5]))
    return day, day
