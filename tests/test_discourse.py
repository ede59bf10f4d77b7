"""The article read as a whole: its structure, who its referring words stand for, and
the subjects, periods and measures a sentence takes from the ones before it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factlint
from conftest import fact_row, make_document, write_references
from factlint.claims.assemble import assemble
from factlint.claims.headline import read_through_story
from factlint.claims.model import Claim
from factlint.documents.structure import structure
from factlint.references import load_references

PUBLISHED = dt.date(2024, 10, 30)
ENTITIES = """id,name,kind,aliases
ACME,Acme Motors,company,Acme
CHN,China,country,Chinese
DEU,Germany,country,German
ON,Ontario,province,
CAN,Canada,country,Canadian|Canadians
"""
METRICS = """id,description,kind,unit,keywords,symmetric
revenue,Revenue of the company,amount,billion EUR,revenue|sales,false
deliveries,Cars delivered by the company (object: the market),amount,vehicles,deliveries|vehicles,false
market_rank,Rank of a market among the company's markets,rank,rank,market,false
jobs_change,Net change in employment,amount,jobs,jobs|employment,false
unemployment_rate,Unemployment rate,percent,%,unemployment rate|unemployment,false
youth_unemployment_rate,Unemployment rate aged 15 to 24,percent,%,youth unemployment|aged 15 to 24,false
trade,Bilateral trade,amount,billion USD,trade,true
"""
ARTICLE = (
    "Acme sales fall 5% as China deliveries slump\n"
    "FRANKFURT, Oct 30 (Wire) - German carmaker Acme Motors said on Wednesday that its "
    "third-quarter revenue fell 5% to 38.6 billion euros.\n"
    "In China, its largest single market, deliveries dropped to 148,300 vehicles.\n"
    '"We sold 200,000 vehicles," the chief executive said.\n'
)


@pytest.fixture
def references(tmp_path: Path) -> factlint.References:
    facts = "".join([
        fact_row("r24", "revenue", "ACME", "", "2024-Q3", "38.6", "billion EUR"),
        fact_row("r23", "revenue", "ACME", "", "2023-Q3", "40.7", "billion EUR"),
        fact_row("d24", "deliveries", "ACME", "CHN", "2024-Q3", "148300", "vehicles"),
        fact_row("m24", "market_rank", "CHN", "ACME", "2024", "1", "rank"),
    ])  # fmt: skip
    return load_references(write_references(tmp_path, facts, METRICS, ENTITIES))


def claims(text: str, references: factlint.References) -> dict[str, Claim]:
    found, _ = assemble(make_document(text, PUBLISHED), references)
    return {c.text: c for c in found}


def test_the_structure_of_a_wire_story() -> None:
    parts = structure(ARTICLE)
    assert parts.headline is not None
    assert ARTICLE[parts.headline.start : parts.headline.end].startswith("Acme sales fall")
    assert parts.dateline is not None
    assert (parts.dateline.place, parts.dateline.outlet) == ("FRANKFURT", "Wire")
    assert parts.dateline.date is not None
    assert ARTICLE[parts.dateline.date.start : parts.dateline.date.end] == "Oct 30"
    assert parts.lead is not None and ARTICLE[parts.lead.start :].startswith("FRANKFURT")
    assert [ARTICLE[q.start : q.end] for q in parts.quotes] == ['"We sold 200,000 vehicles,"']


def test_a_dateline_may_leave_out_the_date() -> None:
    text = "Starts slip\nWASHINGTON (Wire) — Builders broke ground on fewer homes.\n"
    dateline = structure(text).dateline
    assert dateline is not None and (dateline.place, dateline.date) == ("WASHINGTON", None)
    assert structure("Starts slip\nBREAKING NEWS — fewer homes.\n").dateline is None


def test_a_sentence_with_a_full_stop_is_no_headline() -> None:
    assert structure("Trade rose 5% in 2024.\nExports fell.\n").headline is None


def test_the_datelines_date_is_no_claim(references: factlint.References) -> None:
    report = factlint.check([make_document(ARTICLE, PUBLISHED)], references)
    assert ("Oct 30", "the dateline: where and when the story was filed") in [
        (s.text, s.reason) for s in report.skipped
    ]


def test_its_stands_for_the_subject_not_the_place_before_it(
    references: factlint.References,
) -> None:
    found = claims(ARTICLE, references)
    rank = found["largest"]
    assert (rank.subject, rank.object) == ("CHN", "ACME")
    assert any(c.what == "entities" and c.source == "'its'" and c.value == "ACME"
               for c in rank.carried)  # fmt: skip


def test_a_sentence_naming_no_subject_takes_the_articles(references: factlint.References) -> None:
    found = claims(ARTICLE, references)
    cars = found["148,300"]
    assert "ACME" in cars.entities and "CHN" in cars.entities
    report = factlint.check([make_document(ARTICLE, PUBLISHED)], references)
    verdicts = {v.claim.text: v.verdict for v in report.verdicts}
    assert verdicts["148,300"] == "pass"


def test_a_sentence_naming_no_period_takes_the_leads(references: factlint.References) -> None:
    cars = claims(ARTICLE, references)["148,300"]
    assert str(cars.period) == "2024-Q3" and cars.period_explicit
    (period,) = [c for c in cars.carried if c.what == "period"]
    assert (period.line, period.source, period.value) == (2, "the lead", "2024-Q3")


def test_nothing_is_carried_into_a_quotation(references: factlint.References) -> None:
    quoted = claims(ARTICLE, references)["200,000"]
    assert quoted.carried == [] and not quoted.period_explicit


def test_a_headline_figure_reads_as_the_story_does(references: factlint.References) -> None:
    text = ARTICLE.replace("Acme sales fall 5%", "Acme falls 5%")
    found, _ = assemble(make_document(text, PUBLISHED), references)
    headline = next(c for c in found if c.text == "5%")
    assert headline.metric == "revenue" and str(headline.period) == "2024-Q3"
    assert [c.what for c in headline.carried][-1] == "metric"


def test_a_headline_figure_takes_the_storys_open_choices_too(
    references: factlint.References,
) -> None:
    found, skipped = assemble(make_document(ARTICLE, PUBLISHED), references)
    headline = structure(ARTICLE).headline
    story = next(c for c in found if c.text == "5%" and c.line == 2)
    story = story.model_copy(update={"metric_scores": {"revenue": 0.75, "deliveries": 0.25}})
    own = next(c for c in found if c.text == "5%" and c.line == 1)
    own = own.model_copy(update={"metric_scores": {"deliveries": 1.0, "revenue": 0.0}})
    others = [c for c in found if c.text != "5%"]
    read, _ = read_through_story(headline, [own, story, *others], skipped, [], lambda m: None)
    echoed = next(c for c in read if c.line == 1 and c.text == "5%")
    assert (echoed.metric, echoed.metric_scores) == ("revenue", story.metric_scores)


def test_a_paragraph_that_names_its_own_subject_keeps_it(tmp_path: Path) -> None:
    facts = fact_row("c", "jobs_change", "CAN", "", "2024-08", "22100", "jobs") + fact_row(
        "o", "jobs_change", "ON", "", "2024-08", "-5000", "jobs"
    )
    folder = write_references(tmp_path, facts, METRICS, ENTITIES)
    text = (
        "Canada adds 22,100 jobs in August\n"
        "OTTAWA, Sept 6 (Wire) - Canada's economy added 22,100 jobs in August.\n"
        "Ontario lost 5,000 jobs. Employment in the province fell by 5,000.\n"
    )
    report = factlint.check([make_document(text, dt.date(2024, 9, 6))], folder)
    last = report.verdicts[-1]
    assert last.claim.entities[:1] == ["ON"] and last.verdict == "pass", last.explanation


def test_the_pair_stands_for_the_two_the_article_is_about(tmp_path: Path) -> None:
    facts = fact_row("t", "trade", "CHN", "DEU", "2024", "255", "billion USD")
    folder = write_references(tmp_path, facts, METRICS, ENTITIES)
    text = (
        "China and Germany agree to deepen ties\n"
        "BERLIN, May 4 (Wire) - China and Germany signed three accords on Monday.\n"
        "Trade between the pair reached $255 billion in 2024.\n"
    )
    report = factlint.check([make_document(text, dt.date(2025, 5, 4))], folder)
    assert [(v.claim.text, v.verdict) for v in report.verdicts][-1] == ("$255 billion", "pass")


def test_a_fall_is_a_negative_change(tmp_path: Path) -> None:
    facts = fact_row("o", "jobs_change", "ON", "", "2024-08", "-5000", "jobs")
    folder = write_references(tmp_path, facts, METRICS, ENTITIES)
    for text, verdict in (
        ("Ontario lost 5,000 jobs in August 2024.", "pass"),
        ("Ontario added 5,000 jobs in August 2024.", "flag"),
    ):
        report = factlint.check([make_document(text, dt.date(2024, 9, 6))], folder)
        assert report.verdicts[0].verdict == verdict, report.verdicts[0].explanation


def test_a_phrase_opening_the_sentence_narrows_the_metric(tmp_path: Path) -> None:
    facts = fact_row("y", "youth_unemployment_rate", "CAN", "", "2024-08", "14.5", "%")
    folder = write_references(tmp_path, facts, METRICS, ENTITIES)
    text = "Among Canadians aged 15 to 24, the unemployment rate climbed to 14.5% in August 2024."
    report = factlint.check([make_document(text, dt.date(2024, 9, 6))], folder)
    assert (report.verdicts[0].claim.metric, report.verdicts[0].verdict) == (
        "youth_unemployment_rate", "pass"
    )  # fmt: skip


def test_an_aside_describes_the_subject_not_the_number(tmp_path: Path) -> None:
    metrics = METRICS + "cars_sold,Vehicles sold in a market,amount,vehicles,market,false\n"
    facts = fact_row("y", "youth_unemployment_rate", "CAN", "", "2024-08", "14.5", "%")
    folder = write_references(tmp_path, facts, metrics, ENTITIES)
    text = (
        "Youth unemployment, which economists watch as a gauge of the unemployment "
        "rate ahead, climbed to 14.5% in Canada in August 2024."
    )
    report = factlint.check([make_document(text, dt.date(2024, 9, 6))], folder)
    assert report.verdicts[0].claim.metric == "youth_unemployment_rate"


def test_a_metric_limited_to_kinds_never_reads_a_number_about_others(tmp_path: Path) -> None:
    metrics = (
        "id,description,kind,unit,keywords,symmetric,kinds\n"
        "revenue,Revenue of the company,amount,billion EUR,revenue|sales,false,company\n"
    )
    folder = write_references(tmp_path, "", metrics, ENTITIES)
    references = load_references(folder)
    assert references.metrics["revenue"].kinds == ["company"]
    about_a_country = claims("German retail sales rose to 38.6 billion euros in 2024.", references)
    about_a_company = claims("Acme sales rose to 38.6 billion euros in 2024.", references)
    assert "38.6 billion euros" not in about_a_country
    assert about_a_company["38.6 billion euros"].metric == "revenue"


def test_a_metric_limited_to_an_unknown_kind_is_an_error(tmp_path: Path) -> None:
    metrics = (
        "id,description,kind,unit,keywords,symmetric,kinds\n"
        "revenue,Revenue,amount,billion EUR,revenue,false,compnay\n"
    )
    folder = write_references(tmp_path, "", metrics, ENTITIES)
    with pytest.raises(factlint.ReferenceDataError) as caught:
        load_references(folder)
    assert "metrics.csv:2:7: kinds: no entity is of kind 'compnay'" in str(caught.value)
    assert "did you mean 'company'?" in str(caught.value)


def test_explain_and_the_claim_table_say_what_was_carried(
    references: factlint.References,
) -> None:
    document = make_document(ARTICLE, PUBLISHED)
    report = factlint.check([document], references)
    cars = next(v for v in report.verdicts if v.claim.text == "148,300")
    text = factlint.explain(cars.claim.id, [document], references).render()
    assert "  carried: period from line 2 (the lead): 2024-Q3\n" in text
    from factlint.report.write import claim_table_text

    table = claim_table_text([cars])
    assert table.splitlines()[0].endswith(",carried")
    assert "period from line 2 (the lead): 2024-Q3" in table


SEATS = """id,description,kind,unit,keywords,symmetric
seats_won,Seats won at a general election,amount,seats,seats|won,false
turnout,Turnout at a general election,percent,%,turnout,false
"""
PARTIES = """id,name,kind,aliases
LAB,Labour Party,party,Labour
GBR,United Kingdom,country,Britain|British|UK
"""


def test_the_day_of_a_report_does_not_date_the_figures(tmp_path: Path) -> None:
    facts = fact_row("l", "seats_won", "LAB", "", "2024-07-04", "411", "seats")
    folder = write_references(tmp_path, facts, SEATS, PARTIES)
    text = "Labour won 411 seats at Thursday's election, results showed on Saturday."
    report = factlint.check([make_document(text, dt.date(2024, 7, 6))], folder)
    assert str(report.verdicts[0].claim.period) == "2024-07-04"
    assert report.verdicts[0].verdict == "pass", report.verdicts[0].explanation


def test_a_fact_of_the_day_of_an_event_serves_its_year(tmp_path: Path) -> None:
    one = fact_row("l", "seats_won", "LAB", "", "2019-12-12", "202", "seats")
    folder = write_references(tmp_path, one, SEATS, PARTIES)
    text = "Labour won 202 seats in 2019."
    report = factlint.check([make_document(text, dt.date(2024, 7, 6))], folder)
    assert report.verdicts[0].verdict == "pass"
    two = one + fact_row("m", "seats_won", "LAB", "", "2019-05-02", "190", "seats")
    folder = write_references(tmp_path / "two", two, SEATS, PARTIES)
    report = factlint.check([make_document(text, dt.date(2024, 7, 6))], folder)
    assert report.verdicts[0].verdict == "unverified"  # which of the two days?


def test_a_carried_subject_is_one_the_metric_has_facts_about(tmp_path: Path) -> None:
    facts = fact_row("t", "turnout", "GBR", "", "2024-07-04", "59.7", "%")
    folder = write_references(tmp_path, facts, SEATS, PARTIES)
    text = (
        "Labour wins a landslide in Britain\n"
        "LONDON, July 6 (Wire) - Labour won the general election on Thursday.\n"
        "Turnout was 59.7%.\n"
    )
    report = factlint.check([make_document(text, dt.date(2024, 7, 6))], folder)
    turnout = report.verdicts[-1]
    assert "GBR" in turnout.claim.entities and turnout.verdict == "pass", turnout.explanation


RATES = """id,description,kind,unit,keywords,symmetric
cpi_12m,Consumer prices: 12-month change,percent,%,consumer prices|inflation,false
retail_growth,Retail sales: 12-month change,percent,%,retail sales,false
"""


def test_that_pace_takes_the_last_figures_measure(tmp_path: Path) -> None:
    facts = fact_row("a", "retail_growth", "CAN", "", "2024-03", "0.7", "%") + fact_row(
        "b", "retail_growth", "CAN", "", "2023-03", "1.2", "%"
    )
    folder = write_references(tmp_path, facts, RATES, ENTITIES)
    text = (
        "Canadian retail sales rose 0.7% in March 2024. "
        "That pace was below the 1.2% rise a year earlier."
    )
    report = factlint.check([make_document(text, dt.date(2024, 5, 1))], folder)
    last = report.verdicts[-1]
    assert (last.claim.metric, str(last.claim.period), last.verdict) == (
        "retail_growth", "2023-03", "pass"
    ), last.explanation  # fmt: skip
    assert [c.source for c in last.claim.carried if c.what == "metric"] == ["'That pace'"]


def test_the_article_settles_a_choice_its_sentence_leaves_open(tmp_path: Path) -> None:
    metrics = """id,description,kind,unit,keywords,symmetric
