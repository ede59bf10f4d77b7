"""factlint refs fmt: the reference CSVs in canonical form."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factlint.cli.common import EXIT_BAD_INPUT, EXIT_FLAGGED, Session, project_options


@click.command("fmt")
@click.argument("folder", type=click.Path(path_type=Path), required=False)
@click.option(
    "--check", is_flag=True, help="Write nothing; list the files that would change and exit 1."
)
@project_options
def fmt(session: Session, folder: Path | None, check: bool) -> None:
    """Put FOLDER's CSVs (default: the config's references, else references/) in canonical form: the schema's column order (unknown columns
    kept, last), rows sorted by id, quotes only where needed, LF line ends, a final
    newline. Never drops a row, column or cell; each file is replaced atomically.

    Example:

        factlint refs fmt references --check
    """
    folder = session.path("references", folder)
    from factlint.errors import DocumentError, display_path
    from factlint.references.fmt import format_folder

    if not folder.is_dir():
        raise DocumentError(f"{folder}: no such reference folder")
    results, problems = format_folder(folder, write=not check)
    changed = [r for r in results if r.changed]
    for result in changed:
        verb = "would reformat" if check else "reformatted"
        click.echo(f"{verb} {display_path(result.path)}")
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    unchanged = len(results) - len(changed)
    if check:
        click.echo(f"{len(changed)} file(s) would change, {unchanged} already formatted")
    else:
        click.echo(f"{len(changed)} file(s) reformatted, {unchanged} already formatted")
    if problems:
        click.echo(f"{len(problems)} problem(s); those files were left as they are", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if check and changed:
        click.echo(f"run `factlint refs fmt {folder}` to format them", err=True)
        sys.exit(EXIT_FLAGGED)
