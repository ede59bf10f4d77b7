"""Mentions for shares in words ("one in five", "a third of": kind "percent", unit "%"),
multiples ("doubled", "three times as many": kind "multiple", unit "times") and rate
steps ("a quarter-point cut": kind "percent", unit "percentage point"), with their
hedges, direction of change and record wording."""

from __future__ import annotations

from factlint.extract.fractions import Share, share_at
from factlint.extract.lexicon import FRACTION_WORDS, ONES
from factlint.extract.mention import Mention
from factlint.extract.multiples import OPENERS as MULTIPLE_OPENERS
from factlint.extract.multiples import Multiple, multiple_at
from factlint.extract.numbers import implied_interval
from factlint.extract.records import record_around
from factlint.extract.steps import point_fraction
from factlint.extract.tokens import Token
from factlint.extract.wording import MIRRORED, growth_after, hedge_before

# Words a share or a multiple can start on, besides numerals.
OPENERS = frozenset({*MULTIPLE_OPENERS, *ONES, *FRACTION_WORDS, "a"})
# What follows a numeral that opens one: "1 in 5", "3 out of 10", "2.5 times", "10-fold",
# "1/2 of".
_AFTER_NUMERAL = frozenset({"in", "out", "times", "fold", "-", "‑", "/"})
# (value, lower, upper, precision, comparator) of a reading.
Reading = tuple[float, float | None, float | None, float, str]


def proportion_at(
    text: str, tokens: list[Token], i: int, about: float, nearly: float
) -> tuple[Mention, int] | None:
    """(mention, index after it) for a share or multiple starting at token i, if any.

    ``about`` and ``nearly`` widen hedged values as in ``implied_interval``.
    """
    token = tokens[i]
    if token.kind == "sym" or (token.kind == "word" and token.low not in OPENERS):
        return None
    # Most numerals and most "a"s open no proportion: one look at the next token says so.
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if token.kind == "num" and after not in _AFTER_NUMERAL:
        return None
    if token.low == "a" and after not in FRACTION_WORDS:
        return None
    # A rate step first: "by a quarter-point" is no share of a quarter.
    step = point_fraction(tokens, i) if token.kind == "word" else None
    if step is not None:
        return _step_mention(text, tokens, i, step, about, nearly), step[1]
    share = share_at(tokens, i)
    if share is not None:
        return _share_mention(text, tokens, i, share, about, nearly), share.end
    multiple = multiple_at(tokens, i)
    if multiple is not None:
        return _multiple_mention(text, tokens, i, multiple, about, nearly), multiple.end
    return None


def _step_mention(
    text: str, tokens: list[Token], i: int, step: tuple[float, int], about: float, nearly: float
) -> Mention:
    """ "a quarter-point cut": an exact step in percentage points, signed like any other
    change in percent ("cut rates by a quarter point" is -0.25)."""
    value, end = step
    comparator, growth, hedge = hedge_before(tokens, i)
    growth = growth or growth_after(tokens, end)
    lower, upper = implied_interval(value, 0.0, comparator, about, nearly)
    if growth == "fall":
        value, lower, upper = -value, _negated(upper), _negated(lower)
        comparator = MIRRORED.get(comparator, comparator)
    reading = (value, lower, upper, 0.0, comparator)
    return _mention(text, tokens, (i, end), "percent", reading, growth, hedge, "percentage point")


def _share_mention(
    text: str, tokens: list[Token], i: int, share: Share, about: float, nearly: float
) -> Mention:
    """A share is "~" its fraction unless hedged; a change by a share ("fell by a third")
    is signed like a percentage change."""
    comparator, growth, hedge = hedge_before(tokens, i)
    value = share.value
    width = share.upper - share.lower
    lower: float | None = share.lower
    upper: float | None = share.upper
    if comparator == "=":
        comparator = "~"
    else:
        lower, upper = implied_interval(value, width, comparator, about, nearly)
    if growth == "fall":
        value, lower, upper = -value, _negated(upper), _negated(lower)
        comparator = MIRRORED.get(comparator, comparator)
    reading = (value, lower, upper, width, comparator)
    return _mention(text, tokens, (i, share.end), "percent", reading, growth, hedge)


def _multiple_mention(
    text: str, tokens: list[Token], i: int, multiple: Multiple, about: float, nearly: float
) -> Mention:
    """A factor keeps its sign whatever the verb: "halved" is 0.5 and falls. A hedge on a
    fall measures the fall: "nearly halved" is a little above 0.5, "more than halved"
    at most 0.5, so the hedge applies to the divisor (2) and the bounds are inverted."""
    comparator, growth, hedge = hedge_before(tokens, i)
    if multiple.value < 1 and comparator not in ("=", "~"):
        low, high = implied_interval(1 / multiple.value, 0.0, comparator, about, nearly)
        lower: float | None = 0.0 if high is None else 1 / high
        upper: float | None = None if low is None else 1 / low
        comparator = MIRRORED.get(comparator, comparator)
    else:
        lower, upper = implied_interval(
            multiple.value, multiple.precision, comparator, about, nearly
        )
    reading = (multiple.value, lower, upper, multiple.precision, comparator)
    span = (i, multiple.end)
    return _mention(text, tokens, span, "multiple", reading, multiple.growth or growth, hedge)


def _mention(
    text: str,
    tokens: list[Token],
    span: tuple[int, int],
    kind: str,
    reading: Reading,
    growth: str,
    hedge: str,
    unit: str = "",
) -> Mention:
    """The mention over tokens span[0]..span[1]; reading is (value, lower, upper,
    precision, comparator)."""
    i, end = span
    value, lower, upper, precision, comparator = reading
    start, stop = tokens[i].start, tokens[end - 1].end
    hedge_start = i - len(hedge.split()) if hedge else i
    record = record_around(tokens, hedge_start, end)
    return Mention(
        text=text[start:stop],
        start=start,
        end=stop,
        kind=kind,
        value=value,
        unit=unit or ("%" if kind == "percent" else "times"),
        lower=lower,
        upper=upper,
        comparator="<" if comparator == "<~" else comparator,
        precision=precision,
        growth=growth,
        hedge=hedge,
        record=record.direction if record else "",
        reach=record.reach if record else None,
    )


def _negated(bound: float | None) -> float | None:
    return None if bound is None else -bound
