"""Numeric phrases: money, percentages, physical quantities and plain numbers, with
their scale words, ranges and currency, from the tokens around a number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.extract import per_unit
from factlint.extract.currencies import (
    MONEY_STYLE_SCALES,
    currency_prefix,
    currency_suffix,
    sentence_currency,
)
from factlint.extract.fractions import and_a_half, fraction_of_unit, slashed_number
from factlint.extract.lexicon import (
    COUNTED_IN_MILLIONS,
    MONEY_ONLY_SCALES,
    ONES,
    PERCENT_WORDS,
    SCALED_UNIT_SYMBOLS,
    SCALED_UNIT_WORDS,
    SCALES,
    TENS,
    UNIT_WORDS,
)
from factlint.extract.numbers import Number, numeral, spelled
from factlint.extract.tokens import Token, adjacent, glued_word, phrase_at, phrase_key
from factlint.extract.wording import FALLS, RISES


@dataclass(frozen=True, slots=True)
class Amount:
    """A numeric phrase: value (and upper value for a range) in the written scale."""

    kind: str  # money, percent, quantity, number
    value: float
    high: float | None  # the range's upper end, else None
    precision: float
    scale: str  # "", "thousand", "million", "billion", "trillion"
    unit: str  # ISO currency code, "%", "percentage point", pint unit, or ""
    start: int  # token index of the first token of the phrase
    end: int  # token index after the phrase


def _in_compound_word(tokens: list[Token], end: int) -> bool:
    """A spelled-out number hyphenated to a word is part of an adjective."""
    if end + 1 >= len(tokens) or tokens[end].text not in ("-", "‑"):
        return False
    return adjacent(tokens[end - 1], tokens[end]) and tokens[end + 1].kind == "word"


def number_at(tokens: list[Token], i: int) -> Number | None:
    token = tokens[i] if i < len(tokens) else None
    if token is None:
        return None
    if token.kind == "num":
        slashed = slashed_number(tokens, i)  # "1/4 mile", "10 1/2 miles"
        if slashed is not None:
            return slashed
        parsed = numeral(token)
        if parsed is None:
            return None
        if and_a_half(tokens, i + 1):  # "1 and a half million"
            return _and_a_half(tokens, parsed.value, parsed.precision, i + 1)
        return Number(parsed.value, parsed.precision, i + 1)
    if token.low in ONES or token.low in _FRACTION_STARTS:
        fraction = fraction_of_unit(tokens, i)  # "half a million", "a quarter of a mile"
        if fraction is not None:
            return fraction
    if token.low in ONES or token.low in TENS:
        number = spelled(tokens, i)
        if number is None:
            return None
        if and_a_half(tokens, number.end):
            return _and_a_half(tokens, number.value, number.precision, number.end)
        if _in_compound_word(tokens, number.end):
            return None  # "two-way trade", "a three-year deal", "one-off"
        return number
    if token.low == "a" and i + 1 < len(tokens) and tokens[i + 1].low in SCALES:
        return Number(1.0, 1.0, i + 1)  # "a billion dollars"
    if token.low == "a" and i + 1 < len(tokens) and tokens[i + 1].low in _A_COUNT:
        value, precision = _A_COUNT[tokens[i + 1].low]
        if not _in_compound_word(tokens, i + 2):
            return Number(value, precision, i + 2)  # "a hundred people", "a dozen"
    return None


_FRACTION_STARTS = frozenset({"a", "half"})
_A_COUNT = {"hundred": (100.0, 10.0), "dozen": (12.0, 1.0)}


def _and_a_half(tokens: list[Token], value: float, precision: float, end: int) -> Number:
    """ "two and a half", "one-and-a-half": precise as the decimal it stands for (2.5)."""
    after = and_a_half(tokens, end)
    if not after or value != int(value):
        return Number(value, precision, end)
    return Number(value + 0.5, 0.1, after)


def _scale(tokens: list[Token], i: int, money: bool) -> tuple[str, int]:
    """(scale word's name, next index) at token i; ("", i) when there is none."""
    k = i + 1 if glued_word(tokens, i) else i  # "a $5-billion deal"
    if k >= len(tokens) or tokens[k].kind != "word":
        return "", i
    low = tokens[k].low
    if low not in SCALES:
        return "", i
    glued = k == i and adjacent(tokens[i - 1], tokens[i])
    if low in MONEY_ONLY_SCALES and not (glued and (money or _counts_millions(tokens, k))):
        return "", i
    name = SCALES[low][0]
    if (
        name == "lakh"
        and k + 1 < len(tokens)
        and SCALES.get(tokens[k + 1].low, ("",))[0] == "crore"
    ):
        return "lakh crore", k + 2  # "1.2 lakh crore": 1.2 trillion
    return name, k + 1


def _counts_millions(tokens: list[Token], k: int) -> bool:
    """ "1.5m barrels", "2m people", "10k users": a glued "m" or "k" before what is
    counted in millions or thousands, not metres or kilometres ("a 300m tower", "the
    100m final", "a 10k race")."""
    return (
        tokens[k].low in ("m", "k")
        and k + 1 < len(tokens)
        and (tokens[k + 1].low in COUNTED_IN_MILLIONS or tokens[k + 1].low in _UNIT_STARTS)
    )


def _unit_suffix(tokens: list[Token], i: int, scaled: bool) -> tuple[str, str, int, str]:
    """(kind, unit, next index, scale the unit carries) for a percent sign or word, or a
    physical unit; the scale is "" unless the unit is an abbreviation such as "mb/d"."""
    if i >= len(tokens):
        return "", "", i, ""
    p = i
    if tokens[i].low == "of" and i + 2 < len(tokens) and tokens[i + 1].low in ("a", "an"):
        p = i + 2  # "0.25 of a per cent": a decimal fraction of one percent
    n = phrase_at(tokens, p, PERCENT_WORDS, 2)
    if n and (p == i or tokens[p].kind == "word"):
        words = phrase_key(tokens[p : p + n])
        percent = PERCENT_WORDS.get(words, PERCENT_WORDS.get(tokens[p].low, "%"))
        return "percent", percent, p + n, ""
    k = i + 1 if glued_word(tokens, i) else i  # "a 1,200-km pipeline"
    if not scaled:
        found = _scaled_unit(tokens, k)
        if found is not None:
            return "quantity", found[1], found[2], found[0]
    n = phrase_at(tokens, k, _UNIT_PHRASES, 4)
    if n:
        key = phrase_key(tokens[k : k + n])
        unit = UNIT_WORDS.get(key)
        # "up 0.9 year" is a span; "the 2024 year-end" is a calendar year's, and "a
        # 15-year low" or "10-year bonds" name a span, not an amount of years.
        a_year = key == "year" and (k != i or re.fullmatch(r"\d{4}", tokens[k - 1].text))
        if unit and not a_year and (len(key) > 1 or adjacent(tokens[k - 1], tokens[k])):
            return "quantity", unit, k + n, ""
    if _tonne_symbol(tokens, k):
        return "quantity", "tonne", k + 1, ""
    return "", "", i, ""


# What may follow a lone "t" for it to be tonnes: "278,000 t of steel", "5 t."; not
# "5 t-shirts" or a letter in a list.
_AFTER_TONNES = frozenset({"of", ".", ",", ";", ":", ")"})


def _tonne_symbol(tokens: list[Token], k: int) -> bool:
    """A lower-case "t" after a number, then "of" or a stop: the tonne's symbol."""
    if k >= len(tokens) or tokens[k].text != "t":
        return False
    return k + 1 == len(tokens) or tokens[k + 1].low in _AFTER_TONNES


def _scaled_unit(tokens: list[Token], k: int) -> tuple[str, str, int] | None:
    """(scale, unit, next index) for "mb/d", "tcf", "Mt" at token k, else None."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return None
    if tokens[k].text in SCALED_UNIT_SYMBOLS and not _abbreviates_a_name(tokens, k):
        scale, unit = SCALED_UNIT_SYMBOLS[tokens[k].text]
        return scale, unit, k + 1
    n = phrase_at(tokens, k, _SCALED_UNIT_PHRASES, 3)
    if n:
        scale, unit = SCALED_UNIT_WORDS[phrase_key(tokens[k : k + n])]
        return scale, unit, k + n
    return None


def _abbreviates_a_name(tokens: list[Token], k: int) -> bool:
    """ "Mt. Everest": an abbreviation with a dot before a capitalised word."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].text == "."
        and adjacent(tokens[k], tokens[k + 1])
        and tokens[k + 2].text[:1].isupper()
    )