headline_cpi,Consumer prices: 12-month change,percent,%,prices|consumer prices,false
food_cpi,Food prices: 12-month change,percent,%,prices|food prices,false
"""
    facts = fact_row("h", "headline_cpi", "CAN", "", "2024-03", "2.9", "%") + fact_row(
        "f", "food_cpi", "CAN", "", "2024-03", "1.9", "%"
    )
    folder = write_references(tmp_path, facts, metrics, ENTITIES)
    text = "Canadian consumer prices rose 2.9% in March 2024.\nPrices rose 1.9%.\n"
    report = factlint.check([make_document(text, dt.date(2024, 4, 16))], folder)
    open_choice = report.verdicts[-1]
    assert open_choice.claim.metric_scores.keys() == {"headline_cpi", "food_cpi"}
    assert (
        open_choice.claim.metric_scores["headline_cpi"]
        > open_choice.claim.metric_scores["food_cpi"]
    )
    # the article's metric was tried first; the reading the facts bear out is taken
    assert (open_choice.claim.metric, open_choice.verdict) == ("food_cpi", "pass")
    assert open_choice.evidence.link is not None
    assert open_choice.evidence.link.scores == open_choice.claim.metric_scores


def test_its_fiscal_year_is_a_fiscal_year(tmp_path: Path) -> None:
    metrics = "id,description,kind,unit,keywords,symmetric\ndeficit,Budget deficit,amount,trillion USD,deficit,false\n"
    facts = fact_row("d", "deficit", "CAN", "", "2023-04..2024-03", "0.06", "trillion USD")
    folder = write_references(tmp_path, facts, metrics, ENTITIES)
    text = "Canada ended its 2024 fiscal year with a deficit of $0.06 trillion."
    report = factlint.check([make_document(text, dt.date(2024, 6, 1))], folder)
    assert str(report.verdicts[0].claim.period) == "FY2024"
    assert report.verdicts[0].verdict == "pass", report.verdicts[0].explanation


YEAR_EARLIER = [
    pytest.param(
        "deficit,Budget deficit,amount,billion USD,deficit",
        [("2024-09", "12"), ("2023-09", "17")],
        "CAN",
        "Canada's deficit widened in 2024.\nFor September alone, the deficit was $12 "
        "billion, compared with a deficit of $17 billion in the same month a year earlier.\n",
        {"$12 billion": "2024-09", "$17 billion": "2023-09"},
        id="a year before the period another clause gives",
    ),
    pytest.param(
        "retention,Net revenue retention,percent,%,net revenue retention",
        [("2024-Q2", "118"), ("2023-Q2", "121")],
        "ACME",
        "Acme Motors reported its results for the second quarter of 2024 on Tuesday.\n"
        "Net revenue retention slipped to 118% from 121% a year earlier.\n",
        {"118%": "2024-Q2", "121%": "2023-Q2"},
        id="only the number it follows",
    ),
]


@pytest.mark.parametrize(("metric", "values", "entity", "text", "periods"), YEAR_EARLIER)
def test_a_year_earlier_dates_the_number_it_follows(
    tmp_path: Path,
    metric: str,
    values: list[tuple[str, str]],
    entity: str,
    text: str,
    periods: dict[str, str],
) -> None:
    metric_id, *_, unit, _ = metric.split(",")
    metrics = f"id,description,kind,unit,keywords,symmetric\n{metric},false\n"
    facts = "".join(
        fact_row(f"f{n}", metric_id, entity, "", period, value, unit)
        for n, (period, value) in enumerate(values)
    )
    folder = write_references(tmp_path, facts, metrics, ENTITIES)
    report = factlint.check([make_document(text, dt.date(2024, 10, 20))], folder)
    got = {v.claim.text: (str(v.claim.period), v.verdict) for v in report.verdicts}
    assert got == {claim: (period, "pass") for claim, period in periods.items()}


def test_a_number_takes_the_period_the_headline_named_beside_its_measure(
    tmp_path: Path,
) -> None:
    metrics = """id,description,kind,unit,keywords,symmetric
