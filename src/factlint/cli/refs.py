"""factlint refs: work with a reference dataset."""

from __future__ import annotations

from pathlib import Path

import click

from factlint.cli.common import friendly_errors


@click.group()
def refs() -> None:
    """Work with a reference dataset."""


@refs.command("validate")
@click.argument("folder", type=click.Path(path_type=Path), default=Path("references"))
@friendly_errors
def validate(folder: Path) -> None:
    """Validate every CSV in FOLDER; list each problem as file:line:column: message.

    Example:

        factlint refs validate references
    """
    from factlint.references import load_references

    references = load_references(folder)
    click.echo(
        f"{folder}: {len(references.entities)} entities, {len(references.metrics)} metrics, "
        f"{len(references.facts)} facts, {len(references.fx)} exchange rates: OK "
        f"(sha256 {references.sha256[:12]})"
    )
