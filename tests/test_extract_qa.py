"""The extractor over newswire wording that used to trip it: change verbs in every tense,
more hedges, ordinals that rank or merely count, spans ending in a month, fiscal years,
baselines of comparisons, and units that carry their own scale."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.extract import Mention, extract, scan
from factlint.extract.ranks import OCCURRENCE

PUBLISHED = dt.date(2025, 1, 21)


def only(sentence: str, kind: str) -> Mention:
    (mention,) = [m for m in extract(sentence, PUBLISHED) if m.kind == kind]
    return mention


def with_text(sentence: str, text: str) -> Mention:
    found = [m for m in extract(sentence, PUBLISHED) if m.text == text]
    assert found, f"no {text!r} in {[m.text for m in extract(sentence, PUBLISHED)]}"
    return found[0]


GROWTH = [
    ("Net profit was 1.2 billion euros, decreasing by 6.2 per cent.", -6.2, "fall"),
    ("Shares in the miner were dropping 3% in early trade.", -3.0, "fall"),
    ("The rouble kept sliding, losing 2.5% against the dollar.", -2.5, "fall"),
    ("Russia's economy is shrinking 0.4% a quarter, the bank said.", -0.4, "fall"),
    ("Manufacturing was contracting 1.1% in the period.", -1.1, "fall"),
    ("The index closed slipping 0.8% on Friday.", -0.8, "fall"),
    ("Brent was plunging 7% after the OPEC+ meeting.", -7.0, "fall"),
    ("European stocks were tumbling 4% by midday.", -4.0, "fall"),
    ("Gazprom shares were sinking 3% in Moscow.", -3.0, "fall"),
    ("Inflation is easing 0.5 percentage point a month.", -0.5, "fall"),
    ("Output has fallen 2% since the sanctions.", -2.0, "fall"),
    ("Sales kept increasing 4% a year.", 4.0, "rise"),
    ("The yuan was climbing 0.3% against the dollar.", 0.3, "rise"),
    ("Gold was gaining 1.2% on safe-haven demand.", 1.2, "rise"),
    ("The economy is expanding 3% a year.", 3.0, "rise"),
    ("Nvidia shares were soaring 40% after the results.", 40.0, "rise"),
    ("Bitcoin was jumping 5% in Asian trade.", 5.0, "rise"),
    ("Imports from China were surging 12% year on year.", 12.0, "rise"),
    ("Prices are rising 2.1% a month.", 2.1, "rise"),
    ("Sales had risen by 7% by the end of the year.", 7.0, "rise"),
]


@pytest.mark.parametrize(("sentence", "value", "growth"), GROWTH)
def test_change_verbs_in_every_tense_give_the_sign(
    sentence: str, value: float, growth: str
) -> None:
    mention = only(sentence, "percent")
    assert mention.value == pytest.approx(value)
    assert mention.growth == growth
    assert isinstance(mention.lower, float) and isinstance(mention.upper, float)
    assert mention.lower <= value <= mention.upper


@pytest.mark.parametrize(
    "sentence",
    [
        "Unemployment fell to 3.5% in December.",
        "Inflation was easing to 3.4% from 3.8%.",
        "The rate kept sliding to 2% in May.",
        "Growth is slowing to 1.5% this year.",
    ],
)
def test_a_change_verb_before_to_gives_a_level(sentence: str) -> None:
    mention = next(m for m in extract(sentence, PUBLISHED) if m.kind == "percent")
    assert mention.growth == ""
    assert isinstance(mention.value, float) and mention.value > 0


HEDGES = [
    ("Apple's market value topped $3 trillion.", "$3 trillion", ">", "topped"),
    ("The index crossed 5,000 points for the first time.", "5,000", ">", "crossed"),
    ("Public debt exceeded 90% of GDP.", "90%", ">", "exceeded"),
    (
        "Output surpassed 10 million barrels per day.",
        "10 million barrels per day",
        ">",
        "surpassed",
    ),
    ("Growth beyond 3% is unlikely this year.", "3%", ">", "beyond"),
    ("Inflation stayed just below 2% in March.", "2%", "<", "just below"),
    ("Turnout was shy of 50%, officials said.", "50%", "<", "shy of"),
    ("Turnout was just shy of 50%, officials said.", "50%", "<", "just shy of"),
    ("Prices are just above 3% in most regions.", "3%", ">", "just above"),
    ("More than 1,000 people were killed.", "1,000", ">", "more than"),
    ("It cost nearly $5bn.", "$5bn", "<", "nearly"),
    ("Rates are under 4%.", "4%", "<", "under"),
]


@pytest.mark.parametrize(("sentence", "text", "comparator", "hedge"), HEDGES)
def test_hedges(sentence: str, text: str, comparator: str, hedge: str) -> None:
    mention = with_text(sentence, text)
    assert (mention.comparator, mention.hedge) == (comparator, hedge)
    if comparator == ">":
        assert (mention.lower, mention.upper) == (mention.value, None)
    else:
        assert mention.upper == mention.value


PRECISION = [
    ("The fund has invested $240bn since 2010.", "$240bn", 235.0, 245.0),
    ("The ransom was 10 million dollars.", "10 million dollars", 9.5, 10.5),
    ("Over the weekend 200 people were evacuated.", "200", 195.0, 205.0),
    ("The army sent 1,000 troops to the border.", "1,000", 950.0, 1050.0),
    ("The company has 12,000 employees.", "12,000", 11500.0, 12500.0),
    ("Chelsea paid £600m for the stadium site.", "£600m", 595.0, 605.0),
    ("Two hundred people were rescued.", "Two hundred", 195.0, 205.0),
    ("Ten people died in the blast.", "Ten", 9.5, 10.5),
    ("Twenty people died in the blast.", "Twenty", 19.5, 20.5),
    ("He met 7 ministers.", "7", 6.5, 7.5),
    ("The unit holds $2.40bn in cash.", "$2.40bn", 2.395, 2.405),
]


@pytest.mark.parametrize(("sentence", "text", "lower", "upper"), PRECISION)
def test_round_numbers_keep_two_significant_digits(
    sentence: str, text: str, lower: float, upper: float
) -> None:
    mention = with_text(sentence, text)
    assert mention.lower == pytest.approx(lower)
    assert mention.upper == pytest.approx(upper)


RANKS = [
    ("Russia slipped to second place in the rankings.", "second place", 2),
    ("The team finished in third position.", "third position", 3),
    ("China held the top spot, with India in fifth spot.", "fifth spot", 5),
    ("Her third-place finish surprised the pundits.", "third-place", 3),
    ("Russia ranks fifth among China's suppliers.", "fifth", 5),
    ("India ranked third in the survey.", "third", 3),
    ("The party came second in the election.", "second", 2),
    ("The party came in second in the election.", "second", 2),
    ("She finished fourth in the 100 metres.", "fourth", 4),
    ("The country was placed 47th in the index.", "47th", 47),
    ("Russia is China's fifth-largest trading partner.", "fifth-largest", 5),
]


@pytest.mark.parametrize(("sentence", "text", "value"), RANKS)
def test_ordinals_of_standing_are_ranks(sentence: str, text: str, value: int) -> None:
    mention = with_text(sentence, text)
    assert (mention.kind, mention.value, mention.lower, mention.upper) == (
        "rank",
        value,
        value,
        value,
    )


OCCURRENCES = [
    ("Prices rose for a seventh straight year.", "seventh straight year"),
    ("Exports fell for a third consecutive month in December.", "third consecutive month"),
    ("The bank cut rates for a second successive meeting.", "second successive meeting"),
    ("The leaders met for the third time this year.", "third time"),
    ("It is the 1st time since 2019 that trade fell.", "1st time"),
    ("The EU adopted its 15th round of sanctions.", "15th round"),
    ("This is the 22nd round of sanctions.", "22nd round"),
    ("Protests entered a fifth day on Sunday.", "fifth day"),
    ("Profit fell for a third quarter, the company said.", "third quarter"),
    ("Sales shrank for a fourth straight quarter.", "fourth straight quarter"),
]


@pytest.mark.parametrize(("sentence", "text"), OCCURRENCES)
def test_ordinals_that_count_occurrences_are_no_claims(sentence: str, text: str) -> None:
    found = scan(sentence, PUBLISHED)
    start = sentence.index(text)
    end = start + len(text)
    assert not [m for m in found.mentions if m.start < end and start < m.end]
    assert (text, OCCURRENCE) in [(s.text, s.reason) for s in found.skipped]


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value"),
    [
        ("Profit fell in the third quarter of 2023.", "third quarter of 2023", "period", "2023-Q3"),
        ("Revenue rose in the first half of 2024.", "first half of 2024", "period", "2024-H1"),
        ("Profit rose in the fourth quarter.", "fourth quarter", "period", "2024-Q4"),
        ("It reported a third quarter profit.", "third quarter", "period", "2024-Q3"),
        (
            "Trade reached $222 billion in the first 11 months of 2024.",
            "first 11 months of 2024",
            "period",
            "2024-01..2024-11",
        ),
        ("Donald Trump was sworn in as the 47th president.", "47th", "ordinal", 47),
        ("It was the twenty-first summit.", "twenty-first", "ordinal", 21),
    ],
)
def test_periods_and_plain_ordinals_stay(
    sentence: str, text: str, kind: str, value: object
) -> None:
    mention = with_text(sentence, text)
    assert (mention.kind, mention.value) == (kind, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first-ever visit by a Chinese leader to the region.",
        "Russia held its first-ever auction of the bonds.",
    ],
)
def test_first_ever_is_no_ordinal(sentence: str) -> None:
    assert extract(sentence, PUBLISHED) == []


PERIODS = [
    (
        "Sales rose 4% in the three months to September 2024.",
        "three months to September 2024",
        "2024-07..2024-09",
    ),
    (
        "Sales rose 4% in the three months to September.",
        "three months to September",
        "2024-07..2024-09",
    ),
    ("Inflation was 3% in the year to March 2024.", "year to March 2024", "2023-04..2024-03"),
    (
        "Revenue grew in the fiscal year to March 2024.",
        "fiscal year to March 2024",
        "2023-04..2024-03",
    ),
    ("House prices rose 5% in the 12 months to March.", "12 months to March", "2023-04..2024-03"),
    (
        "Profit for the nine months ended September 30, 2024 rose.",
        "nine months ended September 30, 2024",
        "2024-01..2024-09",
    ),
    ("Sales rose in the six months to June.", "six months to June", "2024-01..2024-06"),
    ("Third-quarter revenue rose 5%.", "Third-quarter", "2024-Q3"),
    ("The bank's second-quarter profit fell.", "second-quarter", "2024-Q2"),
    ("Fourth-quarter 2023 sales were flat.", "Fourth-quarter 2023", "2023-Q4"),
    ("First-half profit rose at the bank.", "First-half", "2025-H1"),
    ("Results for fiscal 2023 were strong.", "fiscal 2023", "2023"),
    ("Results for fiscal year 2022 were weak.", "fiscal year 2022", "2022"),
    ("The company's FY2023 revenue rose.", "FY2023", "2023"),
    ("Revenue in FY 2023 rose.", "FY 2023", "2023"),
    ("Revenue in FY24 rose.", "FY24", "2024"),
    ("India's budget for fiscal 2024-25 was approved.", "fiscal 2024-25", "2024..2025"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), PERIODS)
def test_periods(sentence: str, text: str, value: str) -> None:
    periods = [(m.text, m.value) for m in extract(sentence, PUBLISHED) if m.kind == "period"]
    assert periods == [(text, value)]


def test_a_span_to_a_month_crosses_the_year() -> None:
    mention = with_text("Prices rose in the year to March 2024.", "year to March 2024")
    assert (mention.lower, mention.upper) == ("2023-04-01", "2024-03-31")


BASELINES = [
    ("Trade reached $245 billion in 2024, up 1.9% from 2023.", "2023", "=", ["2024"]),
    ("Profit was down 1.0% from 2023.", "2023", "=", []),
    ("Sales were up from 2023.", "2023", "=", []),
    ("Exports fell 3% compared with 2023.", "2023", "=", []),
    ("Exports fell 3% compared to 2023.", "2023", "=", []),
    ("Imports rose 5% over the same period of 2023.", "2023", "=", []),
    ("Exports fell 2% compared with the same period last year.", "last year", "=", []),
    ("Prices were higher than in 2023.", "2023", "=", []),
    ("Profit was $5bn in 2024 versus $4bn in 2023.", "2023", "=", ["2024"]),
    ("Growth was 3% in 2024 versus 2023.", "2023", "=", ["2024"]),
    ("Sales rose 5% against 2023.", "2023", "=", []),
    ("Revenue rose 4% vs. 2023.", "2023", "=", []),
    ("Since 2022, trade has grown.", "2022", ">=", []),
    ("Trade has grown since the start of 2022.", "2022", ">=", []),
]


@pytest.mark.parametrize(("sentence", "text", "comparator", "claimed"), BASELINES)
def test_baselines_are_marked(
    sentence: str, text: str, comparator: str, claimed: list[str]
) -> None:
    mention = with_text(sentence, text)
    assert (mention.role, mention.comparator) == ("baseline", comparator)
    for other in claimed:
        assert with_text(sentence, other).role == ""


NOT_BASELINES = [
    ("Exports rose from January to July 2023.", "January to July 2023"),
    ("Output rose from 2019 to 2023.", "2019 to 2023"),
    ("Output rose 5% from January 2024 to March 2025.", "January 2024"),
    ("Data from 2023 show growth.", "2023"),
    ("Exports rose 5% over 2024.", "2024"),
    ("Trade rose 5% in 2024.", "2024"),
    ("Exports rose 5%, data from 2023 show.", "2023"),
    ("Exports rose more than 2% in 2024.", "2024"),
    ("Sales fell less than 3% in 2023 from 2022.", "2023"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_BASELINES)
def test_ranges_and_claimed_periods_are_not_baselines(sentence: str, text: str) -> None:
    assert with_text(sentence, text).role == ""


UNITS = [
    ("Saudi output was 9 mb/d in December.", "9 mb/d", 9.0, "million oil_barrel / day"),
    ("Iraq pumped 4.5mb/d last month.", "4.5mb/d", 4.5, "million oil_barrel / day"),
    ("Kuwait exported 2.5 mbpd of crude.", "2.5 mbpd", 2.5, "million oil_barrel / day"),
    ("Kazakhstan ships 500 kb/d via the CPC.", "500 kb/d", 500.0, "thousand oil_barrel / day"),
    (
        "Qatar holds 850 trillion cubic feet of gas.",
        "850 trillion cubic feet",
        850.0,
        "trillion foot ** 3",
    ),
    ("The field holds 12 tcf of gas.", "12 tcf", 12.0, "trillion foot ** 3"),
    ("The plant uses 2 bcf a day.", "2 bcf a day", 2.0, "billion foot ** 3 per day"),
    ("The tank holds 500 cubic feet.", "500 cubic feet", 500.0, "foot ** 3"),
    ("China made 40 Mt of steel in May.", "40 Mt", 40.0, "million tonne"),
    ("Exports hit 12Mt last year.", "12Mt", 12.0, "million tonne"),
    ("India produced 140 million tonnes of steel.", "140 million tonnes", 140.0, "million tonne"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), UNITS)
def test_units_that_carry_a_scale(sentence: str, text: str, value: float, unit: str) -> None:
    mention = with_text(sentence, text)
    assert (mention.kind, mention.value, mention.unit) == ("quantity", value, unit)


def test_every_unit_is_understood_by_pint() -> None:
    pint = pytest.importorskip("pint")
    from factlint.extract.lexicon import SCALED_UNIT_SYMBOLS, SCALED_UNIT_WORDS, UNIT_WORDS

    registry = pint.UnitRegistry()
    registry.define("bcm = 1e9 * meter ** 3")
    units = {*UNIT_WORDS.values()}
    units |= {unit for _, unit in (*SCALED_UNIT_WORDS.values(), *SCALED_UNIT_SYMBOLS.values())}
    for unit in units:
        registry.Quantity(1, unit)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("He ran 5 Mt. Everest marathons.", "5"), ("Shipments of 40 mt were lost.", "40")],
)
def test_mt_needs_its_capital_and_no_name(sentence: str, text: str) -> None:
    assert with_text(sentence, text).kind == "number"
