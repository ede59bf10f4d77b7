"""Sentences and positions."""

from __future__ import annotations

import pytest

from factlint.documents.text import LineIndex, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade rose. It fell.", ["Trade rose.", "It fell."]),
        ("The U.S. economy grew. China slowed.", ["The U.S. economy grew.", "China slowed."]),
        (
            "Mr. Putin spoke on Jan. 21 in Moscow. Xi listened.",
            ["Mr. Putin spoke on Jan. 21 in Moscow.", "Xi listened."],
        ),
        ("He said “yes.” Then he left.", ["He said “yes.”", "Then he left."]),
        ("Growth was 2.5 per cent. Trade rose.", ["Growth was 2.5 per cent.", "Trade rose."]),
        ("One paragraph\nAnother paragraph", ["One paragraph", "Another paragraph"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected


def test_line_and_column_are_one_based() -> None:
    index = LineIndex("ab\ncd\n\nef")
    assert [index.position(i) for i in (0, 1, 3, 7)] == [(1, 1), (1, 2), (2, 1), (4, 1)]
