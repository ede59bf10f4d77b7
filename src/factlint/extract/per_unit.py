"""Amounts per unit and in a currency's small change: "$1.25 a share", "85 pence per
litre", "$12 an hour", "310 people per square kilometre", "GDP per capita of $12,500",
"26 cents", "85p", "3 dollars 50 cents".

A per-unit is written after the amount ("a share", "per litre", "/barrel") or, as a
measure's own name, before it ("earnings per share of $1.25", "income per head rose 3%
to £30,000"). Its unit is the amount's with the denominator after " per ": "USD per
share", "GBP per liter", "people per kilometer ** 2" (physical denominators in pint's
names, counted ones as a singular noun; ``factlint.units`` reads them back).

"A year" is no per-unit: "$5bn a year" is the year's total, which the claim's period
says; "a month", "a day", "an hour" are rates. Small change counts in hundredths of its
currency: "26 cents" is 0.26 USD (the sentence's dollar or euro if it names one),
"143.9 pence" 1.439 GBP.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factlint.extract.currencies import sentence_currency
from factlint.extract.lexicon import CURRENCY_CODES, CURRENCY_WORDS, SCALES
from factlint.extract.tokens import Token, adjacent, phrase_at, phrase_key, tokenize

if TYPE_CHECKING:  # amounts calls this module: only the types come back
    from factlint.extract.amounts import Amount
    from factlint.extract.numbers import Number

NumberReader = Callable[[list[Token], int], "Number | None"]

# What an amount may be per, as written after "per" or "a"/"an": the denominator's
# canonical name. Counted things are singular nouns; physical ones pint's names.
_COUNTED = {
    "share": "share",
    "capita": "person",
    "person": "person",
    "head": "person",
    "inhabitant": "person",
    "resident": "person",
    "citizen": "person",
    "household": "household",
    "family": "household",
    "home": "home",
    "worker": "worker",
    "employee": "employee",
    "pupil": "pupil",
    "student": "student",
    "child": "child",
    "adult": "adult",
    "woman": "woman",
    "passenger": "passenger",
    "visitor": "visitor",
    "patient": "patient",
    "vehicle": "vehicle",
    "car": "car",
    "ticket": "ticket",
    "night": "night",
    "room": "room",
    "unit": "unit",
    "item": "item",
    "customer": "customer",
    "user": "user",
    "subscriber": "subscriber",
    "dose": "dose",
    "bed": "bed",
}
_PHYSICAL = {
    "litre": "liter",
    "liter": "liter",
    "gallon": "gallon",
    "barrel": "oil_barrel",
    "bbl": "oil_barrel",
    "tonne": "tonne",
    "metric ton": "tonne",
    "ton": "tonne",
    "kilo": "kilogram",
    "kilogram": "kilogram",
    "kg": "kilogram",
    "pound": "lb",  # "$4 a pound" of coffee: after money, never sterling
    "lb": "lb",
    "ounce": "ounce",
    "troy ounce": "troy_ounce",
    "oz": "ounce",
    "megawatt hour": "megawatt_hour",
    "megawatt-hour": "megawatt_hour",
    "mwh": "megawatt_hour",
    "kilowatt hour": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour",
    "kwh": "kilowatt_hour",
    "gigawatt hour": "gigawatt_hour",
    "gwh": "gigawatt_hour",
    "therm": "therm",
    "bushel": "bushel",
    "square foot": "foot ** 2",
    "sq ft": "foot ** 2",
    "square metre": "meter ** 2",
    "square meter": "meter ** 2",
    "square kilometre": "kilometer ** 2",
    "square kilometer": "kilometer ** 2",
    "sq km": "kilometer ** 2",
    "km2": "kilometer ** 2",
    "km²": "kilometer ** 2",
    "square mile": "mile ** 2",
    "sq mile": "mile ** 2",
    "hectare": "hectare",
    "acre": "acre",
    "mile": "mile",
    "kilometre": "kilometer",
    "kilometer": "kilometer",
    "km": "kilometer",
    "metre": "meter",
    "meter": "meter",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
}
DENOMINATORS: dict[str, str] = {**_COUNTED, **_PHYSICAL}
COUNTED_DENOMINATORS = frozenset(_COUNTED.values())
_DENOMINATOR_PHRASES = {key: key for key in DENOMINATORS}
# "a day earlier", "an hour later": a time after "a" that dates, not divides.
_DATING_AFTER = frozenset({"earlier", "later", "after", "before", "ago", "or", "and"})
# Denominators that "per" may take but "a"/"an" may not: "a head" is a count of cattle
# as often as a person, "a unit" and "a capita" no one writes.
_PER_ONLY = frozenset({"capita", "inhabitant", "resident", "citizen", "unit", "item", "bbl"})

# Small change: word -> currency ("" for the sentence's own, else the US dollar).
SUBUNITS: dict[str, str] = {
    "cents": "",
    "cent": "",
    "us cents": "USD",
    "euro cents": "EUR",
    "eurocents": "EUR",
    "pence": "GBP",
    "penny": "GBP",
    "kopecks": "RUB",
    "kopeks": "RUB",
    "kopeck": "RUB",
    "kopek": "RUB",
    "paise": "INR",
}
# The currencies whose hundredth is a cent: "26 cents" in a sentence of euros is euro cents.
CENT_CURRENCIES = frozenset(
    {"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "ZAR", "MXN", "BRL"}
)


@dataclass(frozen=True, slots=True)
class Per:
    """What an amount is per: the denominator's canonical name and the token after."""

    denominator: str
    end: int


