"""Choices that depend on the whole sentence or paragraph: which entity a number is
about, which period dates it, which of two equally near metrics it measures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factlint
from conftest import fact_row, make_document, write_references
from factlint.report import Report

ENTITIES = """id,name,kind,aliases
LAB,Labour,party,Labour Party
CON,Conservatives,party,Conservative Party|Tories
GBR,United Kingdom,country,Britain|UK|British
DEU,Germany,country,German
NATO,NATO,organisation,
"""
METRICS = """id,description,kind,unit,keywords,symmetric
seats,Seats won in the House of Commons,amount,,seats,false
exports_yoy,Year-on-year change in exports,percent,%,exports,false
exports_mom,Month-on-month change in exports,percent,%,exports,false
balance,Trade balance,amount,billion EUR,balance|surplus,false
revenue_growth,Year-on-year revenue growth,percent,%,revenue rose|revenue grew|revenue,false
summit_date,Date of a NATO summit,date,,NATO summit,false
took_office,Date a leader took office,date,,became|took office,false
"""


def verdicts(
    tmp_path: Path, text: str, facts: str, published: dt.date = dt.date(2024, 11, 14)
) -> list[tuple[str, str, str]]:
    report = report_for(tmp_path, METRICS, ENTITIES, facts, text, published)
    return [(v.claim.text, v.verdict, v.claim.metric) for v in report.verdicts]


def report_for(
    tmp_path: Path,
    metrics: str,
    entities: str,
    facts: str,
    text: str,
    published: dt.date = dt.date(2024, 11, 14),
) -> Report:
    folder = write_references(tmp_path / "refs", facts, metrics, entities)
    return factlint.check([make_document(text, published)], folder)


def test_each_number_is_about_the_entity_nearest_it(tmp_path: Path) -> None:
    facts = fact_row("l", "seats", "LAB", "", "2024", "411") + fact_row(
        "c", "seats", "CON", "", "2024", "121"
    )
    text = "In 2024 Labour won 411 seats, while the Conservatives were reduced to 121 seats."
    assert verdicts(tmp_path, text, facts) == [("411", "pass", "seats"), ("121", "pass", "seats")]
    swapped = "In 2024 Labour won 121 seats, while the Conservatives were reduced to 411 seats."
    assert [v[1] for v in verdicts(tmp_path, swapped, facts)] == ["flag", "flag"]


def test_a_paragraph_carries_its_period_to_sentences_that_name_none(tmp_path: Path) -> None:
    facts = (
        fact_row("jun", "balance", "DEU", "", "2024-06", "20.4", "billion EUR")
        + fact_row("h1", "balance", "DEU", "", "2024-H1", "138.8", "billion EUR")
        + fact_row("sep", "balance", "DEU", "", "2024-09", "22.5", "billion EUR")
    )
    same_paragraph = "German exports fell in June 2024. The German balance for the month showed a surplus of €20.4 billion."
    assert verdicts(tmp_path, same_paragraph, facts)[-1] == ("€20.4 billion", "pass", "balance")
    # The lead's period is the article's; a later paragraph's stays in that paragraph.
    text = (
        "German exports fell in September 2024.\nIn June 2024, exports had risen.\n"
        "The German balance for the month showed a surplus of €22.5 billion."
    )
    assert verdicts(tmp_path, text, facts)[-1] == ("€22.5 billion", "pass", "balance")
    later = text.replace("€22.5 billion", "€20.4 billion")
    assert verdicts(tmp_path, later, facts)[-1] == ("€20.4 billion", "flag", "balance")


def test_a_flow_is_dated_by_its_quarter_not_by_the_day_it_was_reported(tmp_path: Path) -> None:
    facts = fact_row("q3", "revenue_growth", "DEU", "", "2024-Q3", "26.3", "%")
    text = "The German group said on Thursday that revenue rose 26.3% year on year in the third quarter of 2024."
    assert verdicts(tmp_path, text, facts) == [("26.3%", "pass", "revenue_growth")]


def test_equally_near_metrics_are_settled_by_the_facts(tmp_path: Path) -> None:
    facts = fact_row("y", "exports_yoy", "DEU", "", "2024-06", "-1.6", "%")
    text = "In June 2024, German exports decreased by 1.6 per cent year-on-year."
    assert verdicts(tmp_path, text, facts) == [("1.6 per cent", "pass", "exports_yoy")]


def test_a_keyword_may_contain_an_entity_name(tmp_path: Path) -> None:
    facts = fact_row("s", "summit_date", "GBR", "", "2024", "2024-07-09")
    text = "The British prime minister, who became leader last week, flew to Washington on Tuesday for a NATO summit."
    found = verdicts(tmp_path, text, facts, dt.date(2024, 7, 10))
    # "last week" is read too, and claims the date the leader took office.
    assert [v for v in found if v[2] == "summit_date"] == [("Tuesday", "pass", "summit_date")]


def test_since_a_month_is_checked_at_that_month(tmp_path: Path) -> None:
    facts = fact_row("t", "took_office", "CON", "", "2022", "2022-10-25")
    assert (
        verdicts(tmp_path, "The Conservatives took office in October 2022.", facts)[0][1] == "pass"
    )
    assert (
        verdicts(
            tmp_path,
            "The Conservatives have governed since they took office in October 2021.",
            facts,
        )[0][1]
        == "flag"
    )


def test_a_baseline_dates_the_level_inside_its_phrase_only(tmp_path: Path) -> None:
    facts = (
        fact_row("h24", "balance", "DEU", "", "2024-H1", "138.8", "billion EUR")
        + fact_row("h23", "balance", "DEU", "", "2023-H1", "107.9", "billion EUR")
        + fact_row("g", "exports_yoy", "DEU", "", "2024-H1", "28.7", "%")
    )
    text = (
        "In the first half of 2024, the German surplus was €138.8 billion. "
        "German exports rose 28.7 per cent compared to the first half of 2023, "
        "when the German surplus stood at €107.9 billion."
    )
    assert [(t, v) for t, v, _ in verdicts(tmp_path, text, facts)] == [
        ("€138.8 billion", "pass"),
        ("28.7 per cent", "pass"),
        ("€107.9 billion", "pass"),
    ]


def test_since_dates_a_state_in_its_own_clause_only(tmp_path: Path) -> None:
    ranks = """id,description,kind,unit,keywords,symmetric
