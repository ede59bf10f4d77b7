"""The sign a metric's own words give a number: where a metric keeps a balance with
deficits below zero (its ``negative`` words in metrics.csv), "a deficit of $1.8
trillion", "the deficit widened to $1.8 trillion" and "a $1.8 trillion budget deficit"
state -1.8 trillion. Assembly notes which of the sentence's metrics name the number so
(``Claim.negative_in``); linking negates it under those (``link.changes.signed``). A
change ("the deficit narrowed by $50 billion", "fell 5%") and a number written negative
keep their sign."""

from __future__ import annotations

import functools
import re

from factlint.extract import Mention
from factlint.references.models import Metric

# Words that may stand between the naming word and a level it names: verbs of being and
# of a balance's movement, prepositions, articles and hedges ("a deficit of about").
_LINKS = (
    r"of|was|is|were|be|been|at|to|stood|reached|hit|totall?ed|came|in|widened|narrowed|"
    r"swelled|ballooned|shrank|grew|a|an|the|its|about|around|nearly|almost|some|roughly|"
    r"approximately|record|estimated|more|than|over|under|just|amounted|equal|equivalent"
)
_NUMBERS = frozenset({"money", "number", "quantity", "percent"})


@functools.lru_cache(maxsize=64)
def _patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    named = "|".join(re.escape(w.strip()) for w in sorted(words, key=len, reverse=True))
    before = re.compile(rf"\b(?:{named})(?:e?s)?\s+(?:(?:{_LINKS})\s+){{0,4}}$", re.IGNORECASE)
    after = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}(?:{named})(?:e?s)?\b", re.IGNORECASE)
    return before, after


def named_negative(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether text[start:end], a level, is named by one of ``words`` just before it ("a
    deficit of", "the shortfall reached") or just after it ("$1.8 trillion deficit")."""
    before, after = _patterns(tuple(words))
    return bool(before.search(text, 0, start)) or bool(after.match(text, end))


def negative_in(
    mention: Mention, metrics: list[Metric], text: str, start: int, end: int
) -> list[str]:
    """The ids of ``metrics`` under which ``mention`` (at text[start:end]) is below zero:
    those that keep values named so negative, where the text names the number so."""
    value = mention.value
    if mention.kind not in _NUMBERS or mention.growth or not isinstance(value, float):
        return []
    if value < 0:
        return []  # written negative already: "a deficit of -$5bn" says it twice
    return [m.id for m in metrics if m.negative and named_negative(text, start, end, m.negative)]
