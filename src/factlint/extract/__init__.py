"""Reading numbers, dates and ranks out of English news text.

``extract(text, published)`` returns every :class:`Mention`; ``scan`` also returns the
numbers it saw and set aside (parts of names, times of day, ordinals that count
occurrences such as "for a seventh straight year"), with the reason. A period a change
is measured from ("up 1.9% from 2023", "since 2022") has the role "baseline".
Pure functions over text: no I/O, no pandas, no pint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factlint.extract import dates, month_ranges
from factlint.extract.amounts import Amount, amount_at
from factlint.extract.lexicon import HEDGE_MAX_WORDS, HEDGES, ONES, TENS
from factlint.extract.names import TELEPHONE, not_a_quantity, telephone_end
from factlint.extract.numbers import implied_interval
from factlint.extract.ranks import OCCURRENCE, Rank, occurrence_end, rank_at
from factlint.extract.tokens import Token, tokenize

__all__ = ["KINDS", "Mention", "Scan", "Skipped", "extract", "scan"]

KINDS = ("money", "percent", "number", "ordinal", "rank", "quantity", "date", "period")
ABOUT = 0.05  # default widening of "about"; the comparison policy may override it
NEARLY = 0.05

# Change verbs in every tense the news writes them: "fell", "falls", "falling", "fallen".
_FALLS = frozenset(
    [
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "down",
        "declined",
        "decline",
        "declines",
        "declining",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "dropped",
        "drop",
        "drops",
        "dropping",
        "slid",
        "slide",
        "slides",
        "sliding",
        "slipped",
        "slip",
        "slips",
        "slipping",
        "shrank",
        "shrunk",
        "shrink",
        "shrinks",
        "shrinking",
        "contracted",
        "contracting",
        "lost",
        "losing",
        "lower",
        "plunged",
        "plunge",
        "plunges",
        "plunging",
        "plummeted",
        "plummets",
        "plummeting",
        "tumbled",
        "tumble",
        "tumbles",
        "tumbling",
        "sank",
        "sunk",
        "sink",
        "sinks",
        "sinking",
        "eased",
        "ease",
        "eases",
        "easing",
        "dipped",
        "dipping",
        "slumped",
        "slumping",
        "retreated",
        "retreating",
    ]
)
_RISES = frozenset(
    [
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "up",
        "grew",
        "grow",
        "grows",
        "growing",
        "grown",
        "jumped",
        "jump",
        "jumps",
        "jumping",
        "surged",
        "surge",
        "surges",
        "surging",
        "increased",
        "increase",
        "increases",
        "increasing",
        "climbed",
        "climb",
        "climbs",
        "climbing",
        "gained",
        "gain",
        "gains",
        "gaining",
        "higher",
        "expanded",
        "expand",
        "expands",
        "expanding",
        "soared",
        "soar",
        "soars",
        "soaring",
        "advanced",
        "advancing",
        "rallied",
        "rallying",
    ]
)

# Words between a change verb and a number that make the number a level, not a change.
_LEVEL_WORDS = frozenset(["to", "from", "at", "of", "in", "on", "than", "and", "with"])
_MIRRORED = {">": "<", ">=": "<=", "<": ">", "<=": ">=", "<~": ">"}


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


def extract(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every number, money amount, percentage, rank, ordinal and date in ``text``."""
    return scan(text, published).mentions


def _hedge(tokens: list[Token], i: int) -> tuple[str, str, str]:
    """(comparator, growth, hedge words) from the words just before token i."""
    comparator = "="
    hedge = ""
    for n in range(HEDGE_MAX_WORDS, 0, -1):
        if i - n < 0:
            continue
        words = tokens[i - n : i]
        if any(t.kind != "word" for t in words):
            continue
        phrase = " ".join(t.low for t in words)
        if phrase in HEDGES:
            comparator = HEDGES[phrase]
            hedge = phrase
            i -= n
            break
    return comparator, _growth(tokens, i), hedge


def _growth(tokens: list[Token], i: int) -> str:
    """ "rise" or "fall" when a change verb stands just before token i ("fell 1.1%",
    "rose by an estimated 2%"); "" for a level ("fell to 3.5%", "up from 4%")."""
    for token in reversed(tokens[max(0, i - 3) : i]):
        if token.low in _FALLS:
            return "fall"
        if token.low in _RISES:
            return "rise"
        if token.kind != "word" or token.low in _LEVEL_WORDS:
            return ""
    return ""


