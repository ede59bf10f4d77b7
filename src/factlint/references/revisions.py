"""Checks of the columns that say when a figure was published, which row it revises and
what kind of row it is (an estimate, an expectation, its basis), beyond what each cell
says alone: a revision is of the same figure, published after the row it revises, one
revision per row and no cycle; an expectation says who made it; a basis belongs to an
amount or a rate."""

from __future__ import annotations

import datetime as dt

from factlint.references.models import Fact, Metric
from factlint.references.table import CsvTable

Located = tuple[CsvTable, int, Fact]


def check_fact_columns(table: CsvTable, line: int, fact: Fact, metric: Metric | None) -> None:
    """The new columns of one row, against the row itself and its metric."""
    if fact.published is not None:
        if fact.published > dt.date.today():
            table.problem(
                line,
                "published",
                f"published: in the future (got '{fact.published}'); write the day the figure "
                "was released",
            )
        elif fact.published > fact.retrieved:
            table.problem(
                line,
                "published",
                f"published: after the row was retrieved on {fact.retrieved} (got "
                f"'{fact.published}'); a page is read after it is published: fix either date",
            )
    if fact.revises and fact.published is None:
        table.problem(
            line,
            "published",
            f"published: empty (got ''); a row that revises {fact.revises!r} must say when it "
            "was published, so that a document is compared with the estimate of its day",
        )
    if fact.estimate == "first" and fact.revises:
        table.problem(
            line,
            "estimate",
            f"estimate: a first estimate revises nothing (got 'first' with revises "
            f"{fact.revises!r}); write second, third, revised, benchmark or final, or empty "
            "the revises column",
        )
    if fact.expectation and not fact.forecaster:
        table.problem(
            line,
            "forecaster",
            f"forecaster: empty (got ''); say who made the {fact.expectation}, like "
            "'economists polled by Reuters' or 'the central bank'",
        )
    if fact.forecaster and not fact.expectation:
        table.problem(
            line,
            "expectation",
            f"expectation: empty (got ''); a row with a forecaster ({fact.forecaster!r}) is an "
            "expectation: write consensus, forecast, projection, target or guidance",
        )
    if fact.basis and metric is not None and metric.kind not in ("amount", "percent"):
        table.problem(
            line,
            "basis",
            f"basis: a {metric.kind} has no basis (got {'|'.join(fact.basis)!r}); leave it "
            "empty: terms such as real or seasonally-adjusted belong to amounts and rates",
        )


def _same_figure(fact: Fact, other: Fact) -> bool:
    return (fact.metric, fact.subject, fact.object, fact.period) == (
        other.metric,
        other.subject,
        other.object,
        other.period,
    )


def _where(table: CsvTable, line: int) -> str:
    return f"{table.where}:{line}"


def check_revisions(rows: list[Located], invalid_ids: set[str]) -> None:
    """Every ``revises`` names a row of the same figure, published before it; each row
    is revised at most once (a chain: first, second, third) and no chain is a cycle.
    ``invalid_ids`` are rows that failed their own checks: naming one is reported there."""
    by_id = {fact.id: (table, line, fact) for table, line, fact in rows}
    revised_by: dict[str, Located] = {}
    for table, line, fact in rows:
        if not fact.revises:
            continue
        target = by_id.get(fact.revises)
        if target is None:
            if fact.revises not in invalid_ids:
                table.problem(
                    line,
                    "revises",
                    f"revises: no fact with this id (got {fact.revises!r}); write the id of the "
                    "row whose figure this one replaced",
                )
            continue
        earlier_table, earlier_line, earlier = target
        if earlier.id == fact.id:
            table.problem(
                line, "revises", f"revises: the row itself (got {fact.revises!r}); name the "
                "earlier row, or empty the column"
            )  # fmt: skip
            continue
        if not _same_figure(fact, earlier):
            table.problem(
                line,
                "revises",
                f"revises: {earlier.id!r} at {_where(earlier_table, earlier_line)} is another "
                f"figure ({earlier.metric} {earlier.subject} {earlier.object or '-'} "
                f"{earlier.period}; this row is {fact.metric} {fact.subject} "
                f"{fact.object or '-'} {fact.period}) (got {fact.revises!r}); a revision has "
                "the metric, subject, object and period of the row it revises",
            )
            continue
        if (
            fact.published is not None
            and earlier.published is not None
            and fact.published <= earlier.published
        ):
            table.problem(
                line,
                "published",
                f"published: not after {earlier.id!r} (published {earlier.published}), which "
                f"this row revises (got '{fact.published}'); a revision comes out later: "
                "fix the dates, or swap the rows' revises",
            )
        if fact.revises in revised_by:
            other_table, other_line, other = revised_by[fact.revises]
            table.problem(
                line,
                "revises",
                f"revises: {fact.revises!r} is already revised by {other.id!r} at "
                f"{_where(other_table, other_line)} (got {fact.revises!r}); revise the latest "
                "row instead, so that the estimates form one chain",
            )
            continue
        revised_by[fact.revises] = (table, line, fact)
    _check_cycles(rows, by_id)


def _check_cycles(rows: list[Located], by_id: dict[str, Located]) -> None:
    reported: set[str] = set()
    for table, line, fact in rows:
        seen = [fact.id]
        current = fact
        while current.revises and current.revises in by_id:
            current = by_id[current.revises][2]
            if current.id in seen:
                cycle = [*seen[seen.index(current.id) :], current.id]
                if not reported & set(cycle):
                    table.problem(
                        line,
                        "revises",
                        f"revises: a cycle ({' → '.join(cycle)}) (got {fact.revises!r}); the "
                        "first estimate revises nothing",
                    )
                reported.update(cycle)
                break
            seen.append(current.id)
