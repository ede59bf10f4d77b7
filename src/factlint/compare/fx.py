"""Exchange rates from references/fx.csv, by period, to compare money across currencies.

Amounts and rates are pint quantities with one dimension per currency, so a rate used
the wrong way round, or dollars added to euros, raises instead of mixing silently. A
converted amount carries the rate's uncertainty as a relative band (the policy's ``fx``
when the rate covers the fact's own period, ``fx_longer`` when it covers a longer one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factlint.config import Policy
from factlint.errors import FactlintError
from factlint.periods import Period
from factlint.references.dataset import References
from factlint.references.models import Fact, FxRate
from factlint.units import Unit, UnitError, per_factor, registry


class FxError(LookupError, FactlintError):
    """No exchange rate covers the pair and period asked for."""


@dataclass(frozen=True)
class Conversion:
    """An amount in another currency, the relative uncertainty it carries, and how."""

    value: float
    band: float
    how: str


@dataclass(frozen=True)
class _Leg:
    row: FxRate
    inverted: bool  # the row is quote-per-base; this leg goes from quote to base
    band: float


def _days(period: Period) -> int:
    return (period.end - period.start).days if period.end else 1_000_000


def _leg(
    references: References, source: str, target: str, span: Period, policy: Policy
) -> _Leg | None:
    """The rate of the pair over the shortest period that covers ``span``."""
    covering = [
        row
        for row in references.fx
        if {row.base, row.quote} == {source, target} and row.span.contains(span)
    ]
    if not covering:
        return None
    row = min(covering, key=lambda r: (_days(r.span), r.period, r.base))
    band = policy.fx if row.span.same_span(span) else policy.fx_longer
    return _Leg(row, row.base != source, band)


def _apply(amount: Any, leg: _Leg) -> Any:
    """``amount`` (a pint quantity) through one rate; pint checks the currencies."""
    rate = registry().Quantity(leg.row.rate, f"{leg.row.quote} / {leg.row.base}")
    return amount / rate if leg.inverted else amount * rate


def _rate_words(leg: _Leg, source: str, target: str) -> str:
    rate = 1 / leg.row.rate if leg.inverted else leg.row.rate
    return f"{rate:.6g} {target} per {source}"


def exchange(
    value: float,
    source: Unit,
    target: Unit,
    fact: Fact,
    references: References,
    policy: Policy | None = None,
) -> Conversion:
    """``value`` (in ``source``) in ``target``'s currency and scale, through the rates of
    the fact's period: directly, inversely, or via USD."""
    import pint

    policy = policy or Policy()
    span = fact.span
    legs: list[_Leg] = []
    direct = _leg(references, source.base, target.base, span, policy)
    if direct is not None:
        legs = [direct]
        how = f"at {_rate_words(direct, source.base, target.base)} ({direct.row.period}, {direct.row.source})"
    else:
        first = _leg(references, source.base, "USD", span, policy)
        second = _leg(references, "USD", target.base, span, policy)
        if first is None or second is None:
            raise FxError(
                f"no exchange rate {source.base}/{target.base} for {fact.period} in "
                "references/fx.csv; add a row period,base,quote,rate,source,url,retrieved"
            )
        legs = [first, second]
        rate = (1 / first.row.rate if first.inverted else first.row.rate) * (
            1 / second.row.rate if second.inverted else second.row.rate
        )
        how = f"at {rate:.6g} {target.base} per {source.base} via USD ({fact.period})"
    amount = registry().Quantity(value * source.scale, source.base)
    band = 1.0
    for leg in legs:
        amount = _apply(amount, leg)
        band *= 1 + leg.band
    try:
        converted = float(amount.to(target.base).magnitude) / target.scale
    except pint.DimensionalityError as ex:
        raise UnitError(str(ex)) from ex
    return Conversion(converted * per_factor(source, target), band - 1, how)
