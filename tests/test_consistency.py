"""Internal consistency: which numbers of a paragraph the arithmetic ties together, the
interval arithmetic on their rounding, and how failed relations become verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import factlint
from conftest import make_document, write_references
from factlint.claims.conversions import stated_rates
from factlint.consistency import relations
from factlint.intervals import Interval, ratio, shown
from factlint.report.json_report import render


def found(text: str) -> list[tuple[str, list[str], bool]]:
    return [
        (r.kind, [m.text for m in r.members], r.holds)
        for r in relations(text, factlint.extract(text))
    ]


@pytest.mark.parametrize(
    ("text", "members", "holds"),
    [
        ("Exports rose from $639m in 2023 to $1.13bn in 2024, up 76%.", ["$639m", "$1.13bn", "76%"], True),
        ("Exports rose from $639m in 2023 to $1.13bn in 2024, up 67%.", ["$639m", "$1.13bn", "67%"], False),
        ("Sales rose 5% to $2.1bn from $2.0bn.", ["$2.0bn", "$2.1bn", "5%"], True),
        ("Sales were $1.13bn, up 76% from $639m a year earlier.", ["$639m", "$1.13bn", "76%"], True),
        ("Sales fell 12.3% to $44.1 billion from $50.3 billion.", ["$50.3 billion", "$44.1 billion", "12.3%"], True),
        ("Sales rose 12.3% to $44.1 billion from $50.3 billion.", ["$50.3 billion", "$44.1 billion", "12.3%"], False),
        ("The surplus narrowed 12.3% to $44.1 billion from $50.3 billion.", ["$50.3 billion", "$44.1 billion", "12.3%"], True),
        ("Sales recorded a 76% increase to $1.13bn from $639m.", ["$639m", "$1.13bn", "76%"], True),
        ("The deficit widened by $3.9 billion to $55.5 billion from $51.6 billion.", ["$51.6 billion", "$55.5 billion", "$3.9 billion"], True),
        ("The jobless rate fell from 5.2% to 4.9%, down 0.3 percentage points.", ["5.2%", "4.9%", "0.3 percentage points"], True),
        ("Net income more than doubled to $19.3 billion from $9.2 billion.", ["$9.2 billion", "$19.3 billion", "doubled"], True),
        ("A $1.695 trillion deficit, up $320 billion, or 23%, from a year before.", ["$1.695 trillion", "$320 billion", "23%"], True),
        ("A $1.695 trillion deficit, up $230 billion, or 23%, from a year before.", ["$1.695 trillion", "$230 billion", "23%"], False),
    ],
)  # fmt: skip
def test_a_change_is_held_against_its_two_values(
    text: str, members: list[str], holds: bool
) -> None:
    assert found(text) == [("change", members, holds)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5% to $2.1bn.",  # no baseline
        "Sales rose 5% from $2.0bn and from $1.9bn.",  # no level it rose to
        "Sales rose 5% to 2.1 million tonnes from $2.0bn.",  # different things
        "Sales rose 5% to 2.1 billion yuan from $2.0bn.",  # different currencies
        "Sales rose to $2.1bn from $2.0bn.",  # no stated change
        # the change is measured from the previous quarter, not from the figure compared with
        "Revenue rose 5% from the previous quarter to $2.1bn, compared with $1.8bn a year earlier.",
        # the amount is this month's change, the percent one from a year earlier
        "Unemployment rose by 66,000 to 1.45 million in August, up 23% from a year earlier.",
    ],
)
def test_no_change_relation_without_one_baseline_one_level_and_a_change(text: str) -> None:
    assert [kind for kind, _, _ in found(text) if kind == "change"] == []


@pytest.mark.parametrize(
    ("text", "members", "holds"),
    [
        ("Imports were $30bn, or 12% of the total $250bn.", ["$30bn", "$250bn", "12%"], True),
        ("Imports were $30bn, or 15% of the total $250bn.", ["$30bn", "$250bn", "15%"], False),
        ("Imports were $30bn (12.1% of the $248bn total).", ["$30bn", "$248bn", "12.1%"], True),
        ("The party won 411 of the 650 seats, or 63%.", ["411", "650", "63%"], True),
        ("The party won 411 of the 650 seats (68%).", ["411", "650", "68%"], False),
        (
            "Imports were $30bn, accounting for 12% of all trade of $250bn.",
            ["$30bn", "$250bn", "12%"],
            True,
        ),
        (
            "It hit 38.4 million people in 2021, or 11.6% of the U.S. population of about 332 million.",
            ["38.4 million", "332 million", "11.6%"],
            True,
        ),
    ],
)
def test_a_share_is_held_against_its_part_and_whole(
    text: str, members: list[str], holds: bool
) -> None:
    assert found(text) == [("share", members, holds)]


def test_exports_and_imports_are_held_against_the_total_and_the_balance() -> None:
    text = (
        "China's exports to Russia were $115.5 billion in 2024. Imports were $129.3 billion. "
        "Two-way trade reached $244.8 billion, and the trade deficit was $31.8 billion."
    )
    assert found(text) == [
        ("total", ["$115.5 billion", "$129.3 billion", "$244.8 billion"], True),
        ("balance", ["$115.5 billion", "$129.3 billion", "$31.8 billion"], False),
    ]


def test_a_role_written_after_the_number_counts() -> None:
    text = "China shipped $115.5 billion in exports and bought $129.3 billion of imports, a $13.8 billion deficit."
    assert found(text) == [("balance", ["$115.5 billion", "$129.3 billion", "$13.8 billion"], True)]


@pytest.mark.parametrize(
    "text",
    [
        # two export figures: which one adds up is not known
        "Exports were $115.5 billion in 2024 and exports were $98.1 billion in 2023. Imports were $129.3 billion and trade $244.8 billion.",
        # the parts are flows with different partners
        "China's exports to the US were $500bn. Its imports from Japan were $160bn. Trade with the world was $5.9 trillion.",
        # the parts and the total are in different paragraphs
        "Exports were $115.5 billion and imports $129.3 billion.\nTrade was $250 billion.",
    ],
)
def test_no_sum_where_the_parts_are_not_one_each_in_one_paragraph(text: str) -> None:
    assert [kind for kind, _, _ in found(text) if kind == "total"] == []


def test_interval_arithmetic_keeps_every_rounding() -> None:
    old, new = Interval(638.5, 639.5), Interval(1125.0, 1135.0)
    growth = ratio(new, old)
    assert growth is not None
    assert growth.low == pytest.approx(1125 / 639.5)
    assert growth.high == pytest.approx(1135 / 638.5)
    assert (new - old).low == pytest.approx(1125 - 639.5)
    assert ratio(new, Interval(0.0, 1.0)) is None  # a ratio over zero says nothing
    assert Interval(-3.0, 2.0).absolute() == Interval(0.0, 3.0)
    assert Interval(1.0, 2.0).meets(Interval(2.0, 3.0))
    assert Interval(1.0, 2.0).distance(Interval(2.5, 3.0)) == pytest.approx(0.5)
    assert Interval(5.0, None).meets(Interval(100.0, 200.0))
    assert shown(Interval(75.9155, 77.7604)) == "75.92–77.76"


def check(tmp_path: Path, text: str) -> factlint.Report:
    folder = write_references(tmp_path / "refs", "")
    return factlint.check([make_document(text)], folder)


def test_a_blamed_number_that_was_no_claim_becomes_one_and_leaves_the_skipped_list(
    tmp_path: Path,
) -> None:
    report = check(tmp_path, "Company sales rose 15% to $2.1bn from $2.0bn.")
    (verdict,) = report.verdicts
    assert (verdict.claim.text, verdict.claim.metric) == ("15%", "")
    assert (verdict.verdict, verdict.reason) == ("flag", "inconsistent")
    assert "new ÷ old − 1 = 0–10.26%" in verdict.explanation
    assert "15%" not in [s.text for s in report.skipped]
    assert {"$2.1bn", "$2.0bn"} <= {s.text for s in report.skipped}


def test_a_consistent_unverified_number_says_so_and_stays_unverified(tmp_path: Path) -> None:
    report = check(
        tmp_path, "China-Russia trade rose 2% to $245 billion in 2024 from $240 billion."
    )
    change = next(v for v in report.verdicts if v.claim.text == "2%")
    assert change.verdict == "unverified"
    assert "consistent with the text" in change.explanation
    assert change.explanation.endswith("→ unverified")


def test_a_conversion_is_a_row_of_the_claim_table_and_the_report_is_reproducible(
    tmp_path: Path,
) -> None:
    text = "China-Russia trade reached 1.74 trillion yuan ($242 billion) in 2024."
    report = check(tmp_path, text)
    table = report.to_frame()
    assert list(table["kind"]) == ["money", "conversion"]
    assert list(table["metric"]) == ["trade", ""]
    conversion = report.verdicts[1]
    assert conversion.fact is not None and conversion.fact.id == "fx:2024:USD/CNY"
    assert render(report) == render(check(tmp_path, text))


NEWSY = st.lists(
    st.sampled_from(
        [
            "$1.13bn",
            "$639m",
            "12%",
            "0.3 percentage points",
            "1.74 trillion yuan",
            "($237 billion)",
            "$1 = 7.3 yuan",
            "7.1 yuan to the dollar",
            "from",
            "to",
            "up",
            "down",
            "fell",
            "rose",
            "by",
            "or",
            "of the total",
            "exports",
            "imports",
            "trade",
            "deficit",
            "surplus",
            "doubled",
            ",",
            ".",
            "\n",
            "(",
            ")",
            "in 2024",
            "411 of the 650 seats",
            "an increase of",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
@example("up to 7.1 yuan to the dollar")
def test_relations_and_rates_never_raise_and_hold_three_numbers(text: str) -> None:
    mentions = factlint.extract(text)
    for relation in relations(text, mentions):
        assert len(relation.members) == 3
        assert relation.result is relation.members[-1]
        assert relation.holds == (relation.distance == 0.0)
    for rate in stated_rates(text, mentions):
        assert rate.base != rate.quote
        assert rate.rate.low is not None and rate.rate.low > 0
