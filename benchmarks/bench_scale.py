"""How the whole `factlint check` run scales: with documents, with reference facts, and
with processes. Every figure is a ratio against a baseline measured in the same run.

Run from the repository root: .venv/bin/python benchmarks/bench_scale.py --help

Each run is the real command line on a generated archive (``archive.py``), report
writing included, in a fresh process; its wall time, CPU time and peak RSS come from
the kernel's accounting of that process and its workers (``wait4``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive import write_documents, write_references

GOAL_DOCUMENTS = 11.0  # 10x the documents in at most 11x the time
GOAL_FACTS = 1.5  # 100x the facts at most 1.5x slower per document
GOAL_JOBS = 1.8  # two processes at least 1.8x as fast on two cores


@dataclass(frozen=True)
class Measured:
    documents: int
    facts: int
    jobs: int
    wall: float
    cpu: float
    rss_mb: float

    @property
    def label(self) -> str:
        return f"{self.documents:,} documents, {self.facts:,} facts, --jobs {self.jobs}"


def measure(project: Path, references: str, jobs: int, documents: int, facts: int) -> Measured:
    """One run of `factlint check`, from a clean output folder."""
    for folder in ("reports", "claims"):
        shutil.rmtree(project / folder, ignore_errors=True)
    command = [
        sys.executable, "-m", "factlint", "check", "documents", "--references", references,
        "--fail-on", "none", "--jobs", str(jobs),
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=project, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        sys.exit(f"error: {' '.join(command)} failed in {project}")
    # ru_maxrss of wait4 is the largest of the process and its waited-for workers, in KiB.
    return Measured(documents, facts, jobs, wall, usage.ru_utime + usage.ru_stime,
                    usage.ru_maxrss / 1024)  # fmt: skip


def archive(root: Path, documents: int, seed: int) -> Path:
    project = root / f"archive-{documents}"
    if not project.exists():
        write_documents(project / "documents", documents, seed)
    return project


def references(root: Path, facts: int, seed: int) -> Path:
    folder = root / f"references-{facts}"
    if not folder.exists():
        write_references(folder, facts, seed)
    return folder


def run(args: argparse.Namespace, root: Path) -> list[Measured]:
    small, large = args.documents, args.documents * 10
    few, many = args.facts, args.facts * 100
    projects = {n: archive(root, n, args.seed) for n in (small, 2 * small, large)}
    folders = {n: references(root, n, args.seed) for n in (few, many)}
    plan = [
        (small, few, 1), (small, many, 1), (2 * small, many, 1), (2 * small, few, 1),
    ]  # fmt: skip
    # Processes: --jobs 1 and --jobs 2 on the large archive back to back, `--rounds`
    # times, right after measuring what two processes gain on the machine at that moment;
    # the fastest run of each counts (on a shared machine other work only slows a run).
    for _ in range(args.rounds):
        plan += [(large, few, 1), (large, few, 2)]
    found = []
    for documents, facts, jobs in plan:
        if (documents, jobs) == (large, 1):
            args.machine.append(machine_speedup())
        result = measure(projects[documents], str(folders[facts]), jobs, documents, facts)
        print(f"  {result.label}: {result.wall:.1f} s wall, {result.cpu:.1f} s CPU, "
              f"{result.rss_mb:.0f} MB peak RSS", flush=True)  # fmt: skip
        found.append(result)
    return found


def _spin(_: int) -> int:
    total = 0
    for number in range(20_000_000):
        total += number
    return total


def machine_speedup() -> float:
    """What two processes gain on this machine right now, on pure computation: on a
    shared machine other work takes cores, and no program can beat this."""
    import multiprocessing

    started = time.perf_counter()
    _spin(0), _spin(1)
    serial = time.perf_counter() - started
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_spin, [0, 1])
    return serial / (time.perf_counter() - started)


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(found: list[Measured], args: argparse.Namespace) -> None:
    by: dict[tuple[int, int, int], Measured] = {}
    for m in found:  # the fastest of each kind of run
        key = (m.documents, m.facts, m.jobs)
        if key not in by or m.wall < by[key].wall:
            by[key] = m
    small, large = args.documents, args.documents * 10
    few, many = args.facts, args.facts * 100
    base, ten = by[small, few, 1], by[large, few, 1]
    documents = ten.wall / base.wall
    memory = ten.rss_mb / base.rss_mb
    # Per document: the slope between two archive sizes, so that what a run pays once
    # (start-up, reading the references) is not spread over its documents.
    slope_few = (by[2 * small, few, 1].wall - base.wall) / small
    slope_many = (by[2 * small, many, 1].wall - by[small, many, 1].wall) / small
    facts = slope_many / slope_few
    jobs = ten.wall / by[large, few, 2].wall
    cpu_documents = ten.cpu / base.cpu
    cpu_slope_few = (by[2 * small, few, 1].cpu - base.cpu) / small
    cpu_slope_many = (by[2 * small, many, 1].cpu - by[small, many, 1].cpu) / small
    print()
    print("| ratio | measured | goal |")
    print("| --- | ---: | --- |")
    print(f"| time, {large:,} / {small:,} documents | {documents:.2f}x | at most {GOAL_DOCUMENTS:g}x: {verdict(documents <= GOAL_DOCUMENTS)} |")  # fmt: skip
    print(f"| peak RSS, {large:,} / {small:,} documents | {memory:.2f}x | does not grow with documents |")  # fmt: skip
    print(f"| time per document, {many:,} / {few:,} facts | {facts:.2f}x ({slope_many * 1000:.1f} / {slope_few * 1000:.1f} ms) | at most {GOAL_FACTS:g}x: {verdict(facts <= GOAL_FACTS)} |")  # fmt: skip
    print(f"| whole run of {small:,} documents, {many:,} / {few:,} facts | {by[small, many, 1].wall / base.wall:.2f}x | (reading 100x the references included) |")  # fmt: skip
    print(f"| speed, --jobs 2 / --jobs 1, {large:,} documents | {jobs:.2f}x | at least {GOAL_JOBS:g}x: {verdict(jobs >= GOAL_JOBS)} |")  # fmt: skip
    print(f"| CPU time, {large:,} / {small:,} documents | {cpu_documents:.2f}x | (immune to other work on the machine) |")  # fmt: skip
    print(f"| CPU time per document, {many:,} / {few:,} facts | {cpu_slope_many / cpu_slope_few:.2f}x | |")  # fmt: skip
    print(f"| CPU time, --jobs 2 / --jobs 1 | {by[large, few, 2].cpu / ten.cpu:.2f}x | the cost of spreading the work |")  # fmt: skip
    print(f"| speed on two free cores, from CPU time (2 x --jobs 1 / --jobs 2) | {2 * ten.cpu / by[large, few, 2].cpu:.2f}x | what --jobs 2 gives when nothing else runs |")  # fmt: skip
    machine = ", ".join(f"{x:.2f}x" for x in args.machine)
    print(f"| this machine's own two-process speedup, pure computation, just before each --jobs pair | {machine} | the most any program could show |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=1000, help="the small archive (default 1,000; the large one is 10x)")  # fmt: skip
    parser.add_argument("--facts", type=int, default=1000, help="the small reference set (default 1,000; the large one is 100x)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1, help="--jobs 1 and 2 pairs on the large archive, the fastest of each counting (default 1)")  # fmt: skip
    parser.add_argument("--keep", type=Path, help="generate the archives here and keep them")
    args = parser.parse_args()
    print(f"factlint check on generated archives (cores: {os.cpu_count()}):")
    args.machine = []
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        found = run(args, args.keep)
    else:
        with tempfile.TemporaryDirectory() as scratch:
            found = run(args, Path(scratch))
    report(found, args)


if __name__ == "__main__":
    main()
