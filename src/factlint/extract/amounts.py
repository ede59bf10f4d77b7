"""Numeric phrases: money, percentages, physical quantities and plain numbers, with
their scale words, ranges and currency, from the tokens around a number."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.lexicon import (
    CODE_ALIASES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    CURRENCY_WORDS_NEEDING_SCALE,
    MONEY_ONLY_SCALES,
    ONES,
    PERCENT_WORDS,
    SCALED_UNIT_SYMBOLS,
    SCALED_UNIT_WORDS,
    SCALES,
    SYMBOL_PREFIXES,
    TENS,
    UNIT_WORDS,
)
from factlint.extract.numbers import Number, numeral, spelled
from factlint.extract.tokens import Token, adjacent, phrase_at


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


def currency_prefix(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A currency written before a number: "$", "US$", "USD", "RMB" -> (code, next index)."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.kind == "word" and nxt is not None and adjacent(token, nxt):
        code = SYMBOL_PREFIXES.get((token.text, nxt.text))
        if code:
            return code, i + 2
    if token.text in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[token.text], i + 1
    if token.kind == "word" and token.text.isupper():
        code = CODE_ALIASES.get(token.text, token.text)
        if code in CURRENCY_CODES:
            return code, i + 1
    return None


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
        parsed = numeral(token)
        return None if parsed is None else Number(parsed.value, parsed.precision, i + 1)
    if token.low in ONES or token.low in TENS:
        number = spelled(tokens, i)
        if number is not None and _in_compound_word(tokens, number.end):
            return None  # "two-way trade", "a three-year deal", "one-off"
        return number
    if token.low == "a" and i + 1 < len(tokens) and tokens[i + 1].low in SCALES:
        return Number(1.0, 1.0, i + 1)  # "a billion dollars"
    return None


def _hyphen_glued(tokens: list[Token], i: int) -> bool:
    """A hyphen at i written against the tokens either side ("5-billion", "1,200-km")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].text == "-"
        and adjacent(tokens[i - 1], tokens[i])
        and adjacent(tokens[i], tokens[i + 1])
        and tokens[i + 1].kind == "word"
    )


def _scale(tokens: list[Token], i: int, money: bool) -> tuple[str, int]:
    """(scale word's name, next index) at token i; ("", i) when there is none."""
    k = i + 1 if _hyphen_glued(tokens, i) else i  # "a $5-billion deal"
    if k >= len(tokens) or tokens[k].kind != "word":
        return "", i
    low = tokens[k].low
    if low not in SCALES:
        return "", i
    if low in MONEY_ONLY_SCALES and not (money and k == i and adjacent(tokens[i - 1], tokens[i])):
        return "", i
    return SCALES[low][0], k + 1


def _currency_suffix(tokens: list[Token], i: int, scaled: bool) -> tuple[str, int]:
    if i >= len(tokens):
        return "", i
    token = tokens[i]
    if token.kind == "word" and token.text.isupper():
        code = CODE_ALIASES.get(token.text, token.text)
        if code in CURRENCY_CODES:
            return code, i + 1
    n = phrase_at(tokens, i, CURRENCY_WORDS, 3)
    if n:
        words = " ".join(t.low for t in tokens[i : i + n])
        words = words.replace(" . ", ".").replace("u . s .", "u.s.")
        code = CURRENCY_WORDS.get(words) or CURRENCY_WORDS.get(tokens[i + n - 1].low, "")
        if words in CURRENCY_WORDS_NEEDING_SCALE and not scaled:
            return "", i
        return code, i + n
    return "", i


