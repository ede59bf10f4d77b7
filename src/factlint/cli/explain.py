"""factlint explain: why one claim got its verdict."""

from __future__ import annotations

from pathlib import Path

import click

from factlint.cli.common import (
    Session,
    claims_option,
    document_options,
    documents_argument,
    format_option,
    project_options,
    references_option,
    reports_option,
)


@click.command()
@click.argument("claim_id")
@documents_argument
@references_option
@claims_option
@reports_option
@document_options
@format_option("the claim's explanation")
@project_options
def explain(
    session: Session,
    claim_id: str,
    documents: tuple[Path, ...],
    references: Path | None,
    claims_dir: Path | None,
    reports_dir: Path | None,
    globs: tuple[str, ...],
    main_text: bool | None,
    stdin_name: str | None,
    output: str,
) -> None:
    """Explain one claim's verdict: its interval, every candidate fact, the arithmetic.

    CLAIM_ID may be the start of an id. Without DOCUMENTS, the claim is looked for with
    the settings of the last check (REPORTS/run.json: its documents, references, reviews
    and policy), else those of the config.

    Example:

        factlint explain 3f2a9c
    """
    from factlint.explain import explain as run_explain
    from factlint.runs import last_run
    from factlint.verdicts.reviews import REVIEWS_FILE

    policy = session.config.policy
    run = None if documents else last_run(session.path("reports", reports_dir))
    if run is not None:
        session.detail(f"settings of the last check: {session.path('reports', reports_dir)}")
        if "-" in run.documents:
            from factlint.errors import DocumentError

            raise DocumentError(
                "the last check read a document from standard input; give it again: "
                f"... | factlint explain {claim_id} - --stdin-name {run.stdin_name}"
            )
        sources = [Path(d) for d in run.documents]
        globs = globs or tuple(run.glob)
        main_text = run.main_text if main_text is None else main_text
        references = references or Path(run.references)
        claims_dir = claims_dir or Path(run.claims)
        policy = run.policy_settings()
    else:
        sources = session.document_sources(documents)
    docs = session.load_documents(sources, globs, main_text, stdin_name)
    claims = session.path("claims", claims_dir)
    explanation = run_explain(
        claim_id, docs, session.path("references", references), policy, claims / REVIEWS_FILE
    )
    if output == "json":
        click.echo(explanation.model_dump_json(indent=2))
    else:
        click.echo(explanation.render(), nl=False)
