"""Units of claims and facts: scale words, currencies (one pint dimension each, so that
dollars never silently mix with euros), percentages, ranks and physical quantities."""

from __future__ import annotations

import dataclasses
import difflib
import functools
from dataclasses import dataclass
from typing import Any

from factlint.currencies import iso4217
from factlint.errors import FactlintError
from factlint.extract.lexicon import (
    CODE_ALIASES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PERCENT_WORDS,
    SCALED_UNIT_SYMBOLS,
    SCALED_UNIT_WORDS,
    SCALES,
    UNIT_WORDS,
)
from factlint.unit_grammar import UnitGrammarError, pint_unit

PERCENT_UNITS = frozenset({"%", "percentage point", "basis point"})
ORDER_UNITS = frozenset({"rank", "ordinal"})


@dataclass(frozen=True, slots=True)
class Unit:
    """A parsed unit: ``scale`` times ``base``; ``family`` says how values compare.

    ``text`` is the unit as written ("billion USD"), kept for people: ``str(unit)``
    gives it back, and two units are equal when they mean the same, however written.
    ``problem`` is set instead of raising for a unit that cannot be read, so a claim
    can carry it to the verdict that says so."""

    scale: float
    base: str  # "USD", "%", "percentage point", "rank", pint expression, or ""
    family: str  # "currency", "percent", "order", "physical", "count", "none", "unread"
    text: str = dataclasses.field(default="", compare=False)
    problem: str = dataclasses.field(default="", compare=False)

    def __mul__(self, factor: float) -> Unit:
        return Unit(self.scale * factor, self.base, self.family)

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        """Whether a unit was written at all ("" is a plain number)."""
        return bool(self.text or self.base or self.scale != 1.0)

    @property
    def dimension(self) -> str:
        """What must agree for two values to be comparable."""
        if self.problem:
            raise UnitError(self.problem)
        if self.family == "currency":
            return "currency"
        if self.family == "physical":
            return _dimensionality(self.base)
        if self.family in ("percent", "order"):
            return self.base
        return "count"  # a plain number and a scaled one ("thousand") count the same things


class UnitError(ValueError, FactlintError):
    """A unit cannot be read, or two units cannot be compared."""


@functools.cache
def registry() -> Any:
    """The pint registry, built on first use (pint is slow to import)."""
    import pint

    ureg: Any = pint.UnitRegistry(on_redefinition="ignore")
    ureg.define("bcm = 1e9 * meter ** 3")
    for code in sorted(CURRENCY_CODES | iso4217()):
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


@functools.lru_cache(maxsize=256)
def _dimensionality(expression: str) -> str:
    return str(pint_unit(expression).dimensionality)


@functools.lru_cache(maxsize=1024)
def parse_unit(text: str) -> Unit:
    """ "billion USD", "USD bn", "%", "percentage points", "rank", "million tonnes";
    raises UnitError, saying how to write it, for a unit it cannot read."""
    return dataclasses.replace(_parse_unit(text), text=text.strip())


@functools.lru_cache(maxsize=1024)
def read_unit(text: str) -> Unit:
    """The unit of a claim, read once when the claim is made: as ``parse_unit``, but a
    unit that cannot be read comes back with its ``problem`` instead of raising."""
    try:
        return parse_unit(text)
    except UnitError as ex:
        return Unit(1.0, text.strip(), "unread", text.strip(), str(ex))


