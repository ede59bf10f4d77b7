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


def number_at(tokens: list[Token], i: int) -> Number | None:
    token = tokens[i] if i < len(tokens) else None
    if token is None:
        return None
    if token.kind == "num":
        parsed = numeral(token)
        return None if parsed is None else Number(parsed.value, parsed.precision, i + 1)
    if token.low in ONES or token.low in TENS:
        return spelled(tokens, i)
    if token.low == "a" and i + 1 < len(tokens) and tokens[i + 1].low in SCALES:
        return Number(1.0, 1.0, i + 1)  # "a billion dollars"
    return None


def _scale(tokens: list[Token], i: int, money: bool) -> tuple[str, int]:
    if i >= len(tokens) or tokens[i].kind != "word":
        return "", i
    low = tokens[i].low
    if low not in SCALES:
        return "", i
    if low in MONEY_ONLY_SCALES and not (money and adjacent(tokens[i - 1], tokens[i])):
        return "", i
    return SCALES[low][0], i + 1


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


def _unit_suffix(tokens: list[Token], i: int) -> tuple[str, str, int]:
    """(kind, unit, next index) for a percent sign or word, or a physical unit."""
    if i >= len(tokens):
        return "", "", i
    n = phrase_at(tokens, i, PERCENT_WORDS, 2)
    if n:
        words = " ".join(t.low for t in tokens[i : i + n])
        return "percent", PERCENT_WORDS.get(words, PERCENT_WORDS.get(tokens[i].low, "%")), i + n
    n = phrase_at(tokens, i, _UNIT_PHRASES, 4)
    if n:
        key = _unit_key(tokens[i : i + n])
        unit = UNIT_WORDS.get(key)
        if unit and (len(tokens[i].low) > 1 or adjacent(tokens[i - 1], tokens[i])):
            return "quantity", unit, i + n
    return "", "", i


def _unit_key(tokens: list[Token]) -> str:
    text = ""
    for k, token in enumerate(tokens):
        glue = k and not adjacent(tokens[k - 1], token)
        text += (" " if glue else "") + token.low
    return text


_UNIT_PHRASES = {key: key for key in UNIT_WORDS}


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
    elif separator != "to":
        return None
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
    scale, j = _scale(tokens, number.end, money=True)
    high: float | None = None
    precision = number.precision
    # A range: "$3.5-4bn", "5 to 10 million", "between 5% and 7%".
    k = j if scale else number.end
    second = _range_end(tokens, start, k, currency)
    if second is not None and second.value > number.value:
        second_scale, after_second = _scale(tokens, second.end, money=True)
        if not scale or not second_scale or second_scale == scale:
            high = second.value
            precision = min(precision, second.precision)
            scale = scale or second_scale
            j = after_second if second_scale else second.end
    if not scale and high is None:
        j = number.end
    suffix_currency, after = _currency_suffix(tokens, j, bool(scale))
    if suffix_currency and not currency:
        currency, j = suffix_currency, after
    elif suffix_currency == currency and currency:
        j = after
    if currency:
        return Amount("money", number.value, high, precision, scale, currency, start, j)
    if scale and tokens[number.end].low in MONEY_ONLY_SCALES:
        scale, j = "", number.end
    kind, unit, after = _unit_suffix(tokens, j)
    if kind:
        return Amount(kind, number.value, high, precision, scale, unit, start, after)
    return Amount("number", number.value, high, precision, scale, "", start, j)