def _scaled_unit(scale: str, unit: str) -> str:
    return f"{scale} {unit}".strip()


def _amount_mention(text: str, tokens: list[Token], amount: Amount) -> Mention:
    start, end = tokens[amount.start].start, tokens[amount.end - 1].end
    comparator, growth, hedge = _hedge(tokens, amount.start)
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
        comparator = _MIRRORED.get(comparator, comparator)
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
    cue = _baseline_cue(tokens, i, reading.end, published)
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
_BASELINE_PAIRS = frozenset(
    [("compared", "with"), ("compared", "to"), ("comparison", "with"), ("relative", "to")]
)
_BASELINE_WORDS = frozenset(["than", "versus", "vs", "against", "over", "from", "since"])
# Words that may stand between such a word and the period: "over the same period of 2023".
_BASELINE_FILLERS = frozenset(
    [
        "the",
        "a",
        "same",
        "corresponding",
        "comparable",
        "period",
        "quarter",
        "month",
        "week",
        "half",
        "time",
        "of",
        "in",
        "its",
        "their",
        "level",
        "levels",
        "end",
        "start",
        "beginning",
    ]
)
_BASELINE_MAX_FILLERS = 6
_AMOUNT_MAX_TOKENS = 6
_RANGE_SEPARATORS = frozenset(["to", "through", "till", "until", "-", "–", "—"])
_CHANGE_WORDS = _FALLS | _RISES | frozenset(["change", "changed", "changes"])
_CHANGE_WINDOW = 8
_CLAUSE_ENDS = frozenset([".", ",", ";", ":", "!", "?"])


def _baseline_cue(tokens: list[Token], i: int, end: int, published: dt.date | None) -> str:
    """The word that makes the period at tokens i..end a baseline ("from", "since",
    "compared"...), or "". "From" counts only where a change is described and the
    period is not the start of a range ("from January to July")."""
    k = i - 1
    if k >= 1 and tokens[k].text == "." and tokens[k - 1].low == "vs":
        k -= 1  # "vs. 2023"
    same = False
    fillers = 0
    while k >= 0 and tokens[k].low in _BASELINE_FILLERS and fillers < _BASELINE_MAX_FILLERS:
        same = same or tokens[k].low == "same"
        k -= 1
        fillers += 1
    after_amount = False
    if k >= 0 and tokens[k + 1].low == "in":
        before = _before_amount(tokens, k)  # "versus $4bn in 2023"
        after_amount, k = before != k, before
    if k < 0:
        return ""
    if k >= 1 and (tokens[k - 1].low, tokens[k].low) in _BASELINE_PAIRS:
        return tokens[k - 1].low
    cue = tokens[k].low
    if cue not in _BASELINE_WORDS:
        return ""
    if cue == "over" and not same:
        return ""  # "rose 5% over 2024" is the claim's own period
    if cue == "from" and not (
        _change_before(tokens, k) and (after_amount or not _starts_range(tokens, i, end, published))
    ):
        return ""
    return cue


def _before_amount(tokens: list[Token], k: int) -> int:
    """Index before the amount that ends at token k, or k when none does."""
    for start in range(max(0, k - _AMOUNT_MAX_TOKENS), k + 1):
        amount = amount_at(tokens, start)
        if amount is not None and amount.end == k + 1:
            return start - 1
    return k


def _change_before(tokens: list[Token], k: int) -> bool:
    """A change word in the same clause shortly before token k ("up 1.9% from")."""
    for token in reversed(tokens[max(0, k - _CHANGE_WINDOW) : k]):
        if token.text in _CLAUSE_ENDS:
            return False
        if token.low in _CHANGE_WORDS:
            return True
    return False


def _starts_range(tokens: list[Token], i: int, end: int, published: dt.date | None) -> bool:
    """The period at i..end is, or opens, a "from X to Y" range."""
    if end < len(tokens) and tokens[end].low in _RANGE_SEPARATORS:
        return True
    return (
        month_ranges.month_range(tokens, i, published) is not None
        or dates.year_span(tokens, i) is not None
    )


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
