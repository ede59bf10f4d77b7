"""Units of claims and facts: scales, currencies (one dimension each), percentages,
ranks and physical quantities through pint."""

from __future__ import annotations

import pytest

from factlint.errors import FactlintError
from factlint.units import Unit, UnitError, convert, parse_unit


@pytest.mark.parametrize(
    ("text", "scale", "base", "family"),
    [
        ("billion USD", 1e9, "USD", "currency"),
        ("USD bn", 1e9, "USD", "currency"),
        ("trillion CNY", 1e12, "CNY", "currency"),
        ("million RMB", 1e6, "CNY", "currency"),
        ("usd", 1.0, "USD", "currency"),
        ("billion dollars", 1e9, "USD", "currency"),
        ("US dollars", 1.0, "USD", "currency"),
        ("%", 1.0, "%", "percent"),
        ("per cent", 1.0, "%", "percent"),
        ("percentage points", 1.0, "percentage point", "percent"),
        ("basis points", 0.01, "percentage point", "percent"),
        ("rank", 1.0, "rank", "order"),
        ("ordinal", 1.0, "ordinal", "order"),
        ("million tonnes", 1e6, "tonne", "physical"),
        ("barrels per day", 1.0, "oil_barrel / day", "physical"),
        ("thousand barrels per day", 1e3, "oil_barrel / day", "physical"),
        ("billion cubic metres", 1e9, "meter ** 3", "physical"),
        ("billion", 1e9, "", "count"),
        ("", 1.0, "", "none"),
    ],
)
def test_parse_unit(text: str, scale: float, base: str, family: str) -> None:
    assert parse_unit(text) == Unit(scale, base, family)


def test_dimensions() -> None:
    assert parse_unit("billion USD").dimension == parse_unit("trillion CNY").dimension == "currency"
    assert parse_unit("%").dimension != parse_unit("percentage points").dimension
    assert parse_unit("rank").dimension == "rank"
    assert parse_unit("million tonnes").dimension == parse_unit("kg").dimension == "[mass]"
    assert parse_unit("barrels per day").dimension == "[length] ** 3 / [time]"


@pytest.mark.parametrize("text", ["Zorkmids", "billion Zorkmids", "5", "1/0", "zork mids galore"])
def test_unknown_unit(text: str) -> None:
    with pytest.raises(
        UnitError, match=rf"^unknown unit \(got '{text}'\); write e.g. 'billion USD'"
    ):
        parse_unit(text)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [("bilion", "billion"), ("bilion USD", "billion"), ("tonnnes", "tonnes")],
)
def test_a_misspelt_unit_gets_a_suggestion(text: str, suggestion: str) -> None:
    with pytest.raises(UnitError, match=rf"did you mean '{suggestion}'\?"):
        parse_unit(text)


@pytest.mark.parametrize(
    ("text", "scale"), [("seats", 1.0), ("thousand troops", 1e3), ("million customers", 1e6)]
)
def test_plural_nouns_count_things(text: str, scale: float) -> None:
    unit = parse_unit(text)
    assert (unit.family, unit.scale, unit.dimension) == ("count", scale, "count")
    assert unit.dimension == parse_unit("").dimension


@pytest.mark.parametrize("text", ["USD/day", "kg USD"])
def test_currency_inside_a_physical_unit(text: str) -> None:
    with pytest.raises(UnitError, match="a currency mixed into a physical unit"):
        parse_unit(text)


def test_unit_error_is_a_factlint_value_error() -> None:
    assert issubclass(UnitError, ValueError)
    assert issubclass(UnitError, FactlintError)


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (244.81, "billion USD", "million USD", 244_810.0),
        (1.74, "trillion CNY", "billion CNY", 1740.0),
        (1.5, "million tonnes", "kg", 1.5e9),
        (2.0, "million tonnes", "thousand tonnes", 2000.0),
        (1.0, "barrels per day", "barrels per day", 1.0),
        (3.0, "billion", "million", 3000.0),
        (1.9, "%", "%", 1.9),
        (5.0, "rank", "rank", 5.0),
    ],
)
def test_convert(value: float, source: str, target: str, expected: float) -> None:
    assert convert(value, parse_unit(source), parse_unit(target)) == pytest.approx(expected)


def test_barrels_are_volume() -> None:
    litres = convert(1.0, parse_unit("barrels"), Unit(1.0, "liter", "physical"))
    assert litres == pytest.approx(158.987, rel=1e-4)


def test_usd_to_cny_through_pint_raises() -> None:
    """Each currency is its own dimension: only the fx table may join them."""
    with pytest.raises(UnitError, match=r"Cannot convert from 'USD' \(\[currency_USD\]\) to 'CNY'"):
        convert(1.0, parse_unit("billion USD"), parse_unit("billion CNY"))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("million tonnes", "barrels per day"),
        ("billion USD", "million tonnes"),
        ("%", "rank"),
        ("%", "percentage points"),
        ("billion USD", "%"),
    ],
)
def test_incompatible_units_raise(source: str, target: str) -> None:
    with pytest.raises(UnitError):
        convert(1.0, parse_unit(source), parse_unit(target))
