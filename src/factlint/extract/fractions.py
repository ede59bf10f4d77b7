"""Fractions written in words, read as shares in percent: "one in five", "three out of
ten", "a third of", "two-thirds", "three-quarters of", "half of", "cut by a quarter".

The interval is what a writer rounds to that fraction. A writer picks the nearest of the
simple fractions, so k/N covers the shares nearer to it than to any other fraction whose
denominator is at most max(N + 1, 6): the bounds are the midpoints to its two neighbours
in that Farey sequence. "half" covers 45-55% (between 2/5 and 3/5), "a third" 29.2-36.7%
(1/4 and 2/5), "one in five" 18.3-22.5% (1/6 and 1/4), "one in ten" 9.5-10.6% (1/11 and
1/9), "three in ten" 29.3-31.7% (2/7 and 1/3). Denominators above 10,000 fall back to the
numerator's rounding interval, (k - 1/2)/N to (k + 1/2)/N.

Not shares: "the first half of 2024", "half-year", "three quarters of 2024" (periods),
"a third term" (an ordinal), "One in Five" with a capital (a name). A fraction of a scale
or unit is an amount, precise as the decimal it stands for: ``fraction_of_unit`` reads
"half a million" (0.5 million, precise to 0.1), "a quarter of a mile" and "two and a half
hours" for extract.amounts (a rate step, "a quarter-point cut", is read in
extract.steps). Slashed fractions are read here too: "1/4 mile", "10 1/2 miles" as
amounts, "3/4 of voters" as shares; "24/7" and "9/11" are set aside.
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.lexicon import FRACTION_WORDS, ONES, PERCENT_WORDS, SCALES, UNIT_WORDS
from factlint.extract.numbers import Number, numeral, spelled
from factlint.extract.tokens import Token, adjacent

_FAREY_MIN_ORDER = 6
_FAREY_MAX_DENOMINATOR = 10_000

# "half the country", "half its staff": words after "half" that make it a share.
_DETERMINERS = frozenset(
    {"of", "the", "its", "their", "his", "her", "our", "your", "all", "those", "these", "them"}
)
# Words before a fraction word that make it a period or another thing: "first half",
# "the other half", "cut in half" (a multiple: halved).
_NOT_A_SHARE_BEFORE = frozenset(
    {"first", "second", "third", "fourth", "last", "latter", "former", "other", "past", "next"}
    | {"previous", "latest", "final", "in", "and", "straight", "consecutive", "successive"}
)
_NOT_HALF_BEFORE = _NOT_A_SHARE_BEFORE | {"a", "the", "one"}
# Words after "of" that make a fraction a part of a period: "a quarter of a century".
_PERIOD_WORDS = frozenset(
    {"century", "centuries", "year", "years", "decade", "decades", "month", "months", "hour"}
    | {"fiscal", "financial", "this", "last", "next", "calendar"}
)
# Hedges and "by" that let a bare "half" or "a third" stand at the end of a clause.
_SHARE_CUES = frozenset(
    {"by", "than", "over", "nearly", "almost", "about", "around", "roughly", "under", "some"}
    | {"just", "exactly", "only", "barely", "approximately", "above", "below", "to", "as"}
    | {"from", "at"}  # "down from a third in 2010", "stood at a quarter"
)
# After "cut by a third", words that start the rest of the clause, not a noun it counts.
_CLAUSE_GOES_ON = frozenset(
    {"in", "on", "last", "this", "from", "to", "since", "over", "compared", "against", "after"}
    | {"at", "between", "during", "while", "and", "but", "as", "when", "amid", "following"}
    | {"versus", "year", "within", "under", "before", "by", "or", "than", "with"}
)
_HYPHENS = frozenset({"-", "‑"})
_PERIOD_FRACTIONS = frozenset({"quarters", "halves"})
_HALF_JOINS = frozenset({"and", "-", "‑"})
# Words that may follow "of a" / "of an" / "half a" to make the fraction an amount.
AMOUNT_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
UNIT_STARTS = frozenset(
    word.split()[0] for word in (*UNIT_WORDS, *PERCENT_WORDS) if word[:1].isalpha()
)


@dataclass(frozen=True, slots=True)
class Share:
    """A fraction as a share in percent, with the interval its rounding allows."""

    value: float
    lower: float
    upper: float
    end: int  # token index after the fraction


def share_interval(numerator: int, denominator: int) -> tuple[float, float]:
    """(lower, upper) in percent for the fraction numerator/denominator (module docstring)."""
    if denominator > _FAREY_MAX_DENOMINATOR:
        return (
            100 * (numerator - 0.5) / denominator,
            100 * (numerator + 0.5) / denominator,
        )
    order = max(denominator + 1, _FAREY_MIN_ORDER)
    below, above = 0.0, 1.0
    for q in range(1, order + 1):
        p_below = (numerator * q - 1) // denominator  # largest p with p/q < k/N
        if p_below >= 0:
            below = max(below, p_below / q)
        p_above = (numerator * q) // denominator + 1  # smallest p with p/q > k/N
        if p_above <= q:
            above = min(above, p_above / q)
    share = numerator / denominator
    return 100 * (below + share) / 2, 100 * (above + share) / 2


def share_at(tokens: list[Token], i: int) -> Share | None:
    """The fraction read as a share that starts at token i, if any."""
    token = tokens[i]
    if token.kind == "num":
        # Most numerals are no share: look at the next word before parsing this one.
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if nxt == "/":
            return slashed_share(tokens, i)
        return _one_in_n(tokens, i) if nxt in ("in", "out") else None
    if token.low in ONES:
        found = _one_in_n(tokens, i)
        if found is not None:
            return found
        return _counted_fraction(tokens, i)
    if token.low == "half":
        return _half(tokens, i)
    if token.low == "a":
        return _a_fraction(tokens, i)
    return None


def _whole(tokens: list[Token], i: int) -> Number | None:
    """A whole number from token i: "5", "1,000", "five", "twenty"."""
    token = tokens[i]
    if token.kind == "num":
        if not token.text.replace(",", "").isdigit():
            return None
        parsed = numeral(token)
        return None if parsed is None else Number(parsed.value, parsed.precision, i + 1)
    return spelled(tokens, i)


def _one_in_n(tokens: list[Token], i: int) -> Share | None:
    """ "one in five", "1 in 4", "three out of ten", "one in every three"."""
    part = _whole(tokens, i)
    if part is None or part.end + 1 >= len(tokens):
        return None
    k = part.end
    if tokens[k].low == "in":
        k += 1
    elif tokens[k].low == "out" and tokens[k + 1].low == "of":
        k += 2
    else:
        return None
    if k < len(tokens) and tokens[k].low == "every":
        k += 1
    if k >= len(tokens) or (tokens[k].kind == "word" and tokens[k].text[:1].isupper()):
        return None  # "One in Five", a name
    whole = _whole(tokens, k)
    if whole is None or not 0 < part.value < whole.value or whole.value != int(whole.value):
        return None
    if tokens[k].kind == "num" and len(tokens[k].text) == 4 and 1000 < whole.value < 2200:
        return None  # "1 in 2024": a year
    if whole.end < len(tokens) and _counts_time_or_amount(tokens[whole.end]):
        return None  # "one in five years", "1 in 10 million"
    return _share(int(part.value), int(whole.value), whole.end)


def _counts_time_or_amount(token: Token) -> bool:
    return token.low in SCALES or token.low in _PERIOD_WORDS or token.low in UNIT_STARTS


def _counted_fraction(tokens: list[Token], i: int) -> Share | None:
    """ "two-thirds", "three quarters of", "one-eighth", "one third of"."""
    if tokens[i].low not in ONES or i + 1 >= len(tokens):
        return None
    numerator = ONES[tokens[i].low]
    k = i + 1
    hyphenated = tokens[k].text in _HYPHENS and adjacent(tokens[i], tokens[k])
    if hyphenated:
        k += 1
    if k >= len(tokens) or tokens[k].low not in FRACTION_WORDS:
        return None
    word = tokens[k].low
    denominator = FRACTION_WORDS[word]
    if not 0 < numerator < denominator or (numerator > 1 and word == "half"):
        return None
    before = tokens[i - 1].low if i > 0 else ""
    if before in _NOT_A_SHARE_BEFORE or (before == "the" and word in _PERIOD_FRACTIONS):
        return None  # "the first three quarters", "the two halves"
    if not hyphenated and not _share_follows(tokens, k + 1, i):
        return None  # "two quarters", "one third party"
    if _period_follows(tokens, k + 1) or _amount_follows(tokens, k + 1):
        return None
    return _share(numerator, denominator, k + 1)


def _a_fraction(tokens: list[Token], i: int) -> Share | None:
    """ "a third of", "a quarter of", "cut by an eighth"."""
    k = i + 1
    if k >= len(tokens) or tokens[k].low not in FRACTION_WORDS:
        return None
    if tokens[k].low == "half" and (i == 0 or tokens[i - 1].low != "by"):
        return None  # "a half" is a share only as a change: "rose by a half"
    if tokens[k].low.endswith("s"):
        return None  # "a thirds" is no English
    if not _share_follows(tokens, k + 1, i):
        return None
    if _period_follows(tokens, k + 1) or _amount_follows(tokens, k + 1):
        return None
    return _share(1, FRACTION_WORDS[tokens[k].low], k + 1)


def _half(tokens: list[Token], i: int) -> Share | None:
    """ "half of", "half the", "more than half", "cut by half"."""
    if i > 0 and tokens[i - 1].low in _NOT_HALF_BEFORE:
        return None  # "the first half", "a year and a half"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.text in _HYPHENS and adjacent(tokens[i], nxt):
        return None  # "half-year", "half-time"
    if nxt is not None and nxt.low in ("a", "an"):
        return None  # "half a million": an amount; "half an hour": a duration
    if not _share_follows(tokens, i + 1, i):
        return None
    if _period_follows(tokens, i + 1):
        return None
    return _share(1, 2, i + 1)


def _share_follows(tokens: list[Token], k: int, start: int) -> bool:
    """A fraction word at k - 1 is a share: "of" or a determiner follows, or a hedge or
    "by" stands before it and the clause ends ("cut by a third.", "just over half,")."""
    if k < len(tokens) and tokens[k].low in _DETERMINERS:
        return True
    cue = start > 0 and tokens[start - 1].low in _SHARE_CUES
    return cue and (k >= len(tokens) or tokens[k].kind == "sym" or tokens[k].low in _CLAUSE_GOES_ON)


def _period_follows(tokens: list[Token], k: int) -> bool:
    """ "a quarter of a century", "three quarters of 2024", "half of this year"."""
    if k >= len(tokens) or tokens[k].low != "of":
        return False
    m = k + 1
    if m < len(tokens) and tokens[m].low in ("a", "an", "the"):
        m += 1
    if m >= len(tokens):
        return False
    token = tokens[m]
    if token.kind == "num":
        return len(token.text) == 4 and token.text.isdigit()
    return token.low in _PERIOD_WORDS


def _amount_follows(tokens: list[Token], k: int) -> bool:
    """ "a quarter of a million", "a third of a percentage point": an amount."""
    if k + 2 >= len(tokens) or tokens[k].low != "of" or tokens[k + 1].low not in ("a", "an"):
        return False
    low = tokens[k + 2].low
    return low in AMOUNT_SCALES or low in UNIT_STARTS or low == "point"


def _share(numerator: int, denominator: int, end: int) -> Share:
    lower, upper = share_interval(numerator, denominator)
    return Share(100 * numerator / denominator, lower, upper, end)


def fraction_of_unit(tokens: list[Token], i: int) -> Number | None:
    """A fraction that counts a scale or unit, as a number ending before that word:
    "half a million", "half an hour", "a quarter of a million", "three-quarters of a
    percentage point". Precise as the decimal it stands for (0.5, 0.25, 0.75)."""
    token = tokens[i]
    if token.low == "half":
        if i > 0 and tokens[i - 1].low in ("a", "and", "the"):
            return None
        return _counted_unit(tokens, i + 1, 0.5, expect_of=False)
    if token.low == "a":
        numerator = 1
        k = i + 1
    elif token.low in ONES and 0 < ONES[token.low] < 10:
        numerator = ONES[token.low]
        k = i + 1
        if k < len(tokens) and tokens[k].text in _HYPHENS and adjacent(token, tokens[k]):
            k += 1
    else:
        return None
    if k >= len(tokens) or tokens[k].low not in FRACTION_WORDS:
        return None
    denominator = FRACTION_WORDS[tokens[k].low]
    if not 0 < numerator < denominator:
        return None
    return _counted_unit(tokens, k + 1, numerator / denominator, expect_of=True)


