"""factlint refs: work with a reference dataset. ``validate`` lives here; each other
subcommand has its own module (``refs_<name>.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from factlint.cli.common import Session, format_option, project_options
from factlint.cli.group import Group
from factlint.cli.refs_fmt import fmt
from factlint.cli.refs_impact import impact
from factlint.cli.refs_refresh import refresh
from factlint.cli.refs_schema import schema
from factlint.cli.refs_todo import todo


@click.group(cls=Group)
def refs() -> None:
    """Work with a reference dataset: validate, schema, fmt, impact, todo, refresh."""


@refs.command("validate")
@click.argument("folder", type=click.Path(path_type=Path), required=False)
@format_option("a line (or one per problem)")
@project_options
def validate(session: Session, folder: Path | None, output: str) -> None:
    """Validate every CSV of the reference dataset; list each problem as file:line:column.

    FOLDER defaults to the config's references, else references/. Once the rows are
    right, it also fails when FOLDER/datapackage.json is not what `refs schema --write`
    makes of them.

    Example:

        factlint refs validate references --format json
    """
    from factlint.errors import ReferenceDataError, display_path
    from factlint.references import load_references
    from factlint.references.schema import stale

    folder = session.path("references", folder)
    references = load_references(folder)
    outdated = stale(folder)
    if outdated:
        raise ReferenceDataError([outdated])
    counts = {
        "entities": len(references.entities),
        "metrics": len(references.metrics),
        "facts": len(references.facts),
        "fx": len(references.fx),
    }
    if output == "json":
        click.echo(
            json.dumps(
                {
                    "ok": True,
                    "references": display_path(folder),
                    **counts,
                    "sha256": references.sha256,
                },
                indent=2,
            )
        )
        return
    session.say(
        f"{display_path(folder)}: {counts['entities']} entities, {counts['metrics']} metrics, "
        f"{counts['facts']} facts, {counts['fx']} exchange rates: OK "
        f"(sha256 {references.sha256[:12]})"
    )


for command in (schema, fmt, impact, todo, refresh):
    refs.add_command(command)
