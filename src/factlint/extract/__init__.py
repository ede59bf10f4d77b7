"""Reading numbers, dates and ranks out of English news text.

``extract(text, published)`` returns every :class:`Mention`; ``scan`` also returns the
numbers it saw and set aside (parts of names, times of day, ordinals that count
occurrences such as "for a seventh straight year"), with the reason. A period a change
is measured from ("up 1.9% from 2023", "since 2022") has the role "baseline".
Pure functions over text: no I/O, no pandas, no pint.
"""

from __future__ import annotations

import datetime as dt

from factlint.extract import dates, month_ranges
from factlint.extract.amounts import Amount, amount_at
from factlint.extract.baselines import baseline_cue
from factlint.extract.lexicon import ONES, TENS
from factlint.extract.mention import KINDS, Mention, Scan, Skipped
from factlint.extract.names import TELEPHONE, not_a_quantity, telephone_end
from factlint.extract.numbers import implied_interval
from factlint.extract.ranks import OCCURRENCE, Rank, occurrence_end, rank_at
from factlint.extract.tokens import Token, tokenize
from factlint.extract.wording import MIRRORED, hedge_before

__all__ = ["KINDS", "Mention", "Scan", "Skipped", "extract", "scan"]

ABOUT = 0.05  # default widening of "about"; the comparison policy may override it
NEARLY = 0.05


