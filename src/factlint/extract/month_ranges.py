"""Parts of a year: "January-November 2024", "between January and July", "Jan-Nov",
"the first 11 months of 2024", "the first eight months", and spans ending in a month:
"the three months to September", "the year to March 2024", "the year to July 1"; and
windows between two counts, "from mid-2021 to mid-2022", "between April 1, 2020 and
April 1, 2021". A claim over such a part
must never be compared with a full-year figure, so the part is read exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factlint.extract.dates import FULL_MONTH_NAMES, DateReading, month_end
from factlint.extract.lexicon import MONTHS, ONES
from factlint.extract.tokens import Token, adjacent

_SEPARATORS = frozenset({"-", "–", "—", "to", "through", "until", "and"})


def _month_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A capitalised month name (abbreviations may carry a dot) -> (month, next index)."""
    if i >= len(tokens) or tokens[i].kind != "word" or not tokens[i].text[:1].isupper():
        return None
    month = MONTHS.get(tokens[i].low)
    if month is None:
        return None
    j = i + 1
    dot = j < len(tokens) and tokens[j].text == "." and adjacent(tokens[i], tokens[j])
    if dot and tokens[i].low not in FULL_MONTH_NAMES:  # "Sept." but not "July." at an end
        j += 1
    return month, j


def _year_at(tokens: list[Token], i: int) -> int | None:
    if (
        i < len(tokens)
        and tokens[i].kind == "num"
        and len(tokens[i].text) == 4
        and tokens[i].text.isdigit()
    ):
        year = int(tokens[i].text)
        return year if 1800 <= year <= 2100 else None
    return None


def _span(year: int, first: int, last: int, end: int) -> DateReading:
    label = f"{year:04d}-{first:02d}..{year:04d}-{last:02d}"
    return DateReading("period", label, dt.date(year, first, 1), month_end(year, last), end)


def _months_ending(year: int, last: int, count: int, end: int) -> DateReading:
    """The ``count`` months that end with month ``last`` of ``year``; may cross years."""
    index = year * 12 + last - 1 - (count - 1)
    first_year, first = index // 12, index % 12 + 1
    label = f"{first_year:04d}-{first:02d}..{year:04d}-{last:02d}"
    lower = dt.date(first_year, first, 1)
    return DateReading("period", label, lower, month_end(year, last), end)


