"""Units of claims and facts: scale words, currencies (one pint dimension each, so that
dollars never silently mix with euros), percentages, ranks and physical quantities;
any of money, counts and quantities per something ("USD per share", "GBP per litre",
"people per square kilometre"), which compare only with the same per-unit."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
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
from factlint.extract.per_unit import COUNTED_DENOMINATORS, DENOMINATORS, SUBUNITS
from factlint.unit_grammar import UnitGrammarError, pint_unit

PERCENT_UNITS = frozenset({"%", "percentage point", "basis point"})
BOTTOM_RANK = "rank from bottom"  # 1 is the smallest, lowest, least: "the smallest economy"
ORDER_UNITS = {"rank": "rank", "ordinal": "ordinal", BOTTOM_RANK: BOTTOM_RANK}
ORDER_UNITS["rank from the bottom"] = BOTTOM_RANK


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
    # What one value is per: a counted thing ("share", "person") or a pint unit
    # ("liter", "megawatt_hour", "kilometer ** 2"); "" for a total.
    per: str = ""

    def __mul__(self, factor: float) -> Unit:
        return Unit(self.scale * factor, self.base, self.family, per=self.per)

    def __str__(self) -> str:
        return self.text

    def per_one(self, per: str) -> Unit:
        """The unit per ``per`` (a canonical denominator): "EUR" per "share"."""
        return dataclasses.replace(self, per=per, text=f"{self.text} per {per}".strip())

    @property
    def whole(self) -> Unit:
        """The unit without what it is per: "USD" of "USD per share"."""
        return dataclasses.replace(self, per="", text="") if self.per else self

    def __bool__(self) -> bool:
        """Whether a unit was written at all ("" is a plain number)."""
        return bool(self.text or self.base or self.scale != 1.0)

    @property
    def dimension(self) -> str:
        """What must agree for two values to be comparable."""
        if self.problem:
            raise UnitError(self.problem)
        if self.family == "currency":
            whole = "currency"
        elif self.family == "physical":
            whole = _dimensionality(self.base)
        elif self.family in ("percent", "order"):
            whole = self.base
        else:
            whole = "count"  # a plain number and a scaled one ("thousand") count alike
        if not self.per:
            return whole
        return f"{whole} per {_dimensionality(self.per) if _physical(self.per) else self.per}"


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
    if low in SUBUNITS:  # "pence", "cents": hundredths of a currency
        return Unit(scale * 0.01, SUBUNITS[low] or "USD", "currency")
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
        return Unit(scale, ORDER_UNITS[low], "order")
    scaled = SCALED_UNIT_SYMBOLS.get(base) or SCALED_UNIT_WORDS.get(low)
    if scaled is not None:  # "mb/d" is million barrels a day, never pint's millibarn
        return _parse_unit(f"{scaled[0]} {scaled[1]}") * scale
    per = _PER.split(base, maxsplit=1) if low not in UNIT_WORDS else []
    if per and not per[0] and not low.startswith("per "):
        per = []  # "/ second": no numerator, which only "per day" may leave out
    if len(per) == 2:
        found = _per_unit(scale, per[0], per[1], text)
        if found is not None:
            return found
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


_PER = re.compile(r"(?:^|\s+)per\s+|\s*/\s*", re.IGNORECASE)


def _per_unit(scale: float, numerator: str, denominator: str, text: str) -> Unit | None:
    """ "USD per share", "pence per litre", "EUR/MWh", "people per square kilometre",
    "tonnes per capita": the numerator's unit, per the denominator. None for a quantity
    per a quantity ("tonnes per hectare"), which pint's grammar reads whole."""
    per = _denominator(denominator)
    if per is None:
        return None
    top = _parse_unit(numerator) if numerator.strip() else Unit(1.0, "", "none")
    if top.family == "physical" and _physical(per):
        return None
    if top.per or top.family not in ("currency", "count", "physical", "none"):
        raise UnitError(
            f"not a unit per something (got {text!r}); write an amount, a count or a "
            "quantity per a thing, e.g. 'USD per share', 'GBP per litre', 'people per km2'"
        )
    family = "count" if top.family == "none" else top.family
    return Unit(scale * top.scale, top.base, family, per=per)


def _denominator(text: str) -> str | None:
    """What a per-unit divides by, canonical: "litre" and "liter" are "liter", "capita"
    and "head" "person", "MWh" "megawatt_hour", "shares" "share"; a counted noun as a
    singular word; None for what is neither."""
    low = " ".join(text.lower().split())
    for word in (low, low[:-1] if low.endswith("s") else low):
        if word in DENOMINATORS:
            return DENOMINATORS[word]
        if word in _PHYSICAL_DENOMINATORS:
            return word
    expression = UNIT_WORDS.get(low, text.strip())
    try:
        pint_unit(expression)
        return expression
    except Exception:  # the grammar's error, or one of pint's several kinds
        pass
    return low if low.isalpha() else None


_PHYSICAL_DENOMINATORS = frozenset(DENOMINATORS.values()) - COUNTED_DENOMINATORS


@functools.lru_cache(maxsize=256)
def _physical(per: str) -> bool:
    """Whether a per-unit's denominator is a physical unit (else a counted thing)."""
    if per in COUNTED_DENOMINATORS:
        return False
    if per in _PHYSICAL_DENOMINATORS:
        return True
    try:
        pint_unit(per)
    except Exception:  # the grammar's error, or one of pint's several kinds
        return False
    return True


def per_factor(source: Unit, target: Unit) -> float:
    """What turns a value per ``source.per`` into one per ``target.per``: 1 for the same
    denominator, the ratio of two physical ones (per gallon to per litre); raises
    UnitError for any other pair (a price per litre never meets a total)."""
    if source.per == target.per:
        return 1.0
    if source.per and target.per and _physical(source.per) and _physical(target.per):
        import pint

        try:
            return float(
                registry().Quantity(1, pint_unit(target.per)).to(pint_unit(source.per)).magnitude
            )
        except pint.DimensionalityError as ex:
            raise UnitError(str(ex)) from ex
    raise UnitError(
        f"cannot compare a value per {source.per or 'nothing'} with one per {target.per or 'nothing'}"
    )


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
    if source.per or target.per:
        factor = per_factor(source, target)
        whole = dataclasses.replace(source, per=""), dataclasses.replace(target, per="")
        return convert(value * factor, *whole)
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