def _counted_unit(tokens: list[Token], k: int, value: float, expect_of: bool) -> Number | None:
    if expect_of:
        if k >= len(tokens) or tokens[k].low != "of":
            return None
        k += 1
    if k + 1 >= len(tokens) or tokens[k].low not in ("a", "an"):
        return None
    low = tokens[k + 1].low
    if low not in AMOUNT_SCALES and low not in UNIT_STARTS:
        return None
    precision = 0.1 if value == 0.5 else 0.01
    return Number(value, precision, k + 1)


def and_a_half(tokens: list[Token], k: int) -> int:
    """The index after "and a half" or "-and-a-half" at token k, or 0 when absent."""
    if k >= len(tokens) or tokens[k].low not in _HALF_JOINS:
        return 0
    words: list[str] = []
    j = k
    while j < len(tokens) and len(words) < 3:
        token = tokens[j]
        if token.text in _HYPHENS:
            if not (j > 0 and adjacent(tokens[j - 1], token)):
                return 0
        elif token.kind == "word":
            words.append(token.low)
        else:
            return 0
        j += 1
    return j if words == ["and", "a", "half"] else 0


# Slashed fractions: "1/4 mile", "10 1/2 miles", "more than 1/2 of". Only the
# denominators writers use for fractions (halves to sixths, eighths, tenths, the
# binary inch fractions, hundredths); "24/7", "9/11", "50/50", "3/1" and "12/25" are no
# fraction, and are set aside (see ``slashed_pair_end``).
_SLASHED_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100})
SLASHED_PAIR = "numbers joined by a slash (a score, a ratio, a name or a code)"


