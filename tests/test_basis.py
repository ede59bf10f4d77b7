"""The basis vocabulary: which terms exist, how a fact's basis is checked, and when a
fact of some basis is a figure of the terms a claim states."""

from __future__ import annotations

import pytest

from factlint.basis import Group, basis_problem, comparison_of, group_of, mismatch, said


@pytest.mark.parametrize(
    ("term", "group"),
    [
        ("real", Group.PRICES),
        ("nominal", Group.PRICES),
        ("local-currency", Group.CURRENCY),
        ("CNY", Group.CURRENCY),
        ("seasonally-adjusted", Group.ADJUSTMENT),
        ("month-on-month", Group.COMPARISON),
        ("annualised", Group.ANNUALISED),
        ("XYZ", None),
        ("usd", None),
        ("constant-prices", None),
    ],
)
def test_every_term_has_one_group(term: str, group: Group | None) -> None:
    assert group_of(term) == group


@pytest.mark.parametrize(
    ("terms", "problem"),
    [
        (["real", "seasonally-adjusted", "EUR"], ""),
        (["real", "nominal"], "real and nominal are both prices terms"),
        (["year-on-year", "month-on-month"], "both comparison terms"),
        (["USD", "CNY"], "both currency terms"),
        (["reall"], "did you mean real?"),
        (["eur"], "did you mean EUR?"),
    ],
)
def test_a_basis_has_known_terms_one_of_each_group(terms: list[str], problem: str) -> None:
    found = basis_problem(terms)
    assert (problem in found) if problem else found == ""


@pytest.mark.parametrize(
    ("stated", "basis", "level", "words"),
    [
        pytest.param(["real"], ["real", "seasonally-adjusted"], False, "", id="same-term"),
        pytest.param(["real"], ["nominal"], False, "the claim is in real terms, the fact in nominal terms", id="other-term"),
        pytest.param(["real"], ["seasonally-adjusted"], False, "does not say", id="silent-group"),
        pytest.param(["real"], [], False, "", id="no-basis-is-any"),
        pytest.param([], ["nominal"], False, "", id="no-terms-is-any"),
        pytest.param(["year-on-year"], ["real"], True, "", id="a-level-has-no-comparison"),
        pytest.param(["year-on-year"], ["real"], False, "does not say", id="a-change-does"),
        pytest.param(["quarter-on-quarter"], ["annualised", "quarter-on-quarter"], False, "the fact is annualised", id="annualised-is-not-plain"),
        pytest.param(["annualised"], ["quarter-on-quarter"], False, "does not say", id="plain-is-not-annualised"),
        pytest.param(["annualised"], ["annualised", "quarter-on-quarter"], False, "", id="annualised"),
        pytest.param(["CNY"], ["USD"], False, "in CNY terms, the fact in USD terms", id="currency"),
    ],
)  # fmt: skip
def test_a_fact_is_of_the_claim_s_terms(
    stated: list[str], basis: list[str], level: bool, words: str
) -> None:
    found = mismatch(stated, basis, level)
    assert (words in found and found) if words else found == ""


def test_terms_read_as_words() -> None:
    assert said(["real", "seasonally-adjusted", "JPY"]) == (
        "in real terms, seasonally adjusted, in JPY terms"
    )
    assert comparison_of(["real", "month-on-month"]) == "month-on-month"
    assert comparison_of(["real"]) == ""
