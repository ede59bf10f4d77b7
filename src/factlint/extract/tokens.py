"""Splitting text into number, word and symbol tokens with their character spans."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

# One pass of one pattern; words first, as most tokens are words. Every quantifier is
# over a character class that the next item cannot match, or possessive, so nothing
# backtracks further than the token it is matching.
# - word: letters. Letters and digits alternating twice or more ("H5N1", "Q1Q1Q1") are
#   one token of kind "code" (the code group matches last); "G20", "Q3", "USD5bn" stay
#   a word and a number, to be read.
# - long: 41 or more digits, commas and dots in a row ("1,1,1,1,...", a digit run) are
#   no number anyone writes: one token that readers pass over, reported as set aside.
# - num: thousands separators group by three ("1,234,567"), else "1,1,1" is three; or
#   in the Indian way, by two above the thousands ("1,23,456", "11,11,111"); a decimal
#   may open with its point (".5%"), unless a word, digit or point is glued before it.
# - sym: any other character; three or more of the same sign ("$$$$", "-----", "...")
#   are one token.
LONG_RUN = 41
_LETTER = r"[^\W\d_]"
_TOKEN = re.compile(
    rf"(?P<word>{_LETTER}++)(?P<code>\d++{_LETTER}++\d[^\W_]*+)?"
    rf"|(?P<long>\d[\d,.]{{{LONG_RUN - 1},}})"
    r"|(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d+(?:\.\d+)?|(?<![\w.,])\.\d+)"
    r"|(?P<sym>(?P<sign>[^\w\s])(?P=sign){2,}|\S)"
)


class Token(NamedTuple):
    kind: str  # "num", "word", "sym", "code" or "long" (see _TOKEN)
    text: str
    low: str
    start: int
    end: int


_new = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` in order. One pass of one compiled pattern; each token is
    built with tuple.__new__, which skips the Python-level NamedTuple constructor (the
    tokenizer's main cost, as there are about 1.2 tokens per word)."""
    return [
        _new(
            Token,
            (match.lastgroup, word := match.group(), word.lower(), match.start(), match.end()),
        )
        for match in _TOKEN.finditer(text)
    ]


def adjacent(left: Token, right: Token) -> bool:
    """True when nothing, not even a space, separates the two tokens."""
    return left.end == right.start


def glued_word(tokens: list[Token], j: int) -> bool:
    """A hyphen at j glued to the word before and to a word after ("fastest-growing")."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j].text == "-"
        and adjacent(tokens[j - 1], tokens[j])
        and adjacent(tokens[j], tokens[j + 1])
        and tokens[j + 1].kind == "word"
    )


def phrase_key(tokens: list[Token]) -> str:
    """The tokens as a table key: lower-cased, a space where the text has one ("per
    cent", "km/h", "megawatt-hour")."""
    text = ""
    for k, token in enumerate(tokens):
        glue = k and not adjacent(tokens[k - 1], token)
        text += (" " if glue else "") + token.low
    return text


def phrase_at(tokens: list[Token], i: int, phrases: dict[str, str], max_words: int) -> int:
    """How many tokens from i spell one of ``phrases`` (longest first); 0 when none.

    Tokens inside a phrase may be separated by spaces only; "per cent" and "b/d" match,
    "per, cent" does not. ``phrases`` is a table that does not change once used.
    """
    if i >= len(tokens):
        return 0
    cached = _PREFIX_CACHE.get(id(phrases))
    prefixes = cached[1] if cached is not None and cached[0] is phrases else _prefixes(phrases)
    if tokens[i].low not in prefixes:
        return 0  # the common case: no phrase starts with this word
    best = 0
    text = ""
    for n in range(max_words * 2):
        j = i + n
        if j >= len(tokens) or (n and tokens[j].start - tokens[j - 1].end > 1):
            break
        text = text + (" " if n and tokens[j].start > tokens[j - 1].end else "") + tokens[j].low
        if text not in prefixes:
            break  # no phrase goes on from here
        if text in phrases:
            best = n + 1
    return best


_PREFIX_CACHE: dict[int, tuple[Mapping[str, object], frozenset[str]]] = {}
_PREFIX_CACHE_SIZE = 64  # far more tables than the readers have; a bound all the same


def _prefixes(phrases: Mapping[str, object]) -> frozenset[str]:
    """Every leading part of every phrase, computed once per table. The table is kept in
    the cache beside its prefixes, so its id cannot be reused by another object."""
    prefixes = frozenset(phrase[:n] for phrase in phrases for n in range(1, len(phrase) + 1))
    if len(_PREFIX_CACHE) >= _PREFIX_CACHE_SIZE:
        _PREFIX_CACHE.clear()
    _PREFIX_CACHE[id(phrases)] = (phrases, prefixes)
    return prefixes
