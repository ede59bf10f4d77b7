"""Multiples: "doubled", "tripled", "halved", "twofold", "three times as many"."""

from __future__ import annotations

import pytest

from factlint.extract import Mention, extract


def multiple(sentence: str) -> Mention:
    (mention,) = [m for m in extract(sentence) if m.kind == "multiple"]
    assert mention.unit == "times"
    return mention


@pytest.mark.parametrize(
    ("sentence", "text", "value", "lower", "upper", "comparator", "growth"),
    [
        ("Profit doubled last year.", "doubled", 2.0, 2.0, 2.0, "=", "rise"),
        ("Sales tripled in a decade.", "tripled", 3.0, 3.0, 3.0, "=", "rise"),
        ("The group trebled its profit.", "trebled", 3.0, 3.0, 3.0, "=", "rise"),
        ("Cases have quadrupled since March.", "quadrupled", 4.0, 4.0, 4.0, "=", "rise"),
        ("The firm halved its dividend.", "halved", 0.5, 0.5, 0.5, "=", "fall"),
        ("The population could double by 2050.", "double", 2.0, 2.0, 2.0, "=", "rise"),
        ("Costs more than doubled.", "doubled", 2.0, 2.0, None, ">", "rise"),
        ("Exports almost halved.", "halved", 0.5, 0.5, 0.5263, ">", "fall"),
        ("The dividend was more than halved.", "halved", 0.5, 0.0, 0.5, "<", "fall"),
        ("A twofold increase in crime.", "twofold", 2.0, 2.0, 2.0, "=", "rise"),
        ("Deaths rose tenfold.", "tenfold", 10.0, 10.0, 10.0, "=", "rise"),
        ("Output rose 2.5-fold.", "2.5-fold", 2.5, 2.45, 2.55, "=", "rise"),
        ("Imports rose two-fold.", "two-fold", 2.0, 2.0, 2.0, "=", "rise"),
        ("Prices are three times higher.", "three times", 3.0, 3.0, 3.0, "=", ""),
        ("It is 10 times more powerful.", "10 times", 10.0, 9.5, 10.5, "=", ""),
        ("Debt is 1.5 times the size of GDP.", "1.5 times", 1.5, 1.45, 1.55, "=", ""),
        ("India has twice as many engineers.", "twice", 2.0, 2.0, 2.0, "=", ""),
        ("It is nearly four times as large.", "four times", 4.0, 3.8, 4.0, "<", ""),
    ],
)
def test_reads_a_multiple(
    sentence: str,
    text: str,
    value: float,
    lower: float,
    upper: float | None,
    comparator: str,
    growth: str,
) -> None:
    mention = multiple(sentence)
    assert (mention.text, mention.value, mention.comparator, mention.growth) == (
        text,
        value,
        comparator,
        growth,
    )
    assert mention.lower == pytest.approx(lower, abs=1e-4)
    assert mention.upper == (None if upper is None else pytest.approx(upper, abs=1e-4))


@pytest.mark.parametrize(
    "sentence",
    [
        "The company faces double-digit declines.",
        "He doubled down on his claims.",
        "The treaty ends double taxation.",
        "The minister met him twice in May.",
        "They meet twice a year.",
        "He visited the region three times this year.",
        "The stock split three times.",
        "She won the women's doubles in Paris.",
    ],
)
def test_no_multiple_where_the_word_means_something_else(sentence: str) -> None:
    assert [m.text for m in extract(sentence) if m.kind == "multiple"] == []
