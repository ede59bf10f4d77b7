"""Throughput, peak memory and linear time of factlint's extractor and of the whole check,
next to quantulum3 on the same documents.

Run from the repository root: .venv/bin/python benchmarks/bench_check.py --help

Each phase runs in its own Python process, so that its peak RSS (ru_maxrss) is its own:
imports, the corpus and the work, and nothing left over from another phase.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ADVERSARIAL_FAMILIES, adversarial, corpus, news

Figures = dict[str, Any]  # one phase's results, as they travel through JSON
PUBLISHED = dt.date(2025, 1, 21)
PHASES = ("baseline", "extract", "check", "quantulum3", "adversarial", "startup")
GOAL_DOCS = 1_000
GOAL_MB = 2.0
GOAL_QUANTULUM = 60
GOAL_ADVERSARIAL = 3.0
_DIGITS = re.compile(r"\d+")


def texts_of(args: argparse.Namespace) -> list[str]:
    if args.folder:
        paths = sorted(Path(args.folder).glob("*.txt"))
        if not paths:
            sys.exit(f"error: no .txt files in {args.folder}")
        return [p.read_text(encoding="utf-8") for p in paths]
    return corpus(args.documents, args.seed, args.paragraphs, args.claims)


def best_time(texts: list[str], run: Callable[[str], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs over ``texts``. CPU time, not wall time, so
    that other work on a shared machine does not count against the one core measured."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            run(text)
        best = min(best, time.process_time() - start)
    return best


def rates(texts: list[str], seconds: float) -> Figures:
    size = sum(len(t.encode()) for t in texts) / 1e6
    return {
        "documents": len(texts),
        "mb": size,
        "docs_s": len(texts) / seconds,
        "mb_s": size / seconds,
    }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def phase_baseline(args: argparse.Namespace) -> Figures:
    texts = texts_of(args)
    return rates(texts, best_time(texts, _DIGITS.findall, args.repeat))


def phase_extract(args: argparse.Namespace) -> Figures:
    from factlint.extract import extract

    texts = texts_of(args)
    result = rates(texts, best_time(texts, lambda t: extract(t, PUBLISHED), args.repeat))
    subset = texts[: args.quantulum_documents]
    result["subset"] = rates(
        subset, best_time(subset, lambda t: extract(t, PUBLISHED), args.repeat)
    )
    words = sum(len(t.split()) for t in texts)
    result["words_per_mention"] = words / max(1, sum(len(extract(t, PUBLISHED)) for t in texts))
    return result


def phase_check(args: argparse.Namespace) -> Figures:
    # Only the public API, so that --against can time an older tree doing the same work.
    import factlint
    from factlint.documents import Document
    from factlint.references import load_references

    texts = texts_of(args)
    references = load_references(args.references)

    def check(text: str) -> object:
        document = Document(path="doc.txt", text=text, published=PUBLISHED)
        return factlint.check([document], references)

    return rates(texts, best_time(texts, check, args.repeat))


def phase_quantulum3(args: argparse.Namespace) -> Figures:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser
    except ImportError:
        return {"missing": True}
    texts = texts_of(args)[: args.quantulum_documents]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse(texts[0])  # loads its unit tables; not part of the rate
        return rates(texts, best_time(texts, parser.parse, 1))


def ordinary_text(args: argparse.Namespace, size: int) -> str:
    """``size`` characters of the benchmark's own documents, or of generated news."""
    if not args.folder:
        return news(size, args.seed)
    stories = "\n".join(texts_of(args))
    return (stories * (size // max(1, len(stories)) + 1))[:size]


def phase_adversarial(args: argparse.Namespace) -> Figures:
    from factlint.extract import scan

    size = int(args.adversarial_mb * 1e6)

    def seconds(text: str) -> float:
        return best_time([text], lambda t: scan(t, PUBLISHED), args.repeat)

    ordinary = seconds(ordinary_text(args, size))
    mixed = adversarial(size)
    families = {}
    for name in ADVERSARIAL_FAMILIES:
        text = adversarial(size, [name])
        families[name] = {
            "ratio": seconds(text) / ordinary,
            "mentions": len(scan(text, PUBLISHED).mentions),
        }
    return {"news_s": ordinary, "mixed_s": seconds(mixed), "families": families}


_HEAVY = "int(any(m in sys.modules for m in ('pandas', 'pint')))"


def phase_startup(args: argparse.Namespace) -> Figures:
    """Wall time, best of five fresh interpreters, from the first import to the end of
    `import factlint.extract`, and of `factlint extract` on a one-line file; and whether
    either loads pandas or pint."""
    imports = "import factlint.extract"
    with tempfile.TemporaryDirectory() as scratch:
        sample = Path(scratch) / "sample.txt"
        sample.write_text("Exports rose 5% to $3.5bn in 2024.\n", encoding="utf-8")
        command = (
            "from factlint.cli import cli; "
            f"cli.main(['extract', {str(sample)!r}, '--published', '2025-01-21'], "
            "standalone_mode=False)"
        )
        import_s, import_heavy = _startup(imports)
        cli_s, cli_heavy = _startup(command)
    return {"import_s": import_s, "cli_s": cli_s, "heavy": import_heavy or cli_heavy}


def _startup(code: str) -> tuple[float, bool]:
    probe = (
        f"import sys, time; t = time.perf_counter(); {code}; "
        f"print(time.perf_counter() - t, {_HEAVY}, file=sys.stderr)"
    )
    best, heavy = float("inf"), False
    for _ in range(5):
        run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"error: {code} failed:\n{run.stderr}")
        seconds, loaded = run.stderr.split()[-2:]
        best, heavy = min(best, float(seconds)), heavy or loaded == "1"
    return best, heavy


def run_phase(name: str, argv: list[str], tree: Path | None = None) -> Figures:
    """Run one phase in a fresh interpreter and return its figures with its peak RSS;
    with ``tree``, the factlint of that source tree instead of the installed one."""
    command = [sys.executable, __file__, *argv, "--phase", name]
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(tree), env.get("PYTHONPATH", "")])
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.exit(f"error: phase {name} failed:\n{done.stderr}")
    result: Figures = json.loads(done.stdout.splitlines()[-1])
    return result


