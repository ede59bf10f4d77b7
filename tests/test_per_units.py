"""Units per something ("USD per share", "GBP per litre", "people per square kilometre"),
small change ("pence"), ranks counted from the bottom, a metric's words for a value
below zero, and the periods a rate's reading serves: read, compared and validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.claims.signs import named_negative
from factlint.periods import as_months, parse_period, stands_at_end
from factlint.references import load_references
from factlint.units import BOTTOM_RANK, Unit, UnitError, convert, parse_unit, per_factor
from test_references import problems, refs

__all__ = ["refs"]  # the fixture, shared with test_references


@pytest.mark.parametrize(
    ("text", "scale", "base", "family", "per"),
    [
        ("USD per share", 1.0, "USD", "currency", "share"),
        ("USD/share", 1.0, "USD", "currency", "share"),
        ("GBP per litre", 1.0, "GBP", "currency", "liter"),
        ("GBP per liter", 1.0, "GBP", "currency", "liter"),
        ("pence per litre", 0.01, "GBP", "currency", "liter"),
        ("EUR per MWh", 1.0, "EUR", "currency", "megawatt_hour"),
        ("EUR/MWh", 1.0, "EUR", "currency", "megawatt_hour"),
        ("USD per barrel", 1.0, "USD", "currency", "oil_barrel"),
        ("USD per person", 1.0, "USD", "currency", "person"),
        ("USD per capita", 1.0, "USD", "currency", "person"),
        ("thousand USD per head", 1e3, "USD", "currency", "person"),
        ("USD per hour", 1.0, "USD", "currency", "hour"),
        ("million USD per day", 1e6, "USD", "currency", "day"),
        ("people per square kilometre", 1.0, "people", "count", "kilometer ** 2"),
        ("people per km2", 1.0, "people", "count", "kilometer ** 2"),
        ("tonnes per capita", 1.0, "tonne", "physical", "person"),
        ("per day", 1.0, "", "count", "day"),
        ("INR per household", 1.0, "INR", "currency", "household"),
        ("USD per employees", 1.0, "USD", "currency", "employee"),
        ("pence", 0.01, "GBP", "currency", ""),
        ("cents", 0.01, "USD", "currency", ""),
        ("euro cents", 0.01, "EUR", "currency", ""),
        # A quantity per a quantity stays one physical unit, as before per-units.
        ("barrels per day", 1.0, "oil_barrel / day", "physical", ""),
        ("thousand barrels per day", 1e3, "oil_barrel / day", "physical", ""),
        ("tonnes per hectare", 1.0, "tonnes per hectare", "physical", ""),
    ],
)
def test_units_per_something(text: str, scale: float, base: str, family: str, per: str) -> None:
    assert parse_unit(text) == Unit(scale, base, family, per=per)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("USD per share", "million USD per share"),
        ("GBP per litre", "pence per liter"),
        ("USD per gallon", "EUR per litre"),  # money per volume: converted, then exchanged
        ("people per square kilometre", "per square mile"),
        ("rank from bottom", "rank from the bottom"),
    ],
)
def test_same_dimension(a: str, b: str) -> None:
    assert parse_unit(a).dimension == parse_unit(b).dimension


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("USD per share", "USD"),  # a value per share never meets a total
        ("USD per share", "billion USD"),
        ("GBP per litre", "billion GBP"),
        ("USD per share", "USD per person"),
        ("USD per barrel", "USD per tonne"),  # a volume is no mass
        ("people per square kilometre", "people"),
        ("tonnes per capita", "tonnes"),
        ("rank from bottom", "rank"),
    ],
)
def test_different_dimension(a: str, b: str) -> None:
    assert parse_unit(a).dimension != parse_unit(b).dimension


def test_per_units_convert_by_their_denominators() -> None:
    assert convert(3.1, parse_unit("USD per gallon"), parse_unit("USD per litre")) == (
        pytest.approx(0.81894, rel=1e-4)
    )
    assert convert(143.9, parse_unit("pence per litre"), parse_unit("GBP per litre")) == (
        pytest.approx(1.439)
    )
    assert convert(2.0, parse_unit("million USD per day"), parse_unit("USD per day")) == (
        pytest.approx(2e6)
    )
    assert per_factor(parse_unit("USD per share"), parse_unit("GBP per share")) == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [("USD per share", "USD"), ("USD", "USD per share"), ("USD per share", "USD per person")],
)
def test_per_units_that_cannot_meet_refuse_to_convert(a: str, b: str) -> None:
    with pytest.raises(UnitError, match="cannot compare a value per"):
        convert(1.0, parse_unit(a), parse_unit(b))


@pytest.mark.parametrize("text", ["% per share", "USD per share per day", "USD per 100 people"])
def test_bad_per_units(text: str) -> None:
    with pytest.raises(UnitError):
        parse_unit(text)


def test_a_rank_from_the_bottom() -> None:
    assert parse_unit("rank from bottom") == Unit(1.0, BOTTOM_RANK, "order")
    assert parse_unit("rank from the bottom").base == BOTTOM_RANK


# --- the periods a reading serves --------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "months"),
    [
        ("2020-04-01..2021-04-01", "2020-04..2021-03"),  # a census to a census
        ("2023-07-01..2024-07-01", "2023-07..2024-06"),
        ("2024-09-01..2024-10-01", "2024-09"),
        ("2023-07-01..2024-06-30", "2023-07-01..2024-06-30"),  # whole months already
        ("2024-03-03..2024-03-10", "2024-03-03..2024-03-10"),  # days, not months
        ("2024", "2024"),
        ("2010..", "2010.."),
    ],
)
def test_a_window_between_two_firsts_is_its_whole_months(written: str, months: str) -> None:
    got = as_months(parse_period(written))
    want = parse_period(months)
    assert (got.start, got.end) == (want.start, want.end)


@pytest.mark.parametrize(
    ("day", "window", "stands"),
    [
        ("2024-07-01", "2023-07..2024-06", True),  # counted on July 1: the year to July 1
        ("2024-06-30", "2023-07..2024-06", True),  # counted on its last day
        ("2023-07-01", "2023-07..2024-06", False),  # the window's start
        ("2024-07-02", "2023-07..2024-06", False),
        ("2024-07", "2023-07..2024-06", False),  # a month is no count on a day
        ("2024-12-31", "2024", True),
        ("2024-06-30", "2024-06-30", False),  # a day is no window
    ],
)
def test_a_count_on_a_day_stands_at_a_window_s_end(day: str, window: str, stands: bool) -> None:
    assert stands_at_end(parse_period(day), parse_period(window)) is stands


# --- a metric's words for a value below zero ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "named"),
    [
        ("The government ran a deficit of $1.8 trillion.", "$1.8 trillion", True),
        ("The deficit widened to $1.8 trillion.", "$1.8 trillion", True),
        ("The deficit was about $1.8 trillion.", "$1.8 trillion", True),
        ("It ran a $1.8 trillion budget deficit.", "$1.8 trillion", True),
        ("Budget deficits reached $2 trillion.", "$2 trillion", True),
        ("The shortfall came to $40 billion.", "$40 billion", True),
        ("The government ran a surplus of $1.8 trillion.", "$1.8 trillion", False),
        ("The deficit narrowed by $50 billion.", "$50 billion", False),  # a change
        ("The deficit fell as revenue rose to $5 trillion.", "$5 trillion", False),
        ("A deficit of $1 trillion and revenue of $5 trillion.", "$5 trillion", False),
    ],
)
def test_words_that_name_a_value_below_zero(sentence: str, number: str, named: bool) -> None:
    start = sentence.index(number)
    end = start + len(number)
    assert named_negative(sentence, start, end, ["deficit", "shortfall"]) is named


# --- refs validate -----------------------------------------------------------------------

METRICS_HEADER = "id,description,kind,unit,keywords,symmetric,negative"
FACTS_HEADER = "id,metric,subject,object,period,value,unit,source,url,retrieved,note"


def _with_metrics(refs: Path, *rows: str) -> None:
    path = refs / "metrics.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [line + "," for line in lines[1:] if line]
    path.write_text("\n".join([METRICS_HEADER, *body, *rows]) + "\n", encoding="utf-8")


def _with_facts(refs: Path, *rows: str) -> None:
    text = "\n".join([FACTS_HEADER, *rows]) + "\n"
    (refs / "facts" / "zz-test.csv").write_text(text, encoding="utf-8")


def _fact(fact_id: str, metric: str, value: str, unit: str) -> str:
    return f"{fact_id},{metric},USA,,2024,{value},{unit},BLS,https://example.org/x,2025-01-13,"


def test_per_unit_units_and_the_negative_column_validate(refs: Path) -> None:
    _with_metrics(
        refs,
        "zz_eps,Earnings per share,amount,USD per share,per share,false,",
        "zz_balance,Budget balance (a deficit is negative),amount,trillion USD,deficit,false,deficit|shortfall",
        "zz_rank,Rank by size,rank,rank,smallest,false,",
        "zz_old_eps,Earnings per share (kept before per-units),amount,USD,earnings per share,false,",
    )
    _with_facts(
        refs,
        _fact("a", "zz_eps", "1.25", "USD per share"),
        _fact("b", "zz_eps", "125", "cents per share"),
        _fact("c", "zz_balance", "-1.83", "trillion USD"),
        _fact("d", "zz_rank", "1", "rank from bottom"),
        _fact("e", "zz_old_eps", "1.25", "USD"),
        _fact("f", "zz_old_eps", "1.25", "USD per share"),
    )
    references = load_references(refs)
    assert references.metrics["zz_balance"].negative == ["deficit", "shortfall"]
    # A metric whose keywords say what it is per is read per that, its facts too.
    old = references.metrics["zz_old_eps"]
    assert str(old.measure) == "USD per share"
    assert references.unit_of(references.fact("e")) == parse_unit("USD per share")


@pytest.mark.parametrize(
    ("metric", "fact", "expected"),
    [
        pytest.param(
            "zz_income,Net income,amount,million USD,net income,false,",
            _fact("a", "zz_income", "1.25", "USD per share"),
            "refs/facts/zz-test.csv:2:7: unit: does not fit metric 'zz_income', measured in "
            "'million USD' (got 'USD per share'); write a unit of the same kind, like "
            "'million USD'",
            id="per-share-of-a-total",
        ),
        pytest.param(
            "zz_order,Order of accession,ordinal,ordinal,joined,false,",
            _fact("a", "zz_order", "3", "rank from bottom"),
            "refs/facts/zz-test.csv:2:7: unit: does not fit ordinal metric 'zz_order' "
            "(got 'rank from bottom'); write 'ordinal' or leave it empty",
            id="ordinal-from-the-bottom",
        ),
    ],
)
def test_a_unit_that_does_not_fit_is_refused_where_it_stands(
    refs: Path, metric: str, fact: str, expected: str
) -> None:
    _with_metrics(refs, metric)
    _with_facts(refs, fact)
    assert problems(refs) == [expected]


def test_bad_negative_words_are_reported_where_they_stand(refs: Path) -> None:
    _with_metrics(
        refs,
        "zz_balance,Budget balance,amount,trillion USD,deficit,false,deficit|$$",
        "zz_rank,Rank by size,rank,rank,smallest,false,deficit",
    )
    found = problems(refs)
    line = len((refs / "metrics.csv").read_text(encoding="utf-8").splitlines())
    assert found == [
        f"refs/metrics.csv:{line - 1}:7: negative: not a word (got '$$'); write the words "
        "that name a value below zero, separated by |, e.g. deficit|shortfall",
        f"refs/metrics.csv:{line}:7: negative: a rank metric has no sign (got 'deficit'); "
        "leave it empty, or make the metric an amount or a percent",
    ]