partner_rank,Rank among trading partners,rank,rank,trading partner,false
"""
    facts = fact_row("a", "partner_rank", "CHN", "DEU", "2016..2022", "1", "rank") + fact_row(
        "b", "partner_rank", "CHN", "DEU", "2023", "2", "rank"
    )
    text = "The US was Germany's top partner in 2023. China, which had been Germany's largest trading partner since 2016, slipped to second place."
    entities = ENTITIES + "CHN,China,country,Chinese\n"
    report = report_for(tmp_path, ranks, entities, facts, text, dt.date(2024, 3, 1))
    outcomes = [(v.claim.text, str(v.claim.period), v.verdict) for v in report.verdicts]
    assert outcomes[-2:] == [("largest", "2016", "pass"), ("second place", "2023", "pass")]


def test_the_whole_in_n_of_m_is_not_a_claim(tmp_path: Path) -> None:
    facts = fact_row("l", "seats", "LAB", "", "2024", "411")
    text = "In 2024 Labour won 411 of the 650 seats."
    report_rows = verdicts(tmp_path, text, facts)
    assert report_rows == [("411", "pass", "seats")]


def test_the_whole_in_n_of_m_is_a_claim_when_a_metric_of_its_own_follows(
    tmp_path: Path,
) -> None:
    metrics = (
        METRICS.replace(",seats,false", ",seats|won,false")
        + "total_seats,Seats in the House of Commons,amount,,seats in the House of Commons,false\n"
    )
    facts = fact_row("l", "seats", "LAB", "", "2024", "411") + fact_row(
        "t", "total_seats", "GBR", "", "2024", "650"
    )
    entities = ENTITIES
    text = "In 2024 Labour won 411 of the 650 seats in the House of Commons in Britain."
    report = report_for(tmp_path, metrics, entities, facts, text, dt.date(2024, 11, 14))
    rows = [(v.claim.text, v.verdict, v.claim.metric) for v in report.verdicts]
    assert rows == [("411", "pass", "seats"), ("650", "pass", "total_seats")]
    wrong = text.replace("650", "600")
    report = report_for(tmp_path, metrics, entities, facts, wrong, dt.date(2024, 11, 14))
    assert [(v.claim.text, v.verdict) for v in report.verdicts][-1] == ("600", "flag")


def test_a_number_in_other_units_does_not_measure_a_money_metric(tmp_path: Path) -> None:
    facts = fact_row("b", "balance", "DEU", "", "2024", "2", "billion EUR")
    text = "In 2024 the German surplus, after three years of talks, was €2 billion."
    assert verdicts(tmp_path, text, facts) == [("€2 billion", "pass", "balance")]


POPULATION = """id,description,kind,unit,keywords,symmetric
population,Population,amount,million,population,false
emissions_change,Change in CO2 emissions,percent,%,emissions,false
"""


def run_with(
    tmp_path: Path, metrics: str, entities: str, facts: str, text: str
) -> list[tuple[str, str]]:
    report = report_for(tmp_path, metrics, entities, facts, text)
    return [(v.claim.text, v.verdict) for v in report.verdicts]


WORLD = """id,name,kind,aliases
IND,India,country,Indian
CHN,China,country,Chinese
USA,United States,country,U.S.|US
EU,European Union,region,EU
"""


def test_a_restatement_stays_with_its_entity_and_a_bound_entity_wins(tmp_path: Path) -> None:
    facts = fact_row("i", "population", "IND", "", "2023", "1428.6", "million") + fact_row(
        "c", "population", "CHN", "", "2023", "1425.7", "million"
    )
    text = (
        "In 2023 India's population is estimated at 1,428.6 million, or 1.4286 billion, "
        "against 1.4257 billion for China in the report."
    )
    assert run_with(tmp_path, POPULATION, WORLD, facts, text) == [
        ("1,428.6 million", "pass"),
        ("1.4286 billion", "pass"),
        ("1.4257 billion", "pass"),
    ]


def test_coordinated_clauses_keep_their_entities_and_direction(tmp_path: Path) -> None:
    facts = fact_row("u", "emissions_change", "USA", "", "2024", "-0.6", "%") + fact_row(
        "e", "emissions_change", "EU", "", "2024", "-3.8", "%"
    )
    text = "In 2024 emissions in the United States fell 0.6% and in the European Union by 3.8%."
    assert run_with(tmp_path, POPULATION, WORLD, facts, text) == [
        ("0.6%", "pass"),
        ("3.8%", "pass"),
    ]


def test_another_metric_in_the_same_clause_is_tried_when_the_nearest_has_no_fact(
    tmp_path: Path,
) -> None:
    metrics = """id,description,kind,unit,keywords,symmetric
