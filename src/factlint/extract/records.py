"""Records: "a record $5bn", "a record high of 5.2%", "an all-time low of 1.1%", "a
15-year low of 1.2%", and after the amount "5.2%, the highest since 2008", "$3bn, the
most on record", "fell 4%, the biggest drop in a decade", "a three-year low", "its
highest since records began"; and firsts: "fell 0.3%, the first fall in five years",
"topped $100bn for the first time since 2008". An amount so worded is an extreme of its
series ("high" or "low"), or the first of an event in it, over the reach its wording
gives (``extract.reach``). The value and interval are not touched; the year after
"since" is read as a baseline period by extract.baselines.
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.lexicon import RECORD_HIGHS, RECORD_LOWS
from factlint.extract.mention import Mention, Skipped
from factlint.extract.reach import EVER, Reach, cue_reach, span_before, with_event
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
_RISE_NOUNS = frozenset(
    {"rise", "increase", "gain", "jump", "expansion", "growth", "advance", "climb", "surge"}
)
# Between "first" and the event: "its first annual decline", "the first outright fall".
_EVENT_ADJECTIVES = frozenset(
    {"annual", "quarterly", "monthly", "weekly", "yearly", "outright", "such", "back", "year",
     "on", "-", "‑", "straight", "consecutive"}
)  # fmt: skip
_EVENT_PLURALS = {"falls": "fall", "declines": "decline", "drops": "drop", "rises": "rise"}
_MAX_NOUNS = 2
_MAX_SCOPE_WORDS = 4
_MAX_WORDS_TO_CLAUSE = 6
_MAX_EVENT_WORDS = 4
RECORD_WORDS = "part of a record's wording ('a 15-year low', 'the first fall'), not a claim"


@dataclass(frozen=True, slots=True)
class Record:
    """What the wording around an amount says of it in its series: a ``direction``
    ("high", "low"; "" for the first of an event) and how far back (``reach``)."""

    direction: str
    reach: Reach


def record_around(tokens: list[Token], start: int, end: int) -> Record | None:
    """The record the amount at tokens start..end is said to be (start before any hedge)."""
    return _record_before(tokens, start) or _record_after(tokens, end)


def _record_before(tokens: list[Token], start: int) -> Record | None:
    k = start - 1
    fillers = 0
    while k >= 0 and tokens[k].low in _BEFORE_FILLERS and fillers < 2:
        k -= 1
        fillers += 1
    if k < 0:
        return None
    direction = "high"
    if tokens[k].low in _DIRECTIONS:
        direction = _DIRECTIONS[tokens[k].low]
        k -= 1
        if k >= 0 and tokens[k].text in _HYPHENS:
            k -= 1  # "record-high"
        if k >= 0 and _is_all_time(tokens, k):
            return Record(direction, EVER)
        span = span_before(tokens, k)  # "a 15-year low of", "a decade-high"
        if span is not None:
            return Record(direction, span)
    elif tokens[k].low == "of" or start - k > 2:
        return None  # "a track record of", or too far
    if k < 0 or tokens[k].low != "record":
        return None
    if k > 0 and tokens[k - 1].low in ("track", "near", "criminal", "voting", "-"):
        return None  # "a track record of 30 years", "a near-record 5%"
    return Record(direction, EVER)


def _is_all_time(tokens: list[Token], k: int) -> bool:
    """ "all-time" or "all time" ending at token k."""
    if tokens[k].low != "time" or k < 1:
        return False
    if tokens[k - 1].low == "all":
        return True
    return k >= 2 and tokens[k - 1].text in _HYPHENS and tokens[k - 2].low == "all"


def _record_after(tokens: list[Token], end: int) -> Record | None:
    k = end
    while k < len(tokens) and k - end < _MAX_WORDS_TO_CLAUSE and _dating(tokens[k]):
        if tokens[k].low == "for" and _first_time(tokens, k + 1):
            return _first(tokens, k + 2)  # "topped $100bn for the first time since 2008"
        k += 1  # "$130 a barrel in March 2022, its highest since 2008"; no other amount between
    if k < len(tokens) and tokens[k].text in _AFTER_OPENERS:
        k += 1
    else:
        return None
    while k < len(tokens) and tokens[k].low in _AFTER_DETERMINERS:
        k += 1
    if k >= len(tokens):
        return None
    low = tokens[k].low
    if low == "record":
        after = _skip_hyphen(tokens, k + 1)
        direction = _DIRECTIONS.get(tokens[after].low, "high") if after < len(tokens) else "high"
        return Record(direction, EVER)
    if low == "all":
        after = _skip_hyphen(tokens, k + 1)
        if after < len(tokens) and tokens[after].low == "time":
            word = _skip_hyphen(tokens, after + 1)
            if word < len(tokens) and tokens[word].low in _DIRECTIONS:
                return Record(_DIRECTIONS[tokens[word].low], EVER)
        return None
    if low in RECORD_HIGHS or low in RECORD_LOWS:
        return _superlative(tokens, k)
    if low == "first":
        return _first(tokens, k)
    return _span_then_direction(tokens, k)


def _dating(token: Token) -> bool:
    """A word, or a year ("in 2024"), between an amount and its record wording."""
    if token.kind == "word":
        return True
    return token.kind == "num" and len(token.text) == 4 and token.text.isdigit()


def _superlative(tokens: list[Token], k: int) -> Record | None:
    """ "highest since", "biggest drop in a decade", "lowest level on record"."""
    direction = "high" if tokens[k].low in RECORD_HIGHS else "low"
    stop = min(k + 2 + _MAX_NOUNS, len(tokens))
    m = k + 1
    while m < stop:
        low = tokens[m].low
        if low in _RECORD_CUES:
            reach = cue_reach(tokens, m)
            if reach is None and low == "for" and stop < len(tokens):
                # "the biggest gain for the building industry in more than a year": what
                # the record is of, then its reach
                stop, m = min(m + 2 + _MAX_SCOPE_WORDS, len(tokens)), m + 1
                continue
            # None: "on the day"; "the highest in the euro zone" ranks places, not years
            return None if reach is None else Record(direction, reach)
        if tokens[m].kind != "word":
            return None
        if low in _FALL_NOUNS:
            direction = "low" if direction == "high" else "high"
        m += 1
    return None


def _first_time(tokens: list[Token], k: int) -> bool:
    """ "the first time" (or "a first time") from token k."""
    return (
        k + 2 < len(tokens)
        and tokens[k].low in ("the", "a")
        and tokens[k + 1].low == "first"
        and tokens[k + 2].low == "time"
    )


def _first(tokens: list[Token], k: int) -> Record | None:
    """ "first" at token k: "the first fall in five years", "its first annual decline
    since 2019", "the first time since 2001", "for the first time" (ever)."""
    first = tokens[k]
    m = k + 1
    event = ""
    if m < len(tokens) and tokens[m].low == "time":
        event, m = "first", m + 1
    else:
        while m < len(tokens) and m - k <= _MAX_EVENT_WORDS and not event:
            low = _EVENT_PLURALS.get(tokens[m].low, tokens[m].low)
            if low in _FALL_NOUNS:
                event = "fall"
            elif low in _RISE_NOUNS:
                event = "rise"
            elif low not in _EVENT_ADJECTIVES:
                return None
            m += 1
    if not event:
        return None
    reach = cue_reach(tokens, m) if m < len(tokens) else None
    if reach is None:
        if event != "first" or (m < len(tokens) and tokens[m].kind == "word"):
            return None  # "the first fall of the year": no reach back in time
        reach = EVER  # "topped $100bn for the first time."
    return Record("", with_event(reach, event, first))


