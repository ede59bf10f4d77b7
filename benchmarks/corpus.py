"""A reproducible newswire-like corpus, built from sentence templates and a seeded random
generator, and adversarial text for the linear-time check.

A generated story is news length (about 590 words in 12 paragraphs). Each paragraph has
three sentences of plain reporting prose and one sentence of claims (``claims=2``: two),
written in the forms the extractor reads (money with symbols, codes and scale words,
ranges, percentages and growth, fractions and multiples, quantities, ranks, dates,
quarters, relative dates, hedges) and numbers that are no claim (names, times, scores, a
telephone number). One claim sentence a paragraph gives a mention every 20 words, a little
denser than real business news (BBC business stories of 2004-05: one every 26 words;
general news from the ABC: one every 44); two give one every 13, the density of an
economic data release ("Retail sales rose 0.6% in March after a 0.9% gain in February,
the department said on Tuesday" has five in 17 words), the hardest case for throughput.
"""

from __future__ import annotations

import random

SUBJECTS = ["China", "Russia", "India", "Germany", "Brazil", "Japan", "The company", "The ministry"]
OBJECTS = ["Russia", "China", "the United States", "the European Union", "Turkey", "Vietnam"]
CURRENCIES = ["$", "£", "€", "US$", "$", "$"]
CODES = ["USD", "EUR", "RMB", "GBP"]
SCALES = ["billion", "bn", "million", "m", "trillion", "mln"]
HEDGES = ["", "", "", "about ", "more than ", "nearly ", "at least ", "up to ", "some "]
MONTHS = ["January", "February", "March", "April", "June", "July", "September", "December"]
ORDINALS = ["second", "third", "fifth", "largest", "biggest", "top", "10th", "fourth-largest"]
NUMBER_WORDS = ["two", "three", "five", "eight", "twelve", "twenty"]
RISES = ["rose", "grew", "jumped", "climbed", "was up"]
FALLS = ["fell", "declined", "slid", "dropped", "was down"]
CLAIMS = [
    "{s} said trade with {o} reached {h}{c}{n} {sc} in {y}, according to customs data.",
    "Exports to {o} {rise} {p}% year on year in {m} {y}, while imports {fall} {p2} per cent.",
    "{s} is {o}'s {r} trading partner, officials said on Tuesday.",
    "The deal, worth {h}{c}{n}{sc}, was signed in {m} {y} after talks that lasted {d} hours.",
    "Output climbed to {n} million barrels per day, the highest since {y2}.",
    "Analysts polled by Reuters had expected growth of {p} percent in the third quarter of {y}.",
    "The Power of Siberia 2 pipeline would carry {n} bcm a year, the G20 statement said.",
    "Shares closed at 2.15pm, down {p} per cent, after {s} cut its forecast by {p2} percentage points.",
    "Unemployment was {p}% in {m}, compared with {p2}% a year earlier.",
    "Some {k},000 people attended the rally, and {d} were detained, police said.",
    "Revenue for the first {d2} months of {y} was {code}{n} million, {rise} {p}% from a year earlier.",
    "The central bank expects inflation of between {p2}% and {p}% in {y}.",
    "Profit in Q{q} {y} came to {c}{n}-{n2}{sc}, the {r} result on record.",
    "About one in {small} households said prices had doubled since {y2}.",
    "Investment has tripled over the past {wd} years to {wd} billion dollars.",
    "Nearly a third of the {n} tonnes shipped last year went to {o}.",
    "The {k}-km line, with a capacity of {d} GW, opened on {day} {m} {y}.",
    "Fiscal {y} sales {fall} {p2}% to {c}{n}{sc}, the company said yesterday.",
    "Interest rates were cut by {bp} basis points to {p2}% in the three months to {m}.",
    "The team won 3-1 on Saturday; call +44 20 7946 0{k} for tickets.",
]
PROSE = [
    "The statement did not give details.",
    "Officials in both capitals declined to comment further, and the talks are expected to "
    "continue next month.",
    "The figures were released by the statistics office in the capital.",
    "Economists said the outlook remained uncertain as demand weakened in key markets.",
    "A spokesman for the ministry said the government would publish a full review.",
    "Opposition lawmakers criticised the plan, saying it had been drawn up without consultation.",
    "Trading was thin ahead of the holiday, dealers said.",
    "The company, which employs workers across the region, has been hit by higher costs.",
    "Diplomats said the two sides had made progress but that differences remained.",
    "Several banks have raised their forecasts since the start of the year.",
    "Union leaders warned that strikes could follow if the talks failed.",
    "The report did not say how the estimate had been calculated.",
]


