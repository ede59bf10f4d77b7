"""The terms a number's wording states: "in real terms", "at constant prices", "in yuan
terms", "seasonally adjusted", "year on year", "from the previous month", "at an
annualised rate" (the vocabulary is ``factlint.basis``).

A term belongs to the number it is written against: a phrase after a number ("grew 2%
in real terms", "rose 0.3% from the previous month") to the last number before it in
its clause, an adjective before one ("real GDP grew 2%", "an annualised 0.4%") to the
first number after it. A number takes the terms that belong to it, and for each group
it has none of, the nearest term of the sentence that belongs to no number ("On a
quarter-on-quarter basis, seasonally adjusted GDP rose 0.1%"). Dates and periods own
no terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from factlint.basis import (
    ANNUALISED,
    LOCAL_CURRENCY,
    MONTH_ON_MONTH,
    NOMINAL,
    NOT_SEASONALLY_ADJUSTED,
    QUARTER_ON_QUARTER,
    REAL,
    SEASONALLY_ADJUSTED,
    YEAR_ON_YEAR,
    Group,
    group_of,
)
from factlint.claims.clauses import clause_around
from factlint.extract import Mention
from factlint.extract.lexicon import CURRENCY_WORDS

Side = Literal["after", "before", "either"]  # where the term stands from its number

_MEASURES = (
    r"(?:gdp|gross domestic product|growth|wages?|earnings|incomes?|spending|consumption|"
    r"output|exports|imports|terms|value|prices|sales|investment|pay)"
)
_CURRENCIES = "|".join(
    re.escape(word) for word in sorted(CURRENCY_WORDS, key=len, reverse=True)
).replace(r"\ ", r"[\s-]+")
# (pattern, term or None for a currency code read from the match, side)
_PATTERNS: list[tuple[str, str | None, Side]] = [
    (r"in real[\s-]terms|at constant prices|in constant[\s-]price terms|"
     r"(?:adjusted for|after(?: adjusting for)?) inflation", REAL, "after"),
    (rf"real(?=[\s-]+{_MEASURES}\b)|inflation[\s-]adjusted", REAL, "before"),
    (r"in nominal terms|at current prices|in cash terms", NOMINAL, "after"),
    (rf"nominal(?=[\s-]+{_MEASURES}\b)", NOMINAL, "before"),
    (r"in local[\s-]currency(?: terms)?", LOCAL_CURRENCY, "after"),
    (rf"in (?:u\.?s\.? )?(?P<currency>{_CURRENCIES})[\s-]terms|measured in (?:u\.?s\.? )?"
     rf"(?P<measured>{_CURRENCIES})(?![\w-])",
     None, "after"),
    (r"(?:not|non)[\s-]seasonally[\s-]adjusted|unadjusted|before seasonal adjustment|"
     r"without seasonal adjustment", NOT_SEASONALLY_ADJUSTED, "either"),
    (r"seasonally[\s-]adjusted|adjusted for seasonal (?:factors|variations|swings)",
     SEASONALLY_ADJUSTED, "either"),
    (r"at an? (?:seasonally[\s-]adjusted )?annual(?:i[sz]ed)? (?:rate|pace)|saar", ANNUALISED,
     "either"),
    (r"annuali[sz]ed", ANNUALISED, "either"),
    (r"year[\s-]on[\s-]year|y/y|yoy|from a year (?:earlier|ago|before)|year[\s-]earlier|"
     r"(?:a|one) year (?:earlier|ago|before)|from the same (?:month|quarter|period) "
     r"(?:a year earlier|last year|of the previous year)", YEAR_ON_YEAR, "after"),
    (r"month[\s-]on[\s-]month|m/m|from (?:the |a )?(?:previous|prior|preceding) month|"
     r"(?:a|one) month (?:earlier|before|ago)|from the month before|on the month",
     MONTH_ON_MONTH, "after"),
    (r"quarter[\s-]on[\s-]quarter|q/q|from (?:the |a )?(?:previous|prior|preceding) quarter|"
     r"(?:a|one) quarter (?:earlier|before|ago)|from the quarter before|on the quarter",
     QUARTER_ON_QUARTER, "after"),
]  # fmt: skip
# Longer phrases first at a position, so "not seasonally adjusted" is not read as
# "seasonally adjusted".
_TERM = re.compile(
    "|".join(f"(?P<t{i}>\\b(?:{pattern}))" for i, (pattern, _, _) in enumerate(_PATTERNS)),
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Written:
    """A term as written in a sentence, at [start, end)."""

    term: str
    start: int
    end: int
    side: Side


def _term_of(match: re.Match[str]) -> tuple[str, Side] | None:
    for index, (_, term, side) in enumerate(_PATTERNS):
        if match.group(f"t{index}") is None:
            continue
        if term is not None:
            return term, side
        written = match.group("currency") or match.group("measured") or ""
        word = " ".join(written.lower().replace("-", " ").split())
        code = CURRENCY_WORDS.get(word, "")
        return (code, side) if code else None
    return None


@lru_cache(maxsize=512)
def written_terms(sentence: str) -> tuple[Written, ...]:
    """Every term written in ``sentence``, in order."""
    found = []
    for match in _TERM.finditer(sentence):
        read = _term_of(match)
        if read is not None:
            found.append(Written(read[0], match.start(), match.end(), read[1]))
    return tuple(found)


def _owner(term: Written, numbers: list[tuple[int, int]], sentence: str) -> tuple[int, int] | None:
    """The number a term is written against, in its clause: see the module's docstring."""
    left, right = clause_around(sentence, term.start, term.end)
    before = [n for n in numbers if left <= n[0] and n[1] <= term.start]
    after = [n for n in numbers if term.end <= n[0] and n[1] <= right]
    if term.side == "after":
        return before[-1] if before else None
    if term.side == "before":
        return after[0] if after else None
    nearest = [(term.start - before[-1][1], before[-1])] if before else []
    nearest += [(after[0][0] - term.end, after[0])] if after else []
    return min(nearest)[1] if nearest else None


