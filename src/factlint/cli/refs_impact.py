"""factlint refs impact: what an edit of the references changes."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from factlint.cli.common import (
    EXIT_FLAGGED,
    Session,
    document_options,
    documents_argument,
    project_options,
    references_option,
)


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
@document_options
@project_options
def impact(
    session: Session,
    documents: tuple[Path, ...],
    references: Path | None,
    revision: str,
    fail_on: str,
    output: str,
    globs: tuple[str, ...],
    main_text: bool | None,
    stdin_name: str | None,
) -> None:
    """Check DOCUMENTS with the references at a git revision and with the working tree,
    and list every claim whose verdict or fact changed, old → new. DOCUMENTS and the
    references default to the config's.

    Example:

        factlint refs impact seeds --references references --against HEAD
    """
    from factlint.impact import impact as run_impact

    sources = session.document_sources(documents)
    docs = session.load_documents(sources, globs, main_text, stdin_name)
    folder = session.path("references", references)
    changes = run_impact(docs, folder, revision, session.config.policy)
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
