"""The verdicts factlint gives on every case table, the seeds, the extraction-case
sentences and a generated corpus, as one JSON file: the state a refactoring must keep.

    .venv/bin/python tests/golden/snapshot.py --write   # after a change of behaviour

Each claim is recorded with what assembly made of it (kind, unit, interval, period,
entities, metric) and what comparing made of it (verdict, reason, severity, facts).
Explanations are not recorded: their wording may change without changing a verdict.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
ROOT = TESTS.parent
GOLDEN = HERE / "verdicts.json"
sys.path[:0] = [str(TESTS), str(ROOT / "benchmarks")]

import factlint  # noqa: E402
from conftest import METRICS, make_document, write_references  # noqa: E402
from factlint.config import Policy  # noqa: E402
from factlint.report import Report  # noqa: E402

# Metrics of several fields, so that the extraction sentences are linked as in real use.
BROAD_METRICS = METRICS + "\n".join([
    "profit,Net profit of the subject,amount,billion USD,profit|net profit|net income,false",
    "revenue,Revenue of the subject,amount,billion USD,revenue|sales,false",
    "inflation,Consumer price inflation,percent,%,inflation|consumer prices,false",
    "gdp,Gross domestic product,amount,trillion USD,gdp|economy,false",
    "gdp_growth,GDP growth,percent,%,gdp grew|economy grew|growth,false",
    "unemployment,Unemployment rate,percent,%,unemployment|jobless rate,false",
    "population,Population,amount,million,population|people|residents,false",
    "oil_output,Oil production,amount,million barrels per day,oil production|output,false",
    "rate,Policy interest rate,percent,%,interest rate|rates,false",
]) + "\n"  # fmt: skip


EXPLAIN = False  # record explanations too (--explanations), to compare wording by eye


def _value(value: Any) -> Any:
    return f"{value:.10g}" if isinstance(value, float) else value


def record(report: Report) -> list[list[Any]]:
    rows = []
    for v in report.verdicts:
        c = v.claim.cells()
        rows.append([
            c["text"], c["kind"], c["unit"], _value(c["lower"]), _value(c["upper"]),
            c["comparator"], c["period"], c["period_explicit"], c["entities"], c["metric"],
            v.verdict, v.reason, v.severity, v.fact.id if v.fact else None,
            [f.id for f in v.facts], v.ignored,
            *([v.explanation] if EXPLAIN else []),
        ])  # fmt: skip
    rows += [["skipped", s.text, s.reason] for s in report.skipped]
    return rows


def verdict_cases(tmp: Path) -> dict[str, Any]:
    from test_verdict_cases import CASES, case_published, reviews_csv, write_case

    found = {}
    for index, (name, case) in enumerate(CASES):
        folder = write_case(case, tmp / f"case{index}")
        published = case_published(case)
        policy = Policy(**case.get("policy", {}))
        documents = [make_document(case["text"], published)]
        reviews = None
        if case.get("reviews"):
            reviews = tmp / f"reviews{index}.csv"
            first = factlint.check(documents, folder, policy)
            reviews.write_text(reviews_csv(first, case["reviews"]), "utf-8")
        found[name] = record(factlint.check(documents, folder, policy, reviews))
    return found


def sentences(tmp: Path) -> dict[str, Any]:
    folder = write_references(tmp / "broad", "", metrics=BROAD_METRICS)
    documents = []
    seen = set()
    for path in sorted((TESTS / "extract_cases").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["sentence"] not in seen:
                    seen.add(row["sentence"])
                    documents.append(row["sentence"])
    text = "\n".join(documents) + "\n"
    return {"sentences": record(factlint.check([make_document(text)], folder))}


def generated() -> dict[str, Any]:
    from corpus import corpus

    texts = corpus(60, seed=3)
    docs = [make_document(t, path=f"gen{i:03d}.txt") for i, t in enumerate(texts)]
    return {"generated": record(factlint.check(docs, ROOT / "references"))}


def seeds() -> dict[str, Any]:
    return {"seeds": record(factlint.check(ROOT / "seeds", ROOT / "references"))}


def snapshot() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        return {**seeds(), **verdict_cases(tmp), **sentences(tmp), **generated()}


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        GOLDEN.write_text(json.dumps(snapshot(), indent=0, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {GOLDEN}")
    elif sys.argv[1:2] == ["--explanations"] and len(sys.argv) == 3:
        # Every claim with its explanation, for comparing wording before and after.
        EXPLAIN = True
        Path(sys.argv[2]).write_text(json.dumps(snapshot(), indent=0, ensure_ascii=False))
    else:
        sys.exit("usage: snapshot.py --write | --explanations FILE")
