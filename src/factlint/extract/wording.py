"""The words around a number that qualify it: hedges ("more than", "about") and the
direction of a change ("fell 1.1%", "rising 2%"), as opposed to a level ("fell to 3.5%")."""

from __future__ import annotations

from factlint.extract.lexicon import HEDGE_MAX_WORDS, HEDGES, MONTHS
from factlint.extract.tokens import Token, adjacent

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
        "skidded",
        "sagged",
        "crashed",
        "collapsed",
        "weakened",
        "depreciated",
        "shed",
        "sheds",
        "shedding",
        "dived",
        "dove",
        "contracts",
        "declines",
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
        "rebounded",
        "rebounding",
        "recovered",
        "leapt",
        "leaped",
        "rocketed",
        "skyrocketed",
        "spiked",
        "firmed",
        "strengthened",
        "appreciated",
        "accelerated",
    ]
)
# "a 3% drop in sales", "a $2bn increase": the change noun after the amount. Not "gain"
# or "loss", which also name levels ("a $2bn loss").
_RISE_NOUNS = frozenset(["increase", "rise", "jump", "surge", "growth", "climb", "hike"])
_FALL_NOUNS = frozenset(
    {"drop", "fall", "decline", "decrease", "slump", "reduction", "contraction", "plunge"}
    | {"slide", "dip", "cut"}
)

# Words between a change verb and a number that make the number a level, not a change.
_LEVEL_WORDS = frozenset(
    {"to", "from", "at", "of", "in", "on", "than", "and", "with", "that", "within", "for"}
    | {"after", "before", "during"}
)
MIRRORED = {">": "<", ">=": "<=", "<": ">", "<=": ">=", "<~": ">"}


# The last word of every hedge: a number after any other word is not hedged.
_HEDGE_ENDS = frozenset(phrase.split()[-1] for phrase in HEDGES)
# Verbs after which "up to" says where a value went, not a bound: "edged up to 4.2%".
_MOVED_UP = frozenset(
    {"edged", "ticked", "crept", "inched", "moved", "went", "shot", "jumped", "climbed", "rose"}
    | {"revised", "pushed", "bumped", "ratcheted", "ramped", "stepped", "picked", "came"}
    | {"edges", "ticks", "creeps", "inches", "moves", "goes", "shoots", "jumps", "climbs"}
    | {"rises", "revises", "pushes", "edging", "ticking", "creeping", "inching", "moving"}
)
# Hedges that, after a change verb, name a level crossed: "fell below 2%", "rose above".
_LEVEL_HEDGES = frozenset({"below", "above", "under", "beneath", "past"})
_CROSSED = frozenset({"past", "beyond"})


def hedge_before(tokens: list[Token], i: int) -> tuple[str, str, str]:
    """(comparator, growth, hedge words) from the words just before token i."""
    comparator = "="
    hedge = ""
    if i > 1 and tokens[i - 1].low in _CROSSED and tokens[i - 2].low in RISES | FALLS:
        # "surged past $1 trillion": a level crossed, which "past" alone does not hedge
        # ("in the past 12 months").
        return (">" if tokens[i - 2].low in RISES else "<"), "", tokens[i - 1].low
    if i == 0 or tokens[i - 1].low not in _HEDGE_ENDS:
        return comparator, _growth(tokens, i), hedge  # most numbers are not hedged
    for n in range(HEDGE_MAX_WORDS, 0, -1):
        if i - n < 0:
            continue
        words = tokens[i - n : i]
        if any(t.kind != "word" for t in words):
            continue
        phrase = " ".join(t.low for t in words)
        if phrase in HEDGES:
            if phrase == "up to" and i - n > 0 and tokens[i - n - 1].low in _MOVED_UP:
                break  # "edged up to 4.2%": a level reached, no bound
            comparator = HEDGES[phrase]
            hedge = phrase
            i -= n
            break
    if hedge in _LEVEL_HEDGES:
        return comparator, "", hedge  # "fell below 2%": a level crossed, not a change
    return comparator, _growth(tokens, i), hedge


# Hedges written after the number: "20 or more", "a dozen or so", "$5bn or less".
_HEDGES_AFTER = {
    "more": ">=",
    "so": "~",
    "less": "<=",
    "fewer": "<=",
    "above": ">=",
    "over": ">=",
    "higher": ">=",
    "lower": "<=",
    "thereabouts": "~",
}


# Every hedge hedge_after gives: they follow the number, and take no tokens before it.
HEDGES_AFTER = frozenset({*(f"or {word}" for word in _HEDGES_AFTER), "+", "-plus"})


def hedge_after(tokens: list[Token], end: int) -> tuple[str, str]:
    """(comparator, hedge words) for "or more", "or so", "+", "-plus" right after an
    amount; ("=", "") when there is none."""
    glued = _glued_plus(tokens, end)
    if glued:
        return ">=", glued
    if end + 1 >= len(tokens) or tokens[end].low != "or":
        return "=", ""
    low = tokens[end + 1].low
    if low not in _HEDGES_AFTER or (end + 2 < len(tokens) and tokens[end + 2].low == "than"):
        return "=", ""  # "or more than 5%" opens another amount
    return _HEDGES_AFTER[low], f"or {low}"


