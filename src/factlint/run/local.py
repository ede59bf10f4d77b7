"""Running the per-document tasks in this process, or in worker processes (``--jobs``),
with the outcomes coming back in the documents' order whatever order they finish in."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from factlint.run.tasks import Outcome, Setup, Source, install, run_batch, run_one

T = TypeVar("T")
R = TypeVar("R")
# Documents per task: enough that sending a task costs little next to checking it, few
# enough that the workers finish together.
BATCH = 8
# Tasks in flight per worker: enough to keep each busy, few enough that the outcomes
# waiting for an earlier, slower document stay small.
WINDOW = 4


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def in_order(
    submit: Callable[[list[Source]], Future[list[Outcome]]],
    sources: Iterable[Source],
    window: int,
    size: int = BATCH,
) -> Iterator[Outcome]:
    """Submit batches, at most ``window`` in flight, and yield their outcomes in order."""
    pending: deque[Future[list[Outcome]]] = deque()
    for batch in batches(sources, size):
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def default_jobs() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    """A fresh interpreter per worker where forking could copy a lock held by another
    thread (macOS, and wherever the platform says so); fork on Linux, where it is safe
    here and each worker starts at once."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def run_local(sources: Iterable[Source], setup: Setup, jobs: int = 1) -> Iterator[Outcome]:
    """Every document's outcome, in order; ``jobs`` worker processes when above 1."""
    if jobs <= 1:
        for source in sources:
            yield run_one(source, setup)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=install, initargs=(setup,)
    ) as pool:
        yield from in_order(lambda batch: pool.submit(run_batch, batch), sources, jobs * WINDOW)
