"""factlint refs todo: what to add to the references next, with rows to paste."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factlint.cli.common import (
    Session,
    document_options,
    documents_argument,
    project_options,
    references_option,
)

if TYPE_CHECKING:
    from factlint.todo import Group


def _csv_line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


@click.command("todo")
@documents_argument
@references_option
@click.option(
    "--report",
    type=click.Path(path_type=Path),
    default=None,
    help="The JSON report of the last `factlint check` (default: REPORTS/report.json, "
    "with the config's reports folder, else reports/).",
)
@click.option(
    "--format", "output", type=click.Choice(["text", "csv"]), default="text", show_default=True
)
@click.option(
    "--output",
    "folder",
    type=click.Path(path_type=Path),
    default=None,
    help="With --format csv: the folder for todo-facts.csv and todo-metrics.csv "
    "(default: the reports folder).",
)
@document_options
@project_options
def todo(
    session: Session,
    documents: tuple[Path, ...],
    references: Path | None,
    report: Path | None,
    output: str,
    folder: Path | None,
    globs: tuple[str, ...],
    main_text: bool | None,
    stdin_name: str | None,
) -> None:
    """List the unverified claims of the last run grouped by what the references lack,
    most frequent first, each with a draft row to paste: metric, entities, period and
    unit filled in, value and source left to you. Numbers set aside for want of a
    metric get a draft metrics.csv row; choose its keywords from the sentence shown.

    Example:

        factlint refs todo seeds --references references --format csv
    """
    from factlint.references import load_references
    from factlint.references.load import FACT_COLUMNS, METRIC_COLUMNS
    from factlint.todo import todo as run_todo

    reports = session.path("reports", None)
    report = report or reports / "report.json"
    folder = folder or reports
    references = session.path("references", references)
    # The documents only show the sentences of numbers set aside; with none to be
    # found, the report alone says what is missing.
    roots = list(documents) or session.document_roots()
    docs = session.load_documents(roots, globs, main_text, stdin_name) if roots else None
    groups = run_todo(report, load_references(references), docs)
    if output == "csv":
        _write_csv(groups, folder, {"facts": FACT_COLUMNS, "metrics": METRIC_COLUMNS})
        return
    if not groups:
        click.echo(f"nothing to add: {report} has no unverified claim")
        return
    for group in groups:
        what = "number(s)" if group.drafts[0].table == "metrics" else "claim(s)"
        click.echo(f"{group.missing}: {group.count} {what}")
        for draft in group.drafts:
            columns = FACT_COLUMNS if draft.table == "facts" else METRIC_COLUMNS
            target = (
                f"{references}/facts/<topic>.csv"
                if draft.table == "facts"
                else f"{references}/metrics.csv"
            )
            click.echo(f"  add to {target} ({','.join(columns)}):")
            click.echo(f"    {_csv_line([draft.row[c] for c in columns])}")
            if draft.table == "metrics":
                click.echo(f"    sentence: {draft.sentence}")
            for needed in draft.needed_by:
                click.echo(f"    for {needed}")
    total = sum(g.count for g in groups)
    click.echo(f"{total} to add, in {len(groups)} group(s)")


def _write_csv(groups: list[Group], folder: Path, headers: dict[str, tuple[str, ...]]) -> None:
    from factlint.references.atomic import write_text_atomically

    folder.mkdir(parents=True, exist_ok=True)
    for table, header in headers.items():
        drafts = [d for g in groups for d in g.drafts if d.table == table]
        path = folder / f"todo-{table}.csv"
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for draft in drafts:
            row = dict(draft.row)
            context = "; ".join(draft.needed_by)
            if table == "facts":
                row["note"] = f"TODO: quote the source; for {context}"
            else:
                row["description"] = f"TODO: describe; keywords from: {draft.sentence}"
            writer.writerow([row[c] for c in header])
        write_text_atomically(path, out.getvalue())
        click.echo(f"{path}: {len(drafts)} draft row(s)")