def claim(rng: random.Random) -> str:
    n = rng.uniform(1, 900)
    return rng.choice(CLAIMS).format(
        s=rng.choice(SUBJECTS),
        o=rng.choice(OBJECTS),
        h=rng.choice(HEDGES),
        c=rng.choice(CURRENCIES),
        code=rng.choice(CODES),
        n=f"{n:.{rng.choice([0, 1, 2])}f}",
        n2=f"{n + rng.uniform(1, 50):.0f}",
        sc=rng.choice(SCALES),
        y=rng.randint(2015, 2025),
        y2=rng.randint(1990, 2014),
        m=rng.choice(MONTHS),
        p=f"{rng.uniform(0.1, 30):.1f}",
        p2=f"{rng.uniform(0.1, 9):.1f}",
        r=rng.choice(ORDINALS),
        d=rng.randint(2, 48),
        d2=rng.randint(2, 11),
        k=rng.randint(2, 90),
        q=rng.randint(1, 4),
        small=rng.randint(3, 9),
        wd=rng.choice(NUMBER_WORDS),
        day=rng.randint(1, 28),
        bp=rng.choice([25, 50, 75]),
        rise=rng.choice(RISES),
        fall=rng.choice(FALLS),
    )


def document(rng: random.Random, paragraphs: int = 10, claims: int = 1) -> str:
    """A news-length document: ``paragraphs`` of three prose sentences and ``claims``
    claim sentences each."""
    body = []
    for _ in range(paragraphs):
        parts = [claim(rng), *rng.sample(PROSE, 3), *(claim(rng) for _ in range(claims - 1))]
        body.append(" ".join(parts))
    return "\n".join(body) + "\n"


def corpus(count: int, seed: int = 1, paragraphs: int = 10, claims: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [document(rng, paragraphs, claims) for _ in range(count)]


# Text built to make a careless extractor slow: runs that a backtracking pattern or a
# reader that looks ahead without bound would take quadratic time over.
ADVERSARIAL_FAMILIES: dict[str, str] = {
    "digit run": "7" * 5_000 + " ",
    "$$$$": "$" * 5_000 + " ",
    "1,1,1,1": "1," * 2_500 + "1 ",
    "1.1.1.1": "1." * 2_500 + "1 ",
    "--------": "-" * 5_000 + " ",
    "more than more than": "more than " * 500,
    "a year earlier a year earlier": "a year earlier " * 400,
    "Q1Q1Q1": "Q1" * 2_500 + " ",
    "first first first": "first " * 800,
    "$1bn-$1bn-": "$1bn-" * 1_000 + " ",
    "between 1 and between": "between 1 and " * 400,
    "rose 5% and by 5%": "rose 5% and by " + "5% and by " * 500,
}


def adversarial(size: int, families: list[str] | None = None) -> str:
    """About ``size`` characters of the chosen families (default all), in lines of
    100,000 characters or more with no sentence break."""
    names = families or list(ADVERSARIAL_FAMILIES)
    parts: list[str] = []
    length = 0
    line = 0
    while length < size:
        piece = ADVERSARIAL_FAMILIES[names[len(parts) % len(names)]]
        parts.append(piece)
        length += len(piece)
        line += len(piece)
        if line >= 100_000:
            parts.append("\n")
            line = 0
    return "".join(parts)[:size]


def news(size: int, seed: int = 1) -> str:
    """About ``size`` characters of ordinary generated news, stories one after another."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        story = document(rng)
        parts.append(story)
        length += len(story)
    return "\n".join(parts)[:size]