_UNIT_PHRASES = {key: key for key in UNIT_WORDS}
# Units a glued "m" may scale: "1.5m barrels", "3m tonnes"; not lengths ("5m metres").
_UNIT_STARTS = frozenset(
    {"barrels", "tonnes", "tons", "bpd", "b/d", "cubic", "litres", "liters", "gallons"}
    | {"hectares", "acres", "kilowatt", "megawatt", "hours", "years", "days"}
)
_SCALED_UNIT_PHRASES = {key: key for key in SCALED_UNIT_WORDS}


def _range_end(
    tokens: list[Token], start: int, k: int, currency: str, first: float
) -> Number | None:
    """The second number of a range whose separator is at token k, if there is one.

    After a verb of change, "X to Y" is a range only when the two are of a size ("fell
    3% to 5%"); "rose 0.2% to 4.3%" is a change and the level it reached."""
    if k + 1 >= len(tokens):
        return None
    separator = tokens[k].low
    if separator in ("-", "–"):
        if not (adjacent(tokens[k - 1], tokens[k]) and adjacent(tokens[k], tokens[k + 1])):
            return None
    elif separator == "and":
        if start == 0 or tokens[start - 1].low != "between":
            return None
    elif separator == "to" and start and tokens[start - 1].low in _CHANGE_VERBS:
        second = number_at(tokens, _after_currency(tokens, k + 1, currency))
        return second if second is not None and second.value <= 3 * first else None
    elif separator != "to" or (start and tokens[start - 1].low in ("from", "by")):
        if separator == "to" and _ranging_from(tokens, start):
            pass  # "estimates range from $50bn to $80bn"
        else:
            return None  # "rose from 4% to 5%", "fell by $3.9bn to $205bn": a change
    return number_at(tokens, _after_currency(tokens, k + 1, currency))


