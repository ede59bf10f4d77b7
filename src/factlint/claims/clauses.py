"""Clauses: where a sentence's clause around a span begins and ends, and how far apart
two spans stand, counting the clause marks between them."""

from __future__ import annotations

import re

CLAUSE_MARKS = ",;:()—"
# Nouns that name what a number measures. A number whose own clause names one the
# references have no keyword for is about that, not about a metric named elsewhere in the
# sentence ("exports rose to $115bn, bringing two-way trade to $86bn").
MEASURE_NOUNS = re.compile(
    r"\b(?:exports?|imports?|shipments|sales|revenues?|profits?|earnings|income|output|"
    r"production|spending|investments?|deficits?|surplus(?:es)?|debts?|reserves|"
    r"population|prices?|inflation|unemployment|wages?|gdp|budgets?|trade|turnover|"
    r"assets|losses|costs?|tax(?:es)?|subsid(?:y|ies)|loans?|aid)\b",
    re.IGNORECASE,
)
# A comma between digits groups thousands ("200,000 jobs"): it ends no clause.
_CLAUSE_EDGE = re.compile(
    rf"(?<!\d),|,(?!\d)|[{re.escape(CLAUSE_MARKS.replace(',', ''))}]|\b(?:while|whereas|but)\b",
    re.IGNORECASE,
)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` that holds the span start..end: from the last clause mark
    (or "while", "whereas", "but") before it to the next one after it."""
    left = 0
    for match in _CLAUSE_EDGE.finditer(text, 0, start):
        left = match.end()
    after = _CLAUSE_EDGE.search(text, end)
    return left, after.start() if after else len(text)


def between(a_start: int, a_end: int, b_start: int, b_end: int, text: str) -> str:
    """The text between two spans of ``text``, in either order; "" when they overlap."""
    if a_end <= b_start:
        return text[a_end:b_start]
    if b_end <= a_start:
        return text[b_end:a_start]
    return ""


def crosses_clause(a_start: int, a_end: int, b_start: int, b_end: int, text: str) -> bool:
    return any(mark in between(a_start, a_end, b_start, b_end, text) for mark in CLAUSE_MARKS)


def gap(a_start: int, a_end: int, b_start: int, b_end: int, text: str) -> int:
    """Characters between two spans, plus a penalty for each clause boundary crossed."""
    text_between = between(a_start, a_end, b_start, b_end, text)
    return len(text_between) + 40 * sum(text_between.count(mark) for mark in CLAUSE_MARKS)
