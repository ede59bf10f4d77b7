"""Entities, metric keywords and source hints in a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.claims.clauses import _CLAUSE_EDGE, clause_around, gap
from factlint.claims.context import (
    EntityFinder,
    MetricFinder,
    blank,
    source_hint,
)
from factlint.references import References
from factlint.references.models import Metric


def test_longest_alias_wins_and_possessives_still_match(references: References) -> None:
    finder = EntityFinder(references.entities)
    text = "The Russian Federation’s trade with China’s neighbours and the U.S. rose."
    assert [(f.id, text[f.start : f.end]) for f in finder.find(text)] == [
        ("RUS", "Russian Federation"),
        ("CHN", "China"),
        ("USA", "U.S."),
    ]


def test_aliases_are_case_sensitive(references: References) -> None:
    finder = EntityFinder(references.entities)
    assert [f.id for f in finder.find("Let us meet the US envoy.")] == ["USA"]


def test_keywords_match_across_blanked_entities_plurals_hyphens_and_quotes(
    references: References,
) -> None:
    entities = EntityFinder(references.entities)
    metrics = MetricFinder(references.metrics)
    text = "China is the largest consumer of Russian energy, a “no-limits” partnership, and trading partners."
    found = {f.id for f in metrics.find(blank(text, entities.find(text)))}
    # "trading" is a form of "trade": the bilateral trade keyword matches too.
    assert found == {
        "energy_buyer_rank", "no_limits_partnership", "trade_partner_rank", "bilateral_trade"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "keyword"),
    [
        ("The two countries traded goods worth $245 billion.", "traded"),
        ("Exporting and importing reached $245 billion.", "Exporting and importing"),
        ("Bilateral trading rose.", "Bilateral trading"),
        ("The trade partners' turnover rose.", "trade"),
    ],
)
def test_keywords_match_their_inflected_forms(
    references: References, sentence: str, keyword: str
) -> None:
    found = MetricFinder(references.metrics).find(sentence)
    assert next(sentence[f.start : f.end] for f in found if f.id == "bilateral_trade") == keyword


@given(
    st.lists(
        st.sampled_from(
            [
                "He",
                "resided",
                "residence",
                "residents",
                "studies",
                "the",
                "capital",
                "in",
                "lived",
                "Moscow",
                "study",
                "capitals",
                "and",
                "residing",
                "was",
                "named",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
@settings(max_examples=200, deadline=None)
def test_the_quick_look_for_names_never_misses_a_keyword_of_names(words: list[str]) -> None:
    metrics = {
        "residence": Metric(
            id="residence", description="Where the subject lives", kind="text", unit="",
            keywords=["residence", "resides in", "studies at"], symmetric=False,
        ),
        "gdp": Metric(
            id="gdp", description="GDP", kind="amount", unit="billion USD",
            keywords=["capital spending"], symmetric=False,
        ),
    }  # fmt: skip
    finder = MetricFinder(metrics)
    text = " ".join(words)
    if any(f.id == "residence" for f in finder.find(text)):
        assert finder.may_name(text)


@pytest.mark.parametrize(
    ("sentence", "hint"),
    [
        ("Trade grew, according to Chinese data.", "Chinese data"),
        ("Trade grew, citing customs statistics.", "customs statistics"),
        ("Figures from the Federal Customs Service show a rise.", "the Federal Customs Service"),
        ("Russian customs said trade grew.", "Russian customs"),
        ("Trade grew.", ""),
    ],
)
def test_source_hints(sentence: str, hint: str) -> None:
    assert source_hint(sentence) == hint


def test_gap_counts_characters_and_penalises_clause_boundaries() -> None:
    text = "imports rose 2.1 percent, while exports fell"
    assert gap(0, 7, 13, 24, text) == 6
    assert gap(13, 24, 32, 39, text) == len(", while ") + 40


@pytest.mark.parametrize(
    ("text", "inside", "clause"),
    [
        ("Exports rose to $5bn, while imports fell.", "$5bn", "Exports rose to $5bn"),
        ("Exports rose to $5bn while imports fell to $4bn.", "$4bn", " imports fell to $4bn."),
        ("Trade hit $9bn in 2024.", "$9bn", "Trade hit $9bn in 2024."),
    ],
)
def test_the_clause_around_a_number(text: str, inside: str, clause: str) -> None:
    start = text.index(inside)
    left, right = clause_around(text, start, start + len(inside))
    assert text[left:right] == clause


def test_a_source_pattern_matches_only_where_its_guard_does() -> None:
    """The guards only skip the search of a pattern that cannot match: over the article
    cases and the seeds, every sentence a guarded pattern matches, its guard matches."""
    from factlint.claims.context import _SOURCE_GUARDS, _SOURCE_PATTERNS

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text("utf-8") for p in sorted(root.glob("tests/article_cases/*/article.txt"))]
    texts += [p.read_text("utf-8") for p in sorted(root.glob("seeds/*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    matched = 0
    for pattern, guard in zip(_SOURCE_PATTERNS, _SOURCE_GUARDS, strict=True):
        for line in lines:
            if guard is not None and pattern.search(line):
                matched += 1
                assert guard.search(line), (pattern.pattern, line)
    assert matched > 10


def test_keywords_around_names_are_those_of_both_readings(references: References) -> None:
    """``find_around`` stems the words once; what it finds is what reading the text with
    the names blanked and as written finds."""
    entities = EntityFinder(references.entities)
    metrics = MetricFinder(references.metrics)
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text("utf-8") for p in sorted(root.glob("seeds/*.txt"))]
    texts.append("China is the largest consumer of Russian energy and China's trading partner.")
    for text in texts:
        names = entities.find(text)
        both = {*metrics.find(blank(text, names)), *metrics.find(text)}
        assert metrics.find_around(text, names) == both


def _clause_by_scanning(text: str, start: int, end: int) -> tuple[int, int]:
    """``clause_around`` as it first read: the edges scanned up to ``start``, then one
    searched for from ``end``."""
    left = 0
    for match in _CLAUSE_EDGE.finditer(text, 0, start):
        left = match.end()
    after = _CLAUSE_EDGE.search(text, end)
    return left, after.start() if after else len(text)


_CLAUSE_PIECES = [",", ";", "(", "—", " ", "1", "a", "but", "But", "while", "whereas", "butter"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=12),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_a_clause_from_the_edges_found_once_is_the_one_scanned(
    pieces: list[str], start: int, length: int
) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(start + length, len(text))
    assert clause_around(text, start, end) == _clause_by_scanning(text, start, end)
