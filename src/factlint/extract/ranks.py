"""Ordinals and ranks: "12th", "third", "third-largest", "largest", "No. 1", "top three",
"second place", "ranks third"; and ordinals that only count occurrences ("for a seventh
straight year", "for the third time"), which are no claim at all.

"Largest", "biggest" and "greatest" always rank first. "Top", "leading", "main",
"primary", "foremost" and "most ..." rank first only where they rank a member of a list: after
"the" or a possessive and before a noun such as "exporter" or "trading partner" ("the
top exporter", "Canada's main trading partner"); "top officials", "a leading role", "the
main reason" and "leading to" are no ranks. "Among the top three", "one of the top five"
and "in the top 10" are rank 3, 5 or 10 or better (comparator "<=").

A superlative that places a member in a group ranks nothing: "one of the biggest
investors", "among the largest banks", and a superlative before a plural noun, "the
country's biggest tobacco companies", "the world's most valuable companies" (see
``rank_groups``). Ordinals that count occurrences ("its ninth day", "the second week
of", "for the first time", "the 100th day", "a second year in a row") are set aside with
the reason ``OCCURRENCE`` by ``occurrence_end``; they never become dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract import superlatives
from factlint.extract.lexicon import (
    LIST_SUPERLATIVES,
    ONES,
    ORDINAL_ONES,
    ORDINAL_SUFFIXES,
    ORDINAL_SUPERLATIVES,
    ORDINAL_TENS,
    RANKED_NOUNS,
    SUPERLATIVES,
    TENS,
)
from factlint.extract.rank_groups import PHRASE_ENDS, names_a_group, one_of_many
from factlint.extract.tokens import Token, adjacent, glued_word

OCCURRENCE = "count of occurrences, not a claim"

_ORDINAL_OPENERS = frozenset({*ORDINAL_ONES, *ORDINAL_TENS, *TENS})
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
    bottom: bool = False  # counted from the bottom: "the smallest", "the second-least"


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
    """ "12th", "1st", "1,000th" -> (value, next index)."""
    token = tokens[i]
    if token.kind != "num" or "." in token.text or i + 1 >= len(tokens):
        return None
    suffix = tokens[i + 1]
    if suffix.low in ORDINAL_SUFFIXES and adjacent(token, suffix):
        return int(token.text.replace(",", "")), i + 2  # "1,000th"
    return None


def _superlative_after(tokens: list[Token], j: int) -> int:
    """Index after "-largest", " biggest", "-most populous" or " fastest-growing"
    following an ordinal, else j."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "-" else j
    if k >= len(tokens) or tokens[k].low not in ORDINAL_SUPERLATIVES:
        return j
    if tokens[k].low in ("most", "least"):
        return k + 2 if _word(tokens, k + 1) else j
    if glued_word(tokens, k + 1):  # "fastest-growing"
        return k + 3
    return k + 1


def _ordinal_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    token = tokens[i]
    return _numeric_ordinal(tokens, i) or (
        _ordinal_word(tokens, i) if token.kind == "word" else None
    )


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) and tokens[i].kind == "word" else ""


def _ever_after(tokens: list[Token], j: int) -> bool:
    """ "first-ever": "-ever" glued to the ordinal."""
    return glued_word(tokens, j) and tokens[j + 1].low == "ever"


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
    token = tokens[i]
    if token.kind == "sym" or (token.kind == "word" and token.low not in _ORDINAL_OPENERS):
        return None
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


# Words that may open a rank; every other word is declined in one lookup.
OPENERS = frozenset(
    {*_ORDINAL_OPENERS, *SUPERLATIVES, *superlatives.OPENERS, "no", "number", "most"}
)
_POSSESSIVES = frozenset({"the", "its", "their", "his", "her", "our", "whose", "'s"})
_NOUN_WINDOW = 4
_NOT_A_COUNT = frozenset({"%", "per", "percent", "pct"})
_MAX_RANK = 100


def rank_at(tokens: list[Token], i: int) -> Rank | None:
    token = tokens[i]
    if token.kind == "word" and token.low not in OPENERS:
        return None
    if token.kind == "sym":
        return None
    found = _ordinal_at(tokens, i)
    if found is not None:
        return _ordinal_rank(tokens, i, found)
    if token.kind != "word":
        return None
    if token.low == "top":
        top = _top_count(tokens, i)
        if top is not None:
            return top
    if (token.low in LIST_SUPERLATIVES or token.low in SUPERLATIVES) and one_of_many(tokens, i):
        return None  # "one of the largest firms" says no rank
    superlative = token.low in SUPERLATIVES or token.low == "most"
    if superlative and names_a_group(tokens, i + 2 if token.low == "most" else i + 1):
        return None  # "the biggest tobacco companies": a group, not the first of a list
    if token.low in LIST_SUPERLATIVES:
        return Rank("rank", 1, "=", i + 1) if _ranks_a_member(tokens, i) else None
    if token.low == "most":
        if one_of_many(tokens, i):
            return None
        # "the world's most valuable company", not "the most important reason"
        owned = _determined(tokens, i) == "'s"  # "the world's most populous city"
        if _word(tokens, i + 1) and (owned or _ranks_a_member(tokens, i)):
            return Rank("rank", 1, "=", i + 2)
        return None
    if token.low in SUPERLATIVES:
        return Rank("rank", 1, "=", i + 1)
    if token.low in superlatives.OPENERS:
        return _ranked_superlative(tokens, i)
    if token.text == "No":
        return _numbered(tokens, i)
    if token.low == "number" and _word(tokens, i - 1) not in ("a", "any"):
        return _number_word(tokens, i)
    return None


