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
from factlint.intervals import STATED, Interval, figure, of_mention, ratio, shown, times, with_unit
from factlint.periods import Period, parse_period
from factlint.references.models import FxRate, References
from factlint.units import Unit, UnitError, parse_unit

# The table holds a period's average rate; a writer converts at the day's. Within a
# year the major currencies move a few per cent around their average, so a conversion
# within the policy's ``fx_longer`` of the average passes, while a wrong rate (the
# inverse, another currency's, a figure left unconverted) misses by far more.
TABLE_RATE_SPREAD = 0.05  # the default of that setting

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
        if rate is not None:
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


@dataclass(frozen=True, slots=True)
class Rate:
    """``rate`` of ``quote`` per ``base``, the interval it is known within, and where
    it came from."""

    base: str
    quote: str
    rate: Interval
    source: str
    row: FxRate | None = None


def _row_value(
    references: References, base: str, quote: str, period: Period
) -> tuple[float, FxRate] | None:
    for row in sorted(references.fx, key=lambda r: r.period):
        if not parse_period(row.period).contains(period):
            continue
        if (row.base, row.quote) == (base, quote):
            return row.rate, row
        if (row.base, row.quote) == (quote, base):
            return 1 / row.rate, row
    return None


def table_rate(
    references: References,
    base: str,
    quote: str,
    period: str,
    spread: float = TABLE_RATE_SPREAD,
) -> Rate | None:
    """references/fx.csv's rate of ``quote`` per ``base`` over a period covering
    ``period``, directly, inverted, or across the dollar; widened by the spread a day's
    rate may have around the period's average."""
    try:
        span = parse_period(period)
    except ValueError:
        return None
    found = _row_value(references, base, quote, span)
    how = "references/fx.csv"
    if found is None and "USD" not in (base, quote):
        to_dollar = _row_value(references, base, "USD", span)
        from_dollar = _row_value(references, "USD", quote, span)
        if to_dollar is not None and from_dollar is not None:
            found = (to_dollar[0] * from_dollar[0], to_dollar[1])
            how = "across the dollar, references/fx.csv"
    if found is None:
        return None
    value, row = found
    band = Interval(value * (1 - spread), value * (1 + spread))
    source = (
        f"{figure(value)} {quote} per {base} ± {figure(spread * 100)}% "
        f"({row.period} average, {row.source}; {how})"
    )
    return Rate(base, quote, band, source, row)


def stated_rate(rates: list[StatedRate], base: str, quote: str, near: int) -> Rate | None:
    """The stated rate of the pair (either way round) nearest ``near``."""
    fitting = [r for r in rates if {r.base, r.quote} == {base, quote}]
    if not fitting:
        return None
    best = min(fitting, key=lambda r: (abs(r.start - near), r.start))
    source = f"stated in the text: “{best.text}”"
    if (best.base, best.quote) == (base, quote):
        return Rate(
            base, quote, best.rate, f"{shown(best.rate, STATED)} {quote} per {base}, {source}"
        )
    inverse = ratio(Interval(1.0, 1.0), best.rate)
    if inverse is None:
        return None
    return Rate(
        base, quote, inverse,
        f"{shown(best.rate, STATED)} {best.quote} per {best.base}, {source}",
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ConversionCheck:
    """The converted amount held against the original at a rate."""

    holds: bool
    expected: Interval  # the original at the rate, in the converted amount's unit
    claimed: Interval
    distance: float  # how far the claimed interval lies outside the expected one
    explanation: str  # the arithmetic, without the verdict
    rate: Rate


def check_conversion(original: Mention, converted: Mention, rate: Rate) -> ConversionCheck | None:
    """Whether ``converted`` is ``original`` at ``rate`` (of the converted currency per
    the original's, or the other way round), within the rounding of all three."""
    source, target = _unit(original), _unit(converted)
    amount, claimed = of_mention(original), of_mention(converted)
    if source is None or target is None or amount is None or claimed is None:
        return None
    if (rate.base, rate.quote) == (source.base, target.base):
        moved = times(amount, rate.rate)
        operation = "×"
    elif (rate.base, rate.quote) == (target.base, source.base):
        moved = ratio(amount, rate.rate)
        operation = "÷"
    else:
        return None
    if moved is None:
        return None
    expected = moved.scaled(source.scale / target.scale)
    distance = expected.distance(claimed)
    explanation = (
        f"{original.text} ({with_unit(shown(amount, STATED), original.unit)}) {operation} "
        f"{rate.source} = {with_unit(shown(expected), converted.unit)}; stated "
        f"{converted.text} ({with_unit(shown(claimed, STATED), converted.unit)})"
    )
    return ConversionCheck(distance == 0.0, expected, claimed, distance, explanation, rate)


def conversion_rate(
    original: Mention,
    converted: Mention,
    paragraph_rates: list[StatedRate],
    document_rates: list[StatedRate],
    references: References,
    period: str,
    spread: float = TABLE_RATE_SPREAD,
) -> Rate | None:
    """The rate to check a conversion at: one the paragraph states, else one the
    document states, else references/fx.csv's for ``period``."""
    source, target = _currency(original), _currency(converted)
    if source is None or target is None:
        return None
    for rates in (paragraph_rates, document_rates):
        found = stated_rate(rates, target, source, converted.start)
        if found is not None:
            return found
    return table_rate(references, target, source, period, spread)