gdp_yoy,GDP growth year on year,percent,%,year on year|gdp,false
cpi_yoy,Consumer price inflation,percent,%,consumer prices|inflation,false
"""
    facts = fact_row("c", "cpi_yoy", "USA", "", "2023-06", "3", "%")
    text = "U.S. consumer prices rose 3% year on year in June 2023, while GDP grew 2% year on year."
    assert run_with(tmp_path, metrics, WORLD, facts, text) == [("3%", "pass"), ("2%", "unverified")]


def test_a_day_in_the_clause_beats_a_month_in_another(tmp_path: Path) -> None:
    metrics = """id,description,kind,unit,keywords,symmetric
deposit_rate,Deposit rate set by the central bank,percent,%,deposit rate,false
inflation,Consumer price inflation,percent,%,inflation,false
"""
    entities = WORLD + "ECB,European Central Bank,organisation,ECB\n"
    facts = fact_row("d", "deposit_rate", "ECB", "", "2023-07-27", "3.75", "%") + fact_row(
        "i", "inflation", "EU", "", "2023-06", "5.5", "%"
    )
    text = "EU inflation eased to 5.5% in June 2023, and the ECB lifted its deposit rate to 3.75% on 27 July 2023."
    assert run_with(tmp_path, metrics, entities, facts, text) == [
        ("5.5%", "pass"),
        ("3.75%", "pass"),
    ]


def test_a_figure_belongs_to_the_subject_before_it_not_the_next_clauses(tmp_path: Path) -> None:
    metrics = """id,description,kind,unit,keywords,symmetric
spending,Military spending,amount,billion USD,spending|spent,false
"""
    entities = WORLD + "RUS,Russia,country,Russian\nUKR,Ukraine,country,Ukrainian\n"
    facts = fact_row("r", "spending", "RUS", "", "2023", "109", "billion USD") + fact_row(
        "u", "spending", "UKR", "", "2023", "64.8", "billion USD"
    )
    text = (
        "In 2023 Russia's military spending rose 24% to an estimated $109 billion, making it "
        "the world's third-largest spender, while Ukraine spent $64.8 billion."
    )
    # "rose 24%" is a change of spending; with no 2022 level on file it stays unverified.
    assert run_with(tmp_path, metrics, entities, facts, text) == [
        ("24%", "unverified"),
        ("$109 billion", "pass"),
        ("$64.8 billion", "pass"),
    ]


def test_a_third_party_source_is_not_the_subject_but_a_speaker_is(tmp_path: Path) -> None:
    metrics = """id,description,kind,unit,keywords,symmetric
revenue,Revenue,amount,billion USD,revenue,false
"""
    entities = WORLD + "NWG,Northwind Group,company,Northwind\nKANTAR,Kantar,organisation,\n"
    facts = fact_row("n", "revenue", "NWG", "", "2024", "1.13", "billion USD")
    spoken = "In 2024 Northwind said its revenue rose to $1.13bn."
    assert run_with(tmp_path, metrics, entities, facts, spoken) == [("$1.13bn", "pass")]
    attributed = "In 2024 Northwind's revenue reached $1.13bn, according to Kantar."
    assert run_with(tmp_path, metrics, entities, facts, attributed) == [("$1.13bn", "pass")]


def test_a_change_amount_never_measures_a_level(tmp_path: Path) -> None:
    metrics = """id,description,kind,unit,keywords,symmetric
exports,Exports of goods and services,amount,billion USD,exports,false
"""
    facts = fact_row("x", "exports", "USA", "", "2018-12", "205.1", "billion USD")
    text = "In December 2018 U.S. exports fell by $3.9 billion to $205.1 billion."
    report = report_for(tmp_path, metrics, WORLD, facts, text, dt.date(2019, 3, 6))
    # The fall is checked, if at all, as the difference of two levels: a month's change
    # that names no baseline is left unverified, never held against the month's level.
    assert [(v.claim.text, v.verdict) for v in report.verdicts] == [
        ("$3.9 billion", "unverified"),
        ("$205.1 billion", "pass"),
    ]
