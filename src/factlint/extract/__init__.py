"""Reading numbers, dates and ranks out of English news text.

``extract(text, published)`` returns every :class:`Mention`; ``scan`` also returns the
numbers it saw and set aside (parts of names, times of day, ordinals that count
occurrences such as "for a seventh straight year"), with the reason. A period a change
is measured from ("up 1.9% from 2023", "since 2022") has the role "baseline".
Pure functions over text: no I/O, no pandas, no pint.

The scan is linear in the text: it tokenizes once, tries the readers only at tokens that
can open a reading (numerals and the words and signs of ``openers``), and each reading
moves the scan past its tokens. A reader that learns a new first word must have it in
``openers``; tests/test_extract_properties.py names any that is missing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from factlint.extract import dates
from factlint.extract.amounts import Amount, amount_at
from factlint.extract.baselines import baseline_cue
from factlint.extract.date_readers import date_at
from factlint.extract.fractions import SLASHED_PAIR, slashed_pair_end
from factlint.extract.lexicon import CURRENCY_PREFIX_WORDS, NUMBER_SCALES, ONES, SCALES, TENS
from factlint.extract.mention import KINDS, Mention, Scan, Skipped
from factlint.extract.names import TELEPHONE, URL, not_a_quantity, telephone_end, url_end
from factlint.extract.numbers import implied_interval
from factlint.extract.openers import OPENERS, OPENING_SIGNS
from factlint.extract.proportions import proportion_at
from factlint.extract.ranks import OCCURRENCE, Rank, occurrence_end, rank_at
from factlint.extract.records import record_around, set_aside_record_words
from factlint.extract.tokens import Token, adjacent, tokenize
from factlint.extract.wording import (
    HEDGES_AFTER,
    MIRRORED,
    growth_after,
    hedge_after,
    hedge_before,
)

__all__ = ["KINDS", "Mention", "Scan", "Skipped", "extract", "scan"]

BOTTOM_RANK = "rank from bottom"  # the unit of a rank counted from the last ("the smallest")
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
    opening = amount.start - (1 if negative else 0)
    comparator, growth, hedge = hedge_before(tokens, opening)
    growth = growth or growth_after(tokens, amount.end, amount.kind == "percent")
    if not hedge:
        comparator, hedge = hedge_after(tokens, amount.end)  # "20 or more"
    if amount.high is not None:
        low_end, high_end = sorted((amount.value, amount.high))
        lower: float | None = low_end - amount.precision / 2
        upper: float | None = high_end + amount.precision / 2
        comparator = "="
    else:
        lower, upper = implied_interval(amount.value, amount.precision, comparator, ABOUT, NEARLY)
    value = amount.value
    if amount.kind == "percent" and growth == "fall" and not negative:
        value, lower, upper = (
            -value,
            (None if upper is None else -upper),
            (None if lower is None else -lower),
        )
        comparator = MIRRORED.get(comparator, comparator)
    record = record_around(tokens, opening - _words_before(hedge), amount.end)
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
        record=record.direction if record else "",
        reach=record.reach if record else None,
    )


def _words_before(hedge: str) -> int:
    """How many tokens a hedge written before the number takes ("or more" comes after)."""
    return 0 if not hedge or hedge in HEDGES_AFTER else len(hedge.split())


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
        unit=BOTTOM_RANK if rank.bottom else rank.kind,
        lower=1 if rank.comparator == "<=" else rank.value,
        upper=rank.value,
        comparator=rank.comparator,
        precision=1.0,
    )


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
    return (
        first.low == "one"
        and amount.end == amount.start + 1  # not "one hundred and twenty"
        and amount.kind == "number"
        and not amount.scale
    )


def _may_start_amount(token: Token) -> bool:
    """Words that can open a numeric phrase: number words, "a", currency codes and prefixes."""
    low = token.low
    if low in ONES or low in TENS or low in ("a", "half") or low in CURRENCY_PREFIX_WORDS:
        return True
    return token.text.isupper()


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
_SIGN_WORDS = frozenset({"minus", "negative"})


def _is_rate_base(tokens: list[Token], amount: Amount) -> bool:
    """ "28 per 1,000 live births": the 1,000 is what the rate is per, not a claim."""
    return amount.kind == "number" and amount.start > 0 and tokens[amount.start - 1].low == "per"


def _negative(tokens: list[Token], start: int) -> bool:
    """ "-0.1%", "−3.8%", "at -2": a minus written against the number, not a range's dash
    ("3.5-4") or a hyphenated word; or in words, "minus 3%", "a negative 0.5% reading",
    but not the margin "plus or minus 3 points"."""
    if start > 0 and tokens[start - 1].low in _SIGN_WORDS:
        return start < 2 or tokens[start - 2].low != "or"
    if start == 0 or tokens[start - 1].text not in _MINUS:
        return False
    sign = tokens[start - 1]
    if not adjacent(sign, tokens[start]):
        return False
    return start < 2 or not adjacent(tokens[start - 2], sign)


def scan(text: str, published: dt.date | None = None) -> Scan:
    """Mentions and set-aside numbers in ``text``, both sorted by position."""
    return read_tokens(text, tokenize(text), published)


def read_tokens(
    text: str, tokens: list[Token], published: dt.date | None, every_token: bool = False
) -> Scan:
    """``scan`` over ``text``'s tokens. Only numerals and the words and signs of
    ``openers.OPENERS`` are tried as the start of a reading; ``every_token`` tries every
    token instead (slow: it exists to check that the opener set misses nothing)."""
    mentions: list[Mention] = []
    skipped: list[Skipped] = []
    if every_token:
        candidates: list[int] = list(range(len(tokens)))
    else:
        # One pass in C over the tokens; Python-level work only where a reading may start.
        candidates = [
            j for j, t in enumerate(tokens) if t.low in _OPENING or t.kind in _ALWAYS_READ
        ]
    i = 0
    last = len(tokens) - 1
    for j in candidates:
        if j < i:
            continue  # inside the reading just made
        token = tokens[j]
        if token.low == "a" and not every_token and (j == last or _a_leads_nowhere(tokens[j + 1])):
            continue  # "a" opens a reading only before one of the openers or a number
        if token.kind in _SET_ASIDE:
            reason = _SET_ASIDE[token.kind]
            skipped.append(Skipped(token.text, token.start, token.end, reason))
            i = j + 1
        else:
            i = _read_at(text, tokens, j, published, mentions, skipped)
    mentions, skipped = set_aside_record_words(mentions, skipped)
    return Scan(_carry_growth(text, mentions), skipped)


_OPENING = OPENERS | OPENING_SIGNS


def _a_leads_nowhere(after: Token) -> bool:
    """ "a" reads as part of a number only before a numeral, a sign or an opener word
    ("a third", "a billion", "a record", "a year earlier", "a $5bn deal")."""
    return after.kind == "word" and after.low not in _OPENING and after.low not in _AFTER_A


# Words that are no openers themselves but make "a" a number: "a billion dollars", "a
# hundred", "a dozen", "a decade ago".
_AFTER_A = frozenset(
    {*SCALES, *NUMBER_SCALES, "dozen", "score", "decade", "decades", "century", "fortnight"}
)
TOO_LONG = "a run of digits too long to be a number"
CODE = "part of a name"  # "H5N1": letters and digits alternating, a code
# Tokens that hold digits but are never read: each is set aside whole, with the reason.
_SET_ASIDE = {"long": TOO_LONG, "code": CODE}
_ALWAYS_READ = frozenset({"num", *_SET_ASIDE})


def _read_at(
    text: str,
    tokens: list[Token],
    i: int,
    published: dt.date | None,
    mentions: list[Mention],
    skipped: list[Skipped],
) -> int:
    """Read whatever starts at token i into ``mentions`` or ``skipped``; the next index."""
    token = tokens[i]
    address = url_end(tokens, i)
    if address is not None:  # "https://example.com/q=30%25": digits of no claim
        start, stop = token.start, tokens[address - 1].end
        skipped.append(Skipped(text[start:stop], start, stop, URL))
        return address
    occurrence = occurrence_end(tokens, i)
    if occurrence is not None:
        start, stop = token.start, tokens[occurrence - 1].end
        skipped.append(Skipped(text[start:stop], start, stop, OCCURRENCE))
        return occurrence
    reading = date_at(tokens, i, published)
    if reading is not None:
        if reading.kind == dates.SET_ASIDE:  # the reason is in the value
            start, stop = token.start, tokens[reading.end - 1].end
            skipped.append(Skipped(text[start:stop], start, stop, reading.value))
        else:
            mentions.append(_date_mention(text, tokens, i, reading, published))
        return reading.end
    if token.kind == "num":
        reason = not_a_quantity(tokens, i)
        if reason is not None:
            end = _end_of_skipped(tokens, i, reason)
            start, stop = token.start, tokens[end - 1].end
            skipped.append(Skipped(text[start:stop], start, stop, reason))
            return end
        pair_end = slashed_pair_end(tokens, i)  # "24/7", "9/11": no fraction, no number
        if pair_end is not None:
            start, stop = token.start, tokens[pair_end - 1].end
            skipped.append(Skipped(text[start:stop], start, stop, SLASHED_PAIR))
            return pair_end
    proportion = proportion_at(text, tokens, i, ABOUT, NEARLY)
    if proportion is not None:
        mentions.append(proportion[0])
        return proportion[1]
    rank = rank_at(tokens, i)
    if rank is not None:
        mentions.append(_rank_mention(text, tokens, i, rank))
        return rank.end
    if token.kind == "word" and not _may_start_amount(token):
        return i + 1
    amount = amount_at(tokens, i)
    if amount is None or _is_plain_one(tokens, amount):
        return i + 1
    if _is_rate_base(tokens, amount):
        start, stop = token.start, tokens[amount.end - 1].end
        skipped.append(Skipped(text[start:stop], start, stop, RATE_BASE))
        return amount.end
    year = _year_of(amount, tokens)
    if year is not None:
        reading = dates.year_value(year)
        reading = dates.DateReading(
            reading.kind, reading.value, reading.lower, reading.upper, i + 1
        )
        mentions.append(_date_mention(text, tokens, i, reading, published))
    else:
        mentions.append(_amount_mention(text, tokens, amount))
    return amount.end


# A shared verb reaches over one clause only; the cap keeps the look-back linear when a
# long clause holds many percentages.
_SHARED_VERB_REACH = 300
_CLAUSE_END = re.compile(r"[.!?;]")
_CONJUNCTION = re.compile(r"\b(?:and|while|with|whereas)\b")


def _shares_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between a change and a later percentage, is one clause
    with a conjunction that ends in "by": "... in the US and by " (then "3.8%")."""
    if end - start > _SHARED_VERB_REACH:
        return False
    gap = text[start:end]
    kept = gap.rstrip()
    by = start + len(kept) - 2
    if len(kept) == len(gap) or not kept.endswith("by") or by < start:
        return False
    if by > 0 and (text[by - 1].isalnum() or text[by - 1] == "_"):
        return False  # "standby": not the word "by"
    return _CLAUSE_END.search(gap) is None and _CONJUNCTION.search(text, start, by) is not None


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
            and _shares_verb(text, leader.end, mention.start)
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
