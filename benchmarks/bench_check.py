"""Throughput of factlint.extract and of the whole check, as ratios to a baseline scan.

Run from the repository root: .venv/bin/python benchmarks/bench_check.py --help
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus

import factlint
from factlint.claims import assemble
from factlint.compare import judge
from factlint.documents import Document

_DIGITS = re.compile(r"\d+")


def timed(label: str, texts: list[str], run: Callable[[str], object], repeat: int) -> float:
    size = sum(len(t.encode()) for t in texts) / 1e6
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - start)
    print(f"{label:<34} {len(texts) / best:>10,.0f} docs/s {size / best:>8.2f} MB/s")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=500, help="generated documents")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="benchmark every .txt in this folder instead")
    parser.add_argument("--references", type=Path, default=Path("references"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.folder:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    else:
        texts = corpus(args.documents, args.seed)
    size = sum(len(t.encode()) for t in texts) / 1e6
    print(
        f"corpus: {len(texts)} documents, {size:.2f} MB, {sum(len(t.split()) for t in texts) // len(texts)} words each"
    )
    references = factlint.load_references(args.references)
    published = dt.date(2025, 1, 21)

    def check(text: str) -> object:
        claims, _ = assemble(Document(path="doc.txt", text=text, published=published), references)
        return [judge(claim, references) for claim in claims]

    baseline = timed("baseline: re.findall(r'\\d+')", texts, _DIGITS.findall, args.repeat)
    extract = timed(
        "factlint.extract", texts, lambda t: factlint.extract(t, published), args.repeat
    )
    whole = timed("extract+assemble+link+compare", texts, check, args.repeat)
    print(
        f"extract is {extract / baseline:.0f}x the baseline's time; the whole check {whole / baseline:.0f}x"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
