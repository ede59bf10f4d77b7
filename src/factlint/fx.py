"""Exchange rates from references/fx.csv, by period, to compare money across currencies."""

from __future__ import annotations

from factlint.errors import FactlintError
from factlint.periods import parse_period
from factlint.references.models import Fact, FxRate, References
from factlint.units import Unit


class FxError(LookupError, FactlintError):
    """No exchange rate covers the pair and period asked for."""


def _rate(references: References, base: str, quote: str, fact: Fact) -> tuple[float, FxRate] | None:
    """The rate of the pair over a period that covers the fact's period."""
    span = fact.span
    for row in sorted(references.fx, key=lambda r: r.period):
        if not parse_period(row.period).contains(span):
            continue
        if (row.base, row.quote) == (base, quote):
            return row.rate, row
        if (row.base, row.quote) == (quote, base):
            return 1 / row.rate, row
    return None


def convert_money(
    value: float, source: Unit, target: Unit, fact: Fact, references: References
) -> tuple[float, str]:
    """``value`` (in ``source``) in ``target``'s currency and scale, with how it was converted."""
    direct = _rate(references, source.base, target.base, fact)
    if direct is not None:
        rate, row = direct
        converted = value * source.scale * rate / target.scale
        return (
            converted,
            f"at {rate:.6g} {target.base} per {source.base} ({row.period}, {row.source})",
        )
    via_source = _rate(references, source.base, "USD", fact)
    via_target = _rate(references, "USD", target.base, fact)
    if via_source is not None and via_target is not None:
        rate = via_source[0] * via_target[0]
        converted = value * source.scale * rate / target.scale
        return converted, f"at {rate:.6g} {target.base} per {source.base} via USD ({fact.period})"
    raise FxError(
        f"no exchange rate {source.base}/{target.base} for {fact.period} in references/fx.csv; "
        "add a row period,base,quote,rate,source,url,retrieved"
    )