def _slashed(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(numerator, denominator) of whole numbers written "n/d" at token i, with nothing
    between them and no third part ("1/4/2024" is a date); None otherwise."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "/":
        return None
    top, slash, bottom = tokens[i], tokens[i + 1], tokens[i + 2]
    if top.kind != "num" or bottom.kind != "num":
        return None
    if not (adjacent(top, slash) and adjacent(slash, bottom)):
        return None
    if not (top.text.isdigit() and bottom.text.isdigit()):
        return None
    if i > 0 and tokens[i - 1].text == "/" and adjacent(tokens[i - 1], top):
        return None
    if i + 3 < len(tokens) and tokens[i + 3].text == "/" and adjacent(bottom, tokens[i + 3]):
        return None
    return int(top.text), int(bottom.text)


def _proper(pair: tuple[int, int] | None) -> bool:
    return pair is not None and 0 < pair[0] < pair[1] and pair[1] in _SLASHED_DENOMINATORS


def _decimal_precision(value: float) -> float:
    """The last digit of the decimal a fraction stands for: 0.5 -> 0.1, 0.25 -> 0.01;
    three places at most (1/3 -> 0.001)."""
    for places in (1, 2):
        if abs(round(value, places) - value) < 1e-9:
            return 10.0**-places
    return 0.001


def slashed_number(tokens: list[Token], i: int) -> Number | None:
    """A slashed or mixed fraction from token i as an amount: "1/4" (0.25), "10 1/2"
    (10.5), and "1/40 of an inch" (0.025, ending before the unit)."""
    pair = _slashed(tokens, i)
    whole = 0
    k = i
    if pair is None:
        # "10 1/2": a whole number, one space, then a proper fraction.
        token = tokens[i]
        if not token.text.isdigit() or i + 1 >= len(tokens):
            return None
        if tokens[i + 1].kind != "num" or tokens[i + 1].start - token.end != 1:
            return None
        pair = _slashed(tokens, i + 1)
        whole, k = int(token.text), i + 1
    if pair is None or not _proper(pair):
        return None
    value = whole + pair[0] / pair[1]
    precision = _decimal_precision(value)
    if not whole:
        of_unit = _counted_unit(tokens, k + 3, value, expect_of=True)
        if of_unit is not None:
            return Number(value, precision, of_unit.end)
    return Number(value, precision, k + 3)


def slashed_share(tokens: list[Token], i: int) -> Share | None:
    """ "1/2 of the people", "3/4 of voters": a slashed fraction read as a share."""
    pair = _slashed(tokens, i)
    if pair is None or not _proper(pair):
        return None
    k = i + 3
    if not _share_follows(tokens, k, i) or _period_follows(tokens, k):
        return None
    if _amount_follows(tokens, k):
        return None  # "1/4 of a mile": an amount
    return _share(pair[0], pair[1], k)


def slashed_pair_end(tokens: list[Token], i: int) -> int | None:
    """The index after "24/7", "9/11" or "50/50" at token i: numbers joined by a slash
    that make no fraction, set aside whole rather than read as two numbers."""
    pair = _slashed(tokens, i)
    if pair is None or _proper(pair):
        return None
    return i + 3