def _after_currency(tokens: list[Token], m: int, currency: str) -> int:
    prefix = currency_prefix(tokens, m)
    return prefix[1] if prefix is not None and prefix[0] == currency else m


_CHANGE_VERBS = RISES | FALLS
_RANGING = frozenset({"range", "ranges", "ranging", "ranged", "vary", "varies", "varying"})


def _ranging_from(tokens: list[Token], start: int) -> bool:
    """ "range from X to Y", "varying from X to Y": a range, not a change."""
    return start >= 2 and tokens[start - 1].low == "from" and tokens[start - 2].low in _RANGING


def amount_at(tokens: list[Token], i: int) -> Amount | None:
    """The numeric phrase that starts at token i, if any, with what it is per."""
    amount = _amount_at(tokens, i)
    return None if amount is None else per_unit.measured(tokens, amount)


def _amount_at(tokens: list[Token], i: int) -> Amount | None:
    start = i
    currency = ""
    prefix = currency_prefix(tokens, i)
    if prefix is not None:
        currency, i = prefix
    number = number_at(tokens, i)
    if number is None:
        return None
    if prefix is not None and tokens[i].kind == "word":
        return None  # "USD one" is not how money is written
    high, precision, scale, j = _scaled_range(tokens, start, number, currency, money=True)
    if not scale and not currency:  # "26 cents", "80 euro cents", "143.9 pence", "85p"
        small = per_unit.small_change(
            tokens, Amount("money", number.value, high, precision, "", "", start, j)
        )
        if small is not None:
            return small
    suffix_currency, after = currency_suffix(tokens, j, bool(scale))
    if suffix_currency and currency in ("", suffix_currency):
        currency, j = suffix_currency, after
        if high is None:  # "between 150 euros and 300 euros"
            second = _money_range_end(tokens, start, j, number, scale, currency)
            if second is not None:
                high, precision, j = second.value, min(precision, second.precision), second.end
    if currency:
        if not scale and _trillion_mark(tokens, j):
            scale, j = "trillion", j + 1  # "$2.174T"
        money = Amount("money", number.value, high, precision, scale, currency, start, j)
        return per_unit.and_cents(tokens, money, number_at)  # "3 dollars 50 cents"
    money_scale, money_end = scale, j
    # Not money after all: "m" and "k" are then metres and kilos, not scales.
    high, precision, scale, j = _scaled_range(tokens, start, number, "", money=False)
    kind, unit, after, unit_scale = _unit_suffix(tokens, j, bool(scale))
    if not kind:
        currency = _currency_in_sentence(tokens, start, number.end, money_end)
        if currency and money_scale:
            return Amount(
                "money", number.value, high, precision, money_scale, currency, start, money_end
            )
        return Amount("number", number.value, high, precision, scale, "", start, j)
    scale = unit_scale or scale
    if high is None:
        second = _unit_range_end(tokens, start, after, number, scale, unit)
        if second is not None:
            high, precision, after = second.value, min(precision, second.precision), second.end
    return Amount(kind, number.value, high, precision, scale, unit, start, after)


