"""A writer's currency conversions: "2.1 trillion yen ($14 billion)" restates the
amount before it in another currency. The restatement is no claim about the dollar
series; it is checked against the amount it converts, at the rate the text states
("$1 = 151.2 yen", "at 0.92 euros to the dollar") or else at references/fx.csv's rate for
the claim's period. Pure: mentions and references in, a checked conversion out."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.claims.conversions import StatedRate, _currency, _unit
from factlint.extract import Mention
from factlint.intervals import STATED, Interval, figure, of_mention, ratio, shown, times, with_unit
from factlint.periods import Period
from factlint.references.dataset import References
from factlint.references.models import FxRate

# The table holds a period's average rate; a writer converts at the day's. Within a
# year the major currencies move a few per cent around their average, so a conversion
# within the policy's ``fx_longer`` of the average passes, while a wrong rate (the
# inverse, another currency's, a figure left unconverted) misses by far more.
TABLE_RATE_SPREAD = 0.05  # the default of that setting


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
        if not row.span.contains(period):
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
    period: Period | None,
    spread: float = TABLE_RATE_SPREAD,
) -> Rate | None:
    """references/fx.csv's rate of ``quote`` per ``base`` over a period covering
    ``period``, directly, inverted, or across the dollar; widened by the spread a day's
    rate may have around the period's average."""
    if period is None or period.fiscal:
        return None  # a fiscal year's months are unknown here
    span = period
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
    period: Period | None,
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
