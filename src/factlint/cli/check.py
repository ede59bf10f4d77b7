"""factlint check: check documents, write claim tables and reports, exit 1 on flags."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factlint.cli.common import (
    EXIT_FLAGGED,
    Session,
    claims_option,
    document_options,
    documents_argument,
    format_option,
    project_options,
    references_option,
    reports_option,
)

if TYPE_CHECKING:
    from factlint.run import RunSummary

FAILING = {"flag": ("flag",), "unverified": ("flag", "unverified"), "none": ()}


@click.command()
@documents_argument
@references_option
@claims_option
@reports_option
@document_options
@click.option(
    "--fail-on",
    type=click.Choice(["flag", "unverified", "none"]),
    default=None,
    help="Exit 1 when a claim is flagged (flag, the default), flagged or unverified "
    "(unverified), or never (none).",
)
@click.option(
    "--github",
    is_flag=True,
    help="Print GitHub Actions annotations (as many as GitHub shows) and append report.md "
    "to the job summary ($GITHUB_STEP_SUMMARY).",
)
@click.option(
    "--claimreview",
    is_flag=True,
    help="Also write REPORTS/claimreview.jsonld, schema.org ClaimReview records signed by "
    "the config's [claimreview] table.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    help="Check documents in this many processes; 0 for one per core.  [default: 1]",
)
@click.option(
    "--dask",
    "cluster",
    metavar="ADDRESS",
    help="Check documents on the Dask cluster whose scheduler is at ADDRESS "
    "(tcp://host:8786); needs pip install 'factlint[dask]'.",
)
@format_option("a summary and the flagged claims")
@project_options
def check(
    session: Session,
    documents: tuple[Path, ...],
    references: Path | None,
    claims_dir: Path | None,
    reports_dir: Path | None,
    globs: tuple[str, ...],
    main_text: bool | None,
    stdin_name: str | None,
    fail_on: str | None,
    github: bool,
    claimreview: bool,
    jobs: int | None,
    cluster: str | None,
    output: str,
) -> None:
    """Check documents against the reference data; write claim tables and reports.

    DOCUMENTS are folders (searched recursively), files (.txt, .md, .html; .pdf and
    .docx with their extras) or - for standard input; by default those of the config,
    else seeds/. Claims reviewed in CLAIMS/reviews.csv are pinned to their fact or
    ignored; that file is read, never written. The settings of the run are kept in
    REPORTS/run.json for factlint explain.

    Example:

        factlint check docs --references references --glob '*.md' --fail-on flag

    In a GitHub Actions step, add --github.
    """
    from factlint.config import publisher_of
    from factlint.documents import STDIN_NAME
    from factlint.errors import display_path
    from factlint.report.write import DEFAULT_FORMATS
    from factlint.run import run_check, sources_of
    from factlint.run.local import default_jobs
    from factlint.runs import RUN_FILE, record

    if jobs is not None and cluster:
        raise click.UsageError("--jobs and --dask do not go together; choose one")
    given = session.document_sources(documents)
    references_dir = session.path("references", references)
    claims = session.path("claims", claims_dir)
    reports = session.path("reports", reports_dir)
    failing_on = fail_on or session.config.fail_on or "flag"
    publisher = publisher_of(session.config) if claimreview else None
    sources = sources_of(
        given,
        globs=globs or session.config.glob,
        roots=session.document_roots(),
        main_text=session.main_text(main_text),
        stdin_name=stdin_name or STDIN_NAME,
    )
    session.detail(
        f"{len(sources)} document(s); references {display_path(references_dir)}; "
        f"claims {display_path(claims)}; reports {display_path(reports)}"
    )
    settings = record(
        reports,
        documents=list(given),
        references=references_dir,
        claims=claims,
        policy=session.config.policy,
        glob=list(globs or session.config.glob),
        main_text=session.main_text(main_text),
        stdin_name=stdin_name or "stdin.txt",
        fail_on=failing_on,
        config=session.config.file,
    )
    with session.progress(len(sources), "checking") as advance:
        result = run_check(
            sources,
            references_dir,
            claims=claims,
            reports=reports,
            policy=session.config.policy,
            jobs=default_jobs() if jobs == 0 else jobs or 1,
            cluster=cluster,
            warn=lambda message: session.echo(f"warning: {message}", err=True),
            progress=lambda: advance(None),
            extra={RUN_FILE: settings},
            formats=(*DEFAULT_FORMATS, "claimreview") if claimreview else DEFAULT_FORMATS,
            publisher=publisher,
            github=github,
        )
    try:
        if github:
            _github_step(reports)
        if output == "json":
            click.echo(json.dumps(_as_json(result, reports), indent=2, ensure_ascii=False))
        else:
            _print(session, result, reports, github)
    finally:
        result.findings.close()
    if any(result.summary[name] for name in FAILING[failing_on]):
        sys.exit(EXIT_FLAGGED)


def _print(session: Session, result: RunSummary, reports: Path, github: bool = False) -> None:
    """The counts, then each flag (and with --verbose each unverified claim) on a line of
    its own; with --github, as many as GitHub shows as annotations instead, then the
    rest, and how many were left out."""
    from factlint.errors import display_path
    from factlint.report._format import stale_summary

    summary = result.summary
    counts = ", ".join(f"{summary[n]} {session.verdict(n)}" for n in ("pass", "flag", "unverified"))
    ignored = f" ({result.ignored} ignored by review)" if result.ignored else ""
    session.say(
        f"{counts}{ignored} in {result.documents} document(s); reports in {display_path(reports)}/"
    )
    for review in result.stale_reviews:
        session.echo(f"warning: {stale_summary(review)}", err=True)
    shown = ("flag", "unverified") if session.verbose else ("flag",)
    if github:
        for _, annotation in result.findings.annotated():
            if annotation:
                session.echo(annotation)
        for annotation in result.stale_annotations:
            session.echo(annotation)
    for finding, annotation in result.findings.annotated():
        verdict, explanation = finding["verdict"], finding["explanation"]
        if annotation or verdict not in shown:
            continue  # an annotation, printed above, where GitHub shows it on its line
        head, arrow, tail = explanation.rpartition(" → ")
        if arrow and tail.startswith(verdict):
            explanation = f"{head}{arrow}{session.verdict(verdict)}{tail[len(verdict) :]}"
        session.echo(f"{finding['location']}: {explanation}")
    if result.note:
        session.echo(result.note)


def _as_json(result: RunSummary, reports: Path) -> dict[str, object]:
    """What the text output says, for a program: the counts, and each flagged or
    unverified claim that counts, where it is and why."""
    from factlint.errors import display_path

    return {
        "ok": True,
        "summary": result.summary,
        "ignored": result.ignored,
        "documents": result.locations,
        "reports": display_path(reports),
        "findings": list(result.findings),
        "stale_reviews": [
            {"claim_id": r.claim_id, "action": r.action, "file": r.file, "line": r.line}
            for r in result.stale_reviews
        ],
    }


def _github_step(reports: Path) -> None:
    """In a GitHub Actions step: report.md appended to the job summary, and the reports
    folder set as the step's output ``reports`` (for the upload steps after it)."""
    from factlint.errors import display_path
    from factlint.report.markdown import NAME

    for variable, text in (
        ("GITHUB_STEP_SUMMARY", (reports / NAME).read_text(encoding="utf-8")),
        ("GITHUB_OUTPUT", f"reports={display_path(reports)}\n"),
    ):
        target = os.environ.get(variable)
        if target:
            with open(target, "a", encoding="utf-8") as stream:
                stream.write(text)
