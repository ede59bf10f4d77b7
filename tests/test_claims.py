"""Assembling claims: entities, metric, period, source hint, ranking roles, stable ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factlint.claims.model import Claim, claim_id
from factlint.report import Report

Claims = Callable[..., list[Claim]]


def one(claims: list[Claim], text: str) -> Claim:
    matching = [c for c in claims if c.text == text]
    assert len(matching) == 1, [c.text for c in claims]
    return matching[0]


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "owner"),
    [
        ("Russia ranks as China’s fifth largest trading partner.", "fifth largest", "RUS", "CHN"),
        ("Putin noted that China is Russia’s largest trading partner.", "largest", "CHN", "RUS"),
        ("China is the largest consumer of Russian energy.", "largest", "CHN", "RUS"),
        ("China is the top single oil export market for Russia.", "top", "CHN", "RUS"),
        ("Moscow is Beijing's second-biggest trading partner.", "second-biggest", "RUS", "CHN"),
        ("Trump was sworn in as the 47th president of the United States.", "47th", "TRUMP", "USA"),
        ("Among China's trading partners, Russia ranks fifth.", "fifth", "RUS", "CHN"),
        ("Russia is the fifth-largest trading partner of China.", "fifth-largest", "RUS", "CHN"),
        ("Russia's largest trading partner is China.", "largest", "CHN", "RUS"),
    ],
)
def test_possessives_and_prepositions_decide_ranking_roles(
    claims_of: Claims, sentence: str, text: str, subject: str, owner: str
) -> None:
    claim = one(claims_of(sentence), text)
    assert (claim.subject, claim.object) == (subject, owner)


def test_aliases_demonyms_and_metonyms_name_entities(claims_of: Claims) -> None:
    claim = one(
        claims_of("The Kremlin said trade with Beijing reached $245 billion in 2024."),
        "$245 billion",
    )
    assert claim.entities == ["RUS", "CHN"]
    assert claim.metric == "bilateral_trade"


def test_a_sentence_without_entities_borrows_the_previous_sentences(claims_of: Claims) -> None:
    text = "Russia and China met again. Their trade reached $245 billion in 2024."
    assert one(claims_of(text), "$245 billion").entities == ["RUS", "CHN"]


def test_the_nearest_keyword_of_a_compatible_kind_gives_the_metric(claims_of: Claims) -> None:
    claims = claims_of(
        "China is Russia’s largest trading partner, with trade reaching $245 billion in 2024."
    )
    assert [(c.text, c.metric) for c in claims] == [
        ("largest", "trade_partner_rank"),
        ("$245 billion", "bilateral_trade"),
    ]


def test_period_is_the_nearest_date_in_the_sentence_else_the_published_date(
    claims_of: Claims,
) -> None:
    dated = one(
        claims_of("Trade between Russia and China reached $107 billion in 2019."), "$107 billion"
    )
    assert (str(dated.period), dated.period_explicit) == ("2019", True)
    undated = one(claims_of("Trade between Russia and China reached $107 billion."), "$107 billion")
    assert (str(undated.period), undated.period_explicit) == ("2025-01-21", False)


def test_relative_dates_resolve_against_publication(claims_of: Claims) -> None:
    claim = one(
        claims_of(
            "Trade between Russia and China reached $245 billion last year.", dt.date(2025, 1, 13)
        ),
        "$245 billion",
    )
    assert str(claim.period) == "2024"


@pytest.mark.parametrize(
    ("sentence", "hint", "entities"),
    [
        (
            "Trade with Russia reached $245 billion in 2024, according to Chinese data.",
            "Chinese data",
            ["CHN"],
        ),
        (
            "Russian customs said trade with China reached $228 billion in 2024.",
            "Russian customs",
            ["RUS"],
        ),
        (
            "Trade reached $245 billion in 2024, citing Chinese customs figures.",
            "Chinese customs figures",
            ["CHN"],
        ),
    ],
)
def test_source_hints(claims_of: Claims, sentence: str, hint: str, entities: list[str]) -> None:
    claim = claims_of(sentence)[0]
    assert (claim.source_hint, claim.source_entities) == (hint, entities)


def test_a_number_without_a_metric_is_skipped_with_the_reason(
    references: object, check_text: Callable[..., object]
) -> None:
    report = check_text("Putin mobilised 190,000 troops near Ukraine in 2022.")
    assert [(s.text, s.reason) for s in report.skipped] == [  # type: ignore[attr-defined]
        ("190,000", "no metric in the sentence"),
        ("2022", "no metric in the sentence"),
    ]


def test_a_rank_without_a_ranking_is_listed_as_not_checked(
    check_text: Callable[..., object],
) -> None:
    report = check_text("Putin spoke of Russia as the world's largest country.")
    assert [(s.text, s.reason) for s in report.skipped] == [  # type: ignore[attr-defined]
        ("largest", "a rank, and no ranking among the metrics in the sentence"),
    ]


def test_numbers_in_names_are_skipped_as_names(check_text: Callable[..., object]) -> None:
    report = check_text("The Power of Siberia 2 pipeline was discussed at the G20.")
    assert [(s.text, s.reason) for s in report.skipped] == [  # type: ignore[attr-defined]
        ("2", "part of a name"),
        ("20", "part of a name"),
    ]


def test_ids_are_stable_when_another_paragraph_changes(claims_of: Claims, seed_text: str) -> None:
    before = {c.text: c.id for c in claims_of(seed_text)}
    edited = seed_text.replace(
        "Trump has indicated a tough stance", "Trump has long signalled a tough stance"
    )
    after = {
        c.text: c.id for c in claims_of("New first paragraph with nothing to check.\n" + edited)
    }
    assert before == after


def test_ids_differ_for_repeated_mentions_in_one_sentence() -> None:
    assert claim_id("d", "s", "$5", 0) != claim_id("d", "s", "$5", 1)
    assert claim_id("d", "s  x", "$5", 0) == claim_id("d", "s x", "$5", 0)


def test_text_claims_take_the_name_the_keyword_introduces(claims_of: Claims) -> None:
    claim = one(claims_of("From his residence in Novo-Ogarevo, Putin greeted Xi."), "Novo-Ogarevo")
    assert (claim.kind, claim.metric, claim.value) == ("text", "residence", "Novo-Ogarevo")


def test_the_owner_of_another_ranking_is_not_the_subject(claims_of: Claims) -> None:
    sentence = "Russia, China's fifth-largest trading partner and the world's largest consumer of energy, said so."
    claim = one(claims_of(sentence), "largest")
    assert claim.subject == "RUS"


def test_text_claims_take_names_that_start_with_a_number(
    references: object, claims_of: Claims
) -> None:
    claim = one(
        claims_of("Putin then moved into his residence at 10 Downing Street."), "10 Downing Street"
    )
    assert claim.kind == "text"


def test_a_ranking_without_a_subject_takes_the_previous_sentences(claims_of: Claims) -> None:
    text = "Russia sent its delegation to Beijing. It is now China's fifth-largest trading partner."
    claim = one(claims_of(text), "fifth-largest")
    assert (claim.subject, claim.object) == ("RUS", "CHN")


def test_assemble_sets_a_conversion_aside_for_linking(claims_of: Claims) -> None:
    claims = claims_of("China-Russia trade reached 1.74 trillion yuan ($237 billion) in 2024.")
    assert [c.text for c in claims] == ["1.74 trillion yuan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "China-Russia trade reached 1.74 trillion yuan ($237 billion) in 2024.",
        "China-Russia trade reached 1.74 trillion yuan, or about $237 billion, in 2024.",
    ],
)
def test_a_writers_conversion_is_a_conversion_claim_not_a_dollar_claim(
    check_text: Callable[..., Report], sentence: str
) -> None:
    report = check_text(sentence)
    assert [(v.claim.text, v.claim.kind) for v in report.verdicts] == [
        ("1.74 trillion yuan", "money"),
        ("$237 billion", "conversion"),
    ]
    conversion = report.verdicts[1]
    assert conversion.claim.metric == ""
    assert "a conversion of 1.74 trillion yuan" in conversion.explanation
    assert "$237 billion" not in [s.text for s in report.skipped]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Putin, speaking from his Novo-Ogaryovo residence near Moscow, said so.", "Novo-Ogaryovo"),
        (
            "From his residence in Novo-Ogarevo, located outside Moscow, Putin spoke.",
            "Novo-Ogarevo",
        ),
    ],
)
def test_a_text_claim_takes_the_name_before_or_after_its_keyword(
    claims_of: Claims, sentence: str, name: str
) -> None:
    residence = [c for c in claims_of(sentence) if c.metric == "residence"]
    assert [(c.kind, c.text) for c in residence] == [("text", name)]


def test_near_a_place_is_not_the_name_of_the_residence(claims_of: Claims) -> None:
    assert claims_of("From his residence near Moscow, Putin spoke.") == []


def test_a_hyphenated_number_word_is_an_adjective(claims_of: Claims) -> None:
    claims = claims_of("China and Russia reported two-way trade of about $245 billion in 2024.")
    assert [c.text for c in claims] == ["$245 billion"]
