"""Exchange rates by period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import fact_row, write_references
from factlint.compare.fx import FxError, exchange
from factlint.config import Policy
from factlint.references import References, load_references
from factlint.units import parse_unit, registry


def convert_money(*args: Any) -> tuple[float, str]:
    conversion = exchange(*args)
    return conversion.value, conversion.how


def test_converts_directly_inversely_and_through_usd(tmp_path: Path) -> None:
    references = load_references(
        write_references(
            tmp_path, fact_row("t", "trade", "CHN", "RUS", "2024", "1.74", "trillion CNY")
        )
    )
    fact = references.facts[0]
    usd, how = convert_money(
        1.74, parse_unit("trillion CNY"), parse_unit("billion USD"), fact, references
    )
    assert usd == pytest.approx(1740 / 7.19)
    assert how == "at 0.139082 USD per CNY (2024, Central bank)"
    cny, _ = convert_money(
        242.0, parse_unit("billion USD"), parse_unit("trillion CNY"), fact, references
    )
    assert cny == pytest.approx(242 * 7.19 / 1000)
    eur, how = convert_money(
        1.74, parse_unit("trillion CNY"), parse_unit("billion EUR"), fact, references
    )
    assert eur == pytest.approx(1740 / 7.19 * 0.924)
    assert "via USD" in how


def test_a_missing_rate_says_what_to_add(tmp_path: Path) -> None:
    references = load_references(
        write_references(
            tmp_path, fact_row("t", "trade", "CHN", "RUS", "2021", "1.2", "trillion CNY")
        )
    )
    with pytest.raises(FxError, match=r"no exchange rate CNY/USD for 2021 in references/fx.csv"):
        convert_money(
            1.2,
            parse_unit("trillion CNY"),
            parse_unit("billion USD"),
            references.facts[0],
            references,
        )


FX_ROWS = """period,base,quote,rate,source,url,retrieved
2024,USD,CNY,7.19,Central bank,https://example.org/fx,2025-01-02
2024,USD,EUR,0.924,Central bank,https://example.org/fx,2025-01-02
2024-12,USD,CNY,7.30,Central bank,https://example.org/fx,2025-01-02
"""


def _references(tmp_path: Path, period: str, unit: str) -> References:
    folder = write_references(tmp_path, fact_row("t", "trade", "CHN", "RUS", period, "1", unit))
    (folder / "fx.csv").write_text(FX_ROWS, encoding="utf-8")
    return load_references(folder)


def test_a_rate_of_the_facts_own_period_carries_the_policy_band(tmp_path: Path) -> None:
    references = _references(tmp_path, "2024", "billion USD")
    conversion = exchange(
        10.0, parse_unit("billion USD"), parse_unit("billion CNY"), references.facts[0], references
    )
    assert conversion.value == pytest.approx(71.9)
    assert conversion.band == pytest.approx(0.02)
    wider = exchange(
        10.0,
        parse_unit("billion USD"),
        parse_unit("billion CNY"),
        references.facts[0],
        references,
        Policy(fx=0.03),
    )
    assert wider.band == pytest.approx(0.03)


def test_the_shortest_covering_rate_is_used(tmp_path: Path) -> None:
    references = _references(tmp_path, "2024-12", "billion USD")
    conversion = exchange(
        10.0, parse_unit("billion USD"), parse_unit("billion CNY"), references.facts[0], references
    )
    assert conversion.value == pytest.approx(73.0)
    assert conversion.band == pytest.approx(0.02)
    assert "(2024-12, Central bank)" in conversion.how


def test_a_rate_over_a_longer_period_carries_the_wider_band(tmp_path: Path) -> None:
    references = _references(tmp_path, "2024-11", "billion USD")
    conversion = exchange(
        10.0, parse_unit("billion USD"), parse_unit("billion CNY"), references.facts[0], references
    )
    assert conversion.value == pytest.approx(71.9)
    assert conversion.band == pytest.approx(0.05)


def test_bands_compound_through_the_dollar(tmp_path: Path) -> None:
    references = _references(tmp_path, "2024", "billion CNY")
    conversion = exchange(
        71.9, parse_unit("billion CNY"), parse_unit("billion EUR"), references.facts[0], references
    )
    assert conversion.value == pytest.approx(9.24)
    assert conversion.band == pytest.approx(1.02 * 1.02 - 1)


def test_currencies_are_separate_dimensions_in_pint() -> None:
    import pint

    ureg = registry()
    with pytest.raises(pint.DimensionalityError):
        _ = ureg.Quantity(1, "USD") + ureg.Quantity(1, "CNY")
    rate = ureg.Quantity(7.19, "CNY / USD")
    assert (ureg.Quantity(10, "USD") * rate).to("CNY").magnitude == pytest.approx(71.9)
    with pytest.raises(pint.DimensionalityError):
        (ureg.Quantity(10, "EUR") * rate).to("CNY")
