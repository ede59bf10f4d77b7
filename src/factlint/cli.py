"""The factlint command: a thin layer over the Python API.

Each command parses options, calls one library function, renders the result, and
turns FactlintError into a one-line message with exit status 2.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

import click

from factlint.errors import FactlintError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FLAGGED = 1
EXIT_BAD_INPUT = 2


def friendly_errors(command: F) -> F:
    """Print FactlintError as its message (one line per problem) and exit 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactlintError as ex:
            problems = getattr(ex, "problems", None)
            if problems is not None:  # a data file's errors, every one of them
                from factlint.verdicts.reviews import ReviewError

                for problem in problems:
                    click.echo(f"error: {problem}", err=True)
                where = "the reviews" if isinstance(ex, ReviewError) else "the reference data"
                click.echo(f"{len(problems)} problem(s) in {where}; nothing was checked", err=True)
                sys.exit(EXIT_BAD_INPUT)
            click.echo(f"error: {ex}", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper  # type: ignore[return-value]


def claims_option(command: F) -> F:
    return click.option(
        "--claims",
        "claims_dir",
        type=click.Path(path_type=Path),
        default=Path("claims"),
        show_default=True,
        help="Claim tables folder; its reviews.csv holds the analysts' reviews.",
    )(command)


def documents_argument(command: F) -> F:
    return click.argument("documents", type=click.Path(path_type=Path), default=Path("seeds"))(
        command
    )


def references_option(command: F) -> F:
    return click.option(
        "--references",
        "-r",
        type=click.Path(path_type=Path),
        default=Path("references"),
        show_default=True,
        help="Reference dataset folder.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factlint")
def cli() -> None:
    """Check the numbers and facts in documents against a curated reference dataset."""


@cli.command()
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


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--format", "output", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Resolve relative dates against this day (default: the document's metadata).",
)
@friendly_errors
def extract(file: Path, output: str, published: dt.datetime | None) -> None:
    """Print every number, date and rank in FILE.

    Example:

        factlint extract article.txt --published 2024-06-30 --format jsonl
    """
    from factlint.documents import load_document
    from factlint.extract import extract as run_extract

    document = load_document(file, published.date() if published else None)
    for mention in run_extract(document.text, document.published):
        if output == "jsonl":
            click.echo(json.dumps(asdict(mention), ensure_ascii=False))
        else:
            click.echo(
                f"{mention.start}\t{mention.end}\t{mention.kind}\t{mention.text}\t{mention.value}\t{mention.unit}\t{mention.comparator}"
            )


@cli.command()
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


@cli.group()
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


def main() -> None:
    cli(prog_name="factlint")