def row(label: str, figures: Figures) -> str:
    docs, mb = figures["documents"], figures["mb"]
    return (
        f"| {label} | {docs} | {mb:.2f} | {figures['docs_s']:,.0f} | {figures['mb_s']:.2f} "
        f"| {figures['rss_mb']:.0f} |"
    )


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def print_rates(results: dict[str, Figures]) -> float | None:
    """The throughput table; returns factlint's speed over quantulum3's, if it ran."""
    extract, quantulum = results["extract"], results["quantulum3"]
    print("| phase | documents | MB | documents/s | MB/s | peak RSS (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(row("baseline: re.findall(r'\\d+')", results["baseline"]))
    print(row("factlint.extract", extract))
    print(row("whole check (extract, assemble, link, compare)", results["check"]))
    if quantulum.get("missing"):
        print()
        print("quantulum3 is not installed, so it is not compared: pip install -e '.[bench]'")
        return None
    subset = {**extract["subset"], "rss_mb": extract["rss_mb"]}
    print(row("quantulum3.parser.parse", quantulum))
    print(row("factlint.extract, the documents quantulum3 read", subset))
    ratio: float = subset["docs_s"] / quantulum["docs_s"]
    return ratio


def print_adversarial(adversary: Figures, size_mb: float) -> float:
    """The adversarial families one by one; returns the mixed text's time over news's."""
    mixed: float = adversary["mixed_s"] / adversary["news_s"]
    print(
        f"adversarial: {size_mb:g} MB of mixed adversarial text, in lines of 100,000 "
        f"characters, takes {mixed:.2f}x the time of {size_mb:g} MB of news "
        f"({adversary['news_s']:.2f} s)"
    )
    print()
    print("| adversarial family, alone | time / news time | mentions |")
    print("| --- | ---: | ---: |")
    for name, family in adversary["families"].items():
        print(f"| {name} | {family['ratio']:.2f} | {family['mentions']:,} |")
    return mixed


def exported(revision: str, into: Path) -> Path:
    """The package source of a git revision of this repository, written under ``into``."""
    archive = subprocess.run(
        ["git", "archive", revision, "src"], cwd=Path(__file__).resolve().parent.parent,
        capture_output=True, check=True,
    )  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def against(args: argparse.Namespace, argv: list[str]) -> None:
    """Extraction and the whole check of this tree and of ``--against``, in turn (A B A
    B, best of each), on the same corpus in the same run: the ratio is what counts."""
    mine = [a for a in argv if a != "--against" and a != args.against]
    with tempfile.TemporaryDirectory() as folder:
        tree = exported(args.against, Path(folder))
        print(f"this tree against {args.against}, {args.rounds} rounds each, best taken")
        print()
        print("| phase | documents/s, this tree | documents/s, " + args.against + " | ratio |")
        print("| --- | ---: | ---: | ---: |")
        for name in ("extract", "check"):
            now, then = 0.0, 0.0
            for _ in range(args.rounds):
                now = max(now, run_phase(name, mine)["docs_s"])
                then = max(then, run_phase(name, mine, tree)["docs_s"])
            print(f"| {name} | {now:,.0f} | {then:,.0f} | {now / then:.2f} |")


def report(args: argparse.Namespace, argv: list[str]) -> None:
    if args.against:
        against(args, argv)
        return
    results = {name: run_phase(name, argv) for name in PHASES}
    extract, startup = results["extract"], results["startup"]
    source = f"folder {args.folder}" if args.folder else f"generated, seed {args.seed}"
    print(f"corpus: {source}; one mention every {extract['words_per_mention']:.1f} words")
    print()
    ratio = print_rates(results)
    print()
    print(
        f"start-up (best of 5 fresh interpreters): import factlint.extract "
        f"{startup['import_s'] * 1000:.0f} ms; `factlint extract` on a one-line file "
        f"{startup['cli_s'] * 1000:.0f} ms; pandas or pint loaded: "
        f"{'yes' if startup['heavy'] else 'no'}"
    )
    mixed = print_adversarial(results["adversarial"], args.adversarial_mb)
    docs_s, mb_s = extract["docs_s"], extract["mb_s"]
    print()
    print("goals (one core):")
    print(
        f"  >= {GOAL_DOCS:,} documents/s extracting: {docs_s:,.0f}, {verdict(docs_s >= GOAL_DOCS)}"
    )
    print(f"  >= {GOAL_MB:g} MB/s extracting: {mb_s:.2f}, {verdict(mb_s >= GOAL_MB)}")
    if ratio is not None:
        print(
            f"  >= {GOAL_QUANTULUM}x quantulum3: {ratio:.0f}x, {verdict(ratio >= GOAL_QUANTULUM)}"
        )
    within = mixed <= GOAL_ADVERSARIAL
    print(f"  adversarial within {GOAL_ADVERSARIAL:g}x of news: {mixed:.2f}x, {verdict(within)}")


def profile_extraction(texts: list[str]) -> None:
    """Own time by module of the extractor, then the costliest functions."""
    import cProfile
    import pstats
    from collections import defaultdict

    from factlint.extract import extract

    profiler = cProfile.Profile()
    profiler.runcall(lambda: [extract(text, PUBLISHED) for text in texts])
    stats = pstats.Stats(profiler)
    by_module: dict[str, float] = defaultdict(float)
    entries: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    entries = stats.stats  # type: ignore[attr-defined]
    for (path, _, _), (_, _, own, _, _) in entries.items():
        by_module[Path(path).name if path != "~" else "(built-ins)"] += own
    total = sum(by_module.values())
    print(f"extraction of {len(texts)} documents under cProfile: {total:.2f} s of own time")
    for name, own in sorted(by_module.items(), key=lambda item: -item[1])[:12]:
        print(f"{own / total:6.1%}  {name}")
    print()
    stats.sort_stats("tottime").print_stats(15)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--documents", type=int, default=500, help="generated documents (default 500)"
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated corpus")
    parser.add_argument(
        "--paragraphs",
        type=int,
        default=12,
        help="paragraphs per generated document, about 49 words each (default 12)",
    )
    parser.add_argument(
        "--claims",
        type=int,
        default=1,
        help="claim sentences per paragraph of three prose sentences: 1 gives a mention "
        "every 20 words, denser than the BBC business news measured (every 26); 2 gives "
        "one every 13, the densest economic data releases (default 1)",
    )
    parser.add_argument("--folder", type=Path, help="benchmark every .txt in this folder instead")
    parser.add_argument("--references", type=Path, default=Path("references"))
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument(
        "--quantulum-documents",
        type=int,
        default=50,
        help="documents given to quantulum3 (it is slow)",
    )
    parser.add_argument(
        "--adversarial-mb", type=float, default=1.0, help="size of the adversarial text"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="instead, profile extraction (cProfile) and print where the time goes",
    )
    parser.add_argument(
        "--against",
        metavar="REV",
        help="instead, time extraction and the whole check of this tree against a git "
        "revision of it (e.g. HEAD~1) on the same corpus, and print the ratios",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="with --against: runs of each tree, in turn"
    )
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.profile:
        profile_extraction(texts_of(args))
        return
    if args.phase is None:
        report(args, sys.argv[1:])
        return
    result = globals()[f"phase_{args.phase}"](args)
    result["rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
