"""A reproducible newswire-like corpus with realistic claim density (about one number
every 25 words), built from sentence templates and a seeded random generator."""

from __future__ import annotations

import random

SUBJECTS = ["China", "Russia", "India", "Germany", "Brazil", "Japan", "The company", "The ministry"]
OBJECTS = ["Russia", "China", "the United States", "the European Union", "Turkey", "Vietnam"]
CURRENCIES = ["$", "£", "€", "US$"]
SCALES = ["billion", "bn", "million", "m", "trillion"]
HEDGES = ["", "", "", "about ", "more than ", "nearly ", "at least ", "up to "]
MONTHS = ["January", "February", "March", "April", "June", "July", "September", "December"]
ORDINALS = ["second", "third", "fifth", "largest", "biggest", "top", "10th", "fourth-largest"]
TEMPLATES = [
    "{s} said trade with {o} reached {h}{c}{n} {sc} in {y}, according to customs data.",
    "Exports to {o} rose {p}% year on year in {m} {y}, while imports fell {p2} per cent.",
    "{s} is {o}'s {r} trading partner, officials said on Tuesday.",
    "The deal, worth {h}{c}{n}{sc}, was signed in {m} {y} after talks that lasted {d} hours.",
    "Output climbed to {n} million barrels per day, the highest since {y2}.",
    "Analysts polled by Reuters had expected growth of {p} percent in the third quarter of {y}.",
    "The Power of Siberia 2 pipeline would carry {n} bcm a year, the G20 statement said.",
    "Shares closed at 2.15pm, down {p} per cent, as {s} cut its forecast by {p2} percentage points.",
    "Unemployment was {p}% in {m}, compared with {p2}% a year earlier.",
    "Some {k},000 people attended the rally, and {d} were detained, police said.",
]
FILLER = (
    "The statement did not give details. Officials in both capitals declined to comment "
    "further, and the talks are expected to continue next month."
)


def sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        s=rng.choice(SUBJECTS),
        o=rng.choice(OBJECTS),
        h=rng.choice(HEDGES),
        c=rng.choice(CURRENCIES),
        n=f"{rng.uniform(1, 900):.{rng.choice([0, 1, 2])}f}",
        sc=rng.choice(SCALES),
        y=rng.randint(2015, 2025),
        y2=rng.randint(1990, 2014),
        m=rng.choice(MONTHS),
        p=f"{rng.uniform(0.1, 30):.1f}",
        p2=f"{rng.uniform(0.1, 9):.1f}",
        r=rng.choice(ORDINALS),
        d=rng.randint(2, 48),
        k=rng.randint(2, 90),
    )


def document(rng: random.Random, paragraphs: int = 12) -> str:
    """About 600 words: a news-length document."""
    body = []
    for _ in range(paragraphs):
        body.append(" ".join([sentence(rng), FILLER, sentence(rng)]))
    return "\n".join(body) + "\n"


def corpus(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [document(rng) for _ in range(count)]
