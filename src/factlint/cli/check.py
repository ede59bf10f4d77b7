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
    from factlint.report import Report
    from factlint.report.github import Annotations
    from factlint.verdicts.model import Verdict

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
    from factlint.check import check as run_check
    from factlint.config import publisher_of
    from factlint.errors import display_path
    from factlint.report import write_claim_tables, write_reports
    from factlint.report.github import annotate
    from factlint.report.write import DEFAULT_FORMATS, write_atomically
    from factlint.runs import RUN_FILE, record
    from factlint.verdicts.reviews import REVIEWS_FILE

    sources = session.document_sources(documents)
    references_dir = session.path("references", references)
    claims = session.path("claims", claims_dir)
    reports = session.path("reports", reports_dir)
    failing_on = fail_on or session.config.fail_on or "flag"
    publisher = publisher_of(session.config) if claimreview else None
    docs = session.load_documents(sources, globs, main_text, stdin_name)
    session.detail(
        f"{len(docs)} document(s); references {display_path(references_dir)}; "
        f"claims {display_path(claims)}; reports {display_path(reports)}"
    )
    with session.progress(len(docs), "checking") as advance:
        report = run_check(
            docs, references_dir, session.config.policy, claims / REVIEWS_FILE, progress=advance
        )
    annotated = annotate(report) if github else None
    notes = [annotated.note()] if annotated and annotated.note() else []
    formats = (*DEFAULT_FORMATS, "claimreview") if claimreview else DEFAULT_FORMATS
    write_claim_tables(report, claims)
    write_reports(report, reports, formats, notes=notes, publisher=publisher)
    if github:
        _github_step(report, notes, reports)
    write_atomically(
        reports / RUN_FILE,
        record(
            reports,
            documents=list(sources),
            references=references_dir,
            claims=claims,
            policy=session.config.policy,
            glob=list(globs or session.config.glob),
            main_text=session.main_text(main_text),
            stdin_name=stdin_name or "stdin.txt",
            fail_on=failing_on,
            config=session.config.file,
        ),
    )
    if output == "json":
        click.echo(json.dumps(_as_json(report, reports), indent=2, ensure_ascii=False))
    else:
        _print(session, report, reports, annotated)
    if any(report.summary[name] for name in FAILING[failing_on]):
        sys.exit(EXIT_FLAGGED)


def _where(files: dict[str, str], verdict: Verdict) -> str:
    """``file:line:column`` of the claim, the file as the user named it."""
    from factlint.report._format import location

    claim = verdict.claim
    return location(files.get(claim.doc, claim.doc), claim.line, claim.column, claim.page)


def _files(report: Report) -> dict[str, str]:
    return {d.path: d.location or d.path for d in report.documents}


def _print(
    session: Session, report: Report, reports: Path, annotated: Annotations | None = None
) -> None:
    """The counts, then each flag (and with --verbose each unverified claim) on a line of
    its own; with --github, as many as GitHub shows as annotations instead, then the
    rest, and how many were left out."""
    from factlint.errors import display_path
    from factlint.report._format import stale_summary

    summary = report.summary
    counts = ", ".join(f"{summary[n]} {session.verdict(n)}" for n in ("pass", "flag", "unverified"))
    ignored = f" ({len(report.ignored)} ignored by review)" if report.ignored else ""
    session.say(
        f"{counts}{ignored} in {len(report.documents)} document(s); "
        f"reports in {display_path(reports)}/"
    )
    for review in report.stale_reviews:
        session.echo(f"warning: {stale_summary(review)}", err=True)
    shown = ("flag", "unverified") if session.verbose else ("flag",)
    files = _files(report)
    if annotated is not None:
        for command in annotated.commands:
            session.echo(command)
    left_out = None if annotated is None else {id(v) for v in annotated.unannotated}
    for verdict in report.verdicts:
        if left_out is not None and id(verdict) not in left_out:
            continue  # annotated above, where GitHub shows it on its line
        if verdict.verdict in shown and not verdict.ignored:
            head, arrow, tail = verdict.explanation.rpartition(" → ")
            explanation = (
                f"{head}{arrow}{session.verdict(verdict.verdict)}{tail[len(verdict.verdict) :]}"
                if arrow and tail.startswith(verdict.verdict)
                else verdict.explanation
            )
            session.echo(f"{_where(files, verdict)}: {explanation}")
    for note in [annotated.note()] if annotated and annotated.note() else []:
        session.echo(note)


def _as_json(report: Report, reports: Path) -> dict[str, object]:
    """What the text output says, for a program: the counts, and each flagged or
    unverified claim that counts, where it is and why."""
    from factlint.errors import display_path

    files = _files(report)
    return {
        "ok": True,
        "summary": report.summary,
        "ignored": len(report.ignored),
        "documents": [d.location or d.path for d in report.documents],
        "reports": display_path(reports),
        "findings": [
            {
                "id": v.claim.id,
                "doc": v.claim.doc,
                "location": _where(files, v),
                "line": v.claim.line,
                "column": v.claim.column,
                "page": v.claim.page,
                "text": v.claim.text,
                "verdict": v.verdict,
                "reason": v.reason,
                "severity": v.severity,
                "explanation": v.explanation,
            }
            for v in report.verdicts
            if v.verdict in ("flag", "unverified") and not v.ignored
        ],
        "stale_reviews": [
            {"claim_id": r.claim_id, "action": r.action, "file": r.file, "line": r.line}
            for r in report.stale_reviews
        ],
    }


def _github_step(report: Report, notes: list[str], reports: Path) -> None:
    """In a GitHub Actions step: report.md appended to the job summary, and the reports
    folder set as the step's output ``reports`` (for the upload steps after it)."""
    from factlint.errors import display_path
    from factlint.report.markdown import render

    for variable, text in (
        ("GITHUB_STEP_SUMMARY", render(report, notes)),
        ("GITHUB_OUTPUT", f"reports={display_path(reports)}\n"),
    ):
        target = os.environ.get(variable)
        if target:
            with open(target, "a", encoding="utf-8") as stream:
                stream.write(text)
