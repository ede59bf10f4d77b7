"""Splitting text into number, word and symbol tokens with their character spans."""

from __future__ import annotations

import re
from typing import NamedTuple

# Numbers with thousands separators must group by three ("1,234,567"); otherwise
# "1,1,1" is three numbers. No pattern here can backtrack more than a token's length.
_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sym>\S)"
)


class Token(NamedTuple):
    kind: str  # "num", "word" or "sym"
    text: str
    low: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "sym"
        word = match.group()
        tokens.append(Token(kind, word, word.lower(), match.start(), match.end()))
    return tokens


def adjacent(left: Token, right: Token) -> bool:
    """True when nothing, not even a space, separates the two tokens."""
    return left.end == right.start


def phrase_at(tokens: list[Token], i: int, phrases: dict[str, str], max_words: int) -> int:
    """How many tokens from i spell one of ``phrases`` (longest first); 0 when none.

    Tokens inside a phrase may be separated by spaces only; "per cent" and "b/d" match,
    "per, cent" does not.
    """
    best = 0
    text = ""
    for n in range(max_words * 2):
        j = i + n
        if j >= len(tokens) or (n and tokens[j].start - tokens[j - 1].end > 1):
            break
        text = text + (" " if n and tokens[j].start > tokens[j - 1].end else "") + tokens[j].low
        if text in phrases:
            best = n + 1
    return best
