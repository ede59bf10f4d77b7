"""factlint refs impact: what an edit of the references changes."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from factlint.cli.common import EXIT_FLAGGED, documents_argument, friendly_errors, references_option


@click.command("impact")
@documents_argument
@references_option
@click.option(
    "--against",
    "revision",
    default="HEAD",
    show_default=True,
    help="The git revision whose references to compare with the working tree's.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["worse", "change", "none"]),
    default="worse",
    show_default=True,
    help="Exit 1 when a claim lost its pass or gained a flag (worse), on any change, or never.",
)
@click.option(
    "--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@friendly_errors
def impact(documents: Path, references: Path, revision: str, fail_on: str, output: str) -> None:
    """Check DOCUMENTS with the references at a git revision and with the working tree,
    and list every claim whose verdict or fact changed, old → new.

    Example:

        factlint refs impact seeds --references references --against HEAD
    """
    from factlint.config import load_policy
    from factlint.impact import impact as run_impact

    changes = run_impact(documents, references, revision, load_policy(Path.cwd()))
    worse = [c for c in changes if c.worse]
    if output == "json":
        entries = [{**asdict(c), "worse": c.worse} for c in changes]
        click.echo(json.dumps({"against": revision, "changes": entries}, indent=2))
    else:
        for change in changes:
            click.echo(change.render())
        click.echo(
            f"{len(changes)} claim(s) changed against {revision}"
            + (f", {len(worse)} for the worse" if changes else "")
        )
    failing = {"worse": worse, "change": changes, "none": []}[fail_on]
    if failing:
        sys.exit(EXIT_FLAGGED)