def _parse_unit(text: str) -> Unit:
    words = text.strip().split()
    scale = 1.0
    rest = []
    for word in words:
        low = word.lower()
        if low in SCALES and (low not in ("m", "b", "k") or len(words) > 1):
            scale *= SCALES[low][1]
        else:
            rest.append(word)
    base = " ".join(rest)
    low = base.lower()
    if not base:
        return Unit(scale, "", "count" if scale != 1.0 else "none")
    code = CODE_ALIASES.get(base.upper(), base.upper())
    if base.isalpha() and len(base) == 3 and _is_currency_code(base, code):
        return Unit(scale, code, "currency")
    if low in CURRENCY_WORDS:
        return Unit(scale, CURRENCY_WORDS[low], "currency")
    if base in CURRENCY_SYMBOLS:
        return Unit(scale, CURRENCY_SYMBOLS[base], "currency")
    if low in PERCENT_WORDS or low in PERCENT_UNITS:
        canonical = PERCENT_WORDS.get(low, low)
        if canonical == "basis point":  # a hundredth of a percentage point
            return Unit(scale * 0.01, "percentage point", "percent")
        return Unit(scale, canonical, "percent")
    if low in ORDER_UNITS:
        return Unit(scale, low, "order")
    scaled = SCALED_UNIT_SYMBOLS.get(base) or SCALED_UNIT_WORDS.get(low)
    if scaled is not None:  # "mb/d" is million barrels a day, never pint's millibarn
        return _parse_unit(f"{scaled[0]} {scaled[1]}") * scale
    expression = UNIT_WORDS.get(low, base)
    try:
        # Read by factlint's grammar, never evaluated by pint: "10**10**10 meter" would hang.
        quantity = pint_unit(expression)
    except Exception as ex:  # the grammar's error, or one of pint's several kinds
        if _counted_noun(rest):
            return Unit(scale, low, "count")
        detail = f": {ex}" if isinstance(ex, UnitGrammarError) else ""
        raise UnitError(
            f"unknown unit (got {text!r}){detail}{_did_you_mean(rest)}; "
            "write e.g. 'billion USD', '%', 'rank', 'million tonnes', or a plural noun "
            "for a count such as 'seats'"
        ) from ex
    if any(str(dim).startswith("[currency_") for dim in quantity.dimensionality):
        raise UnitError(
            f"a currency mixed into a physical unit (got {text!r}); "
            "write the money and the quantity as separate facts"
        )
    return Unit(scale, expression, "physical")


def _is_currency_code(written: str, code: str) -> bool:
    """The common codes in any case ("usd"); every other ISO 4217 code only as the
    standard writes it, so that "cup" or "all" stay words while "CUP" and "ALL" are
    the Cuban peso and the lek."""
    return code in CURRENCY_CODES or (written.isupper() and code in iso4217())


_VOCABULARY = sorted(
    {*SCALES, *CURRENCY_WORDS, *PERCENT_WORDS, *UNIT_WORDS, *(c.lower() for c in CURRENCY_CODES)}
)


def _near_misses(words: list[str]) -> list[str]:
    found = []
    for word in words:
        close = difflib.get_close_matches(word.lower(), _VOCABULARY, n=1, cutoff=0.8)
        if close and close[0] != word.lower():
            found.append(close[0])
    return found


def _did_you_mean(words: list[str]) -> str:
    misses = _near_misses(words)
    return f" (did you mean {misses[0]!r}?)" if misses else ""


def _counted_noun(words: list[str]) -> bool:
    """ "seats", "troops", "customers": what a plain number counts. A word that looks
    like a misspelt unit ("bilion", "tonnnes") is not taken for a noun."""
    return (
        0 < len(words) <= 2
        and all(word.isalpha() and word.islower() for word in words)
        and not _near_misses(words)
    )


def convert(value: float, source: Unit, target: Unit) -> float:
    """``value`` in ``source`` expressed in ``target``; both must share a dimension.

    Currencies convert only between equal codes here: other pairs go through the
    exchange-rate table, and pint refuses if they ever meet (each currency is its own
    dimension); that refusal is raised as UnitError naming both sides.
    """
    if source.family in ("physical", "currency") and target.family == source.family:
        import pint

        quantity = registry().Quantity(value * source.scale, pint_unit(source.base))
        try:
            return float(quantity.to(pint_unit(target.base)).magnitude) / target.scale
        except pint.DimensionalityError as ex:
            raise UnitError(str(ex)) from ex
    if source.dimension != target.dimension:
        raise UnitError(f"cannot convert {source.base or 'a count'} to {target.base or 'a count'}")
    return value * source.scale / target.scale
