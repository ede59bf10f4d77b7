"""A generated newsroom archive: stories from ``corpus.py`` as files with their
``documents.csv``, and a reference set of any size that those stories link to.

The reference set holds a core of facts about the countries the stories name (trade
between each pair by year, each country's exports to each partner by month, trading
partner ranks by year, exports and unemployment by month), so that trade and rank claims are
linked, compared and passed or flagged, and growth claims are derived from monthly
levels. Past the core, the set grows the way an archive's does: the same metrics for
more and more other countries (named by made-up words the stories never use), so a
claim's candidate facts stay those about its own entities while the rows of its metric
grow a hundredfold.

    python benchmarks/archive.py /tmp/archive --documents 1000 --facts 100000
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import document

# The countries corpus.py's stories name, with the names they go by there.
STORY_ENTITIES = {
    "CHN": ("China", "Chinese|Beijing"),
    "RUS": ("Russia", "Russian|Moscow"),
    "IND": ("India", "Indian|New Delhi"),
    "DEU": ("Germany", "German|Berlin"),
    "BRA": ("Brazil", "Brazilian"),
    "JPN": ("Japan", "Japanese|Tokyo"),
    "USA": ("United States", "U.S.|Washington"),
    "EU": ("European Union", "EU|Brussels"),
    "TUR": ("Turkey", "Turkish|Ankara"),
    "VNM": ("Vietnam", "Vietnamese|Hanoi"),
}
METRICS = [
    ("trade", "Trade in goods between two countries", "amount", "billion USD", "trade", "true"),
    ("exports", "Exports of goods of the subject to the object", "amount", "billion USD",
     "exports|shipments", "false"),
    ("partner_rank", "Subject's rank among the object's trading partners", "rank", "rank",
     "trading partner|trade partner", "false"),
    ("unemployment", "Unemployment rate", "percent", "%", "unemployment|jobless rate", "false"),
    ("oil_output", "Crude oil output", "amount", "million barrels per day", "output", "false"),
]  # fmt: skip
FACT_HEADER = "id,metric,subject,object,period,value,unit,source,url,retrieved,note\n"
YEARS = range(2020, 2026)
RANK_YEARS = range(2024, 2026)
MONTH_YEARS = range(2024, 2026)
PUBLISHED_FROM = dt.date(2021, 1, 1)


def made_up_name(rng: random.Random) -> str:
    """A country name no story uses and no English word is: 'Valoria', 'Tesmundo'."""
    syllables = ["va", "lo", "ri", "tes", "mun", "do", "ka", "re", "no", "sel", "ba", "qui"]
    endings = ["ia", "land", "stan", "ovo", "ana", "ey"]
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize() + (
        rng.choice(endings)
    )


def entities(count: int, seed: int) -> dict[str, tuple[str, str]]:
    """The story countries first, then made-up ones up to ``count``."""
    found = dict(STORY_ENTITIES)
    rng = random.Random(seed)
    names = {name for name, _ in found.values()}
    while len(found) < count:
        name = made_up_name(rng)
        if name not in names:
            names.add(name)
            found[f"X{len(found):05d}"] = (name, "")
    return found


def _fact(fid: str, metric: str, subject: str, obj: str, period: str, value: str,
          unit: str, source: str) -> list[str]:  # fmt: skip
    return [fid, metric, subject, obj, period, value, unit, source,
            f"https://example.org/{fid}", "2025-06-30", ""]  # fmt: skip


def facts_about(subject: str, partners: list[str], rng: random.Random) -> Iterator[list[str]]:
    """A country's facts: yearly trade with each partner and its rank among each
    partner's trading partners, monthly exports to its first partner, and its monthly
    unemployment rate."""
    low = subject.lower()
    for partner, year in itertools.product(partners, YEARS):
        pair = f"{low}-{partner.lower()}-{year}"
        if subject < partner:  # trade is symmetric: one row a pair
            yield _fact(f"trade-{pair}", "trade", subject, partner, str(year),
                        f"{rng.uniform(1, 900):.1f}", "billion USD", "Customs")  # fmt: skip
        if year in RANK_YEARS:
            yield _fact(f"rank-{pair}", "partner_rank", subject, partner, str(year),
                        str(rng.randint(1, 12)), "rank", "Customs")  # fmt: skip
    for year, month in itertools.product(MONTH_YEARS, range(1, 13)):
        period = f"{year}-{month:02d}"
        yield _fact(f"exports-{low}-{partners[0].lower()}-{period}", "exports", subject,
                    partners[0], period, f"{rng.uniform(1, 60):.2f}", "billion USD",
                    "Customs")  # fmt: skip
        yield _fact(f"unemployment-{low}-{period}", "unemployment", subject, "", period,
                    f"{rng.uniform(0.1, 12):.1f}", "%", "Statistics office")  # fmt: skip


def write_references(folder: Path, facts: int, seed: int = 1) -> int:
    """A reference set of about ``facts`` rows (never fewer than the story countries'
    own); returns the number written."""
    rng = random.Random(seed)
    story = list(STORY_ENTITIES)
    rows = [
        row
        for subject in story
        for row in facts_about(subject, [p for p in story if p != subject], rng)
    ]
    others = entities(len(story) + facts // 50 + 1, seed)
    extra = [e for e in others if e not in STORY_ENTITIES]
    for index, subject in enumerate(extra):
        if len(rows) >= facts:
            break
        partners = [extra[(index + step) % len(extra)] for step in (1, 2, 3)]
        rows.extend(facts_about(subject, partners, rng))
    rows = rows[: max(facts, 1)]
    (folder / "facts").mkdir(parents=True, exist_ok=True)
    with (folder / "entities.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["id", "name", "kind", "aliases"])
        out.writerows([eid, name, "country", aliases] for eid, (name, aliases) in others.items())
    with (folder / "metrics.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["id", "description", "kind", "unit", "keywords", "symmetric"])
        out.writerows(METRICS)
    with (folder / "facts" / "archive.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.write(FACT_HEADER)
        csv.writer(handle, lineterminator="\n").writerows(rows)
    (folder / "fx.csv").write_text(
        "period,base,quote,rate,source,url,retrieved\n"
        + "".join(
            f"{year},USD,{code},{rate},Central bank,https://example.org/fx,2025-06-30\n"
            for year in YEARS
            for code, rate in (("EUR", 0.92), ("GBP", 0.79), ("CNY", 7.1))
        ),
        encoding="utf-8",
    )
    return len(rows)


def write_documents(folder: Path, count: int, seed: int = 1) -> None:
    """``count`` stories, ``story-00001.txt``..., each with a published date."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    width = max(5, len(str(count)))
    with (folder / "documents.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["path", "title", "outlet", "url", "published"])
        for number in range(1, count + 1):
            name = f"story-{number:0{width}d}.txt"
            (folder / name).write_text(document(rng), encoding="utf-8")
            published = PUBLISHED_FROM + dt.timedelta(days=rng.randint(0, 1800))
            out.writerow([name, f"Story {number}", "Wire", f"https://example.org/{name}",
                          published.isoformat()])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="writes FOLDER/documents and FOLDER/references")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--facts", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_documents(args.folder / "documents", args.documents, args.seed)
    written = write_references(args.folder / "references", args.facts, args.seed)
    print(f"{args.folder}: {args.documents} documents, {written} facts")


if __name__ == "__main__":
    main()
