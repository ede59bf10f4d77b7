"""Superlatives that name a group rather than a rank: "one of the biggest investors",
"among the largest banks", "the country's biggest tobacco companies". ranks.py asks
these before it reads a superlative as rank 1."""

from __future__ import annotations

from factlint.extract.tokens import Token, adjacent

# Words that end a noun phrase: "top officials said the market..."
PHRASE_ENDS = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and",
        "or", "but", "that", "which", "who", "is", "was", "are", "were", "has", "have",
        "had", "be", "been", "said", "says", "will", "would", "after", "since", "as",
    }
)  # fmt: skip
_MANY = frozenset(["one", "some", "two", "three", "several", "many", "any"])


def one_of_many(tokens: list[Token], i: int) -> bool:
    """ "one of the largest", "among the biggest", "one of the world's most valuable": a
    superlative that places a member in a group, not at a rank."""
    for k in range(i - 1, max(-1, i - 7), -1):
        low = tokens[k].low
        if low == "among":
            return True
        if low == "of" and k > 0 and tokens[k - 1].low in _MANY:
            return True
        if tokens[k].kind == "sym" and tokens[k].text not in "'’":
            return False
    return False


# Nouns ending in "s" that are singular, and plurals without one.
_SINGULAR_IN_S = frozenset(
    {"news", "series", "species", "gas", "means", "headquarters", "lens", "bus", "works",
     "economics", "politics", "physics", "aids", "chaos", "canvas", "bias", "yes"}
)  # fmt: skip
_PLURALS = frozenset({"people", "men", "women", "children", "police", "media"})
_GROUP_WINDOW = 6
# Words that end the noun phrase after a superlative: "the biggest banks this year".
_GROUP_ENDS = PHRASE_ENDS | {"this", "these", "those", "last", "next", "than", "ever", "so"}


def _plural(low: str) -> bool:
    if low in _PLURALS:
        return True
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s"))
        and low not in _SINGULAR_IN_S
    )


def names_a_group(tokens: list[Token], j: int) -> bool:
    """ "the country's biggest tobacco companies", "the largest banks in Europe": the noun
    phrase from token j ends in a plural head noun, so the superlative names a group.

    The head is the last word before a phrase end ("of", "in", "said", a comma, the
    end of the sentence); a phrase that runs past a short window is left undecided
    (a rank), since a verb may then stand among its words."""
    last = ""
    for k in range(j, min(len(tokens), j + _GROUP_WINDOW)):
        token = tokens[k]
        if token.text == "-" and k > j and adjacent(tokens[k - 1], token):
            continue  # "state-owned", "oil-producing": a modifier, not the head
        if token.kind != "word" or token.low in _GROUP_ENDS:
            return _plural(last)
        if token.text[0].isupper():
            if last:  # "the main group Hamas", "the top fighter government forces sought"
                return _plural(last)
            continue  # "the biggest Wall Street banks": a name before the head
        last = token.low
    return len(tokens) <= j + _GROUP_WINDOW and _plural(last)
