"""Interval arithmetic on stated numbers: each written figure stands for every value that
rounds to it ("$1.13bn" is 1.125–1.135 billion), so a sum, difference, ratio or
conversion of stated figures is an interval too, and correctly rounded figures always
agree with each other. An open end ("more than $5bn") is None."""

from __future__ import annotations

import math
from dataclasses import dataclass

from factlint.extract import Mention

_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Interval:
    low: float | None
    high: float | None

    def scaled(self, factor: float) -> Interval:
        """Times a positive factor (a change of scale: billions to millions)."""
        return Interval(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
        )

    def __add__(self, other: Interval) -> Interval:
        return Interval(_plus(self.low, other.low), _plus(self.high, other.high))

    def __sub__(self, other: Interval) -> Interval:
        return Interval(_minus(self.low, other.high), _minus(self.high, other.low))

    def __neg__(self) -> Interval:
        return Interval(
            None if self.high is None else -self.high, None if self.low is None else -self.low
        )

    def absolute(self) -> Interval:
        """|x| over the interval: a balance stated without its sign."""
        low, high = self.low, self.high
        if low is not None and low >= 0:
            return self
        if high is not None and high <= 0:
            return -self
        ends = [abs(e) if e is not None else math.inf for e in (low, high)]
        top = max(ends)
        return Interval(0.0, None if math.isinf(top) else top)

    def meets(self, other: Interval) -> bool:
        """Whether some value lies in both (with a hair of tolerance for float noise)."""
        return self.distance(other) == 0.0

    def distance(self, other: Interval) -> float:
        """How far apart the two intervals lie; 0 when they meet."""
        gaps = [0.0]
        if self.low is not None and other.high is not None:
            gaps.append(self.low - other.high)
        if other.low is not None and self.high is not None:
            gaps.append(other.low - self.high)
        gap = max(gaps)
        scale = max(
            abs(e) for e in (self.low, self.high, other.low, other.high, 1.0) if e is not None
        )
        return 0.0 if gap <= _EPSILON * scale else gap


def _plus(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def _minus(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def ratio(numerator: Interval, denominator: Interval) -> Interval | None:
    """numerator / denominator for a bounded denominator above zero; None otherwise (a
    ratio over an interval that reaches zero or has no upper end says nothing)."""
    if denominator.low is None or denominator.high is None or denominator.low <= 0:
        return None
    low, high = numerator.low, numerator.high
    return Interval(
        None if low is None else min(low / denominator.low, low / denominator.high),
        None if high is None else max(high / denominator.low, high / denominator.high),
    )


def times(value: Interval, factor: Interval) -> Interval | None:
    """value × factor for a bounded factor above zero (an exchange rate)."""
    if factor.low is None or factor.high is None or factor.low <= 0:
        return None
    low, high = value.low, value.high
    return Interval(
        None if low is None else min(low * factor.low, low * factor.high),
        None if high is None else max(high * factor.low, high * factor.high),
    )


def of_mention(mention: Mention) -> Interval | None:
    """The interval a numeric mention's wording allows, or None for a non-number."""
    if not isinstance(mention.value, float | int):
        return None
    low = mention.lower if isinstance(mention.lower, float | int) else None
    high = mention.upper if isinstance(mention.upper, float | int) else None
    if low is None and high is None:
        return Interval(float(mention.value), float(mention.value))
    return Interval(None if low is None else float(low), None if high is None else float(high))


def number(value: float) -> str:
    """A number without float noise: 0.3, not 0.30000000000000004."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"


def rounded(value: float, digits: int = 4) -> str:
    """A derived number to ``digits`` significant figures: 1.958, not 1.957517."""
    return number(float(f"{value:.{digits}g}"))


def figure(value: float, significant: int = 4) -> str:
    """A value to ``significant`` digits (four suit a computed value; ten show a stated
    one's rounding interval exactly), without float noise."""
    if abs(value) < _EPSILON:
        return "0"  # float noise around zero: 2.2e-14 is a zero change
    digits = max(significant - 1 - math.floor(math.log10(abs(value))), 0)
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def shown(interval: Interval, significant: int = 4) -> str:
    """ "1.125–1.135", "more than 5", "up to 7"."""
    low, high = interval.low, interval.high
    if low is None and high is None:
        return "any value"
    if high is None:
        return f"at least {figure(low or 0.0, significant)}"
    if low is None:
        return f"up to {figure(high, significant)}"
    if abs(high - low) <= _EPSILON * max(1.0, abs(high)):
        return figure(low, significant)
    return f"{figure(low, significant)}–{figure(high, significant)}"


STATED = 10  # significant digits that show a stated figure's interval without loss


def with_unit(amount: str, unit: str) -> str:
    """ "76%", "1.13 billion USD", "3 seats"."""
    if not unit:
        return amount
    return f"{amount}{unit}" if unit == "%" else f"{amount} {unit}"
