"""Ordinals and ranks: "47th", "fifth", "fifth-largest", "largest", "No. 1", "top three"."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.lexicon import (
    ONES,
    ORDINAL_ONES,
    ORDINAL_SUFFIXES,
    ORDINAL_TENS,
    SUPERLATIVES,
    TENS,
)
from factlint.extract.tokens import Token, adjacent


@dataclass(frozen=True, slots=True)
class Rank:
    kind: str  # "ordinal" or "rank"
    value: int
    comparator: str  # "=" or "<=" ("among the top three")
    end: int


def _ordinal_word(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "fifth", "twenty-first", "hundredth" -> (value, next index)."""
    low = tokens[i].low
    if low in ORDINAL_ONES:
        return ORDINAL_ONES[low], i + 1
    if low in ORDINAL_TENS:
        return ORDINAL_TENS[low], i + 1
    if (
        low in TENS
        and i + 2 < len(tokens)
        and tokens[i + 1].text == "-"
        and tokens[i + 2].low in ORDINAL_ONES
        and ORDINAL_ONES[tokens[i + 2].low] < 10
    ):
        return TENS[low] + ORDINAL_ONES[tokens[i + 2].low], i + 3
    return None


def _numeric_ordinal(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "47th", "1st" -> (value, next index)."""
    token = tokens[i]
    if token.kind != "num" or not token.text.isdigit() or i + 1 >= len(tokens):
        return None
    suffix = tokens[i + 1]
    if suffix.low in ORDINAL_SUFFIXES and adjacent(token, suffix):
        return int(token.text), i + 2
    return None


def _superlative_after(tokens: list[Token], j: int) -> int:
    """Index after "-largest" / " biggest" following an ordinal, else j."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "-" else j
    if k < len(tokens) and tokens[k].low in SUPERLATIVES and tokens[k].low != "top":
        return k + 1
    return j


def rank_at(tokens: list[Token], i: int) -> Rank | None:
    token = tokens[i]
    found = _numeric_ordinal(tokens, i) or (
        _ordinal_word(tokens, i) if token.kind == "word" else None
    )
    if found is not None:
        value, j = found
        k = _superlative_after(tokens, j)
        return Rank("rank" if k > j else "ordinal", value, "=", k)
    if token.kind != "word":
        return None
    if token.low == "top" and i + 1 < len(tokens):
        # "top three", "top 10": rank 3 or better.
        nxt = tokens[i + 1]
        count = int(nxt.text) if nxt.kind == "num" and nxt.text.isdigit() else ONES.get(nxt.low)
        if count and count > 1:
            return Rank("rank", count, "<=", i + 2)
    if token.low in SUPERLATIVES:
        return Rank("rank", 1, "=", i + 1)
    if token.text == "No" and i + 2 < len(tokens) and tokens[i + 1].text == ".":
        nxt = tokens[i + 2]
        if nxt.kind == "num" and nxt.text.isdigit():
            return Rank("rank", int(nxt.text), "=", i + 3)
    if token.low == "number" and i + 1 < len(tokens) and tokens[i + 1].low == "one":
        return Rank("rank", 1, "=", i + 2)
    return None
