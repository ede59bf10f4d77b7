"""Multiples: "doubled", "tripled", "halved", "twofold", "2.5-fold", "three times as
many", "twice the size", read as a factor (kind "multiple", unit "times").

A factor written in words is exact as written ("doubled" is 2, "three times" is 3); a
numeral keeps its rounding interval ("2.5 times" is 2.45-2.55). Verbs of change give
the direction: "doubled" rises, "halved" falls. Not read: "double-digit", "doubled down",
"double taxation", "three times this year" (a count of events).
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.fractions import and_a_half
from factlint.extract.lexicon import (
    FOLD_WORDS,
    MULTIPLE_BARE,
    MULTIPLE_VERBS,
    ONES,
    TENS,
    TIMES_FOLLOWERS,
)
from factlint.extract.numbers import Number, numeral, spelled
from factlint.extract.tokens import Token, adjacent

_HYPHENS = frozenset({"-", "‑"})
_AFTER_FACTOR = _HYPHENS | {"times", "fold"}
# Before a bare "double" or "halve", words that make it a verb ("could double").
_MODALS = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "to", "did", "does"}
    | {"nearly", "almost", "roughly", "more", "than"}
)
_VERB_MODALS = _MODALS - {"nearly", "almost", "roughly", "more", "than"}
# "a twofold increase", "a threefold drop": the noun after a fold word gives the direction.
_RISE_NOUNS = frozenset({"increase", "rise", "jump", "surge", "growth", "gain", "expansion"})
_FALL_NOUNS = frozenset({"decrease", "drop", "fall", "decline", "reduction", "cut", "slump"})
# Before a bare "twice", hedges that let it stand at the end of a clause ("more than twice.").
_TWICE_CUES = frozenset({"than", "nearly", "almost", "about", "roughly", "around", "over"})
# "twice a year", "three times a week" count events, not factors: not in TIMES_FOLLOWERS.
_DETERMINERS = frozenset({"the", "that", "its", "their", "his", "her", "our", "what"})


_DOUBLES_GAMES = frozenset({"s", "mixed", "the", "in", "men", "women", "tennis"})


@dataclass(frozen=True, slots=True)
class Multiple:
    value: float  # the factor
    precision: float  # 0.0 for a factor in words
    growth: str  # "rise", "fall" or ""
    end: int  # token index after the multiple


def multiple_at(tokens: list[Token], i: int) -> Multiple | None:
    """The multiple that starts at token i, if any."""
    low = tokens[i].low
    if low in MULTIPLE_VERBS:
        if _hyphen_after(tokens, i) or _next_low(tokens, i) in ("down", "up"):
            return None  # "doubled down", "doubled-up"
        if low == "doubles" and i > 0 and tokens[i - 1].low in _DOUBLES_GAMES:
            return None  # "the men's doubles", "mixed doubles"
        factor, growth = MULTIPLE_VERBS[low]
        return Multiple(factor, 0.0, growth, i + 1)
    if low in MULTIPLE_BARE:
        return _bare(tokens, i)
    if low in FOLD_WORDS:
        return Multiple(FOLD_WORDS[low], 0.0, _noun_growth(tokens, i + 1), i + 1)
    if low == "twice":
        nxt = _next_low(tokens, i)
        follows = nxt in TIMES_FOLLOWERS
        cued = i > 0 and tokens[i - 1].low in _TWICE_CUES and nxt in ("", ".", ",", ";")
        return Multiple(2.0, 0.0, "", i + 1) if follows or cued else None
    return _counted(tokens, i)


def _bare(tokens: list[Token], i: int) -> Multiple | None:
    """ "could double", "to triple", "double the 2023 level"; not "double taxation"."""
    if _hyphen_after(tokens, i):
        return None
    factor = MULTIPLE_BARE[tokens[i].low]
    before = tokens[i - 1].low if i > 0 else ""
    if before in _VERB_MODALS:
        return Multiple(factor, 0.0, "fall" if factor < 1 else "rise", i + 1)
    if before in _MODALS or _next_low(tokens, i) in _DETERMINERS:
        return Multiple(factor, 0.0, "", i + 1)
    return None


def _counted(tokens: list[Token], i: int) -> Multiple | None:
    """ "three times as many", "2.5 times the average", "10-fold", "two-fold rise"."""
    if tokens[i].kind == "num" and _next_low(tokens, i) not in _AFTER_FACTOR:
        return None  # most numerals are no factor: look before parsing
    number = _factor(tokens, i)
    if number is None or number.end >= len(tokens) or number.value <= 0:
        return None
    k = number.end
    token = tokens[k]
    if token.text in _HYPHENS and adjacent(tokens[k - 1], token) and _next_low(tokens, k) == "fold":
        end = k + 2
    elif token.low == "fold":
        end = k + 1
    elif token.low == "times" and _next_low(tokens, k) in TIMES_FOLLOWERS:
        return Multiple(number.value, number.precision, "", k + 1)
    else:
        return None
    return Multiple(number.value, number.precision, _noun_growth(tokens, end), end)


def _factor(tokens: list[Token], i: int) -> Number | None:
    token = tokens[i]
    if token.kind == "num":
        parsed = numeral(token)
        return None if parsed is None else Number(parsed.value, parsed.precision, i + 1)
    if token.low in ONES or token.low in TENS:
        number = spelled(tokens, i)
        if number is None:
            return None
        half = and_a_half(tokens, number.end)  # "two-and-a-half times"
        return (
            Number(number.value + 0.5, 0.0, half) if half else Number(number.value, 0.0, number.end)
        )
    return None


def _noun_growth(tokens: list[Token], k: int) -> str:
    low = tokens[k].low if k < len(tokens) else ""
    return "rise" if low in _RISE_NOUNS else "fall" if low in _FALL_NOUNS else ""


def _next_low(tokens: list[Token], i: int) -> str:
    return tokens[i + 1].low if i + 1 < len(tokens) else ""


def _hyphen_after(tokens: list[Token], i: int) -> bool:
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].text in _HYPHENS
        and adjacent(tokens[i], tokens[i + 1])
    )


OPENERS = frozenset({*MULTIPLE_VERBS, *MULTIPLE_BARE, *FOLD_WORDS, "twice"})
