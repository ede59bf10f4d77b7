"""factlint extract: every number, date and rank in a document."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

import click

from factlint.cli.common import friendly_errors

TABLE_COLUMNS = ("line", "column", "start", "end", "kind", "text", "value", "unit", "comparator")


@click.command()
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--format",
    "output",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="JSON lines, or a tab-separated table with a header row.",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Resolve relative dates against this day (default: the document's metadata).",
)
@click.option(
    "--stdin-name",
    metavar="NAME",
    default="stdin.txt",
    show_default=True,
    help="The name of a document read from '-'; its extension picks the reader.",
)
@click.option("--main-text", is_flag=True, help="HTML: only the page's main text.")
@friendly_errors
def extract(
    file: Path, output: str, published: dt.datetime | None, stdin_name: str, main_text: bool
) -> None:
    """Print every number, date and rank in FILE (or - for standard input).

    Each mention has its line and column in FILE (for a PDF, the paragraph on its page,
    and the page) and its offsets in the document's plain text.

    Example:

        factlint extract article.md --published 2024-06-30 --format table
    """
    from factlint.documents import load_document, load_stdin
    from factlint.extract import extract as run_extract

    day = published.date() if published else None
    if str(file) == "-":
        document = load_stdin(stdin_name, published=day, main_text=main_text)
    else:
        document = load_document(file, day, main_text=main_text)
    if output == "table":
        click.echo("\t".join(TABLE_COLUMNS))
    for mention in run_extract(document.text, document.published):
        where = document.locate(mention.start)
        row = {"line": where.line, "column": where.column, **asdict(mention)}
        if where.page is not None:
            row["page"] = where.page
        if output == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo("\t".join("" if row[c] is None else str(row[c]) for c in TABLE_COLUMNS))
