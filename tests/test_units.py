"""Units of claims and facts: scales, currencies (one dimension each), percentages,
ranks and physical quantities through pint."""

from __future__ import annotations

import pytest

from factlint.errors import FactlintError
from factlint.extract.lexicon import SCALED_UNIT_WORDS, UNIT_WORDS
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
        UnitError, match=rf"^unknown unit \(got '{text}'\)(: [^;]+)?; write e.g. 'billion USD'"
    ):
        parse_unit(text)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("10**10**10 meter", "'10\\*\\*10\\*\\*10' is not part of a unit"),
        ("meter ** 10**10", "a power of 10; a unit's powers go from -9 to 9"),
        ("2 ** 64 kg", "'2' is not part of a unit"),
        ("meter / (second)", "'\\(second\\)' is not part of a unit"),
        ("meter / ", "ends without a unit"),
        ("/ second", "'/' with no unit before it"),
        ("meter " * 30, "longer than 100 characters"),
    ],
)
def test_a_unit_is_read_by_factlints_grammar_never_evaluated(text: str, what: str) -> None:
    with pytest.raises(UnitError, match=what):
        parse_unit(text)


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("kg*m/s^2", "[mass] * [length] / [time] ** 2"),
        ("meter per second", "[length] / [time]"),
        ("km²", "[length] ** 2"),
        ("meter ** -1", "1 / [length]"),
    ],
)
def test_the_grammar_reads_names_powers_products_and_quotients(text: str, dimension: str) -> None:
    assert parse_unit(text).dimension == dimension


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


@pytest.mark.parametrize("text", ["day/USD", "kg USD"])
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


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        # An oil barrel is 42 US gallons, not pint's 31.5-gallon barrel.
        (1.0, "million oil_barrel / day", "million gallon / day", 42.0),
        (1.0, "mb/d", "thousand barrels per day", 1000.0),
        (38.0, "bcm", "billion cubic metres", 38.0),
        (1.5, "trillion meter ** 3", "bcm", 1500.0),
        (1.5, "GW", "MW", 1500.0),
        (850.0, "megawatts", "gigawatt", 0.85),
        (280.0, "TWh", "gigawatt_hour", 280_000.0),
        (2000.0, "km", "miles", 1242.74),
        (1.5, "hour", "minutes", 90.0),
        (2.5, "year", "months", 30.0),
        (16.5, "million tonne / year", "thousand tonnes per day", 45.1745),
        (90.0, "mph", "km/h", 144.84),
        (12_000.0, "hectares", "square kilometres", 120.0),
        (1.0, "tcf", "bcm", 28.3168),
        (5.0, "million litres", "gallons", 1_320_860.0),
        (1.2, "lakh crore INR", "trillion INR", 1.2),
        (75_000.0, "crore INR", "billion INR", 750.0),
    ],
)
def test_convert_physical_and_scaled(
    value: float, source: str, target: str, expected: float
) -> None:
    got = convert(value, parse_unit(source), parse_unit(target))
    assert got == pytest.approx(expected, rel=1e-4)


def test_a_scaled_abbreviation_is_never_read_by_pint() -> None:
    """pint reads "mb/d" as millibarns a day; an analyst means million barrels a day."""
    assert parse_unit("mb/d") == Unit(1e6, "oil_barrel / day", "physical")
    assert parse_unit("Mt") == Unit(1e6, "tonne", "physical")


def test_every_unit_the_extractor_writes_is_understood() -> None:
    """The extractor never imports pint; whatever unit string it writes must parse here."""
    for scale, unit in SCALED_UNIT_WORDS.values():
        assert parse_unit(f"{scale} {unit}").family == "physical", unit
    for unit in UNIT_WORDS.values():
        assert parse_unit(f"million {unit}").family == "physical", unit


@pytest.mark.parametrize(
    ("text", "scale", "base"),
    [
        ("lakh crore INR", 1e12, "INR"),
        ("crore INR", 1e7, "INR"),
        ("million oil_barrel / day", 1e6, "oil_barrel / day"),
        ("million tonne / year", 1e6, "tonne / year"),
        ("kilometer / hour", 1.0, "kilometer / hour"),
    ],
)
def test_parse_the_extractors_unit_strings(text: str, scale: float, base: str) -> None:
    unit = parse_unit(text)
    assert unit.scale == pytest.approx(scale)
    assert unit.base == base


@pytest.mark.parametrize(
    ("written", "dimension"),
    [
        ("km2", "[length] ** 2"),
        ("km²", "[length] ** 2"),
        ("sq km", "[length] ** 2"),
        ("square kilometres", "[length] ** 2"),
        ("sq mi", "[length] ** 2"),
        ("m²", "[length] ** 2"),
        ("cubic kilometers", "[length] ** 3"),
        ("km3", "[length] ** 3"),
    ],
)
def test_areas_and_volumes_are_never_lengths(written: str, dimension: str) -> None:
    """An area written "301,338 km2" must not compare with a length in km."""
    assert parse_unit(UNIT_WORDS[written]).dimension == dimension


def test_square_miles_convert_to_square_kilometres() -> None:
    got = convert(116_347, parse_unit(UNIT_WORDS["sq mi"]), parse_unit(UNIT_WORDS["km2"]))
    assert got == pytest.approx(301_337.3, rel=1e-5)