def _glued_plus(tokens: list[Token], end: int) -> str:
    """ "+" in "$1bn+" or "-plus" in "1,000-plus", written against the number; not the
    sum in "5+3"."""
    if end >= len(tokens) or not adjacent(tokens[end - 1], tokens[end]):
        return ""
    nxt = tokens[end + 1] if end + 1 < len(tokens) else None
    glued_next = nxt is not None and adjacent(tokens[end], nxt)
    if tokens[end].text == "+":
        return "" if glued_next and nxt is not None and nxt.kind == "num" else "+"
    if tokens[end].text == "-" and glued_next and nxt is not None and nxt.low == "plus":
        return "-plus"
    return ""


def growth_after(tokens: list[Token], end: int, percent: bool = False) -> str:
    """ "rise" or "fall" for a change noun right after an amount: "a 3% drop"; for a
    percent, a comparative that states a change ("output was 12.4% higher than a year
    earlier", "3.2% above September's level")."""
    if end >= len(tokens):
        return ""
    low = tokens[end].low
    if percent and low in _COMPARATIVES:
        after = [t.low for t in tokens[end + 1 : end + 3]]
        first = after[0] if after else ""
        named = (
            first in _BASELINE_STARTS
            or first in MONTHS
            or (first == "the" and after[1:] and after[1] in _BASELINE_THE)
        )
        if low in ("higher", "lower") or named:
            return _COMPARATIVES[low]
    return "rise" if low in _RISE_NOUNS else "fall" if low in _FALL_NOUNS else ""


_COMPARATIVES = {"higher": "rise", "lower": "fall", "above": "rise", "below": "fall"}
# What "above"/"below" a change's baseline begins with: "above a year earlier", "below
# the previous month's level", "above last year's", "above September's" (not "below the
# target", a distance from an expectation).
_BASELINE_STARTS = frozenset({"a", "last", "year-earlier", "year-ago"})
_BASELINE_THE = frozenset({"previous", "prior", "same", "year", "month", "quarter"})


# Verbs that say which way a change went only with "by": "cut rates by 50 basis points",
# "raised prices by 5%"; without it they take a level ("raised $5bn", "cut 500 jobs").
FALLS_BY = frozenset(
    {"cut", "cuts", "cutting", "lowered", "lowers", "lowering", "reduced", "reduces"}
    | {"reducing", "slashed", "slashes", "trimmed", "trims", "pared"}
)
RISES_BY = frozenset(
    {"raised", "raises", "raising", "hiked", "hikes", "hiking", "lifted", "lifts"}
    | {"boosted", "boosts", "increased"}
)


_BY_REACH = 6


# Verbs whose object is the amount of a change: "cut 21,000 jobs", "added 256,000 jobs".
_CUTS_A_COUNT = frozenset({"cut", "cuts", "cutting", "shed", "sheds", "shedding", "axed"})
_ADDS_A_COUNT = frozenset({"added", "adds", "adding", "created", "creates", "creating"})
# Jobs cut or created are a gross flow, which two levels of the headcount do not give.
GROSS_FLOWS = _CUTS_A_COUNT | _ADDS_A_COUNT


# Verbs whose "up" is no rise: "makes up", "took up", "adds up to".
_UP_PARTICLE = frozenset(
    {"make", "makes", "made", "making", "take", "takes", "took", "taking", "taken"}
    | {"add", "adds", "adding", "sum", "sums", "summed"}
)


def _past_rate_phrase(tokens: list[Token], i: int) -> int:
    """The index before "at an annualised pace of" ahead of token i ("shrank at an
    annualised pace of 3.2%": the verb's change), else i."""
    if i < 4 or tokens[i - 1].low != "of" or tokens[i - 2].low not in ("rate", "pace"):
        return i
    for k in range(i - 3, max(i - 7, -1), -1):
        if tokens[k].low == "at":
            return k
        if tokens[k].kind != "word":
            return i
    return i


def _growth(tokens: list[Token], i: int) -> str:
    """ "rise" or "fall" when a change verb stands just before token i ("fell 1.1%",
    "rose by an estimated 2%", "cut rates by 50 basis points"); "" for a level ("fell to
    3.5%", "up from 4%")."""
    if i > 0 and tokens[i - 1].low in _CUTS_A_COUNT:
        return "fall"  # "cut about 21,000 jobs", "shed 5,000 workers": a change
    if i > 0 and tokens[i - 1].low in _ADDS_A_COUNT:
        return "rise"  # "employers added 256,000 jobs"
    i = _past_rate_phrase(tokens, i)
    by = i > 0 and tokens[i - 1].low == "by"
    # "cut its key interest rate by 25 basis points": with "by", the verb may stand
    # before the object it changes.
    reach = _BY_REACH if by else 3
    start = max(0, i - reach)
    for index in range(i - 1, start - 1, -1):
        token = tokens[index]
        if token.low in FALLS or (by and token.low in FALLS_BY):
            return "fall"
        if token.low == "up" and index > 0 and tokens[index - 1].low in _UP_PARTICLE:
            return ""  # "makes up 93% of the total", "took up 40%": a share, no rise
        if token.low in RISES or (by and token.low in RISES_BY):
            return "rise"
        if token.kind != "word" or token.low in _LEVEL_WORDS:
            return ""
    return ""
