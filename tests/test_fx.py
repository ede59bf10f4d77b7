"""Exchange rates by period."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import fact_row, write_references
from factlint.fx import FxError, convert_money
from factlint.references import load_references
from factlint.units import parse_unit


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
