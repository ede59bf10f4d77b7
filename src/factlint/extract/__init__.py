"""Reading numbers, dates and ranks out of English news text.

``extract(text, published)`` returns every :class:`Mention`; ``scan`` also returns the
numbers it saw and set aside (parts of names, times of day, ordinals that count
occurrences such as "for a seventh straight year"), with the reason. A period a change
is measured from ("up 1.9% from 2023", "since 2022") has the role "baseline".
Pure functions over text: no I/O, no pandas, no pint.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from factlint.extract import dates, month_ranges
from factlint.extract.amounts import Amount, amount_at
from factlint.extract.baselines import baseline_cue
from factlint.extract.lexicon import ONES, TENS
from factlint.extract.mention import KINDS, Mention, Scan, Skipped
from factlint.extract.names import TELEPHONE, not_a_quantity, telephone_end
from factlint.extract.numbers import implied_interval
from factlint.extract.ranks import OCCURRENCE, Rank, occurrence_end, rank_at
from factlint.extract.tokens import Token, adjacent, tokenize
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
    negative = _negative(tokens, amount.start)
    if negative:
        start = tokens[amount.start - 1].start
        amount = dataclasses.replace(
            amount, value=-amount.value, high=None if amount.high is None else -amount.high
        )
    comparator, growth, hedge = hedge_before(tokens, amount.start - (1 if negative else 0))
    if amount.high is not None:
        low_end, high_end = sorted((amount.value, amount.high))
        lower: float | None = low_end - amount.precision / 2
        upper: float | None = high_end + amount.precision / 2
        comparator = "="
    else:
        lower, upper = implied_interval(amount.value, amount.precision, comparator, ABOUT, NEARLY)
    value = amount.value
    if amount.kind == "percent" and growth == "fall" and amount.high is None and not negative:
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
        growth=growth,
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


RATE_BASE = "the base of a rate (per 100,000)"
_MINUS = frozenset({"-", "−", "–"})


def _is_rate_base(tokens: list[Token], amount: Amount) -> bool:
    """ "28 per 1,000 live births": the 1,000 is what the rate is per, not a claim."""
    return amount.kind == "number" and amount.start > 0 and tokens[amount.start - 1].low == "per"


def _negative(tokens: list[Token], start: int) -> bool:
    """ "-0.1%", "−3.8%", "at -2": a minus written against the number, not a range's dash
    ("3.5-4") or a hyphenated word."""
    if start == 0 or tokens[start - 1].text not in _MINUS:
        return False
    sign = tokens[start - 1]
    if not adjacent(sign, tokens[start]):
        return False
    return start < 2 or not adjacent(tokens[start - 2], sign)


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
        if _is_rate_base(tokens, amount):
            start, stop = token.start, tokens[amount.end - 1].end
            skipped.append(Skipped(text[start:stop], start, stop, RATE_BASE))
            i = amount.end
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
    return Scan(_carry_growth(text, mentions), skipped)


_SHARED_VERB = re.compile(r"[^.!?;]*\b(?:and|while|with|whereas)\b[^.!?;]*\bby\s+$")


def _carry_growth(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "fell 0.6% in the US and by 3.8% in the EU": the second change shares the verb of
    the first, and so its direction."""
    result: list[Mention] = []
    leader: Mention | None = None
    for mention in mentions:
        if mention.kind == "percent" and mention.growth:
            leader = mention
        elif (
            mention.kind == "percent"
            and leader is not None
            and not mention.growth
            and _SHARED_VERB.match(text, leader.end, mention.start)
        ):
            mention = _with_growth(mention, leader.growth)
        result.append(mention)
    return result


def _with_growth(mention: Mention, growth: str) -> Mention:
    if growth != "fall" or not isinstance(mention.value, float):
        return dataclasses.replace(mention, growth=growth)
    lower, upper = mention.lower, mention.upper
    return dataclasses.replace(
        mention,
        value=-mention.value,
        lower=None if not isinstance(upper, float) else -upper,
        upper=None if not isinstance(lower, float) else -lower,
        comparator=MIRRORED.get(mention.comparator, mention.comparator),
        growth=growth,
    )