exports_growth,Exports: change on a year earlier,percent,%,exports|shipments,false
imports_growth,Imports: change on a year earlier,percent,%,imports,false
surplus,Trade surplus,amount,billion USD,trade surplus|surplus,false
"""
    facts = "".join([
        fact_row("x12", "exports_growth", "DEU", "", "2024-12", "8.1", "%"),
        fact_row("x24", "exports_growth", "DEU", "", "2024", "2.2", "%"),
        fact_row("m12", "imports_growth", "DEU", "", "2024-12", "0.4", "%"),
        fact_row("m24", "imports_growth", "DEU", "", "2024", "3.0", "%"),
        fact_row("s24", "surplus", "DEU", "", "2024", "240", "billion USD"),
    ])  # fmt: skip
    folder = write_references(tmp_path, facts, metrics, ENTITIES)
    text = (
        "German December exports surge; 2024 trade surplus narrows\n"
        "BERLIN, Jan 20 (Wire) - German exports rose in December, while the trade surplus "
        "for 2024 shrank to $240 billion.\n\n"
        "Shipments grew 8.1% on a year earlier, while imports edged up 0.4%.\n"
    )
    report = factlint.check([make_document(text, dt.date(2025, 1, 20))], folder)
    got = {v.claim.text: (str(v.claim.period), v.verdict) for v in report.verdicts}
    assert got["8.1%"] == ("2024-12", "pass")
    assert got["0.4%"] == ("2024-12", "pass")  # the sentence's other number shares it
    assert got["$240 billion"] == ("2024", "pass")
    carried = next(v.claim.carried_period for v in report.verdicts if v.claim.text == "8.1%")
    assert carried is not None and (carried.line, carried.source) == (2, "the lead")


def test_a_calendar_years_growth_is_not_its_last_months_rate(tmp_path: Path) -> None:
    metrics = "id,description,kind,unit,keywords,symmetric\nexports_growth,Exports: change on a year earlier,percent,%,exports,false\n"
    facts = fact_row("x12", "exports_growth", "DEU", "", "2024-12", "8.1", "%") + fact_row(
        "x24", "exports_growth", "DEU", "", "2024", "2.2", "%"
    )
    folder = write_references(tmp_path, facts, metrics, ENTITIES)
    text = "German exports rose 2.2% in 2024.\n"
    report = factlint.check([make_document(text, dt.date(2025, 1, 20))], folder)
    verdict = report.verdicts[0]
    assert verdict.verdict == "pass", verdict.explanation
    assert verdict.evidence.link is not None
    assert [c.fact.id for c in verdict.evidence.link.candidates if c.status == "compared"] == [
        "x24"
    ]


def test_a_person_pronoun_stands_for_the_subject_unless_it_is_an_object() -> None:
    # "he" and the second "his" are the sentence's subject, Putin; "him", the object of
    # "referred to", is the person last named, Xi.
    root = Path(__file__).resolve().parent.parent
    references = factlint.load_references(root / "references")
    text = (root / "seeds" / "putin-xi-video-call.txt").read_text(encoding="utf-8")
    found = claims(text, references)
    said = {(c.source, c.value) for c in found["Tuesday"].carried if c.what == "entities"}
    assert ("'he'", "PUTIN") in said
    referred = [(c.line, c.source, c.value) for c in found["Novo-Ogarevo"].carried]
    assert (3, "'him'", "XI") in referred and (3, "'his'", "PUTIN") in referred