def _year_for(last: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    return published.year if last <= published.month else published.year - 1


def month_range(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "January-November 2024", "January to July", "between January and July 2024"."""
    first = _month_at(tokens, i)
    if first is None or first[1] >= len(tokens):
        return None
    separator = tokens[first[1]].low
    if separator not in _SEPARATORS:
        return None
    if separator == "and" and (i == 0 or tokens[i - 1].low != "between"):
        return None
    second = _month_at(tokens, first[1] + 1)
    if second is None or second[0] <= first[0]:
        return None
    year = _year_at(tokens, second[1])
    end = second[1] + 1 if year is not None else second[1]
    year = year if year is not None else _year_for(second[0], published)
    if year is None:
        return None
    return _span(year, first[0], second[0], end)


def first_months(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "first 11 months of 2024", "first eight months" (of the publication's year),
    "first three quarters of 2024"."""
    if tokens[i].low != "first" or i + 2 >= len(tokens):
        return None
    count_token = tokens[i + 1]
    if count_token.kind == "num" and count_token.text.isdigit():
        count = int(count_token.text)
    else:
        count = ONES.get(count_token.low, 0)
    unit = tokens[i + 2].low
    if unit in ("quarters", "halves"):
        count *= 3 if unit == "quarters" else 6  # "the first three quarters"
    elif unit != "months":
        return None
    if not 1 < count < 12:
        return None
    end = i + 3
    year = None
    if end + 1 < len(tokens) and tokens[end].low == "of":
        year = _year_at(tokens, end + 1)
        if year is not None:
            end += 2
    if year is None:
        year = _year_for(count, published)
    if year is None:
        return None
    return _span(year, 1, count, end)


# Words that name a span by its length: "the year to March", "the quarter to June".
_SPAN_MONTHS = {"year": 12, "quarter": 3}
_SPAN_UNTIL = frozenset({"to", "through", "till", "until", "ended", "ending"})
_ENDED = frozenset({"ended", "ending"})
_THAT = frozenset({"that", "which"})
_MAX_MONTHS = 24


def _span_length(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "three months", "12 months", "year", "fiscal year", "half-year" -> (months, next)."""
    token = tokens[i]
    if token.low in ("fiscal", "financial") and i + 1 < len(tokens):
        if tokens[i + 1].low in _SPAN_MONTHS:  # "the fiscal quarter ended June 30"
            return _SPAN_MONTHS[tokens[i + 1].low], i + 2
        return None
    if token.low in _SPAN_MONTHS:
        return _SPAN_MONTHS[token.low], i + 1
    if token.low == "half":
        k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "-" else i + 1
        if k < len(tokens) and tokens[k].low == "year":
            return 6, k + 1
        return None
    if token.kind == "num" and token.text.isdigit():
        count = int(token.text)
    else:
        count = ONES.get(token.low, 0)
    if not 1 <= count <= _MAX_MONTHS or i + 1 >= len(tokens):
        return None
    if tokens[i + 1].low not in ("months", "month"):
        return None
    return count, i + 2


def months_to(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "three months to September 2024", "the year to March", "fiscal year to March 2024",
    "12 months ended June 30, 2024": the months ending with the named month."""
    length = _span_length(tokens, i)
    if length is None or length[1] >= len(tokens):
        return None
    count, j = length
    if tokens[j].low in _THAT and j + 2 < len(tokens) and tokens[j + 1].low in _ENDED:
        j += 1  # "the 12 months that ended on Sept. 30"
    if tokens[j].low not in _SPAN_UNTIL:
        return None
    k = j + 1
    if tokens[j].low in _ENDED and k < len(tokens) and tokens[k].low in ("on", "in"):
        k += 1
    month = _month_at(tokens, _end_of(tokens, k))
    if month is None:
        return None
    last, k = month
    first_day = False
    if _day_at(tokens, k):  # "ended June 30, 2024"
        first_day = tokens[k].text.lstrip("0") == "1"
        k += 1
        if k < len(tokens) and tokens[k].text == "," and _year_at(tokens, k + 1) is not None:
            k += 1
    year = _year_at(tokens, k)
    end = k + 1 if year is not None else k
    year = year if year is not None else _year_for(last, published)
    if year is None:
        return None
    if first_day:
        # "the year to July 1": a window that ends on the 1st ends with the month before
        # (a population counted on July 1 grew over the twelve months to June 30).
        year, last = (year, last - 1) if last > 1 else (year - 1, 12)
    return _months_ending(year, last, count, end)


def _end_of(tokens: list[Token], k: int) -> int:
    """The index of the month in "the end of June" or "end-June" at token k, else k."""
    words = [tokens[m].low for m in range(k, min(k + 3, len(tokens)))]
    if words[:3] == ["the", "end", "of"]:
        return k + 3
    if words[:2] == ["end", "-"] or words[:2] == ["end", "of"]:
        return k + 2
    return k


def _day_at(tokens: list[Token], k: int) -> bool:
    token = tokens[k] if k < len(tokens) else None
    return (
        token is not None
        and token.kind == "num"
        and token.text.isdigit()
        and len(token.text) <= 2
        and 1 <= int(token.text) <= 31
    )


_MID_SEPARATORS = frozenset({"to", "through", "until", "and", "-", "–"})


def _mid_year(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "mid-2021", "mid 2021" at token i -> (year, next index)."""
    if i >= len(tokens) or tokens[i].low != "mid":
        return None
    k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text in ("-", "‑") else i + 1
    year = _year_at(tokens, k)
    return None if year is None else (year, k + 1)


def mid_years(tokens: list[Token], i: int, _: dt.date | None) -> DateReading | None:
    """ "mid-2021 to mid-2022", "between mid-2021 and mid-2022": the twelve months (or
    more) from July of the first year to June of the last, the window between two
    mid-year counts."""
    first = _mid_year(tokens, i)
    if first is None or first[1] >= len(tokens) or tokens[first[1]].low not in _MID_SEPARATORS:
        return None
    if tokens[first[1]].low == "and" and (i == 0 or tokens[i - 1].low != "between"):
        return None
    last = _mid_year(tokens, first[1] + 1)
    if last is None or last[0] <= first[0]:
        return None
    label = f"{first[0]:04d}-07..{last[0]:04d}-06"
    return DateReading("period", label, dt.date(first[0], 7, 1), month_end(last[0], 6), last[1])


_BETWEEN = {"and": "between", "to": "from", "through": "from", "until": "from"}


def window_between(
    tokens: list[Token], i: int, first: DateReading, read: Callable[[int], DateReading | None]
) -> DateReading | None:
    """ "between April 1, 2020 and April 1, 2021", "from 1 July 2023 to 30 June 2024": two
    days that bound whole months read as those months (2020-04..2021-03), the window a
    change between two counts covers. A window that ends on the 1st ends the day before,
    as "the year to July 1" does. ``first`` is the day read at token i; ``read`` reads
    the day at an index. None for any other pair of days (they stay two dates)."""
    k = first.end
    if k >= len(tokens) or i == 0 or tokens[k].low not in _BETWEEN:
        return None
    if tokens[i - 1].low != _BETWEEN[tokens[k].low] or first.lower.day != 1:
        return None
    second = read(k + 1)
    if second is None or second.kind != "date":
        return None
    day = second.lower
    if day.day == 1:
        day -= dt.timedelta(days=1)  # "and April 1, 2021": to March 31
    if day != month_end(day.year, day.month) or day <= first.lower:
        return None
    start = first.lower
    label = f"{start.year:04d}-{start.month:02d}..{day.year:04d}-{day.month:02d}"
    if (start.year, start.month) == (day.year, day.month):
        label = label[:7]
    return DateReading("period", label, start, day, second.end)
