"""How often a check parses units and periods, and which stage asks: the claim reads its
unit and period once, when it is made, and no later stage parses them again.

Run from the repository root:

    .venv/bin/python benchmarks/parses.py              # a table, by parser and module
    .venv/bin/python benchmarks/parses.py --json       # the same as one JSON object

The parsers are wrapped with counters before the rest of factlint imports them, so every
call is seen with the module that made it. The run checks the seeds and a generated
corpus against ``references/``, renders every explanation, then explains one claim and
counts the links that makes beyond the check it runs.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factlint.periods as periods
import factlint.units as units

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CALLS: collections.Counter[tuple[str, str]] = collections.Counter()
COUNTING = [False]


def _counted(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if COUNTING[0]:
            caller = sys._getframe(1).f_globals.get("__name__", "?")
            CALLS[(name, caller)] += 1
        return function(*args, **kwargs)

    return wrapper


for _module, _names in (
    (units, ("parse_unit", "read_unit")),
    (periods, ("parse_period", "parse_claim_period")),
):
    for _name in _names:
        setattr(_module, _name, _counted(_name, getattr(_module, _name)))

import factlint  # noqa: E402  (after the parsers are wrapped)
from factlint.documents import Document  # noqa: E402
from factlint.references import load_references  # noqa: E402
from factlint.verdicts import decide  # noqa: E402

sys.path.insert(0, str(HERE))
from corpus import corpus  # noqa: E402


def count(documents: int, seed: int) -> dict[str, Any]:
    references = load_references(ROOT / "references")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += corpus(documents, seed=seed)
    published = dt.date(2025, 1, 21)
    docs = [Document(path=f"d{i}.txt", text=t, published=published) for i, t in enumerate(texts)]
    linked: collections.Counter[str] = collections.Counter()
    link = getattr(decide, "link")  # noqa: B009  (the stage as decide calls it)

    def counting_link(claim: Any, *args: Any, **kwargs: Any) -> Any:
        linked[claim.id] += 1
        return link(claim, *args, **kwargs)

    setattr(decide, "link", counting_link)  # noqa: B010  (a counter in its place)
    COUNTING[0] = True
    report = factlint.check(docs, references)
    for verdict in report.verdicts:
        _ = verdict.explanation
    COUNTING[0] = False
    links_in_check = sum(linked.values())
    linked.clear()
    claim = next(v.claim for v in report.verdicts if v.verdict == "pass")
    factlint.explain(claim.id, docs, references).render()
    return {
        "documents": len(docs),
        "claims": len(report.verdicts),
        "calls": [[name, caller, n] for (name, caller), n in sorted(CALLS.items())],
        "links_in_check": links_in_check,
        "links_in_explain": sum(linked.values()),
        "linked_twice": sorted(i for i, n in linked.items() if n > 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=40, help="generated documents (40)")
    parser.add_argument("--seed", type=int, default=5, help="seed of the generated corpus")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = count(args.documents, args.seed)
    if args.json:
        print(json.dumps(result))
        return
    claims = result["claims"]
    print(f"{result['documents']} documents, {claims} claims checked and explained")
    print()
    print("| parser | called from | calls | per claim |")
    print("| --- | --- | ---: | ---: |")
    for name, caller, n in result["calls"]:
        print(f"| {name} | {caller} | {n} | {n / claims:.2f} |")
    print()
    print(
        f"links: {result['links_in_check']} in the check; explaining one claim links "
        f"{result['links_in_explain'] - result['links_in_check']} more beyond the check it "
        f"runs; claims linked twice: {len(result['linked_twice'])}"
    )


if __name__ == "__main__":
    main()
