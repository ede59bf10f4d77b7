"""factlint refs: work with a reference dataset. ``validate`` lives here; each other
subcommand has its own module (``refs_<name>.py``)."""

from __future__ import annotations

from pathlib import Path

import click

from factlint.cli.common import friendly_errors
from factlint.cli.refs_fmt import fmt
from factlint.cli.refs_impact import impact
from factlint.cli.refs_refresh import refresh
from factlint.cli.refs_schema import schema
from factlint.cli.refs_todo import todo


@click.group()
def refs() -> None:
    """Work with a reference dataset."""


@refs.command("validate")
@click.argument("folder", type=click.Path(path_type=Path), default=Path("references"))
@friendly_errors
def validate(folder: Path) -> None:
    """Validate every CSV in FOLDER; list each problem as file:line:column: message.
    Once the rows are right, also fails when FOLDER/datapackage.json is not what
    `refs schema --write` makes of them.

    Example:

        factlint refs validate references
    """
    from factlint.errors import ReferenceDataError
    from factlint.references import load_references
    from factlint.references.schema import stale

    references = load_references(folder)
    outdated = stale(folder)
    if outdated:
        raise ReferenceDataError([outdated])
    click.echo(
        f"{folder}: {len(references.entities)} entities, {len(references.metrics)} metrics, "
        f"{len(references.facts)} facts, {len(references.fx)} exchange rates: OK "
        f"(sha256 {references.sha256[:12]})"
    )


for command in (schema, fmt, impact, todo, refresh):
    refs.add_command(command)