def _scaled_range(
    tokens: list[Token], start: int, number: Number, currency: str, money: bool
) -> tuple[float | None, float, str, int]:
    """(upper value of a range or None, precision, scale, next index) after a number.

    Reads the scale word and a range's second number: "$3.5-4bn", "5 to 10 million".
    """
    scale, j = _scale(tokens, number.end, money)
    second = _range_end(tokens, start, j, currency, number.value)
    if second is None or second.value <= number.value:
        return None, number.precision, scale, j
    second_scale, after_second = _scale(tokens, second.end, money)
    if scale and second_scale and second_scale != scale:
        return None, number.precision, scale, j
    precision = min(number.precision, second.precision)
    return second.value, precision, scale or second_scale, after_second


# Words that may follow "38m" when it stands alone as an amount ("up from 38m a year
# earlier", "38m in 2023"); a noun after it is what it measures ("a 300m tower").
_AMOUNT_ENDS = frozenset(
    {"a", "an", "the", "in", "on", "at", "for", "last", "this", "from", "to", "and", "or"}
    | {"but", "compared", "against", "earlier", "previously", "before", "ago", "over"}
    | {"during", "while", "with", "by", "since", "versus", "vs", "year", "when", "as"}
)


def _trillion_mark(tokens: list[Token], j: int) -> bool:
    """A capital "T" glued to an amount in money: "$2.174T" is trillions, as "bn" is
    billions; a lower-case "t" is tonnes, and a "T" after a bare number is no scale."""
    return (
        0 < j < len(tokens)
        and tokens[j].text == "T"
        and adjacent(tokens[j - 1], tokens[j])
        and tokens[j - 1].kind == "num"
        and not glued_word(tokens, j + 1)  # "a $5T-bill"
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})


def _currency_in_sentence(tokens: list[Token], start: int, k: int, end: int) -> str:
    """The currency of a bare money-style scale at token k ("up from 38m a year
    earlier" beside "77m euros"): the sentence's currency, when the scale is an
    abbreviation glued to the number and no noun follows; else ""."""
    if k >= len(tokens) or tokens[k].low not in MONEY_STYLE_SCALES:
        return ""
    if not adjacent(tokens[k - 1], tokens[k]) or end != k + 1:
        return ""
    if start > 0 and tokens[start - 1].low in _DETERMINERS:
        return ""  # "the 100m", "a 300m": a distance named as a thing
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and nxt.kind != "sym" and nxt.low not in _AMOUNT_ENDS:
        return ""
    if nxt is not None and nxt.text in ("-", "‑"):
        return ""  # "300m-long"
    return sentence_currency(tokens, start, end)


def _money_range_end(
    tokens: list[Token], start: int, k: int, number: Number, scale: str, currency: str
) -> Number | None:
    """The second amount of a range written with its currency twice ("between 150 euros
    and 300 euros", "5m to 7m euros" is read by ``_scaled_range``), if any."""
    second = _range_end(tokens, start, k, currency, number.value)
    if second is None or second.value <= number.value:
        return None
    second_scale, m = _scale(tokens, second.end, money=True)
    second_currency, end = currency_suffix(tokens, m, bool(second_scale))
    if second_scale != scale or second_currency != currency:
        return None
    return Number(second.value, second.precision, end)


def _unit_range_end(
    tokens: list[Token], start: int, k: int, number: Number, scale: str, unit: str
) -> Number | None:
    """The second number of a range written with its unit twice ("5% to 7%"), if any."""
    second = _range_end(tokens, start, k, "", number.value)
    if second is None or second.value <= number.value:
        return None
    second_scale, m = _scale(tokens, second.end, money=False)
    _, second_unit, end, unit_scale = _unit_suffix(tokens, m, bool(second_scale))
    if (unit_scale or second_scale) != scale or second_unit != unit:
        return None
    return Number(second.value, second.precision, end)