def stated_terms(
    sentence: str, start: int, end: int, numbers: list[tuple[int, int]]
) -> tuple[str, ...]:
    """The terms the wording states of the number at [start, end) of ``sentence``, given
    the spans of the sentence's numbers (dates and periods left out), sorted."""
    written = written_terms(sentence)
    if not written:
        return ()
    spans = sorted({*numbers, (start, end)})
    own: dict[Group, str] = {}
    loose: list[tuple[int, Written]] = []
    for term in written:
        group = group_of(term.term)
        if group is None:
            continue
        owner = _owner(term, spans, sentence)
        if owner == (start, end):
            own.setdefault(group, term.term)
        elif owner is None:
            distance = term.start - end if term.start >= end else start - term.end
            loose.append((distance, term))
    for _, term in sorted(loose, key=lambda item: item[0]):
        group = group_of(term.term)
        if group is not None:
            own.setdefault(group, term.term)
    return tuple(sorted(own.values()))


_TERM_KINDS = frozenset({"money", "percent", "number", "quantity", "multiple"})


def claim_terms(
    sentence: str, offset: int, mention: Mention, numbers: Iterable[Mention]
) -> tuple[str, ...]:
    """The terms of a mention of a sentence starting at ``offset`` of its document, whose
    numbers are ``numbers``. Amounts and rates have terms; an amount's currency is its
    unit's, so no currency term is read for money."""
    if mention.kind not in _TERM_KINDS:
        return ()
    spans = [(m.start - offset, m.end - offset) for m in numbers if m.kind in _TERM_KINDS]
    terms = stated_terms(sentence, mention.start - offset, mention.end - offset, spans)
    if mention.kind == "money":
        return tuple(t for t in terms if group_of(t) is not Group.CURRENCY)
    return terms
