"""How far back a record's wording reaches: every period on file ("a record", "all-time",
"on record"), from an anchor period ("since 2008", "since records began in 1990"), or a
span counted back from the claim's own period ("a 15-year low", "the highest in more than
a decade"); and what a "first" counts ("the first fall in five years", "for the first
time since 2001"). The numbers of such wording (the 15 of "a 15-year low", the "first" of
"the first fall") say how far back, and are no claims of their own."""

from __future__ import annotations

from dataclasses import dataclass, replace

from factlint.extract.lexicon import ONES, TENS
from factlint.extract.tokens import Token

_HYPHENS = frozenset({"-", "‑"})


@dataclass(frozen=True, slots=True)
class Reach:
    """What a record's wording covers.

    ``kind``: "ever" (every period on file), "since" (from the period written at text
    offset ``anchor``), "began" (since the series began; at ``anchor`` when a year is
    written), "span" (``count`` ``unit``s back from the claim's period; ``more`` for "more
    than"), or "unknown" ("in living memory", "in years": no span to count). ``event``:
    "" for a high or low; "fall" or "rise" for "the first fall in five years"; "first"
    for "for the first time since", whose event the number's own wording gives (a
    change's direction, a level topped). ``numbers``: the text offsets of the wording's
    numbers, set aside as no claims."""

    kind: str
    count: int = 0
    unit: str = ""
    more: bool = False
    event: str = ""
    anchor: int = -1
    numbers: tuple[tuple[int, int], ...] = ()


EVER = Reach("ever")
UNKNOWN = Reach("unknown")

# A unit of a span as written, as (unit, how many of it).
_UNITS = {
    "year": ("year", 1), "years": ("year", 1), "decade": ("year", 10), "decades": ("year", 10),
    "century": ("year", 100), "centuries": ("year", 100), "quarter": ("quarter", 1),
    "quarters": ("quarter", 1), "month": ("month", 1), "months": ("month", 1),
    "week": ("week", 1), "weeks": ("week", 1), "day": ("day", 1), "days": ("day", 1),
}  # fmt: skip
_VAGUE_COUNTS = frozenset({"multi", "several", "many", "some", "a few", "few", "recent"})
# Before the count: "in more than a decade", "in the past 15 years", "in nearly 40 years".
_MORE = frozenset({"more", "over", "than"})
_NEARLY = frozenset({"nearly", "almost", "close"})
_SPAN_FILLERS = frozenset({"the", "past", "last", "at", "least", "to", "about", "around", "some"})
_EVER_SPANS = frozenset({"history"})
_VAGUE_SPANS = frozenset({"memory", "generation", "generations", "living", "years", "decades"})
# "since records began", "since the series started", "since comparable data began in 1990".
_SERIES_NOUNS = frozenset({"records", "record", "series", "data", "statistics", "figures"})
_BEGAN = frozenset({"began", "begun", "started", "start", "begin"})
_MAX_SERIES_WORDS = 5


def count_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """A whole count written at token k ("15", "fifteen", "a"), and the token after it."""
    if k >= len(tokens):
        return None
    token = tokens[k]
    if token.kind == "num":
        return (int(token.text), k + 1) if token.text.isdigit() and len(token.text) <= 3 else None
    if token.low in ("a", "an"):
        return 1, k + 1
    if token.low in ONES:
        return ONES[token.low], k + 1
    if token.low in TENS:
        value = TENS[token.low]
        after = k + 1
        if (
            after + 1 < len(tokens)
            and tokens[after].text in _HYPHENS
            and tokens[after + 1].low in ONES
        ):
            return value + ONES[tokens[after + 1].low], after + 2  # "twenty-five"
        return value, after
    return None


def _owned_history(tokens: list[Token], k: int) -> bool:
    """ "party's history", "company's 90-year history" from token k."""
    ahead = [t.low for t in tokens[k : k + 5]]
    if "history" not in ahead[1:]:
        return False
    owner = ahead[: ahead.index("history")]
    return ("'" in owner or "’" in owner) and all(w.isalnum() or w in "'’-" for w in owner)