def _span_then_direction(tokens: list[Token], k: int) -> Record | None:
    """ ", a 15-year low", ", a three-year high", ", a seven-month low", ", a decade high"."""
    for m in range(k, min(k + 5, len(tokens))):
        if tokens[m].low in _DIRECTIONS:
            span = span_before(tokens, m - 1)
            return None if span is None else Record(_DIRECTIONS[tokens[m].low], span)
        if tokens[m].kind == "sym" and tokens[m].text not in _HYPHENS:
            return None
    return None


def _skip_hyphen(tokens: list[Token], k: int) -> int:
    return k + 1 if k < len(tokens) and tokens[k].text in _HYPHENS else k


def set_aside_record_words(
    mentions: list[Mention], skipped: list[Skipped]
) -> tuple[list[Mention], list[Skipped]]:
    """The numbers of record wording ("15" in "a 15-year low", "first" and "five years"
    in "the first fall in five years") set aside: they say how far back a record
    reaches, and are no claims. Dates and periods stay (an anchor year is read by its
    record)."""
    spans = sorted({s for m in mentions if m.reach is not None for s in m.reach.numbers})
    if not spans:
        return mentions, skipped
    kept = []
    for mention in mentions:
        inside = mention.kind not in ("date", "period") and any(
            a <= mention.start < b for a, b in spans
        )
        if inside:
            skipped.append(Skipped(mention.text, mention.start, mention.end, RECORD_WORDS))
        else:
            kept.append(mention)
    return kept, sorted(skipped, key=lambda s: s.start)
