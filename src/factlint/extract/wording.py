"""The words around a number that qualify it: hedges ("more than", "about") and the
direction of a change ("fell 1.1%", "rising 2%"), as opposed to a level ("fell to 3.5%")."""

from __future__ import annotations

from factlint.extract.lexicon import HEDGE_MAX_WORDS, HEDGES
from factlint.extract.tokens import Token

# Change verbs in every tense the news writes them: "fell", "falls", "falling", "fallen".
FALLS = frozenset(
    [
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "down",
        "declined",
        "decline",
        "declines",
        "declining",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "dropped",
        "drop",
        "drops",
        "dropping",
        "slid",
        "slide",
        "slides",
        "sliding",
        "slipped",
        "slip",
        "slips",
        "slipping",
        "shrank",
        "shrunk",
        "shrink",
        "shrinks",
        "shrinking",
        "contracted",
        "contracting",
        "lost",
        "losing",
        "lower",
        "plunged",
        "plunge",
        "plunges",
        "plunging",
        "plummeted",
        "plummets",
        "plummeting",
        "tumbled",
        "tumble",
        "tumbles",
        "tumbling",
        "sank",
        "sunk",
        "sink",
        "sinks",
        "sinking",
        "eased",
        "ease",
        "eases",
        "easing",
        "dipped",
        "dipping",
        "slumped",
        "slumping",
        "retreated",
        "retreating",
    ]
)
RISES = frozenset(
    [
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "up",
        "grew",
        "grow",
        "grows",
        "growing",
        "grown",
        "jumped",
        "jump",
        "jumps",
        "jumping",
        "surged",
        "surge",
        "surges",
        "surging",
        "increased",
        "increase",
        "increases",
        "increasing",
        "climbed",
        "climb",
        "climbs",
        "climbing",
        "gained",
        "gain",
        "gains",
        "gaining",
        "higher",
        "expanded",
        "expand",
        "expands",
        "expanding",
        "soared",
        "soar",
        "soars",
        "soaring",
        "advanced",
        "advancing",
        "rallied",
        "rallying",
    ]
)

# Words between a change verb and a number that make the number a level, not a change.
_LEVEL_WORDS = frozenset(["to", "from", "at", "of", "in", "on", "than", "and", "with"])
MIRRORED = {">": "<", ">=": "<=", "<": ">", "<=": ">=", "<~": ">"}


def hedge_before(tokens: list[Token], i: int) -> tuple[str, str, str]:
    """(comparator, growth, hedge words) from the words just before token i."""
    comparator = "="
    hedge = ""
    for n in range(HEDGE_MAX_WORDS, 0, -1):
        if i - n < 0:
            continue
        words = tokens[i - n : i]
        if any(t.kind != "word" for t in words):
            continue
        phrase = " ".join(t.low for t in words)
        if phrase in HEDGES:
            comparator = HEDGES[phrase]
            hedge = phrase
            i -= n
            break
    return comparator, _growth(tokens, i), hedge


def _growth(tokens: list[Token], i: int) -> str:
    """ "rise" or "fall" when a change verb stands just before token i ("fell 1.1%",
    "rose by an estimated 2%"); "" for a level ("fell to 3.5%", "up from 4%")."""
    for token in reversed(tokens[max(0, i - 3) : i]):
        if token.low in FALLS:
            return "fall"
        if token.low in RISES:
            return "rise"
        if token.kind != "word" or token.low in _LEVEL_WORDS:
            return ""
    return ""
