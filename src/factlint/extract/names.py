"""Numbers that are not quantities: parts of names (G20, COVID-19, Boeing 737, Power of
Siberia 2, Article 5, iPhone 16), numbers of pages, sections and tables ("page 12",
"paragraph 3"), times of day (2.15pm, 10:30), telephone numbers, scores and vote
tallies ("won 3-1", "ruled 6-3"), ages ("a 45-year-old", "Smith, 62, said") and the
digits of web addresses ("https://example.com/report-2024", set aside whole by ``url_end``).

Ages are set aside on purpose: they describe a person, change with the date a story is
read, and no reference table holds them; a reader still sees them among the numbers
that were not checked.
"""

from __future__ import annotations

from factlint.extract.lexicon import (
    MONTHS,
    NOT_NAME_WORDS,
    ORDINAL_SUFFIXES,
    PERCENT_WORDS,
    SCALED_UNIT_SYMBOLS,
    SCALED_UNIT_WORDS,
    SCALES,
    TIME_SUFFIXES,
    UNIT_WORDS,
    WEEKDAYS,
)
from factlint.extract.tokens import Token, adjacent, phrase_at

TELEPHONE = "telephone number"
SCORE = "a score or vote tally"
AGE = "an age"
REFERENCE = "the number of a page, section or item in a series"
# Lower-case words before a number that make it the number of a part of a document or
# of a thing in a series: "page 12", "paragraph 3", "gate 5", "phase 3", "reactor 4".
_REFERENCE_NOUNS = frozenset(
    {
        "page", "pages", "paragraph", "para", "section", "sections", "article", "articles",
        "clause", "chapter", "table", "figure", "fig", "annex", "appendix", "exhibit",
        "footnote", "slide", "item", "rule", "amendment", "resolution", "volume", "vol",
        "platform", "gate", "terminal", "flight", "route", "highway", "room", "line",
        "phase", "stage", "level", "tier", "category", "grade", "season", "episode",
        "reactor", "unit", "block", "runway", "pier", "berth", "lane", "district", "ward",
        "zone",
    }
)  # fmt: skip
# Words shortly before a score or tally ("won 3-1", "the court ruled 6-3").
_SCORE_BEFORE = frozenset(
    {
        "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats",
        "beating", "defeated", "defeating", "drew", "draw", "tied", "leads", "led", "lead",
        "leading", "trailing", "trailed", "score", "scored", "scoreline", "ruled", "voted",
        "vote", "votes", "passed", "margin", "edged", "thrashed", "routed", "victory",
        "defeat", "verdict", "split",
    }
)  # fmt: skip
# Nouns just after a score ("a 3-1 win", "a 6-3 ruling").
_SCORE_AFTER = frozenset(
    {
        "win", "victory", "defeat", "loss", "draw", "vote", "votes", "ruling", "decision",
        "majority", "lead", "scoreline", "tie", "margin", "verdict", "home", "away",
        "thrashing", "rout", "aggregate",
    }
)  # fmt: skip
# Words that may follow a score or tally in its clause ("won 3-1 at home", "ruled 6-3
# that", "beat them 2-0 on Sunday"); any other word after makes it a range of that noun.
_AFTER_A_TALLY = frozenset(
    {
        "at", "on", "in", "to", "that", "for", "against", "over", "with", "and", "after",
        "before", "as", "but", "while", "when", "away", "yesterday", "today", "tonight",
        "last", "this", "earlier", "later", "despite", "thanks", "amid", "into", "the",
        *WEEKDAYS,
    }
)  # fmt: skip
_SCORE_WINDOW = 3
_DASHES = frozenset({"-", "–"})
_MAX_AGE = 120
_UNIT_STARTS = frozenset(
    word.split()[0].lower() for word in (*UNIT_WORDS, *PERCENT_WORDS, *SCALED_UNIT_SYMBOLS)
)
_SCALED_UNITS = {key: key for key in SCALED_UNIT_WORDS}


