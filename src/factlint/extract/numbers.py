"""Numerals, spelled-out numbers and the interval their precision implies."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.lexicon import NUMBER_SCALES, ONES, TENS
from factlint.extract.tokens import Token


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written: its value and the size of its last significant digit."""

    value: float
    precision: float
    end: int  # index of the token after the number


def numeral(token: Token) -> Number | None:
    """A digit token ("1,234.5"): its value and its precision.

    Trailing zeros of an integer are not significant, but at least two significant
    digits are always kept: an integer of d digits (d >= 2) ending in z zeros is
    precise to 10**min(z, d - 2), so 240 and 200 are precise to 10, 1,000 to 100 and
    10 to 1; a single digit is precise to 1. The digits after a decimal point are
    significant (2.40 is precise to 0.01).
    """
    digits = token.text.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    if "." in digits:
        decimals = len(digits.split(".", 1)[1])
        precision = 10.0**-decimals
    else:
        stripped = digits.rstrip("0")
        zeros = len(digits) - len(stripped) if stripped else 0
        precision = two_significant(value, 10.0**zeros)
    return Number(value, precision, 0)


def two_significant(value: float, precision: float) -> float:
    """``precision`` made no coarser than the second significant digit of an integer
    ``value``: round numbers such as 200 or "ten million" still pin two digits."""
    digits = len(str(int(abs(value))))
    if digits < 2:
        return min(precision, 1.0)
    return min(precision, 10.0 ** (digits - 2))


_MAX_SPELLED_TOKENS = 16


def spelled(tokens: list[Token], i: int) -> Number | None:
    """A spelled-out number from token i ("two", "twenty-five", "three hundred and ten").

    Stops before a scale word that is not followed by more number words, so that
    "two billion dollars" reads as 2 with the scale "billion" left to the caller.
    """
    total = 0.0
    current = 0.0
    j = i
    last_value_index = -1
    smallest = 1.0
    # No number is spelled in more tokens than this ("nine hundred and ninety-nine
    # thousand ..." takes 13); the bound keeps a run of number words from being read
    # again from each of its words (quadratic) or growing past float range.
    stop = min(len(tokens), i + _MAX_SPELLED_TOKENS)
    while j < stop:
        low = tokens[j].low
        follows = j > i and last_value_index == j - 1
        previous = tokens[j - 1].low if j > i else ""
        if low in ONES or low in TENS:
            if follows and not _may_follow(previous, low):
                break
            current += ONES.get(low, 0) + TENS.get(low, 0)
            smallest = 10.0 if low in TENS and current % 10 == 0 else 1.0
            last_value_index = j
        elif low == "hundred" and follows and current:
            current *= 100
            smallest = 100.0
            last_value_index = j
        elif low == "thousand" and follows and current and _continues(tokens, j):
            total += current * NUMBER_SCALES[low]
            current = 0
            smallest = NUMBER_SCALES[low]
            last_value_index = j
        elif (low == "-" and follows and previous in TENS and _next_is_unit(tokens, j)) or (
            low == "and"
            and follows
            and previous in ("hundred", "thousand")
            and _next_is_unit(tokens, j)
        ):
            pass
        else:
            break
        j += 1
    if last_value_index < 0:
        return None
    value = total + current
    return Number(value, two_significant(value, smallest), last_value_index + 1)


def _may_follow(previous: str, low: str) -> bool:
    """Whether number word ``low`` may directly follow ``previous`` in one number.

    "twenty five" and "thousand five" continue a number; "five six" does not.
    """
    if previous in TENS:
        return low in ONES and 0 < ONES[low] < 10
    return previous not in ONES


def _next_is_unit(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and (tokens[j + 1].low in ONES or tokens[j + 1].low in TENS)


def _continues(tokens: list[Token], j: int) -> bool:
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    after = tokens[j + 2].low if j + 2 < len(tokens) else ""
    return nxt in ONES or nxt in TENS or (nxt == "and" and (after in ONES or after in TENS))


def implied_interval(
    value: float, precision: float, comparator: str, about: float, nearly: float
) -> tuple[float | None, float | None]:
    """The interval a number's wording allows, in the number's own scale.

    "=": the rounding interval; "~": the rounding interval widened by ``about`` (a
    fraction) of the value either side; "<~" (nearly): just short of the value in
    magnitude, by at most ``nearly``; ">" and ">=": open above; "<" and "<=": open below.
    Whenever both ends are set, lower <= upper.
    """
    half = precision / 2
    if comparator == "=":
        return value - half, value + half
    if comparator == "~":
        widen = abs(value) * about + half
        return value - widen, value + widen
    if comparator == "<~":
        # Nearly is about magnitude: "nearly -5" lies between -5 and -4.75.
        short_of = value * (1 - nearly)
        return min(value, short_of), max(value, short_of)
    if comparator in (">", ">="):
        return value, None
    return None, value
