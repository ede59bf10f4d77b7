"""Ordinals and ranks: "12th", "third", "third-largest", "largest", "No. 1", "top three",
"second place", "ranks third"; and ordinals that only count occurrences ("for a seventh
straight year", "for the third time"), which are no claim at all."""

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

OCCURRENCE = "count of occurrences, not a claim"

# "second place", "third position": the ordinal is a standing.
_STANDING_NOUNS = frozenset({"place", "position", "spot"})
# "ranks third", "came third", "finished second": a verb of standing before the ordinal.
_STANDING_VERBS = frozenset(
    {
        "rank",
        "ranks",
        "ranked",
        "ranking",
        "placed",
        "placing",
        "came",
        "comes",
        "finished",
        "finishes",
        "finishing",
    }
)
# "a seventh straight year": the ordinal counts repetitions, whatever the noun.
_IN_A_ROW = frozenset({"straight", "consecutive", "successive"})
# "the third time", "its 22nd round": the ordinal counts occurrences after a determiner.
_OCCURRENCE_NOUNS = frozenset({"time", "times", "round", "day", "week", "year", "month", "quarter"})
_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "every"}
)
# Nouns that name a period after "the"/"its" ("the third quarter"): a count only after "a".
_PERIOD_NOUNS = frozenset({"quarter"})


@dataclass(frozen=True, slots=True)
class Rank:
    kind: str  # "ordinal" or "rank"
    value: int
    comparator: str  # "=" or "<=" ("among the top three")
    end: int


def _ordinal_word(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "third", "twenty-first", "hundredth" -> (value, next index)."""
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
    """ "12th", "1st" -> (value, next index)."""
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


def _ordinal_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    token = tokens[i]
    return _numeric_ordinal(tokens, i) or (
        _ordinal_word(tokens, i) if token.kind == "word" else None
    )


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) and tokens[i].kind == "word" else ""


def _ever_after(tokens: list[Token], j: int) -> bool:
    """ "first-ever": "-ever" glued to the ordinal."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text == "-"
        and adjacent(tokens[j - 1], tokens[j])
        and adjacent(tokens[j], tokens[j + 1])
        and tokens[j + 1].low == "ever"
    )


def _determined(tokens: list[Token], i: int) -> str:
    """The determiner just before token i ("the", "a", "its", or "'s"), else ""."""
    before = _word(tokens, i - 1)
    if before in _DETERMINERS:
        return before
    if before == "s" and i >= 2 and tokens[i - 2].text in ("'", "’"):
        return "'s"
    return ""


def occurrence_end(tokens: list[Token], i: int) -> int | None:
    """Index after "seventh straight year" or "third time" when the ordinal at token i
    counts occurrences ("for a seventh straight year", "for the third time"), else None.

    "The third quarter" stays a period: "quarter" counts only in "for a third quarter"
    or "a third quarter in a row".
    """
    found = _ordinal_at(tokens, i)
    if found is None:
        return None
    _, j = found
    nxt = _word(tokens, j)
    if nxt in _IN_A_ROW:
        return j + 2 if _word(tokens, j + 1) else j + 1
    determiner = _determined(tokens, i)
    if nxt in _OCCURRENCE_NOUNS and determiner:
        if nxt in _PERIOD_NOUNS and not _counted(tokens, i, j, determiner):
            return None
        return j + 1
    return None


def _counted(tokens: list[Token], i: int, j: int, determiner: str) -> bool:
    """ "for a third quarter", "a third quarter in a row": a period noun that counts."""
    if determiner not in ("a", "an"):
        return False
    if _word(tokens, i - 2) == "for":
        return True
    after = " ".join(_word(tokens, k) for k in range(j + 1, j + 4))
    return after == "in a row" or after.startswith("running")


def _standing_noun_end(tokens: list[Token], j: int) -> int:
    """Index after "place" in "second place" or "-place" in "third-place", else j."""
    k = (
        j + 1
        if j < len(tokens) and tokens[j].text == "-" and adjacent(tokens[j - 1], tokens[j])
        else j
    )
    low = _word(tokens, k)
    if low in _STANDING_NOUNS or (k > j and low == "placed"):
        return k + 1
    return j


def _after_standing_verb(tokens: list[Token], i: int) -> bool:
    """ "ranks third", "came in third"."""
    before = _word(tokens, i - 1)
    if before == "in":
        before = _word(tokens, i - 2)
    return before in _STANDING_VERBS


def rank_at(tokens: list[Token], i: int) -> Rank | None:
    token = tokens[i]
    found = _ordinal_at(tokens, i)
    if found is not None:
        value, j = found
        if token.kind == "word" and _ever_after(tokens, j):
            return None  # "first-ever" says nothing is counted
        k = _superlative_after(tokens, j)
        if k == j:
            k = _standing_noun_end(tokens, j)
        if k > j or _after_standing_verb(tokens, i):
            return Rank("rank", value, "=", k)
        return Rank("ordinal", value, "=", j)
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
