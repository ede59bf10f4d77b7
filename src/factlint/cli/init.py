"""factlint init: write a starting project."""

from __future__ import annotations

from pathlib import Path

import click

from factlint.cli.common import Session, project_options


@click.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False), default=Path("."))
@project_options
def init(session: Session, folder: Path) -> None:
    """Start a project: config, reference data, an example document, reviews and CI.

    Writes factlint.toml (the policy's defaults and the project's folders),
    references/ (the header lines and a worked example row), documents/ (an example
    the example row confirms), claims/reviews.csv and .github/workflows/factlint.yml.
    Files that exist are kept as they are.

    Example:

        factlint init && factlint check
    """
    from factlint.init import init_project

    for target, written in init_project(folder):
        shown = folder / target if folder != Path(".") else Path(target)
        session.say(f"{'created' if written else 'kept   '} {shown}")
    place = "" if folder == Path(".") else f"cd {folder} && "
    session.say(
        f"next: put your documents in documents/ and your facts in references/, then "
        f"{place}factlint check"
    )