def _time_reason(tokens: list[Token], i: int) -> str | None:
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt.text == ":" and adjacent(token, nxt) and after is not None and after.kind == "num":
        return "time of day"
    if nxt.low in TIME_SUFFIXES and nxt.start - token.end <= 1:
        return "time of day"
    if (
        nxt.low in ("a", "p")
        and after is not None
        and after.text == "."
        and adjacent(token, nxt) is not None
        and nxt.start - token.end <= 1
        and i + 3 < len(tokens)
        and tokens[i + 3].low == "m"
    ):
        return "time of day"
    return None


def _glued_to_letters(tokens: list[Token], i: int) -> bool:
    """ "G20", "COVID-19", "Su-57": a number written against the letters of a name."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind == "word" and adjacent(prev, tokens[i]):
        return True
    if prev.text in ("-", "/") and adjacent(prev, tokens[i]) and i >= 2:
        word = tokens[i - 2]
        return word.kind == "word" and adjacent(word, prev) and word.text[:1].isupper()
    return False


def _after_proper_noun(tokens: list[Token], i: int) -> bool:
    """ "Boeing 737", "Article 5", "Power of Siberia 2": a capitalised word just before."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    # A capital anywhere makes a name: "Boeing 737", "iPhone 16".
    if prev.kind != "word" or prev.text.islower() or tokens[i].start - prev.end != 1:
        return False
    low = prev.low
    if low in NOT_NAME_WORDS or low in MONTHS or low in WEEKDAYS:
        return False
    if prev.text.isupper() and len(prev.text) == 3:
        return False  # a currency code such as USD
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (nxt is not None and (nxt.low in SCALES or _unit_starts(tokens, i + 1)))


def _unit_starts(tokens: list[Token], j: int) -> bool:
    """Whether a percent word or a unit ("km", "b/d", "mb/d", "Mt") starts at token j."""
    return tokens[j].low in _UNIT_STARTS or bool(phrase_at(tokens, j, _SCALED_UNITS, 3))


def telephone_end(tokens: list[Token], i: int) -> int:
    """Index after the digit groups of a telephone number starting at i ("+7 495 123-45-67")."""
    end = i + 1
    j = i + 1
    while j < len(tokens) and tokens[j].start - tokens[j - 1].end <= 1:
        if tokens[j].kind == "num" and tokens[j].text.isdigit():
            end = j + 1
        elif tokens[j].text not in _PHONE_MARKS:
            break
        j += 1
    return end


_PHONE_MARKS = frozenset("-()/")  # "/" joins extensions: "+1-222-2222/2222"

URL = "part of a web address"
# Words that open a web address: "https://...", "www.example.com/...".
URL_OPENERS = frozenset({"http", "https", "www"})
# Signs that end a sentence rather than an address written at its end.
_URL_TRAILERS = frozenset(".,;:!?)]\"'”’")


def url_end(tokens: list[Token], i: int) -> int | None:
    """Index after the web address starting at token i ("https://x.org/q=30%25", "www.
    example.com/2024"), else None. The address runs to the next white space; its
    digits ("q=30%25%2020%") are no numbers of the story."""
    low = tokens[i].low
    if low not in URL_OPENERS or i + 1 >= len(tokens) or not adjacent(tokens[i], tokens[i + 1]):
        return None
    if tokens[i + 1].text != (":" if low != "www" else "."):
        return None
    end = i + 2
    while end < len(tokens) and adjacent(tokens[end - 1], tokens[end]):
        end += 1
    while end > i + 2 and tokens[end - 1].text in _URL_TRAILERS:
        end -= 1
    return end


def _is_integer(token: Token | None) -> bool:
    return token is not None and token.kind == "num" and token.text.isdigit()


def _at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def _is_score(tokens: list[Token], i: int) -> bool:
    """ "won 3-1", "a 6-3 ruling", "passed 52-48": two integers joined by a dash, with a
    word of contests or votes just before or after."""
    dash, second = _at(tokens, i + 1), _at(tokens, i + 2)
    if (
        dash is None
        or dash.text not in _DASHES
        or not _is_integer(second)
        or not adjacent(tokens[i], dash)
        or second is None
        or not adjacent(dash, second)
        or len(tokens[i].text) > 3
        or len(second.text) > 3
    ):
        return False
    after = _at(tokens, i + 3)
    if after is not None and after.low in _SCORE_AFTER:
        return True
    if after is not None and after.kind == "word" and after.low not in _AFTER_A_TALLY:
        return False  # "is expected to win 150-170 seats": a range of seats
    if i >= 4 and tokens[i - 1].text == "," and _is_score(tokens, i - 4):
        return True  # the second set of "won 6-4, 6-3"
    for k in range(i - 1, max(-1, i - 1 - _SCORE_WINDOW), -1):
        if tokens[k].low in _SCORE_BEFORE:
            return True
    return False


