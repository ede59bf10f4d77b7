"""factlint explain: why one claim got its verdict."""

from __future__ import annotations

from pathlib import Path

import click

from factlint.cli.common import (
    claims_option,
    documents_argument,
    friendly_errors,
    references_option,
)


@click.command()
@click.argument("claim_id")
@documents_argument
@references_option
@claims_option
@click.option(
    "--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@friendly_errors
def explain(
    claim_id: str, documents: Path, references: Path, claims_dir: Path, output: str
) -> None:
    """Explain the verdict on one claim: its interval, every candidate fact and why it
    did or did not match, and the arithmetic. CLAIM_ID may be the start of an id.

    Example:

        factlint explain 3f2a9c seeds --references references
    """
    from factlint.config import load_policy
    from factlint.explain import explain as run_explain
    from factlint.verdicts.reviews import REVIEWS_FILE

    explanation = run_explain(
        claim_id, documents, references, load_policy(Path.cwd()), claims_dir / REVIEWS_FILE
    )
    if output == "json":
        click.echo(explanation.model_dump_json(indent=2))
    else:
        click.echo(explanation.render(), nl=False)
