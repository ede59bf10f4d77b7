"""Which estimate of a revised figure a claim is compared with, as of its document's
date: the record linking leaves (what was superseded, what came later) and the series a
change or a record is held against."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import desk_references_of
from factlint.claims.model import Claim
from factlint.link.vintages import chain, current_estimates, resolve
from factlint.references import References
from factlint.references.models import Fact

FACTS = """id,metric,subject,object,period,value,unit,source,url,retrieved,note,published,estimate,revises
q1-first,cpi_change,USA,,2024-Q1,1.6,%,BEA,https://example.org/1,2025-01-13,,2024-04-25,first,
q1-second,cpi_change,USA,,2024-Q1,1.3,%,BEA,https://example.org/2,2025-01-13,,2024-05-30,second,q1-first
q1-third,cpi_change,USA,,2024-Q1,1.4,%,BEA,https://example.org/3,2025-01-13,,2024-06-27,third,q1-second
q2-first,cpi_change,USA,,2024-Q2,2.8,%,BEA,https://example.org/4,2025-01-13,,2024-07-25,first,
"""


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> References:
    return desk_references_of(tmp_path_factory.mktemp("vintages"), FACTS)


def claim(published: dt.date | None, estimate: str = "") -> Claim:
    return Claim(
        id="c", doc="d", line=1, column=1, start=0, end=4, text="1.6%", sentence="", kind="percent",
        value=1.6, unit="%", lower=1.55, upper=1.65, comparator="=", period="2024-Q1",
        period_explicit=True, entities=["USA"], metric="cpi_change", published=published,
        estimate=estimate,
    )  # fmt: skip


def ids(facts: list[Fact]) -> list[str]:
    return [f.id for f in facts]


def test_every_estimate_of_a_figure_is_found_from_any_of_them(references: References) -> None:
    for start in ("q1-first", "q1-second", "q1-third"):
        assert ids(chain(references.fact(start), references)) == [
            "q1-first",
            "q1-second",
            "q1-third",
        ]
    assert ids(chain(references.fact("q2-first"), references)) == ["q2-first"]


@pytest.mark.parametrize(
    ("published", "estimate", "chosen", "superseded", "later"),
    [
        pytest.param(dt.date(2024, 5, 1), "", ["q1-first"], [], ["q1-second", "q1-third"], id="first-current"),
        pytest.param(dt.date(2024, 6, 3), "", ["q1-second"], ["q1-first"], ["q1-third"], id="second-current"),
        pytest.param(dt.date(2024, 6, 27), "", ["q1-third"], ["q1-first", "q1-second"], [], id="same-day"),
        pytest.param(dt.date(2024, 7, 15), "first", ["q1-first"], [], ["q1-second", "q1-third"], id="quotes-first"),
        pytest.param(dt.date(2024, 7, 15), "earlier", ["q1-second"], [], ["q1-third"], id="quotes-earlier"),
        pytest.param(None, "", ["q1-third"], [], [], id="undated"),
        pytest.param(dt.date(2024, 4, 1), "", ["q1-first"], [], ["q1-second", "q1-third"], id="early"),
    ],
)  # fmt: skip
def test_the_estimate_current_on_the_document_s_date_is_compared(
    references: References,
    published: dt.date | None,
    estimate: str,
    chosen: list[str],
    superseded: list[str],
    later: list[str],
) -> None:
    facts = [references.fact(i) for i in ("q1-first", "q1-second", "q1-third")]
    resolved = resolve(claim(published, estimate), facts, references)
    assert ids(resolved.chosen) == chosen
    assert resolved.vintages is not None
    assert [f.id for f in resolved.vintages.superseded] == superseded
    assert [f.id for f in resolved.vintages.later] == later
    assert resolved.vintages.undated is (published is None)
    assert resolved.vintages.early is (published == dt.date(2024, 4, 1))
    assert set(resolved.left_out) == {"q1-first", "q1-second", "q1-third"} - set(chosen)
    assert all(why.startswith("vintage: ") for why in resolved.left_out.values())


def test_facts_of_figures_never_revised_pass_through(references: References) -> None:
    resolved = resolve(claim(dt.date(2024, 8, 1)), [references.fact("q2-first")], references)
    assert ids(resolved.chosen) == ["q2-first"] and resolved.vintages is None


def test_a_series_keeps_each_figure_as_it_stood(references: References) -> None:
    series = list(references.facts)
    assert ids(current_estimates(series, dt.date(2024, 6, 3), references)) == [
        "q1-second",
        "q2-first",
    ]
    assert ids(current_estimates(series, None, references)) == ["q1-third", "q2-first"]
    assert ids(current_estimates(series, dt.date(2024, 1, 1), references)) == [
        "q1-first",
        "q2-first",
    ]
