"""The whole-article cases of ``tests/article_cases/`` are well formed: their references
load, every expected row and every change points at text the article holds, and the set
spans enough articles and fields. The scores themselves are printed by
``python tests/article_harness.py``; they are not asserted here."""

from __future__ import annotations

import re
import tomllib

import pytest

from article_harness import CASES, CHANGE_KEYS, VERDICTS, Case, load_cases, nth, run_case
from factlint.references import load_references

MINIMUM_ARTICLES = 12
MINIMUM_FIELDS = 8
MINIMUM_CHANGES = 3
WORDS = (250, 600)
ALL = load_cases(CASES)


def ids(cases: list[Case]) -> list[str]:
    return [c.slug for c in cases]


def test_enough_articles_in_enough_fields() -> None:
    assert len(ALL) >= MINIMUM_ARTICLES
    assert len({c.field for c in ALL}) >= MINIMUM_FIELDS


@pytest.mark.parametrize("case", ALL, ids=ids(ALL))
def test_the_article_is_shaped_like_a_news_story(case: Case) -> None:
    headline, _, body = case.text.partition("\n")
    assert headline.strip() and body.strip(), "headline on line 1, then the story"
    assert WORDS[0] <= len(case.text.split()) <= WORDS[1]
    assert case.shaped_after.strip()


@pytest.mark.parametrize("case", ALL, ids=ids(ALL))
def test_the_references_load(case: Case) -> None:
    references = load_references(case.references)
    assert references.facts


@pytest.mark.parametrize("case", ALL, ids=ids(ALL))
def test_every_expected_row_is_in_the_article_and_in_order(case: Case) -> None:
    metrics = set(load_references(case.references).metrics)
    seen = set()
    for row in case.expected:
        where = f"{case.slug}/expect.csv:{row.line}"
        assert row.start >= 0, f"{where}: {row.text!r} #{row.occurrence} is not in the article"
        assert row.verdict in VERDICTS, f"{where}: verdict {row.verdict!r}"
        assert (row.text, row.occurrence) not in seen, f"{where}: row given twice"
        seen.add((row.text, row.occurrence))
        assert not row.metric or row.metric in metrics, f"{where}: unknown metric {row.metric!r}"
        if row.verdict == "flag":
            assert row.metric and row.reason, f"{where}: a flag names its metric and reason"
        if row.verdict in ("unverified", "skip"):
            assert not row.metric, f"{where}: only pass and flag rows name a metric"
        assert row.note.strip(), f"{where}: say why"
    starts = [row.start for row in case.expected]
    assert starts == sorted(starts), f"{case.slug}/expect.csv: rows out of document order"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.,$%€£¥-]+", text)


@pytest.mark.parametrize("case", ALL, ids=ids(ALL))
def test_every_change_edits_one_word_of_one_place(case: Case) -> None:
    assert len(case.changes) >= MINIMUM_CHANGES
    for change in case.changes:
        assert case.text.count(change.before) == 1, f"{change.before!r} must occur once"
        before, after = _words(change.before), _words(change.after)
        assert len(before) == len(after), f"{change.before!r} -> {change.after!r}"
        assert sum(a != b for a, b in zip(before, after, strict=True)) == 1, change.after
        # the claim to flag is in the edited phrase or follows it in the same paragraph
        at = case.text.find(change.before)
        edited = case.text[:at] + change.after + case.text[at + len(change.before) :]
        paragraph_end = edited.find("\n", at)
        assert change.flags in edited[at:paragraph_end], f"{change.flags!r} after {change.after!r}"
        assert change.reason in ("value", "rank", "date", "text")


@pytest.mark.parametrize("case", ALL, ids=ids(ALL))
def test_case_toml_holds_only_known_keys(case: Case) -> None:
    meta = tomllib.loads((case.folder / "case.toml").read_text(encoding="utf-8"))
    assert set(meta) <= {"published", "field", "shaped_after", "change"}
    assert isinstance(meta["published"], str), 'published = "YYYY-MM-DD"'
    for table in meta.get("change", []):
        assert set(table) == set(CHANGE_KEYS), table


def test_the_harness_answers_every_row_of_a_case() -> None:
    case = ALL[0]
    result = run_case(case)
    assert [o.row for o in result.outcomes] == case.expected
    assert len(result.changes) == len(case.changes)
    for outcome in result.outcomes:
        if outcome.verdict is not None:
            claim = outcome.verdict.claim
            row = outcome.row
            assert claim.start < row.end and row.start < claim.end, (claim.text, row.text)


def test_nth_finds_each_occurrence() -> None:
    text = "rose 0.4% after 0.4% and 0.4%"
    assert [nth(text, "0.4%", n) for n in (1, 2, 3, 4)] == [5, 16, 25, -1]


def test_an_appearance_is_never_part_of_a_longer_number() -> None:
    text = "up 3.2% in 2010, or 2%, and $15 from $1"
    assert nth(text, "2%", 1) == text.index(" 2%") + 1
    assert nth(text, "10", 1) == -1
    assert nth(text, "$1", 1) == len(text) - 2