def extract(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every number, money amount, percentage, rank, ordinal and date in ``text``."""
    return scan(text, published).mentions


def _scaled_unit(scale: str, unit: str) -> str:
    return f"{scale} {unit}".strip()


def _amount_mention(text: str, tokens: list[Token], amount: Amount) -> Mention:
    start, end = tokens[amount.start].start, tokens[amount.end - 1].end
    comparator, growth, hedge = hedge_before(tokens, amount.start)
    if amount.high is not None:
        lower: float | None = amount.value - amount.precision / 2
        upper: float | None = amount.high + amount.precision / 2
        comparator = "="
    else:
        lower, upper = implied_interval(amount.value, amount.precision, comparator, ABOUT, NEARLY)
    value = amount.value
    if amount.kind == "percent" and growth == "fall" and amount.high is None:
        value, lower, upper = (
            -value,
            (None if upper is None else -upper),
            (None if lower is None else -lower),
        )
        comparator = MIRRORED.get(comparator, comparator)
    return Mention(
        text=text[start:end],
        start=start,
        end=end,
        kind=amount.kind,
        value=value,
        unit=_scaled_unit(amount.scale, amount.unit),
        lower=lower,
        upper=upper,
        comparator="<" if comparator == "<~" else comparator,
        precision=amount.precision,
        growth=growth if amount.kind == "percent" else "",
        hedge=hedge,
    )


def _date_mention(
    text: str, tokens: list[Token], i: int, reading: dates.DateReading, published: dt.date | None
) -> Mention:
    start, end = tokens[i].start, tokens[reading.end - 1].end
    cue = baseline_cue(tokens, i, reading.end, published)
    comparator = ">=" if cue == "since" else "="
    return Mention(
        text=text[start:end],
        start=start,
        end=end,
        kind=reading.kind,
        value=reading.value,
        unit="",
        lower=reading.lower.isoformat(),
        upper=None if comparator == ">=" else reading.upper.isoformat(),
        comparator=comparator,
        role="baseline" if cue else "",
    )


# Words that introduce the period a change is measured from or compared with.
def _rank_mention(text: str, tokens: list[Token], i: int, rank: Rank) -> Mention:
    start, end = tokens[i].start, tokens[rank.end - 1].end
    return Mention(
        text=text[start:end],
        start=start,
        end=end,
        kind=rank.kind,
        value=rank.value,
        unit=rank.kind,
        lower=1 if rank.comparator == "<=" else rank.value,
        upper=rank.value,
        comparator=rank.comparator,
        precision=1.0,
    )


def _date_at(tokens: list[Token], i: int, published: dt.date | None) -> dates.DateReading | None:
    token = tokens[i]
    if token.kind == "word":
        return (
            month_ranges.months_to(tokens, i, published)
            or month_ranges.month_range(tokens, i, published)
            or month_ranges.first_months(tokens, i, published)
            or dates.fiscal_year(tokens, i)
            or dates.month_led(tokens, i, published)
            or dates.quarter(tokens, i, published)
            or dates.weekday(tokens, i, published)
            or dates.relative(tokens, i, published)
        )
    if token.kind == "num":
        return (
            month_ranges.months_to(tokens, i, published)
            or dates.iso_date(tokens, i)
            or dates.year_span(tokens, i)
            or dates.day_led(tokens, i, published)
        )
    return None


def _year_of(amount: Amount, tokens: list[Token]) -> int | None:
    """A bare four-digit number such as 2024 reads as a year."""
    token = tokens[amount.start]
    if amount.kind != "number" or amount.scale or amount.high is not None:
        return None
    if token.kind != "num" or len(token.text) != 4 or not token.text.isdigit():
        return None
    year = int(token.text)
    return year if dates.MIN_YEAR <= year <= dates.MAX_YEAR else None


def _is_plain_one(tokens: list[Token], amount: Amount) -> bool:
    """A lone spelled-out "one" ("one of the", "no one") is a pronoun, not a number."""
    first = tokens[amount.start]
    return first.low == "one" and amount.kind == "number" and not amount.scale


def _may_start_amount(token: Token) -> bool:
    """Words that can open a numeric phrase: number words, "a", currency codes and prefixes."""
    return token.low in ONES or token.low in TENS or token.low == "a" or token.text.isupper()


def _end_of_skipped(tokens: list[Token], i: int, reason: str) -> int:
    """A set-aside number runs on through glued digits and marks ("10:30", "2.15pm"),
    a telephone number through its spaced digit groups."""
    if reason == TELEPHONE:
        return telephone_end(tokens, i)
    end = i + 1
    while (
        end < len(tokens)
        and tokens[end].start == tokens[end - 1].end
        and tokens[end].text not in ",.;)"
    ):
        end += 1
    return end


def scan(text: str, published: dt.date | None = None) -> Scan:
    """Mentions and set-aside numbers in ``text``, both sorted by position."""
    tokens = tokenize(text)
    mentions: list[Mention] = []
    skipped: list[Skipped] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        occurrence = occurrence_end(tokens, i)
        if occurrence is not None:
            start, stop = token.start, tokens[occurrence - 1].end
            skipped.append(Skipped(text[start:stop], start, stop, OCCURRENCE))
            i = occurrence
            continue
        reading = _date_at(tokens, i, published)
        if reading is not None:
            mentions.append(_date_mention(text, tokens, i, reading, published))
            i = reading.end
            continue
        if token.kind == "num":
            reason = not_a_quantity(tokens, i)
            if reason is not None:
                end = _end_of_skipped(tokens, i, reason)
                start, stop = token.start, tokens[end - 1].end
                skipped.append(Skipped(text[start:stop], start, stop, reason))
                i = end
                continue
        rank = rank_at(tokens, i)
        if rank is not None:
            mentions.append(_rank_mention(text, tokens, i, rank))
            i = rank.end
            continue
        if token.kind == "word" and not _may_start_amount(token):
            i += 1
            continue
        amount = amount_at(tokens, i)
        if amount is None or _is_plain_one(tokens, amount):
            i += 1
            continue
        year = _year_of(amount, tokens)
        if year is not None:
            reading = dates.year_value(year)
            reading = dates.DateReading(
                reading.kind, reading.value, reading.lower, reading.upper, i + 1
            )
            mentions.append(_date_mention(text, tokens, i, reading, published))
        else:
            mentions.append(_amount_mention(text, tokens, amount))
        i = amount.end
    return Scan(mentions, skipped)