def span_at(tokens: list[Token], k: int) -> Reach | None:
    """The span read from token k, after "in" or "for": "15 years", "a decade", "more
    than two decades", "the past five years", "history"; None for no span of time ("in
    the euro zone")."""
    more = nearly = False
    numbers: list[tuple[int, int]] = []
    stop = min(len(tokens), k + 4)
    while k < stop and (tokens[k].low in _MORE or tokens[k].low in _NEARLY
                        or tokens[k].low in _SPAN_FILLERS):  # fmt: skip
        more = more or tokens[k].low in _MORE
        nearly = nearly or tokens[k].low in _NEARLY
        k += 1
    if k >= len(tokens):
        return None
    if tokens[k].low in ("its", "their", "recorded") and k + 1 < len(tokens):
        k += 1  # "in its history", "in recorded history"
    if _owned_history(tokens, k):
        return EVER  # "in the party's history", "in the company's 90-year history"
    low = tokens[k].low
    if low in _EVER_SPANS:
        return EVER
    if low in _VAGUE_SPANS or low in _VAGUE_COUNTS:
        return UNKNOWN
    counted = count_at(tokens, k)
    if counted is None:
        return None
    count, after = counted
    numbers.append((tokens[k].start, tokens[after - 1].end))
    if after < len(tokens) and tokens[after].text in _HYPHENS:
        after += 1
    if after >= len(tokens) or tokens[after].low not in _UNITS:
        return None
    unit, size = _UNITS[tokens[after].low]
    total = count * size - (1 if nearly else 0)
    if total <= 0:
        return UNKNOWN
    return Reach("span", count=total, unit=unit, more=more, numbers=tuple(numbers))


def span_before(tokens: list[Token], k: int) -> Reach | None:
    """A span written as an adjective ending at token k, before "high" or "low": "15-year",
    "three-year", "seven-month", "decade", "two-decade"; "multi-year" has no count."""
    if k < 0 or tokens[k].low not in _UNITS:
        return None
    unit, size = _UNITS[tokens[k].low]
    j = k - 1
    if j >= 0 and tokens[j].text in _HYPHENS:
        j -= 1
    if j < 0:
        return None
    if tokens[j].low in _VAGUE_COUNTS:
        return UNKNOWN
    if tokens[j].kind == "num" or tokens[j].low in ONES or tokens[j].low in TENS:
        counted = count_at(tokens, j)
        if counted is None:
            return None
        span = (tokens[j].start, tokens[j].end)
        return Reach("span", count=counted[0] * size, unit=unit, numbers=(span,))
    if size > 1 and tokens[k].low in ("decade", "century"):
        return Reach("span", count=size, unit=unit)  # "a decade high"
    return None


def since_at(tokens: list[Token], k: int) -> Reach:
    """What follows "since" at token k: an anchor period ("2008", "March 2008", "the
    2008 crisis"), or the start of the series ("records began", "the series began in
    1990"), whose year, when written, is the anchor."""
    if k >= len(tokens):
        return Reach("since")
    window = tokens[k : k + _MAX_SERIES_WORDS]
    began = next((i for i, t in enumerate(window) if t.low in _BEGAN), -1)
    if began > 0 and any(t.low in _SERIES_NOUNS for t in window[:began]):
        after = k + began + 1
        if after < len(tokens) and tokens[after].low == "in":
            after += 1
        anchor = tokens[after].start if after < len(tokens) and tokens[after].kind != "sym" else -1
        return Reach("began", anchor=anchor)
    return Reach("since", anchor=tokens[k].start)


def cue_reach(tokens: list[Token], m: int) -> Reach | None:
    """The reach a cue at token m gives after a superlative or an event: "since 2008",
    "ever", "yet", "on record", "recorded", "in a decade", "for 40 years"; None when the
    word is no cue of time ("on the day", "in the euro zone")."""
    low = tokens[m].low
    if low == "since":
        return since_at(tokens, m + 1)
    if low in ("ever", "yet", "recorded"):
        return EVER
    if low == "on":
        return EVER if m + 1 < len(tokens) and tokens[m + 1].low == "record" else None
    if low in ("in", "for"):
        return span_at(tokens, m + 1)
    if low == "so" and m + 1 < len(tokens) and tokens[m + 1].low == "far":
        return UNKNOWN  # "the highest so far this year"
    return None


def with_event(reach: Reach, event: str, first: Token) -> Reach:
    """The reach of a "first": its event, and the word "first" among the numbers set aside."""
    return replace(reach, event=event, numbers=((first.start, first.end), *reach.numbers))