def _ordinal_rank(tokens: list[Token], i: int, found: tuple[int, int]) -> Rank | None:
    value, j = found
    if tokens[i].kind == "word" and (_ever_after(tokens, j) or _no_ordinal(tokens, i, j)):
        return None  # "first-ever", "third-party", "at first", "per second"
    k = _superlative_after(tokens, j)
    bottom = superlatives.from_bottom(tokens, j, k)
    if k == j:
        k = _standing_noun_end(tokens, j)
    if k > j or _after_standing_verb(tokens, i) or _only_to(tokens, j):
        return Rank("rank", value, "=", k, bottom)
    return Rank("ordinal", value, "=", j)


# Words that make an ordinal word part of a fixed phrase: "third-party", "first-hand",
# "second-hand", "first-class", "a third party", "the first lady".
_COMPOUNDS = frozenset({"hand", "time", "class", "rate", "party", "parties", "tier", "lady"})
_SPACED_COMPOUNDS = frozenset({"party", "parties", "lady"})


_REPORTED = frozenset(
    {"estimated", "reported", "announced", "published", "released", "proposed", "planned"}
    | {"expected", "forecast", "projected", "stated", "thought", "believed", "recorded"}
)


def _no_ordinal(tokens: list[Token], i: int, j: int) -> bool:
    """An ordinal word that orders nothing: "at first", "first of all", "per second",
    "third-party", "First, ..." opening an enumeration."""
    before, after = _word(tokens, i - 1), _word(tokens, j)
    if (before, tokens[i].low) in (("at", "first"), ("per", "second"), ("split", "second")):
        return True
    if tokens[i].low == "first" and (after, _word(tokens, j + 1)) in (
        ("of", "all"),
        ("and", "foremost"),
    ):
        return True
    if glued_word(tokens, j) and _word(tokens, j + 1) in _COMPOUNDS:
        return True
    if after in _SPACED_COMPOUNDS:
        return True
    if before in ("as", "when", "was", "were") and after in _REPORTED:
        return True  # "as first estimated", "when first reported": an adverb of time
    return (
        tokens[i].text[0].isupper()
        and j < len(tokens)
        and tokens[j].text == ","
        and (i == 0 or tokens[i - 1].text in (".", "\n", ":", ";"))
    )


def _only_to(tokens: list[Token], j: int) -> bool:
    """ "second only to the United States", "fourth among European banks", "34th out of
    38": a standing."""
    after = _word(tokens, j)
    return (after, _word(tokens, j + 1)) in (("only", "to"), ("out", "of")) or after == "among"


def _top_count(tokens: list[Token], i: int) -> Rank | None:
    """ "top three", "top 10", "top-five": rank 3, 10 or 5 or better; not "top 5%"."""
    j = i + 1
    if glued_word(tokens, j) or (
        j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j + 1].kind == "num"
    ):
        j += 1
    if j >= len(tokens):
        return None
    nxt = tokens[j]
    if nxt.kind == "num" and nxt.text.isdigit():
        count = int(nxt.text)
    else:
        count = ONES.get(nxt.low, 0) or TENS.get(nxt.low, 0)
    if not 1 < count <= _MAX_RANK or _word_or_sign(tokens, j + 1) in _NOT_A_COUNT:
        return None
    return Rank("rank", count, "<=", j + 1)


def _word_or_sign(tokens: list[Token], j: int) -> str:
    return tokens[j].low if j < len(tokens) else ""


def _ranks_a_member(tokens: list[Token], i: int) -> bool:
    """ "the top exporter", "Norway's leading oil producer", "its main export market"."""
    return _member_noun(tokens, i, i + 1) >= 0


def _member_noun(tokens: list[Token], i: int, after: int) -> int:
    """The index of the noun a superlative at token i ranks ("the busiest airport"),
    looked for from ``after``; -1 when there is no determiner or no such noun."""
    if _determined(tokens, i) not in _POSSESSIVES:
        return -1
    for j in range(after, min(len(tokens), after + _NOUN_WINDOW)):
        if tokens[j].text == "-" and adjacent(tokens[j - 1], tokens[j]):
            continue  # "nation-state threat": the word before a hyphen is no head noun
        low = _word(tokens, j)
        compound = j > after and tokens[j - 1].text == "-" and adjacent(tokens[j - 1], tokens[j])
        if low in RANKED_NOUNS and not glued_word(tokens, j + 1) and not compound:
            return j
        if not low or low in PHRASE_ENDS:
            return -1
    return -1


def _ranked_superlative(tokens: list[Token], i: int) -> Rank | None:
    """ "the busiest airport", "the least populated county", "the fastest-rising state":
    rank 1 from the top or the bottom, when a ranked noun follows and no record is
    meant ("the highest level since 2008")."""
    found = superlatives.superlative_end(tokens, i)
    if found is None or one_of_many(tokens, i) or names_a_group(tokens, found[0]):
        return None
    end, bottom = found
    noun = _member_noun(tokens, i, end)
    if noun < 0 or superlatives.is_record(tokens, noun):
        return None
    return Rank("rank", 1, "=", end, bottom)


def _numbered(tokens: list[Token], i: int) -> Rank | None:
    """ "No. 1", "No 2", "No.3"."""
    j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else i + 1
    if j >= len(tokens) or tokens[j].kind != "num" or not tokens[j].text.isdigit():
        return None
    value = int(tokens[j].text)
    return Rank("rank", value, "=", j + 1) if 1 <= value <= _MAX_RANK else None


def _number_word(tokens: list[Token], i: int) -> Rank | None:
    """ "the number one exporter", "number two", "the number-one brand": a rank spelled
    with "number"."""
    if glued_word(tokens, i + 1):
        i += 1
    nxt = _word(tokens, i + 1)
    value = ONES.get(nxt, 0)
    if not 1 <= value <= 10:
        return None
    return Rank("rank", value, "=", i + 2)