_AGE_WORDS = ("aged", "age", "ages")


def _is_age(tokens: list[Token], i: int) -> bool:
    """ "a 45-year-old", "45 years old", "aged 45", "aged 15 to 24", "Smith, 62, said"."""
    token = tokens[i]
    after, before = _low(tokens, i + 1), _low(tokens, i - 1)
    ranged = before in ("to", "-", "and") and i >= 3 and _is_integer(tokens[i - 2])
    if ranged:
        # the end of an age range: "aged 15 to 24", "ages 25-54", "aged between 25 and 54"
        opener = _low(tokens, i - 3)
        ranged = (_low(tokens, i - 4) if opener == "between" else opener) in _AGE_WORDS
    aged = before in _AGE_WORDS or (before == "between" and _low(tokens, i - 2) in _AGE_WORDS)
    if after not in ("-", "years", ",", ")") and not (aged or ranged) and before != "of":
        return False  # most numbers: two look-ups, no parse
    if not _is_integer(token) or not 0 < int(token.text) <= _MAX_AGE:
        return False
    if ranged:
        return True
    words = [t.low for t in tokens[i + 1 : i + 5]]
    if words == ["-", "year", "-", "old"] or words[:2] == ["years", "old"]:
        return True
    if aged or (before == "of" and _low(tokens, i - 2) == "age"):
        return True  # "aged 34", "at age 70", "ages 25", "at the age of 70"
    name, then = _at(tokens, i - 2), _at(tokens, i + 2)
    return (
        before == ","
        and name is not None
        and name.kind == "word"
        and name.text[:1].isupper()
        and after in (",", ")")
        and then is not None
        and then.kind == "word"  # "Smith, 62, said", not a list "Sales, 12, 13 and 14"
    )


def _telephone_like(tokens: list[Token], i: int) -> bool:
    """ "020 7946 0958", "(202) 555-0143": three or more digit groups, or two starting
    with a 0, of nine or more digits together."""
    token = tokens[i]
    if i + 1 >= len(tokens) or not token.text.isdigit():
        return False
    nxt = tokens[i + 1]
    if nxt.start - token.end > 1 or (nxt.kind != "num" and nxt.text not in _PHONE_MARKS):
        return False
    end = telephone_end(tokens, i)
    groups = [t for t in tokens[i:end] if t.kind == "num"]
    if not all(t.text.isdigit() for t in groups) or sum(len(t.text) for t in groups) < 9:
        return False
    return len(groups) >= 3 or (len(groups) == 2 and token.text.startswith("0"))


def not_a_quantity(tokens: list[Token], i: int) -> str | None:
    """Why the number at token i is not a quantity, or None when it may be one."""
    reason = _time_reason(tokens, i)
    if reason:
        return reason
    if i > 0 and tokens[i - 1].text == "+" and adjacent(tokens[i - 1], tokens[i]):
        return TELEPHONE
    if _telephone_like(tokens, i):
        return TELEPHONE
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.text in _REFERENCE_NOUNS and not adjacent(before, tokens[i]):
        return REFERENCE  # capitalised, "Section 5" is the name of a part
    if _is_score(tokens, i):
        return SCORE
    if _is_age(tokens, i):
        return AGE
    if _glued_to_letters(tokens, i) or _after_proper_noun(tokens, i):
        return "part of a name"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.kind == "word"
        and adjacent(tokens[i], nxt)
        and nxt.low not in ORDINAL_SUFFIXES
        and nxt.low not in SCALES
        and not _unit_starts(tokens, i + 1)
        and nxt.low != "s"
        and nxt.text != "p"  # "85p": pence
    ):
        return "part of a name"
    return None
