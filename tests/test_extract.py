"""The extractor over a table of real newswire sentences: what it reads, and what it leaves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

import factlint
from factlint.extract import KINDS, Mention, extract, scan

PUBLISHED = dt.date(2025, 1, 21)
UNSET: Any = object()


@dataclass(frozen=True)
class Expected:
    text: str
    kind: str
    value: float | str
    unit: str
    comparator: str
    lower: float | str | None
    upper: float | str | None


def case(
    sentence: str,
    text: str,
    kind: str,
    value: float | str,
    unit: str = "",
    comparator: str = "=",
    lower: Any = UNSET,
    upper: Any = UNSET,
) -> Any:
    expected = Expected(text, kind, value, unit, comparator, lower, upper)
    return pytest.param(sentence, expected, id=f"{kind}:{text}")


def money(sentence: str, text: str, value: float, unit: str, lower: float, upper: float) -> Any:
    return case(sentence, text, "money", value, unit, "=", lower, upper)


def percent(
    sentence: str, text: str, value: float, lower: float, upper: float, unit: str = "%"
) -> Any:
    return case(sentence, text, "percent", value, unit, "=", lower, upper)


def rank(sentence: str, text: str, value: int, kind: str = "rank") -> Any:
    return case(sentence, text, kind, value, kind, "=", value, value)


def date(sentence: str, text: str, value: str, lower: str, upper: str | None = None) -> Any:
    kind = "date" if value.count("-") == 2 else "period"
    return case(sentence, text, kind, value, "", "=", lower, upper or lower)


def quantity(sentence: str, text: str, value: float, unit: str, lower: float, upper: float) -> Any:
    return case(sentence, text, "quantity", value, unit, "=", lower, upper)


def number(sentence: str, text: str, value: float, lower: float, upper: float) -> Any:
    return case(sentence, text, "number", value, "", "=", lower, upper)


MONEY = [
    money(
        "Putin noted that trade reached $245 billion in 2024, according to Chinese data.",
        "$245 billion",
        245.0,
        "billion USD",
        244.5,
        245.5,
    ),
    money(
        "The group reported revenue of $1.13bn for the quarter.",
        "$1.13bn",
        1.13,
        "billion USD",
        1.125,
        1.135,
    ),
    money("Chelsea paid £600m for the stadium site.", "£600m", 600.0, "million GBP", 595.0, 605.0),
    money(
        "Exports to Russia rose to 1.74 trillion yuan last year.",
        "1.74 trillion yuan",
        1.74,
        "trillion CNY",
        1.735,
        1.745,
    ),
    money(
        "The agency approved a grant of USD 3.5 million on Monday.",
        "USD 3.5 million",
        3.5,
        "million USD",
        3.45,
        3.55,
    ),
    money(
        "The pipeline will cost 9bn euros, the ministry said.",
        "9bn euros",
        9.0,
        "billion EUR",
        8.5,
        9.5,
    ),
    money("Kyiv secured a US$5bn loan from the lenders.", "US$5bn", 5.0, "billion USD", 4.5, 5.5),
    money(
        "Net profit was USD34.6 million in the period.",
        "USD34.6 million",
        34.6,
        "million USD",
        34.55,
        34.65,
    ),
    money("Brussels unveiled a €2.5bn support package.", "€2.5bn", 2.5, "billion EUR", 2.45, 2.55),
    money(
        "Tokyo will spend ¥300 billion on chip subsidies.",
        "¥300 billion",
        300.0,
        "billion JPY",
        295.0,
        305.0,
    ),
    money(
        "The court fined the bank 500 million roubles.",
        "500 million roubles",
        500.0,
        "million RUB",
        495.0,
        505.0,
    ),
    money(
        "He said he was offered two billion dollars for the stake.",
        "two billion dollars",
        2.0,
        "billion USD",
        1.5,
        2.5,
    ),
    money("The fund has invested $240bn since 2010.", "$240bn", 240.0, "billion USD", 235.0, 245.0),
    money(
        "A billion dollars was wiped off its value.",
        "A billion dollars",
        1.0,
        "billion USD",
        0.5,
        1.5,
    ),
    money(
        "The deal is worth 2 billion Swiss francs.",
        "2 billion Swiss francs",
        2.0,
        "billion CHF",
        1.5,
        2.5,
    ),
    money(
        "Nestle booked a charge of CHF 2 billion.", "CHF 2 billion", 2.0, "billion CHF", 1.5, 2.5
    ),
    money(
        "The province raised C$1.5 billion in bonds.",
        "C$1.5 billion",
        1.5,
        "billion CAD",
        1.45,
        1.55,
    ),
    money(
        "The miner paid A$300 million for the mine.",
        "A$300 million",
        300.0,
        "million AUD",
        295.0,
        305.0,
    ),
    money(
        "The developer sold HK$3.2 billion of flats.",
        "HK$3.2 billion",
        3.2,
        "billion HKD",
        3.15,
        3.25,
    ),
    money(
        "Beijing set aside RMB 100 billion for the scheme.",
        "RMB 100 billion",
        100.0,
        "billion CNY",
        95.0,
        105.0,
    ),
    money("The average salary is $45,000 a year.", "$45,000", 45000.0, "USD", 44500.0, 45500.0),
    money(
        "Rent rose to $1,200 a month.", "$1,200 a month", 1200.0, "USD per month", 1150.0, 1250.0
    ),
    money("The unit holds $0.5 billion in cash.", "$0.5 billion", 0.5, "billion USD", 0.45, 0.55),
    money(
        "Reserves stand at 1.5 trillion U.S. dollars.",
        "1.5 trillion U.S. dollars",
        1.5,
        "trillion USD",
        1.45,
        1.55,
    ),
    money("Investors pledged € 500 million.", "€ 500 million", 500.0, "million EUR", 495.0, 505.0),
    money("Rolls-Royce won a £1.2bn contract.", "£1.2bn", 1.2, "billion GBP", 1.15, 1.25),
    money(
        "The bank issued EUR 2.5 billion of bonds.",
        "EUR 2.5 billion",
        2.5,
        "billion EUR",
        2.45,
        2.55,
    ),
    money("Exports fell to $3.38 trillion.", "$3.38 trillion", 3.38, "trillion USD", 3.375, 3.385),
    money(
        "Gazprom earned 1.5 trillion rubles.",
        "1.5 trillion rubles",
        1.5,
        "trillion RUB",
        1.45,
        1.55,
    ),
    money("The Treasury borrowed $1.5tn.", "$1.5tn", 1.5, "trillion USD", 1.45, 1.55),
    money("Buyers paid $850 million in cash.", "$850 million", 850.0, "million USD", 845.0, 855.0),
    money(
        "The state budget allotted 12 billion yuan to the project.",
        "12 billion yuan",
        12.0,
        "billion CNY",
        11.5,
        12.5,
    ),
    money(
        "Indian exports reached 9 trillion rupees.",
        "9 trillion rupees",
        9.0,
        "trillion INR",
        8.5,
        9.5,
    ),
    money(
        "Samsung spent 50 trillion won on plants.",
        "50 trillion won",
        50.0,
        "trillion KRW",
        49.5,
        50.5,
    ),
    money("The club signed a $5-billion deal.", "$5-billion", 5.0, "billion USD", 4.5, 5.5),
    money("The airline lost £12.3m in the quarter.", "£12.3m", 12.3, "million GBP", 12.25, 12.35),
    money(
        "The startup raised $25 million in January.", "$25 million", 25.0, "million USD", 24.5, 25.5
    ),
    money(
        "The ransom was 10 million dollars.", "10 million dollars", 10.0, "million USD", 9.5, 10.5
    ),
    money(
        "Ukraine received 18 billion euros from the EU.",
        "18 billion euros",
        18.0,
        "billion EUR",
        17.5,
        18.5,
    ),
    money(
        "The tycoon donated 5 million pounds to the party.",
        "5 million pounds",
        5.0,
        "million GBP",
        4.5,
        5.5,
    ),
    money("The fine was 3 million yen.", "3 million yen", 3.0, "million JPY", 2.5, 3.5),
    money("It spent ₹2,000 crore.", "₹2,000 crore", 2000.0, "crore INR", 1950.0, 2050.0),
    money("Deposits grew by $7.25 billion.", "$7.25 billion", 7.25, "billion USD", 7.245, 7.255),
    money("The price is $3.", "$3", 3.0, "USD", 2.5, 3.5),
]

PERCENT = [
    percent("Inflation accelerated to 26.3% in December.", "26.3%", 26.3, 26.25, 26.35),
    percent("The economy expanded by 4 per cent last year.", "4 per cent", 4.0, 3.5, 4.5),
    percent("Unemployment is at 4 percent.", "4 percent", 4.0, 3.5, 4.5),
    percent("Margins were 3 pct in the period.", "3 pct", 3.0, 2.5, 3.5),
    percent(
        "The central bank lifted rates by 2 percentage points.",
        "2 percentage points",
        2.0,
        1.5,
        2.5,
        "percentage point",
    ),
    percent(
        "The Fed cut rates by 50 basis points on Wednesday.",
        "50 basis points",
        -50.0,
        -50.5,
        -49.5,
        "basis point",
    ),
    percent("The ECB moved by 25 bps.", "25 bps", 25.0, 24.5, 25.5, "basis point"),
    percent("Spreads widened by 25bp.", "25bp", 25.0, 24.5, 25.5, "basis point"),
    percent(
        "Yields moved 0.25 percentage point.",
        "0.25 percentage point",
        0.25,
        0.245,
        0.255,
        "percentage point",
    ),
    percent("Seventy per cent of voters backed the plan.", "Seventy per cent", 70.0, 69.5, 70.5),
    percent("Its share of the market is 12.5%.", "12.5%", 12.5, 12.45, 12.55),
    percent("The tariff will be 25% from March.", "25%", 25.0, 24.5, 25.5),
    percent("The yield stood at 4.25 per cent.", "4.25 per cent", 4.25, 4.245, 4.255),
    percent("A tax of 10 % applies.", "10 %", 10.0, 9.5, 10.5),
    percent("Turnout was 0.5% higher.", "0.5%", 0.5, 0.45, 0.55),
    percent("The rate is 100%.", "100%", 100.0, 95.0, 105.0),
    case("Russian GDP fell 1.1% in the quarter.", "1.1%", "percent", -1.1, "%", "=", -1.15, -1.05),
    case("Consumer prices rose 2.1% in January.", "2.1%", "percent", 2.1, "%", "=", 2.05, 2.15),
    case("Output dropped 3 per cent.", "3 per cent", "percent", -3.0, "%", "=", -3.5, -2.5),
    case("Shares were down 2.5% on Monday.", "2.5%", "percent", -2.5, "%", "=", -2.55, -2.45),
    case(
        "Exports declined 4.3% to $3.38 trillion.", "4.3%", "percent", -4.3, "%", "=", -4.35, -4.25
    ),
    case("Trade was up 1.9% from 2023.", "1.9%", "percent", 1.9, "%", "=", 1.85, 1.95),
    case("Imports surged 20 per cent.", "20 per cent", "percent", 20.0, "%", "=", 19.5, 20.5),
    case("Prices fell by 0.4% in May 2024.", "0.4%", "percent", -0.4, "%", "=", -0.45, -0.35),
    case("Sales slipped an estimated 2% in Europe.", "2%", "percent", -2.0, "%", "=", -2.5, -1.5),
    case("Unemployment fell to 3.5% from 4%.", "3.5%", "percent", 3.5, "%", "=", 3.45, 3.55),
    case("Unemployment fell to 3.5% from 4%.", "4%", "percent", 4.0, "%", "=", 3.5, 4.5),
    case("Inflation rose to 5% last month.", "5%", "percent", 5.0, "%", "=", 4.5, 5.5),
    case("Output fell more than 5%.", "5%", "percent", -5.0, "%", "<", None, -5.0),
    case("Output fell about 5%.", "5%", "percent", -5.0, "%", "~", -5.75, -4.25),
    case("Output fell by nearly 5%.", "5%", "percent", -5.0, "%", ">", -5.0, -4.75),
    case("Sales grew at least 8% this year.", "8%", "percent", 8.0, "%", ">=", 8.0, None),
]

RANKS = [
    rank("Donald Trump was sworn in as the 47th president.", "47th", 47, "ordinal"),
    rank("He came third in the vote.", "third", 3),
    rank("It was the twenty-first summit.", "twenty-first", 21, "ordinal"),
    rank("Russia is China's fifth-largest trading partner.", "fifth-largest", 5),
    rank("Russia ranks as China's fifth largest trading partner.", "fifth largest", 5),
    rank("Japan is the second-biggest economy in Asia.", "second-biggest", 2),
    rank("India is the 3rd-largest oil importer.", "3rd-largest", 3),
    rank("China is Russia's largest trading partner.", "largest", 1),
    rank("Germany is the biggest buyer of the gas.", "biggest", 1),
    rank("China is the top single oil export market.", "top", 1),
    rank("Saudi Arabia is the leading exporter.", "leading", 1),
    rank("The song went to No. 1 in the charts.", "No. 1", 1),
    rank("The firm is No. 3 in the market.", "No. 3", 3),
    rank("It became the number one seller.", "number one", 1),
    case("Russia is among the top three exporters.", "top three", "rank", 3, "rank", "<=", 1, 3),
    case("The bank is among the top 10 lenders.", "top 10", "rank", 10, "rank", "<=", 1, 10),
]

DATES = [
    date(
        "In February 2022, China and Russia declared a partnership.",
        "February 2022",
        "2022-02",
        "2022-02-01",
        "2022-02-28",
    ),
    date("Trade reached a record in 2024.", "2024", "2024", "2024-01-01", "2024-12-31"),
    date(
        "Trump was inaugurated on 21 January 2025.", "21 January 2025", "2025-01-21", "2025-01-21"
    ),
    date("Trump was inaugurated on Jan. 21.", "Jan. 21", "2025-01-21", "2025-01-21"),
    date("The statement was dated 2025-01-21.", "2025-01-21", "2025-01-21", "2025-01-21"),
    date("The data for 2024-10 are due.", "2024-10", "2024-10", "2024-10-01", "2024-10-31"),
    date("Profit rose in Q3 2024.", "Q3 2024", "2024-Q3", "2024-07-01", "2024-09-30"),
    date(
        "Profit fell in the third quarter of 2023.",
        "third quarter of 2023",
        "2023-Q3",
        "2023-07-01",
        "2023-09-30",
    ),
    date(
        "Profit rose in the fourth quarter.",
        "fourth quarter",
        "2024-Q4",
        "2024-10-01",
        "2024-12-31",
    ),
    date("Sales fell in Q4.", "Q4", "2024-Q4", "2024-10-01", "2024-12-31"),
    date("Revenue rose in H1 2024.", "H1 2024", "2024-H1", "2024-01-01", "2024-06-30"),
    date(
        "Revenue rose in the first half of 2024.",
        "first half of 2024",
        "2024-H1",
        "2024-01-01",
        "2024-06-30",
    ),
    date("Trade grew 1.9% last year.", "last year", "2024", "2024-01-01", "2024-12-31"),
    date("Last year trade grew.", "Last year", "2024", "2024-01-01", "2024-12-31"),
    date("This year will be harder.", "This year", "2025", "2025-01-01", "2025-12-31"),
    date("Elections are due next year.", "next year", "2026", "2026-01-01", "2026-12-31"),
    date("Prices rose last month.", "last month", "2024-12", "2024-12-01", "2024-12-31"),
    date("Putin spoke with Xi on Tuesday.", "Tuesday", "2025-01-21", "2025-01-21"),
    date("Markets fell on Monday.", "Monday", "2025-01-20", "2025-01-20"),
    date("The talks ended on Friday.", "Friday", "2025-01-17", "2025-01-17"),
    date("The ministry said yesterday.", "yesterday", "2025-01-20", "2025-01-20"),
    date("The ministry said today.", "today", "2025-01-21", "2025-01-21"),
    date("On January 21, 2025, Trump took office.", "January 21, 2025", "2025-01-21", "2025-01-21"),
    date("On Jan 21 2025 Trump took office.", "Jan 21 2025", "2025-01-21", "2025-01-21"),
    date("On 21st January the call took place.", "21st January", "2025-01-21", "2025-01-21"),
    date(
        "On the 21st of January 2025 it began.", "21st of January 2025", "2025-01-21", "2025-01-21"
    ),
    date("In December prices rose.", "December", "2024-12", "2024-12-01", "2024-12-31"),
    date("In January prices rose.", "January", "2025-01", "2025-01-01", "2025-01-31"),
    date(
        "The Sept. 11, 2001 attacks changed everything.",
        "Sept. 11, 2001",
        "2001-09-11",
        "2001-09-11",
    ),
    date("The March 2020 crash hit stocks.", "March 2020", "2020-03", "2020-03-01", "2020-03-31"),
    date("Prices rose in May 2024.", "May 2024", "2024-05", "2024-05-01", "2024-05-31"),
    date("The deadline is May 5.", "May 5", "2024-05-05", "2024-05-05"),
    date("Leap day fell on 29 February 2024.", "29 February 2024", "2024-02-29", "2024-02-29"),
    date(
        "Between 2020 and 2024 trade doubled.",
        "2020 and 2024",
        "2020..2024",
        "2020-01-01",
        "2024-12-31",
    ),
    date(
        "From 2019 to 2023 output rose.", "2019 to 2023", "2019..2023", "2019-01-01", "2023-12-31"
    ),
    date("The 2019-2023 plan was met.", "2019-2023", "2019..2023", "2019-01-01", "2023-12-31"),
    date("The 2024-25 season begins.", "2024-25", "2024..2025", "2024-01-01", "2025-12-31"),
    date("In the 2010s growth slowed.", "2010s", "2010..2019", "2010-01-01", "2019-12-31"),
    date("In the 1990's the rouble fell.", "1990's", "1990..1999", "1990-01-01", "1999-12-31"),
    date(
        "Results for fiscal 2024 were strong.",
        "fiscal 2024",
        "2024",
        "2024-01-01",
        "2024-12-31",
    ),
    case("Since 2022, trade has grown.", "2022", "period", "2022", "", ">=", "2022-01-01", None),
]

HEDGES = [
    case("It cost about $5bn.", "$5bn", "money", 5.0, "billion USD", "~", 4.25, 5.75),
    case("It cost nearly $5bn.", "$5bn", "money", 5.0, "billion USD", "<", 4.75, 5.0),
    case("It cost almost $5bn.", "$5bn", "money", 5.0, "billion USD", "<", 4.75, 5.0),
    case("It cost more than $5bn.", "$5bn", "money", 5.0, "billion USD", ">", 5.0, None),
    case("It cost at least $5bn.", "$5bn", "money", 5.0, "billion USD", ">=", 5.0, None),
    case("It cost up to $5bn.", "$5bn", "money", 5.0, "billion USD", "<=", None, 5.0),
    case("It cost as much as $2bn.", "$2bn", "money", 2.0, "billion USD", "<=", None, 2.0),
    case(
        "It cost close to $1 trillion.",
        "$1 trillion",
        "money",
        1.0,
        "trillion USD",
        "~",
        0.45,
        1.55,
    ),
    case("More than 1,000 people were killed.", "1,000", "number", 1000.0, "", ">", 1000.0, None),
    case("Over 200 people were hurt.", "200", "number", 200.0, "", ">", 200.0, None),
    case("Around 3,000 troops were sent.", "3,000", "number", 3000.0, "", "~", 2800.0, 3200.0),
    case("Some 50 countries attended.", "50", "number", 50.0, "", "~", 47.0, 53.0),
    case(
        "Approximately 30 million people voted.",
        "30 million",
        "number",
        30.0,
        "million",
        "~",
        28.0,
        32.0,
    ),
    case(
        "Roughly 1.2 million people fled.", "1.2 million", "number", 1.2, "million", "~", 1.09, 1.31
    ),
    case("Nearly 40% of voters abstained.", "40%", "percent", 40.0, "%", "<", 38.0, 40.0),
    case("Less than 5% of GDP goes to defence.", "5%", "percent", 5.0, "%", "<", None, 5.0),
    case("Growth exceeding 10% is unlikely.", "10%", "percent", 10.0, "%", ">", 10.0, None),
    case("No less than 5,000 people marched.", "5,000", "number", 5000.0, "", ">=", 5000.0, None),
    case("Fewer than 100 people came.", "100", "number", 100.0, "", "<", None, 100.0),
    case("Inflation is below 2%.", "2%", "percent", 2.0, "%", "<", None, 2.0),
    case("Prices are above 3% in most regions.", "3%", "percent", 3.0, "%", ">", 3.0, None),
    case("Rates are under 4%.", "4%", "percent", 4.0, "%", "<", None, 4.0),
    case(
        "The line carries up to 500 km of cable.",
        "500 km",
        "quantity",
        500.0,
        "kilometer",
        "<=",
        None,
        500.0,
    ),
    case(
        "Almost 2 million barrels per day were lost.",
        "2 million barrels per day",
        "quantity",
        2.0,
        "million oil_barrel / day",
        "<",
        1.9,
        2.0,
    ),
    case(
        "It exports about 1.2 million b/d.",
        "1.2 million b/d",
        "quantity",
        1.2,
        "million oil_barrel / day",
        "~",
        1.09,
        1.31,
    ),
    case("As many as 40 people died.", "40", "number", 40.0, "", "<=", None, 40.0),
    case("Just over 60% voted yes.", "60%", "percent", 60.0, "%", ">", 60.0, None),
    case(
        "In excess of $3 billion was lost.",
        "$3 billion",
        "money",
        3.0,
        "billion USD",
        ">",
        3.0,
        None,
    ),
]

RANGES = [
    money("Analysts expect $3.5-4bn in sales.", "$3.5-4bn", 3.5, "billion USD", 3.45, 4.05),
    case(
        "Between 5 and 7 million people are affected.",
        "5 and 7 million",
        "number",
        5.0,
        "million",
        "=",
        4.5,
        7.5,
    ),
    case(
        "It will house 5 to 10 million people.",
        "5 to 10 million",
        "number",
        5.0,
        "million",
        "=",
        4.5,
        10.5,
    ),
    money("It costs $5 billion-$6 billion.", "$5 billion-$6 billion", 5.0, "billion USD", 4.5, 6.5),
    money(
        "It costs $5 billion to $6 billion.",
        "$5 billion to $6 billion",
        5.0,
        "billion USD",
        4.5,
        6.5,
    ),
    money(
        "It costs between $5 billion and $6 billion.",
        "$5 billion and $6 billion",
        5.0,
        "billion USD",
        4.5,
        6.5,
    ),
    percent("Growth of between 5% and 7% is forecast.", "5% and 7%", 5.0, 4.5, 7.5),
    percent("Inflation of 5% to 7% is expected.", "5% to 7%", 5.0, 4.5, 7.5),
    percent("A 10-15% rise is expected.", "10-15%", 10.0, 9.5, 15.5),
    quantity(
        "Output of 40 to 50 million tonnes is planned.",
        "40 to 50 million tonnes",
        40.0,
        "million tonne",
        39.5,
        50.5,
    ),
    money(
        "Costs rose from $4 billion to $5.5 billion.", "$4 billion", 4.0, "billion USD", 3.5, 4.5
    ),
    money(
        "Costs rose from $4 billion to $5.5 billion.",
        "$5.5 billion",
        5.5,
        "billion USD",
        5.45,
        5.55,
    ),
    percent("The rate rose from 5% to 7%.", "7%", 7.0, 6.5, 7.5),
]

QUANTITIES = [
    quantity(
        "Russia shipped 40 million tonnes of oil to China.",
        "40 million tonnes",
        40.0,
        "million tonne",
        39.5,
        40.5,
    ),
    quantity(
        "It pumps 2 million barrels per day.",
        "2 million barrels per day",
        2.0,
        "million oil_barrel / day",
        1.5,
        2.5,
    ),
    quantity(
        "Output reached 9.5 million barrels a day.",
        "9.5 million barrels a day",
        9.5,
        "million oil_barrel / day",
        9.45,
        9.55,
    ),
    quantity("The line carries 38 bcm a year.", "38 bcm", 38.0, "bcm", 37.5, 38.5),
    quantity(
        "Gazprom sent 4.5 billion cubic metres of gas.",
        "4.5 billion cubic metres",
        4.5,
        "billion meter ** 3",
        4.45,
        4.55,
    ),
    quantity("The pipeline runs 1,200 km.", "1,200 km", 1200.0, "kilometer", 1150.0, 1250.0),
    quantity("It is a 1,200-km pipeline.", "1,200-km", 1200.0, "kilometer", 1150.0, 1250.0),
    quantity(
        "The border is 1,200 kilometres long.",
        "1,200 kilometres",
        1200.0,
        "kilometer",
        1150.0,
        1250.0,
    ),
    quantity("The plant has 5 GW of capacity.", "5 GW", 5.0, "gigawatt", 4.5, 5.5),
    quantity("A 5 MW turbine was installed.", "5 MW", 5.0, "megawatt", 4.5, 5.5),
    quantity("The country used 2 TWh of power.", "2 TWh", 2.0, "terawatt_hour", 1.5, 2.5),
    quantity("Fires burned 300 hectares.", "300 hectares", 300.0, "hectare", 295.0, 305.0),
    quantity(
        "The zone covers 50 square kilometres.",
        "50 square kilometres",
        50.0,
        "kilometer ** 2",
        49.5,
        50.5,
    ),
    quantity("The town is 10 miles away.", "10 miles", 10.0, "mile", 9.5, 10.5),
    quantity("The talks lasted 3 hours.", "3 hours", 3.0, "hour", 2.5, 3.5),
    quantity("Exports hit 1.5 mln tonnes.", "1.5 mln tonnes", 1.5, "million tonne", 1.45, 1.55),
    quantity(
        "The ship carried 500 million-tonne loads.",
        "500 million-tonne",
        500.0,
        "million tonne",
        495.0,
        505.0,
    ),
    quantity("Each drone weighs 25 kg.", "25 kg", 25.0, "kilogram", 24.5, 25.5),
    quantity("Kazakhstan sold 10 metric tons of gold.", "10 metric tons", 10.0, "tonne", 9.5, 10.5),
]

NUMBERS = [
    number("The company has 12,000 employees.", "12,000", 12000.0, 11500.0, 12500.0),
    number(
        "The index closed at 1,234,567.89 points.",
        "1,234,567.89",
        1234567.89,
        1234567.885,
        1234567.895,
    ),
    number("Twenty-five people died in the blast.", "Twenty-five", 25.0, 24.5, 25.5),
    number(
        "Three hundred and ten people were rescued.", "Three hundred and ten", 310.0, 309.5, 310.5
    ),
    number(
        "Twenty-one thousand five hundred people fled.",
        "Twenty-one thousand five hundred",
        21500.0,
        21450.0,
        21550.0,
    ),
    number("Zero cases were reported.", "Zero", 0.0, -0.5, 0.5),
    number("He met 7 ministers.", "7", 7.0, 6.5, 7.5),
    quantity("The war has lasted 1,060 days.", "1,060 days", 1060.0, "day", 1055.0, 1065.0),
    case(
        "The firm employs 4.5 million people.",
        "4.5 million",
        "number",
        4.5,
        "million",
        "=",
        4.45,
        4.55,
    ),
    case(
        "Five million people live there.", "Five million", "number", 5.0, "million", "=", 4.5, 5.5
    ),
    case("Two thousand people marched.", "Two thousand", "number", 2.0, "thousand", "=", 1.5, 2.5),
    case("There are 18,000 troops and 300 tanks.", "300", "number", 300.0, "", "=", 295.0, 305.0),
    number("In 1799 the city was founded.", "1799", 1799.0, 1798.5, 1799.5),
]

CASES = [*MONEY, *PERCENT, *RANKS, *DATES, *HEDGES, *RANGES, *QUANTITIES, *NUMBERS]


def mention_with_text(sentence: str, text: str, published: dt.date | None = PUBLISHED) -> Mention:
    found = [m for m in extract(sentence, published) if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in extract(sentence, published)]}"
    return found[0]


def approx(value: Any) -> Any:
    return pytest.approx(value) if isinstance(value, float) else value


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_reads_the_mention(sentence: str, expected: Expected) -> None:
    mention = mention_with_text(sentence, expected.text)
    assert sentence[mention.start : mention.end] == expected.text
    assert mention.kind == expected.kind
    assert mention.value == approx(expected.value)
    assert mention.unit == expected.unit
    assert mention.comparator == expected.comparator
    if expected.lower is not UNSET:
        assert mention.lower == approx(expected.lower)
    if expected.upper is not UNSET:
        assert mention.upper == approx(expected.upper)


def test_table_is_large() -> None:
    assert len(CASES) >= 200


NOT_CLAIMS = [
    ("Gazprom is building the Power of Siberia 2 pipeline.", "2", "part of a name"),
    ("COVID-19 cases rose in the capital.", "19", "part of a name"),
    ("Leaders met at the G20 summit.", "20", "part of a name"),
    ("The airline grounded its Boeing 737 jets.", "737", "part of a name"),
    ("Kyiv received more F-16 fighter jets.", "16", "part of a name"),
    ("NATO has never invoked Article 5 since 2001.", "5", "part of a name"),
    ("See Section 5 of the report.", "5", "part of a name"),
    ("The figures are in Table 3.", "3", "part of a name"),
    ("Russia launched Su-57 jets.", "57", "part of a name"),
    ("The A320 fleet was grounded.", "320", "part of a name"),
    ("The MH17 crash report is out.", "17", "part of a name"),
    ("The Windows 11 update shipped.", "11", "part of a name"),
    ("The call began at 2.15pm local time.", "2.15pm", "time of day"),
    ("He arrived at 10:30 on Tuesday.", "10:30", "time of day"),
    ("The vote closes at 3 p.m. today.", "3", "time of day"),
    ("Trading halted at 9am.", "9am", "time of day"),
    ("The briefing is at 14:00 GMT.", "14:00", "time of day"),
    ("Call +7 495 123 4567 for details.", "7 495 123 4567", "telephone number"),
    ("The hotline is +1-202-555-0143.", "1-202-555-0143", "telephone number"),
]


@pytest.mark.parametrize(("sentence", "text", "reason"), NOT_CLAIMS)
def test_sets_aside_numbers_that_are_not_quantities(sentence: str, text: str, reason: str) -> None:
    found = scan(sentence, PUBLISHED)
    start = sentence.index(text)
    end = start + len(text)
    assert not [m for m in found.mentions if m.start < end and start < m.end]
    assert [(s.text, s.reason) for s in found.skipped] == [(text, reason)]


NO_MENTION = [
    ("No one knows how many died.", "one"),
    ("Prices may rise, and May Day passed quietly.", "may"),
    ("One of the officials resigned.", "One"),
    ("Hundreds of people protested.", "Hundreds"),
    ("The summit ended without a deal.", "a"),
    ("He may visit in the spring.", "may"),
    ("The Q value is unknown.", "Q"),
]


@pytest.mark.parametrize(("sentence", "text"), NO_MENTION)
def test_words_that_only_look_like_numbers(sentence: str, text: str) -> None:
    start = sentence.index(text)
    end = start + len(text)
    assert not [m for m in extract(sentence, PUBLISHED) if m.start < end and start < m.end]


GROWTH = [
    ("Russian GDP fell 1.1% in the quarter.", "fall", ""),
    ("Consumer prices rose 2.1% in January.", "rise", ""),
    ("Exports jumped by 12% last year.", "rise", ""),
    ("The rouble slid more than 5% against the dollar.", "fall", "more than"),
    ("Inflation fell to 3.5%.", "", ""),
    ("Turnout was 60%.", "", ""),
    ("Output was up about 2%.", "rise", "about"),
    ("Output was 12.4% higher than a year earlier.", "rise", ""),
    ("Turnover was 3.2% above September's level.", "rise", ""),
    ("Sales were 4% below the previous month.", "fall", ""),
    ("Inflation is 2% below the target.", "", ""),
    ("The economy had shrunk at an annualised pace of 3.2%.", "fall", ""),
    ("Interest costs surged past 1%.", "", "past"),
]


@pytest.mark.parametrize(("sentence", "growth", "hedge"), GROWTH)
def test_growth_and_hedge_words(sentence: str, growth: str, hedge: str) -> None:
    (mention,) = [m for m in extract(sentence, PUBLISHED) if m.kind == "percent"]
    assert (mention.growth, mention.hedge) == (growth, hedge)


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (dt.date(2025, 1, 21), "2025-01-21"),
        (dt.date(2025, 1, 23), "2025-01-21"),
        (dt.date(2025, 1, 27), "2025-01-21"),
        (dt.date(2025, 1, 20), "2025-01-14"),
    ],
)
def test_weekday_is_the_latest_on_or_before_publication(published: dt.date, value: str) -> None:
    (mention,) = extract("Putin spoke with Xi on Tuesday.", published)
    assert (mention.kind, mention.value, mention.lower, mention.upper) == (
        "date",
        value,
        value,
        value,
    )


@pytest.mark.parametrize(
    "sentence",
    ["Putin spoke with Xi on Tuesday.", "Prices rose last year.", "On Jan. 21 he spoke."],
)
def test_relative_dates_need_a_published_date(sentence: str) -> None:
    assert [m for m in extract(sentence) if m.kind in ("date", "period")] == []


def test_every_mention_of_a_paragraph_in_order() -> None:
    paragraph = (
        "Putin noted that China is Russia's largest trading partner, with trade reaching "
        "$245 billion in 2024, up 1.9% from 2023. Russia ranks as China's fifth largest "
        "trading partner."
    )
    found = [(m.kind, m.text) for m in extract(paragraph, PUBLISHED)]
    assert found == [
        ("rank", "largest"),
        ("money", "$245 billion"),
        ("period", "2024"),
        ("percent", "1.9%"),
        ("period", "2023"),
        ("rank", "fifth largest"),
    ]
    roles = [m.role for m in extract(paragraph, PUBLISHED) if m.kind == "period"]
    assert roles == ["", "baseline"]


def test_every_mention_has_a_known_kind_and_comparator() -> None:
    sentences = [param.values[0] for param in CASES]
    for sentence in sentences:
        for mention in extract(sentence, PUBLISHED):
            assert mention.kind in KINDS
            assert mention.comparator in ("=", "~", ">", ">=", "<", "<=")


def test_money_precision_is_the_last_significant_digit() -> None:
    (mention,) = extract("It was $240bn.")
    assert mention.precision == pytest.approx(10.0)
    (mention,) = extract("It was $2.40bn.")
    assert mention.precision == pytest.approx(0.01)


def test_package_exports_extract() -> None:
    assert factlint.extract is extract
    assert factlint.Mention is Mention


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        ("Subscription revenue, which makes up 93% of the total, climbed.", ""),
        ("Services took up 40% of spending.", ""),
        ("The index ended up 3% on the day.", "rise"),
        ("Shares were up 3% in early trading.", "rise"),
    ],
)
def test_up_after_make_or_take_is_no_rise(sentence: str, growth: str) -> None:
    (mention,) = [m for m in extract(sentence) if m.kind == "percent"]
    assert mention.growth == growth
