"""factlint extract: every number, date and rank in a file."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

import click

from factlint.cli.common import friendly_errors


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--format", "output", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Resolve relative dates against this day (default: the document's metadata).",
)
@friendly_errors
def extract(file: Path, output: str, published: dt.datetime | None) -> None:
    """Print every number, date and rank in FILE.

    Example:

        factlint extract article.txt --published 2024-06-30 --format jsonl
    """
    from factlint.documents import load_document
    from factlint.extract import extract as run_extract

    document = load_document(file, published.date() if published else None)
    for mention in run_extract(document.text, document.published):
        if output == "jsonl":
            click.echo(json.dumps(asdict(mention), ensure_ascii=False))
        else:
            click.echo(
                f"{mention.start}\t{mention.end}\t{mention.kind}\t{mention.text}\t{mention.value}\t{mention.unit}\t{mention.comparator}"
            )
