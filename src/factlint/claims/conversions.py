"""A writer's currency conversions: "2.1 trillion yen ($14 billion)" restates the
amount before it in another currency. The restatement is no claim about the dollar
series; it is checked against the amount it converts, at the rate the text states
("$1 = 151.2 yen", "at 0.92 euros to the dollar") or else at references/fx.csv's rate for
the claim's period. Pure: mentions and references in, a checked conversion out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.extract import Mention
from factlint.extract.lexicon import CURRENCY_CODES, CURRENCY_WORDS
from factlint.intervals import Interval, of_mention
from factlint.units import Unit, UnitError, parse_unit

_CONVERSION = re.compile(
    r"\s*(?:\(|,\s*or|—|–)\s*(?:about|around|roughly|some|nearly|almost|approximately)?\s*"
)


def is_conversion_of(original: Mention, converted: Mention, text: str) -> bool:
    """ "8.2 billion kronor ($790 million)", "€1.5 trillion, or $1.6 trillion": the
    writer's own conversion of the amount just before it into another currency."""
    if original.kind != "money" or converted.kind != "money":
        return False
    if _currency(original) is None or _currency(converted) is None:
        return False
    if _currency(original) == _currency(converted):
        return False  # same currency: a restatement, checked on its own
    return _CONVERSION.fullmatch(text, original.end, converted.start) is not None


def _unit(mention: Mention) -> Unit | None:
    try:
        unit = parse_unit(mention.unit)
    except UnitError:
        return None
    return unit if unit.family == "currency" else None


def _currency(mention: Mention) -> str | None:
    unit = _unit(mention)
    return None if unit is None else unit.base


@dataclass(frozen=True, slots=True)
class StatedRate:
    """One ``base`` is worth ``rate`` of ``quote``, as the text states it."""

    base: str
    quote: str
    rate: Interval
    text: str
    start: int
    end: int
    mentions: tuple[Mention, ...]  # the numbers the statement is made of


_EQUALS = re.compile(r"\s*(?:=|equals|is\s+worth|buys)\s*", re.IGNORECASE)
_WORDS = "|".join(
    re.escape(w) for w in sorted({*CURRENCY_WORDS, "greenback"}, key=len, reverse=True)
)
_CODES = "|".join(sorted(CURRENCY_CODES))
_PER_UNIT = re.compile(
    r"\s*(?:to|per|for|against|a)\s+(?:the\s+|one\s+|a\s+|each\s+|every\s+|1\s+)?"
    rf"(?:(?:U\.S\.|US|American)\s+)?(?P<word>{_WORDS})(?![\w-])"
    rf"|\s*(?:to|per|/)\s*(?P<code>{_CODES})(?![\w-])",
    re.IGNORECASE,
)


def stated_rates(text: str, mentions: list[Mention]) -> list[StatedRate]:
    """Exchange rates the text states: "$1 = 151.2 yen", "(1 USD = 151.2 JPY)",
    "at an exchange rate of 83.4 rupees to the dollar", "0.92 euros per dollar"."""
    ordered = sorted(mentions, key=lambda m: m.start)
    rates: list[StatedRate] = []
    used: set[int] = set()
    for i, mention in enumerate(ordered):
        if mention.start in used or mention.kind != "money":
            continue
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        rate = _equation(text, mention, following) or _per_unit(text, mention)
        # "up to 7.1 yuan to the dollar" bounds a rate; it states none to convert at.
        if rate is not None and rate.rate.low is not None and rate.rate.high is not None:
            rates.append(rate)
            used.update(m.start for m in rate.mentions)
    return rates


def _equation(text: str, left: Mention, right: Mention | None) -> StatedRate | None:
    """ "$1 = 151.2 yen": the left amount is exact by definition."""
    if right is None or right.kind != "money":
        return None
    if _EQUALS.fullmatch(text, left.end, right.start) is None:
        return None
    base, quote = _unit(left), _unit(right)
    amount, worth = of_mention(right), left.value
    if base is None or quote is None or base.base == quote.base or amount is None:
        return None
    if not isinstance(worth, float) or worth <= 0:
        return None
    rate = amount.scaled(quote.scale / (worth * base.scale))
    return StatedRate(
        base.base, quote.base, rate, text[left.start : right.end], left.start, right.end,
        (left, right),
    )  # fmt: skip


def _per_unit(text: str, mention: Mention) -> StatedRate | None:
    """ "83.4 rupees to the dollar", "151 yen per U.S. dollar"."""
    match = _PER_UNIT.match(text, mention.end)
    quote, amount = _unit(mention), of_mention(mention)
    if match is None or quote is None or amount is None or quote.scale != 1.0:
        return None  # "2 billion yen for the dollar bond" states no rate
    word = match.group("word")
    base = CURRENCY_WORDS.get(word.lower(), "USD") if word else match.group("code").upper()
    if base == quote.base:
        return None
    return StatedRate(
        base, quote.base, amount.scaled(quote.scale), text[mention.start : match.end()],
        mention.start, match.end(), (mention,),
    )  # fmt: skip
