"""Baselines: the period a change is measured from ("up 1.9% from 2023", "compared with
the same period of 2023", "since 2022"), told apart from the claim's own period and from
the start of a range ("from January to July")."""

from __future__ import annotations

import datetime as dt

from factlint.extract import dates, month_ranges
from factlint.extract.amounts import amount_at
from factlint.extract.tokens import Token
from factlint.extract.wording import FALLS, RISES

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
_CHANGE_WORDS = FALLS | RISES | frozenset(["change", "changed", "changes"])
_CHANGE_WINDOW = 8
_HEDGED_BY_THAN = frozenset(["more", "less", "fewer", "no", "rather"])
_CLAUSE_ENDS = frozenset([".", ",", ";", ":", "!", "?"])


def baseline_cue(tokens: list[Token], i: int, end: int, published: dt.date | None) -> str:
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
    if k >= 0 and tokens[k + 1].low == "in" and _cue_within(tokens, k):
        before = _before_amount(tokens, k)  # "versus $4bn in 2023"
        after_amount, k = before != k, before
    if k < 0:
        return ""
    if k >= 1 and (tokens[k - 1].low, tokens[k].low) in _BASELINE_PAIRS:
        return tokens[k - 1].low
    cue = tokens[k].low
    if cue in _SERIES_BEGAN and _since_before(tokens, k):
        return "since"  # "the highest since records began in 1990"
    if cue not in _BASELINE_WORDS:
        return ""
    if cue == "than" and after_amount and k >= 1 and tokens[k - 1].low in _HEDGED_BY_THAN:
        return ""  # "rose more than 2% in 2024": "than" hedges the amount
    if cue == "over" and not same:
        return ""  # "rose 5% over 2024" is the claim's own period
    if cue == "from" and not (
        _change_before(tokens, k) and (after_amount or not _starts_range(tokens, i, end, published))
    ):
        return ""
    return cue


_CUE_WORDS = _BASELINE_WORDS | {first for first, _ in _BASELINE_PAIRS}
_SERIES_BEGAN = frozenset(["began", "begun", "started"])
_SINCE_REACH = 4


def _since_before(tokens: list[Token], k: int) -> bool:
    """ "since records began", "since the series started": "since" a few words before."""
    return any(t.low == "since" for t in tokens[max(0, k - _SINCE_REACH) : k])


def _cue_within(tokens: list[Token], k: int) -> bool:
    """Whether a baseline word stands among the tokens an amount ending at k may follow;
    when none does, no amount need be read."""
    window = tokens[max(0, k - _AMOUNT_MAX_TOKENS - 1) : k + 1]
    return any(token.low in _CUE_WORDS for token in window)


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
    if any(token.kind == "word" and token.low in _RANGE_SEPARATORS for token in tokens[i:end]):
        return True  # "from mid-2021 to mid-2022", "from 1 July 2023 to 1 July 2024": one reading
    return (
        month_ranges.month_range(tokens, i, published) is not None
        or dates.year_span(tokens, i) is not None
    )
