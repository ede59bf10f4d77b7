"""Records: "a record $5bn", "a record high of 5.2%", "an all-time low of 1.1%", and
after the amount "5.2%, the highest since 2008", "$3bn, the most on record", "fell 4%,
the biggest drop in a decade". An amount so worded is an extreme of its series: "high"
or "low". The value and interval are not touched; the year after "since" is read as a
baseline period by extract.baselines.
"""

from __future__ import annotations

from factlint.extract.lexicon import RECORD_HIGHS, RECORD_LOWS
from factlint.extract.tokens import Token

_HYPHENS = frozenset({"-", "‑"})
# Between "record" and the amount: "a record high of", "a new record of", "at a record".
_BEFORE_FILLERS = frozenset({"of", "at", "a", "an", "new", "fresh", "the", "to"})
_DIRECTIONS = {"high": "high", "highs": "high", "low": "low", "lows": "low"}
# After the amount, what may stand before "record" or a superlative: ", a record", "(the".
_AFTER_OPENERS = frozenset({",", "(", "—", "–", "-", ";"})
_AFTER_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "which", "is"})
# What makes a superlative a record: "the highest since", "ever", "on record", "in a decade".
_RECORD_CUES = frozenset({"since", "ever", "on", "in", "for", "yet", "recorded", "so"})
# "the biggest drop since": a superlative of a fall marks a low.
_FALL_NOUNS = frozenset(
    {"drop", "fall", "decline", "decrease", "contraction", "slump", "plunge", "slide", "loss"}
)
_MAX_NOUNS = 2
_MAX_WORDS_TO_CLAUSE = 6
# "the highest in a decade", "the lowest for 40 years": a superlative over time.
_TIME_SPANS = frozenset(
    {"decade", "decades", "year", "years", "months", "weeks", "century", "centuries"}
    | {"generation", "generations", "memory", "history"}
)
_MAX_SPAN_WORDS = 5


def record_around(tokens: list[Token], start: int, end: int) -> str:
    """ "high", "low" or "" for the amount at tokens start..end (start before any hedge)."""
    return _record_before(tokens, start) or _record_after(tokens, end)


def _record_before(tokens: list[Token], start: int) -> str:
    k = start - 1
    fillers = 0
    while k >= 0 and tokens[k].low in _BEFORE_FILLERS and fillers < 2:
        k -= 1
        fillers += 1
    if k < 0:
        return ""
    direction = "high"
    if tokens[k].low in _DIRECTIONS:
        direction = _DIRECTIONS[tokens[k].low]
        k -= 1
        if k >= 0 and tokens[k].text in _HYPHENS:
            k -= 1  # "record-high"
        if k >= 0 and _is_all_time(tokens, k):
            return direction
    elif tokens[k].low == "of" or start - k > 2:
        return ""  # "a track record of", or too far
    if k < 0 or tokens[k].low != "record":
        return ""
    if k > 0 and tokens[k - 1].low in ("track", "near", "criminal", "voting", "-"):
        return ""  # "a track record of 30 years", "a near-record 5%"
    return direction


def _is_all_time(tokens: list[Token], k: int) -> bool:
    """ "all-time" or "all time" ending at token k."""
    if tokens[k].low != "time" or k < 1:
        return False
    if tokens[k - 1].low == "all":
        return True
    return k >= 2 and tokens[k - 1].text in _HYPHENS and tokens[k - 2].low == "all"


def _record_after(tokens: list[Token], end: int) -> str:
    k = end
    while k < len(tokens) and k - end < _MAX_WORDS_TO_CLAUSE and tokens[k].kind == "word":
        k += 1  # "$130 a barrel in March, its highest since 2008"; no other number between
    if k < len(tokens) and tokens[k].text in _AFTER_OPENERS:
        k += 1
    else:
        return ""
    while k < len(tokens) and tokens[k].low in _AFTER_DETERMINERS:
        k += 1
    if k >= len(tokens):
        return ""
    low = tokens[k].low
    if low == "record":
        after = _skip_hyphen(tokens, k + 1)
        return _DIRECTIONS.get(tokens[after].low, "high") if after < len(tokens) else "high"
    if low == "all":
        after = _skip_hyphen(tokens, k + 1)
        if after < len(tokens) and tokens[after].low == "time":
            direction = _skip_hyphen(tokens, after + 1)
            if direction < len(tokens):
                return _DIRECTIONS.get(tokens[direction].low, "")
        return ""
    if low in RECORD_HIGHS or low in RECORD_LOWS:
        return _superlative(tokens, k)
    return ""


def _superlative(tokens: list[Token], k: int) -> str:
    """ "highest since", "biggest drop in a decade", "lowest level on record"."""
    direction = "high" if tokens[k].low in RECORD_HIGHS else "low"
    for m in range(k + 1, min(k + 2 + _MAX_NOUNS, len(tokens))):
        low = tokens[m].low
        if low in _RECORD_CUES:
            if low == "on" and (m + 1 >= len(tokens) or tokens[m + 1].low != "record"):
                return ""
            if low in ("in", "for") and not _span_of_time(tokens, m + 1):
                return ""  # "the highest in the euro zone" ranks places, not years
            return direction
        if tokens[m].kind != "word":
            return ""
        if low in _FALL_NOUNS:
            direction = "low" if direction == "high" else "high"
    return ""


def _span_of_time(tokens: list[Token], k: int) -> bool:
    """ "a decade", "15 years", "more than two decades", "living memory" from token k."""
    for token in tokens[k : k + _MAX_SPAN_WORDS]:
        if token.low in _TIME_SPANS:
            return True
        if token.kind == "sym":
            return False
    return False


def _skip_hyphen(tokens: list[Token], k: int) -> int:
    return k + 1 if k < len(tokens) and tokens[k].text in _HYPHENS else k