def per_after(tokens: list[Token], i: int) -> Per | None:
    """ "per share", "a litre", "an hour", "per capita", "/barrel", "per-share" at token i."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    low = token.low
    if low == "per" or low in ("a", "an"):
        k = i + 1
    elif token.text == "/" and i > 0 and adjacent(tokens[i - 1], token):
        k = i + 1  # "$80/barrel", "€85/MWh"
    else:
        return None
    if k < len(tokens) and tokens[k].text == "-" and adjacent(token, tokens[k]):
        k += 1  # "per-share"
    found = _denominator_at(tokens, k)
    if found is None:
        return None
    key, end = found
    dating = end < len(tokens) and tokens[end].low in _DATING_AFTER
    if low in ("a", "an") and (key in _PER_ONLY or dating):
        return None
    return Per(DENOMINATORS[key], end)


def _denominator_at(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """(denominator key, next index), a plural "s" allowed: "litres" after "per"."""
    n = phrase_at(tokens, k, _DENOMINATOR_PHRASES, 3)
    if n:
        words = phrase_key(tokens[k : k + n])
        if words in DENOMINATORS:
            return words, k + n
    return None


# How far back a measure named "per ..." may stand from its amount, in tokens.
_PER_REACH = 8
_CLAUSE_ENDS = frozenset({".", ";", "!", "?", ":"})


def per_before(tokens: list[Token], start: int) -> str:
    """The denominator of a measure named before an amount in its clause: "earnings per
    share of $1.25", "GDP per capita reached $12,500", "income per head rose 3% to
    £30,000"; "" when none, or when another amount stands between ("$2 per share, or
    $5bn in all")."""
    for j in range(start - 1, max(-1, start - _PER_REACH), -1):
        token = tokens[j]
        if token.text in _CLAUSE_ENDS or (token.kind == "sym" and token.text not in "%-,'’"):
            return ""
        if token.kind == "num" and not _percent_after(tokens, j):
            return ""  # another amount: the measure is its own
        if token.low == "per":
            if j > 0 and _ends_amount(tokens[j - 1]):
                return ""  # "$5.33 per share and $14bn": the per-unit of another amount
            found = per_after(tokens, j)  # "per cent" is no measure: look on
            if found is not None:
                return found.denominator
    return ""


def _ends_amount(token: Token) -> bool:
    """A numeral, scale, currency or small change: the last word of an amount."""
    low = token.low
    return (
        token.kind == "num"
        or low in SCALES
        or low in CURRENCY_WORDS
        or low in SUBUNITS
        or (token.text.isupper() and low.upper() in CURRENCY_CODES)
    )


def _percent_after(tokens: list[Token], j: int) -> bool:
    """A numeral that is a percentage: "rose 3% to £30,000" passes over it."""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    return nxt in ("%", "per", "percent", "pct")


