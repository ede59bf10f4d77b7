"""factlint refs schema: datapackage.json, generated from factlint's row models."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factlint.cli.common import EXIT_FLAGGED, Session, project_options


@click.command("schema")
@click.argument("folder", type=click.Path(path_type=Path), required=False)
@click.option("--write", is_flag=True, help="Write FOLDER/datapackage.json (atomically).")
@click.option("--check", is_flag=True, help="Exit 1 when FOLDER/datapackage.json is out of date.")
@project_options
def schema(session: Session, folder: Path | None, write: bool, check: bool) -> None:
    """Print the Frictionless Data Package that describes FOLDER's CSVs (default: the config's references, else references/), made from
    factlint's row models: every fact file, every column, type, pattern, enum and
    foreign key. With --write, save it as FOLDER/datapackage.json.

    Example:

        factlint refs schema references --write
    """
    folder = session.path("references", folder)
    from factlint.errors import DocumentError
    from factlint.references import schema as package

    if not folder.is_dir():
        raise DocumentError(f"{folder}: no such reference folder")
    if check:
        problem = package.stale(folder)
        if problem is not None:
            click.echo(f"{problem}", err=True)
            sys.exit(EXIT_FLAGGED)
        click.echo(f"{folder / package.PACKAGE_FILE}: up to date")
    elif write:
        changed = package.write(folder)
        state = "written" if changed else "already up to date"
        click.echo(f"{folder / package.PACKAGE_FILE}: {state}")
    else:
        click.echo(package.render(folder), nl=False)
