"""Which numbers of a sentence are expectations, and of what kind: a forecast's scope
covers its clause and the items of a list it begins; an outcome beside it stays one."""

from __future__ import annotations

import re

import pytest

from factlint.claims.expectations import expectation_of

_NUMBER = re.compile(r"\$?\d[\d.,]*\d%?|\$?\d%?")


def kinds(sentence: str) -> list[str]:
    """Each number's expectation kind, or "-" for an outcome, in order."""
    found: list[str] = []
    for match in _NUMBER.finditer(sentence):
        expectation = expectation_of(sentence, match.start(), match.end())
        found.append("-" if expectation is None else expectation.kind)
    return found


CASES = [
    ("Economists polled by Reuters had expected growth of 2.1%, inflation at 3% and a jobless rate of 4.2%.",
     ["consensus", "consensus", "consensus"]),
    ("Economists had expected growth of 2.1%, inflation at 3%, and a jobless rate of 4.2%.",
     ["consensus", "consensus", "consensus"]),
    ("Economists had forecast payrolls rising by 200,000 jobs and the jobless rate holding at 3.9%.",
     ["consensus", "consensus"]),
    ("Economists had expected growth of 2.1%, and the economy grew 2.5%.", ["consensus", "-"]),
    ("Analysts had forecast revenue of $5 billion, up from $4 billion a year earlier.",
     ["consensus", "-"]),
    ("Analysts expect the bank to report earnings of $1.10 a share.", ["consensus"]),
    ("The company raised its full-year guidance to $5.2 billion.", ["guidance"]),
    ("Brenner now expects a margin of 6%, down from a previous range of 7%.",
     ["forecast", "guidance"]),
    ("Brenner now sees a margin of 6%, down from an earlier forecast of 7%.", ["-", "forecast"]),
    ("Brenner expects margins to hold, after a margin of 6.5% in 2023.", ["-", "-"]),
    ("That pace compared with 3.4% a year earlier and was well below the bank's 2% target.",
     ["-", "target"]),
    ("Acme raised its profit forecast on Thursday after revenue rose 6.2% to $2.84 billion.",
     ["-", "-"]),
    ("The central bank has a target of 2% for inflation.", ["target"]),
    ("Economists had on average expected a rise of 0.3%.", ["consensus"]),
    ("GDP is forecast to grow 1.5% next year.", ["forecast"]),
    ("The deficit is projected to reach $1.9 trillion.", ["projection"]),
    ("The IMF projects growth of 3.2%.", ["projection"]),
    ("Economists had forecast the CPI would rise 8.8%.", ["consensus"]),
    ("The deal could be worth $5 billion.", ["forecast"]),
    ("Profit rose 5%, beating forecasts of 3%.", ["-", "forecast"]),
    ("Profit rose 5% against expectations of 3%.", ["-", "consensus"]),
    ("Revenue rose to $5.2 billion, beating analysts' estimates of $5.0 billion.",
     ["-", "consensus"]),
    ("Revenue of $5.1 billion missed the consensus estimate of $5.3 billion.", ["-", "consensus"]),
    ("That was short of the median market forecast of 1.1% growth.", ["consensus"]),
    ("Sales rose a faster-than-expected 7%.", ["-"]),
    ("Sales rose 7%, more than expected.", ["-"]),
    ("Profit rose 5% and is expected to rise 7% next year.", ["-", "forecast"]),
    ("The economy grew 2.5%, faster than the 2.1% economists had expected.", ["-", "consensus"]),
    ("Trade reached $254 billion, above expectations of $250 billion.", ["-", "consensus"]),
    ("Profit rose 5% in the quarter.", ["-"]),
    ("Growth was 2.1%, inflation 3% and unemployment 4.2%.", ["-", "-", "-"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_forecast_governs_the_numbers_it_speaks_of(sentence: str, expected: list[str]) -> None:
    assert kinds(sentence) == expected
