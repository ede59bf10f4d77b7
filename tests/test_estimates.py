"""Which estimate of a revised figure a number's wording quotes."""

from __future__ import annotations

import pytest

from factlint.claims.estimates import quoted_estimate

CASES = [
    ("February was revised down to 270,000 from 275,000.", "275,000", "earlier"),
    ("February was revised down to 270,000 from 275,000.", "270,000", ""),
    ("Payrolls were revised from 275,000 to 270,000.", "275,000", "earlier"),
    ("GDP grew 0.4%, revised from a preliminary reading of a 0.4% contraction.", "0.4% c", "first"),
    ("GDP rose 0.1%, against an initial estimate of a 0.1% decline.", "0.1% d", "first"),
    ("Growth was first estimated at 1.6%.", "1.6%", "first"),
    ("Growth was initially reported at 1.6%.", "1.6%", "first"),
    ("It compares with a previously reported 1.3%.", "1.3%", "earlier"),
    ("Sales rose to $5 billion from $4 billion.", "$4 billion", ""),
    ("The bank cut rates to 4% from 4.25%.", "4.25%", ""),
    ("Initial jobless claims rose to 220,000.", "220,000", ""),
    ("Output grew 3% in the first quarter.", "3%", ""),
    # the estimate's word speaks of the number it stands beside, not the revised one
    ("August's rise was revised to 0.5% from an initially reported 0.7%.", "0.5%", ""),
    ("August's rise was revised to 0.5% from an initially reported 0.7%.", "0.7%", "first"),
    ("The first estimate of 1.6% was later revised to 1.3%.", "1.3%", ""),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), CASES)
def test_the_wording_names_the_estimate(sentence: str, number: str, expected: str) -> None:
    start = sentence.index(number)
    end = start + len(number.split()[0])
    assert quoted_estimate(sentence, start, end) == expected
