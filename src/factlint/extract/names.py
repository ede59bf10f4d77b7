"""Numbers that are not quantities: parts of names (G20, COVID-19, Boeing 737, Power of
Siberia 2, Article 5), times of day (2.15pm, 10:30) and telephone numbers."""

from __future__ import annotations

from factlint.extract.lexicon import (
    MONTHS,
    NOT_NAME_WORDS,
    ORDINAL_SUFFIXES,
    PERCENT_WORDS,
    SCALED_UNIT_SYMBOLS,
    SCALED_UNIT_WORDS,
    SCALES,
    TIME_SUFFIXES,
    UNIT_WORDS,
    WEEKDAYS,
)
from factlint.extract.tokens import Token, adjacent, phrase_at

TELEPHONE = "telephone number"
_UNIT_STARTS = frozenset(
    word.split()[0].lower() for word in (*UNIT_WORDS, *PERCENT_WORDS, *SCALED_UNIT_SYMBOLS)
)
_SCALED_UNITS = {key: key for key in SCALED_UNIT_WORDS}


def _time_reason(tokens: list[Token], i: int) -> str | None:
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt.text == ":" and adjacent(token, nxt) and after is not None and after.kind == "num":
        return "time of day"
    if nxt.low in TIME_SUFFIXES and nxt.start - token.end <= 1:
        return "time of day"
    if (
        nxt.low in ("a", "p")
        and after is not None
        and after.text == "."
        and adjacent(token, nxt) is not None
        and nxt.start - token.end <= 1
        and i + 3 < len(tokens)
        and tokens[i + 3].low == "m"
    ):
        return "time of day"
    return None


def _glued_to_letters(tokens: list[Token], i: int) -> bool:
    """ "G20", "COVID-19", "Su-57": a number written against the letters of a name."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind == "word" and adjacent(prev, tokens[i]):
        return True
    if prev.text in ("-", "/") and adjacent(prev, tokens[i]) and i >= 2:
        word = tokens[i - 2]
        return word.kind == "word" and adjacent(word, prev) and word.text[:1].isupper()
    return False


def _after_proper_noun(tokens: list[Token], i: int) -> bool:
    """ "Boeing 737", "Article 5", "Power of Siberia 2": a capitalised word just before."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or not prev.text[:1].isupper() or tokens[i].start - prev.end != 1:
        return False
    low = prev.low
    if low in NOT_NAME_WORDS or low in MONTHS or low in WEEKDAYS:
        return False
    if prev.text.isupper() and len(prev.text) == 3:
        return False  # a currency code such as USD
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (nxt is not None and (nxt.low in SCALES or _unit_starts(tokens, i + 1)))


def _unit_starts(tokens: list[Token], j: int) -> bool:
    """Whether a percent word or a unit ("km", "b/d", "mb/d", "Mt") starts at token j."""
    return tokens[j].low in _UNIT_STARTS or bool(phrase_at(tokens, j, _SCALED_UNITS, 3))


def telephone_end(tokens: list[Token], i: int) -> int:
    """Index after the digit groups of a telephone number starting at i ("+7 495 123-45-67")."""
    end = i + 1
    j = i + 1
    while j < len(tokens) and tokens[j].start - tokens[j - 1].end <= 1:
        if tokens[j].kind == "num" and tokens[j].text.isdigit():
            end = j + 1
        elif tokens[j].text not in _PHONE_MARKS:
            break
        j += 1
    return end


_PHONE_MARKS = frozenset("-()")


def not_a_quantity(tokens: list[Token], i: int) -> str | None:
    """Why the number at token i is not a quantity, or None when it may be one."""
    reason = _time_reason(tokens, i)
    if reason:
        return reason
    if i > 0 and tokens[i - 1].text == "+" and adjacent(tokens[i - 1], tokens[i]):
        return TELEPHONE
    if _glued_to_letters(tokens, i) or _after_proper_noun(tokens, i):
        return "part of a name"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.kind == "word"
        and adjacent(tokens[i], nxt)
        and nxt.low not in ORDINAL_SUFFIXES
        and nxt.low not in SCALES
        and not _unit_starts(tokens, i + 1)
        and nxt.low != "s"
    ):
        return "part of a name"
    return None