def _unit_suffix(tokens: list[Token], i: int, scaled: bool) -> tuple[str, str, int, str]:
    """(kind, unit, next index, scale the unit carries) for a percent sign or word, or a
    physical unit; the scale is "" unless the unit is an abbreviation such as "mb/d"."""
    if i >= len(tokens):
        return "", "", i, ""
    n = phrase_at(tokens, i, PERCENT_WORDS, 2)
    if n:
        words = " ".join(t.low for t in tokens[i : i + n])
        percent = PERCENT_WORDS.get(words, PERCENT_WORDS.get(tokens[i].low, "%"))
        return "percent", percent, i + n, ""
    k = i + 1 if _hyphen_glued(tokens, i) else i  # "a 1,200-km pipeline"
    if not scaled:
        found = _scaled_unit(tokens, k)
        if found is not None:
            return "quantity", found[1], found[2], found[0]
    n = phrase_at(tokens, k, _UNIT_PHRASES, 4)
    if n:
        key = _unit_key(tokens[k : k + n])
        unit = UNIT_WORDS.get(key)
        if unit and (len(key) > 1 or adjacent(tokens[k - 1], tokens[k])):
            return "quantity", unit, k + n, ""
    return "", "", i, ""


def _scaled_unit(tokens: list[Token], k: int) -> tuple[str, str, int] | None:
    """(scale, unit, next index) for "mb/d", "tcf", "Mt" at token k, else None."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return None
    if tokens[k].text in SCALED_UNIT_SYMBOLS and not _abbreviates_a_name(tokens, k):
        scale, unit = SCALED_UNIT_SYMBOLS[tokens[k].text]
        return scale, unit, k + 1
    n = phrase_at(tokens, k, _SCALED_UNIT_PHRASES, 3)
    if n:
        scale, unit = SCALED_UNIT_WORDS[_unit_key(tokens[k : k + n])]
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


def _unit_key(tokens: list[Token]) -> str:
    text = ""
    for k, token in enumerate(tokens):
        glue = k and not adjacent(tokens[k - 1], token)
        text += (" " if glue else "") + token.low
    return text


_UNIT_PHRASES = {key: key for key in UNIT_WORDS}
_SCALED_UNIT_PHRASES = {key: key for key in SCALED_UNIT_WORDS}


def _range_end(tokens: list[Token], start: int, k: int, currency: str) -> Number | None:
    """The second number of a range whose separator is at token k, if there is one."""
    if k + 1 >= len(tokens):
        return None
    separator = tokens[k].low
    if separator in ("-", "–"):
        if not (adjacent(tokens[k - 1], tokens[k]) and adjacent(tokens[k], tokens[k + 1])):
            return None
    elif separator == "and":
        if start == 0 or tokens[start - 1].low != "between":
            return None
    elif separator != "to" or (start and tokens[start - 1].low in ("from", "by")):
        return None  # "rose from 4% to 5%", "fell by $3.9bn to $205bn": a change, no range
    m = k + 1
    prefix = currency_prefix(tokens, m)
    if prefix is not None and prefix[0] == currency:
        m = prefix[1]
    return number_at(tokens, m)


def amount_at(tokens: list[Token], i: int) -> Amount | None:
    """The numeric phrase that starts at token i, if any."""
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
    suffix_currency, after = _currency_suffix(tokens, j, bool(scale))
    if suffix_currency and currency in ("", suffix_currency):
        currency, j = suffix_currency, after
    if currency:
        return Amount("money", number.value, high, precision, scale, currency, start, j)
    # Not money after all: "m" and "k" are then metres and kilos, not scales.
    high, precision, scale, j = _scaled_range(tokens, start, number, "", money=False)
    kind, unit, after, unit_scale = _unit_suffix(tokens, j, bool(scale))
    if not kind:
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
    second = _range_end(tokens, start, j, currency)
    if second is None or second.value <= number.value:
        return None, number.precision, scale, j
    second_scale, after_second = _scale(tokens, second.end, money)
    if scale and second_scale and second_scale != scale:
        return None, number.precision, scale, j
    precision = min(number.precision, second.precision)
    return second.value, precision, scale or second_scale, after_second


def _unit_range_end(
    tokens: list[Token], start: int, k: int, number: Number, scale: str, unit: str
) -> Number | None:
    """The second number of a range written with its unit twice ("5% to 7%"), if any."""
    second = _range_end(tokens, start, k, "")
    if second is None or second.value <= number.value:
        return None
    second_scale, m = _scale(tokens, second.end, money=False)
    _, second_unit, end, unit_scale = _unit_suffix(tokens, m, bool(second_scale))
    if (unit_scale or second_scale) != scale or second_unit != unit:
        return None
    return Number(second.value, second.precision, end)
