"""Whether a fact's interval meets a claim's, and the severity of a miss."""

from __future__ import annotations

import pytest

from factlint.compare.tolerance import meet


@pytest.mark.parametrize(
    ("low", "high", "comparator", "fact", "holds", "distance"),
    [
        (244.5, 245.5, "=", (244.81, 244.81), True, 0.0),
        (244.5, 245.5, "=", (245.5, 245.5), False, 0.0),  # 245.5 rounds to 246
        (244.5, 245.5, "=", (244.5, 244.5), True, 0.0),
        (245.5, 246.5, "=", (244.81, 244.81), False, 0.69),
        (240.0, None, ">", (240.0, 240.0), False, 0.0),  # "more than 240" excludes 240
        (240.0, None, ">=", (240.0, 240.0), True, 0.0),
        (237.5, 250.0, "<", (250.0, 250.0), False, 0.0),  # "nearly 250" is below it
        (None, 250.0, "<=", (250.0, 250.0), True, 0.0),
        (1.785, 1.795, "=", (1.725, 1.795), True, 0.0),  # a band that reaches the claim
        (1.815, 1.825, "=", (1.725, 1.795), False, 0.02),
    ],
)
def test_meet(
    low: float | None,
    high: float | None,
    comparator: str,
    fact: tuple[float, float],
    holds: bool,
    distance: float,
) -> None:
    meeting = meet(low, high, comparator, *fact)
    assert meeting.holds is holds
    assert meeting.distance == pytest.approx(distance)