def subunit_at(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """(currency, next index) for small change written after a number at token j:
    "cents", "euro cents", "pence", a glued "p" ("85p"); the currency is "" for cents of
    no named currency (the caller takes the sentence's)."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    token = tokens[j]
    if token.text == "p" and adjacent(tokens[j - 1], token) and tokens[j - 1].kind == "num":
        return "GBP", j + 1  # "85p", never "p." of a page or "pm"
    low = token.low
    if low in ("us", "euro") and j + 1 < len(tokens) and tokens[j + 1].low in ("cents", "cent"):
        return SUBUNITS[f"{low} cents"], j + 2
    if low in SUBUNITS:
        return SUBUNITS[low], j + 1
    return None


def measured(tokens: list[Token], amount: Amount) -> Amount:
    """``amount`` with what it is per, written after it ("$1.25 a share", "310 people
    per square kilometre", "1,000 a day") or naming its measure before it ("earnings per
    share of $1.25"); unchanged when it is per nothing, or a rate already ("barrels per
    day"), or a percentage."""
    if amount.kind not in _PER_KINDS or _is_rate(amount.unit):
        return amount
    found = per_after(tokens, amount.end)
    unit = amount.unit
    counted = amount.kind == "number" and not unit and amount.end < len(tokens)
    if found is None and counted and _counted_plural(tokens[amount.end]):
        found = per_after(tokens, amount.end + 1)  # "310 people per square kilometre"
        unit = tokens[amount.end].low
    if found is not None:
        return dataclasses.replace(
            amount, unit=f"{unit} per {found.denominator}".strip(), end=found.end
        )
    if amount.kind in ("money", "quantity"):
        before = per_before(tokens, amount.start)
        if before:
            return dataclasses.replace(amount, unit=f"{unit} per {before}")
    return amount


_PER_KINDS = frozenset({"money", "number", "quantity"})
_IRREGULAR_PLURALS = frozenset({"people", "children", "women", "men", "cattle", "staff"})


def _is_rate(unit: str) -> bool:
    return " per " in unit or "/" in unit


def _counted_plural(token: Token) -> bool:
    """ "people", "deaths", "cars": what a plain number counts, in the plural."""
    low = token.low
    if token.kind != "word" or not token.text.islower():
        return False
    return low in _IRREGULAR_PLURALS or (
        len(low) > 3 and low.endswith("s") and low not in DENOMINATORS
    )


def small_change(tokens: list[Token], amount: Amount) -> Amount | None:
    """An unscaled number in small change, in hundredths of its currency: "26 cents" is
    0.26 USD (or the sentence's dollar or euro), "143.9 pence" 1.439 GBP; else None."""
    found = subunit_at(tokens, amount.end)
    if found is None:
        return None
    code, end = found
    if not code:
        near = sentence_currency(tokens, amount.start, end)
        code = near if near in CENT_CURRENCIES else "USD"
    return dataclasses.replace(
        amount,
        value=amount.value / 100,
        high=None if amount.high is None else amount.high / 100,
        precision=amount.precision / 100,
        unit=code,
        end=end,
    )


def and_cents(tokens: list[Token], money: Amount, number_at: NumberReader) -> Amount:
    """ "3 dollars 50 cents", "$3 and 50 cents": the cents added to the whole amount."""
    if money.scale or money.high is not None or money.value != int(money.value):
        return money
    j = money.end
    if j < len(tokens) and tokens[j].low == "and":
        j += 1
    if j >= len(tokens) or tokens[j].kind != "num":
        return money
    cents = number_at(tokens, j)
    if cents is None or not 0 < cents.value < 100 or cents.value != int(cents.value):
        return money
    found = subunit_at(tokens, cents.end)
    if found is None or found[0] not in ("", money.unit):
        return money
    return dataclasses.replace(
        money, value=money.value + cents.value / 100, precision=0.01, end=found[1]
    )


def per_named_by(phrases: list[str]) -> str:
    """What the phrases say a value is per ("earnings per share", "a share" -> "share"),
    for a metric whose keywords say it and whose unit does not; "" when they name none,
    or more than one."""
    found = set()
    for phrase in phrases:
        tokens = tokenize(phrase)
        for i, token in enumerate(tokens):
            if token.low in ("per", "a", "an"):
                per = per_after(tokens, i)
                if per is not None:
                    found.add(per.denominator)
    return found.pop() if len(found) == 1 else ""
