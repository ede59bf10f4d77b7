"""factlint check: check documents, write claim tables and reports, exit 1 on flags."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factlint.cli.common import (
    EXIT_FLAGGED,
    claims_option,
    documents_argument,
    friendly_errors,
    references_option,
)


@click.command()
@documents_argument
@references_option
@claims_option
@click.option(
    "--reports",
    "reports_dir",
    type=click.Path(path_type=Path),
    default=Path("reports"),
    show_default=True,
    help="Where to write the reports.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["flag", "unverified", "none"]),
    default="flag",
    show_default=True,
    help="Exit 1 when a claim is flagged (flag), flagged or unverified (unverified), or never (none).",
)
@friendly_errors
def check(
    documents: Path, references: Path, claims_dir: Path, reports_dir: Path, fail_on: str
) -> None:
    """Check DOCUMENTS (a folder or one file) and write claim tables and reports.

    Claims reviewed in CLAIMS/reviews.csv are pinned to their fact or ignored; that file
    is read, never written.

    Example:

        factlint check seeds --references references --fail-on flag
    """
    from factlint.check import check as run_check
    from factlint.config import load_policy
    from factlint.report import write_claim_tables, write_reports
    from factlint.report._format import stale_summary
    from factlint.verdicts.reviews import REVIEWS_FILE

    policy = load_policy(Path.cwd())
    report = run_check(documents, references, policy, claims_dir / REVIEWS_FILE)
    write_claim_tables(report, claims_dir)
    write_reports(report, reports_dir)
    summary = report.summary
    ignored = f" ({len(report.ignored)} ignored by review)" if report.ignored else ""
    click.echo(
        f"{summary['pass']} pass, {summary['flag']} flag, {summary['unverified']} unverified"
        f"{ignored} in {len(report.documents)} document(s); reports in {reports_dir}/"
    )
    for review in report.stale_reviews:
        click.echo(f"warning: {stale_summary(review)}", err=True)
    locations = {d.path: d.location or d.path for d in report.documents}
    for verdict in report.verdicts:
        if verdict.verdict == "flag" and not verdict.ignored:
            claim = verdict.claim
            where = locations.get(claim.doc, claim.doc)
            click.echo(f"{where}:{claim.line}:{claim.column}: {verdict.explanation}")
    failing = {"flag": ("flag",), "unverified": ("flag", "unverified"), "none": ()}[fail_on]
    if any(summary[name] for name in failing):
        sys.exit(EXIT_FLAGGED)
