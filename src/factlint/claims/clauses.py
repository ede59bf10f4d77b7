"""Clauses: where a sentence's clause around a span begins and ends, and how far apart
two spans stand, counting the clause marks between them."""

from __future__ import annotations

import bisect
import functools
import re

CLAUSE_MARKS = ",;:()—"
# Nouns that name what a number measures. A number whose own clause names one the
# references have no keyword for is about that, not about a metric named elsewhere in the
# sentence ("exports rose to $115bn, bringing two-way trade to $86bn").
MEASURE_NOUNS = re.compile(
    r"\b(?:exports?|imports?|shipments|sales|revenues?|profits?|earnings|income|output|"
    r"production|spending|investments?|deficits?|surplus(?:es)?|debts?|reserves|"
    r"population|prices?|inflation|unemployment|wages?|gdp|budgets?|trade|turnover|"
    r"assets|losses|costs?|tax(?:es)?|subsid(?:y|ies)|loans?|aid|shares|stocks?)\b",
    re.IGNORECASE,
)
_EDGE_WORDS = ("while", "whereas", "but")
# A comma between digits groups thousands ("200,000 jobs"): it ends no clause.
_CLAUSE_EDGE = re.compile(
    rf"(?<!\d),|,(?!\d)|[{re.escape(CLAUSE_MARKS.replace(',', ''))}]"
    rf"|\b(?:{'|'.join(_EDGE_WORDS)})\b",
    re.IGNORECASE,
)
# An edge that ends where the text is read up to ("\Z" at the end position).
_EDGE_AT_END = re.compile(rf"(?:{_CLAUSE_EDGE.pattern})\Z", re.IGNORECASE)
_LONGEST_EDGE = max(len(word) for word in _EDGE_WORDS)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` that holds the span start..end: from the last clause mark
    (or "while", "whereas", "but") before it to the next one after it.

    A sentence's clause is asked for many times (each number, keyword and period in it),
    so its edges are found once (``_edges``) and each call looks them up. The edges read
    as the text runs on; up to ``start`` they are read as if the text ended there, which
    differs only for an edge ending right at ``start``: a comma there ends a clause even
    between digits, and "but" there even where the word runs on past ``start``."""
    starts, ends = _edges(text)
    before = bisect.bisect_left(ends, start)  # the edges that end before start
    left = ends[before - 1] if before else 0
    if _EDGE_AT_END.search(text, max(0, start - _LONGEST_EDGE), start):
        left = start
    after = bisect.bisect_left(starts, end)
    return left, starts[after] if after < len(starts) else len(text)


@functools.lru_cache(maxsize=256)
def _edges(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each clause edge of ``text`` starts, and where each ends, in order."""
    spans = [edge.span() for edge in _CLAUSE_EDGE.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def between(a_start: int, a_end: int, b_start: int, b_end: int, text: str) -> str:
    """The text between two spans of ``text``, in either order; "" when they overlap."""
    if a_end <= b_start:
        return text[a_end:b_start]
    if b_end <= a_start:
        return text[b_end:a_start]
    return ""


# A clause mark, but for the comma that groups a number's thousands.
_MARK = re.compile(rf"(?<!\d),|,(?!\d)|[{re.escape(CLAUSE_MARKS.replace(',', ''))}]")


def clause_marks(text: str) -> int:
    """How many clause marks ``text`` holds: "revised down to 270,000 from 275,000"
    holds none."""
    return len(_MARK.findall(text))


def crosses_clause(a_start: int, a_end: int, b_start: int, b_end: int, text: str) -> bool:
    return _MARK.search(between(a_start, a_end, b_start, b_end, text)) is not None


def gap(a_start: int, a_end: int, b_start: int, b_end: int, text: str) -> int:
    """Characters between two spans, plus a penalty for each clause boundary crossed."""
    text_between = between(a_start, a_end, b_start, b_end, text)
    return len(text_between) + 40 * clause_marks(text_between)
