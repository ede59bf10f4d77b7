"""factlint refs refresh: stored values against the statistics they came from."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factlint.cli.common import EXIT_BAD_INPUT, EXIT_FLAGGED, Session, project_options

if TYPE_CHECKING:
    from factlint.fetch.refresh import Drift


def _default_cache() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "factlint" / "http-cache.sqlite"


def _bases(values: tuple[str, ...]) -> dict[str, str]:
    bases = {}
    for value in values:
        source, sep, base = value.partition("=")
        if not sep or not base:
            raise click.BadParameter(f"{value!r}: write SOURCE=URL", param_hint="--base")
        bases[source] = base
    return bases


def _table(drifts: list[Drift]) -> list[str]:
    rows = [("fact", "stored", "fetched", "change", "status")]
    for drift in drifts:
        fact = drift.fact
        unit = f" {fact.unit}" if fact.unit else ""
        if drift.failed:
            rows.append((fact.id, f"{fact.value}{unit}", "-", "-", "error"))
            continue
        change = "" if drift.change is None else f"{drift.change:+.2%}"
        status = "beyond tolerance" if drift.beyond else "within tolerance"
        if drift.change is None:
            status = "changed" if drift.beyond else "same"
        rows.append((fact.id, f"{fact.value}{unit}", f"{drift.value}{unit}", change, status))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


@click.command("refresh")
@click.argument("folder", type=click.Path(path_type=Path), required=False)
@click.option(
    "--write", is_flag=True, help="Write fetched values and today's date into the fact files."
)
@click.option(
    "--partial",
    is_flag=True,
    help="With --write: write what was fetched even if some fetches failed.",
)
@click.option(
    "--tolerance",
    type=click.FloatRange(0, 1, max_open=True),
    default=0.0,
    show_default=True,
    help="Relative drift accepted beyond the stored value's rounding (0.01 = 1%).",
)
@click.option(
    "--only", "only", multiple=True, metavar="FACT_ID", help="Fetch only these facts (repeatable)."
)
@click.option(
    "--contact",
    envvar="FACTLINT_CONTACT",
    default="",
    help="E-mail or page for the User-Agent (Wikimedia requires one). Env: FACTLINT_CONTACT.",
)
@click.option(
    "--cache",
    type=click.Path(path_type=Path),
    default=None,
    help="requests-cache SQLite file [default: ~/.cache/factlint/http-cache.sqlite].",
)
@click.option("--no-cache", is_flag=True, help="Ask the sources again; keep no cache.")
@click.option(
    "--base",
    "bases",
    multiple=True,
    metavar="SOURCE=URL",
    help="Another root for a source's API (a mirror, a test server).",
)
@click.option(
    "--allow-http-host",
    "http_hosts",
    multiple=True,
    metavar="HOST",
    help="Allow plain http to this host (a local test server only).",
)
@project_options
def refresh(session: Session, folder: Path | None, write: bool, partial: bool, tolerance: float, only: tuple[str, ...],
            contact: str, cache: Path | None, no_cache: bool, bases: tuple[str, ...],
            http_hosts: tuple[str, ...]) -> None:  # fmt: skip
    """Fetch every fact whose fetch columns say where from (World Bank, Eurostat, IMF,
    Wikidata, or any https JSON or CSV) and print a drift table: stored value, fetched
    value, change, beyond tolerance or not. With --write, update value and retrieved in
    place, atomically, keeping every other byte; nothing is written when a fetch failed
    unless --partial is given.

    Exit status: 0 all fetched and within tolerance (or written), 1 drift beyond
    tolerance not written, 2 a fetch failed or the references are invalid.

    Example:

        factlint refs refresh references --contact analyst@example.org --write
    """
    folder = session.path("references", folder)
    from factlint.errors import display_path
    from factlint.fetch.refresh import refresh as run_refresh
    from factlint.fetch.refresh import write as write_drifts
    from factlint.fetch.session import FetchSettings
    from factlint.references import load_references

    references = load_references(folder)
    settings = FetchSettings(
        contact=contact,
        cache=None if no_cache else (cache or _default_cache()),
        allow_http_hosts=frozenset(http_hosts),
        bases=_bases(bases),
    )
    drifts = run_refresh(references, settings, tolerance, frozenset(only))
    if not drifts:
        click.echo(
            f"{folder}: no fact has a fetch source; see {folder}/README.md, 'Refreshing facts'"
        )
        return
    for line in _table(drifts):
        click.echo(line)
    failed = [d for d in drifts if d.failed]
    for drift in failed:
        click.echo(
            f"error: {drift.fact.file}:{drift.fact.line}: {drift.fact.id}: {drift.error}", err=True
        )
    beyond = [d for d in drifts if d.beyond]
    click.echo(f"{len(drifts)} fact(s) asked: {len(beyond)} beyond tolerance, {len(failed)} failed")
    if write:
        if failed and not partial:
            click.echo(
                "nothing written: a fetch failed (give --partial to write the others)", err=True
            )
        else:
            for path in write_drifts(drifts, dt.date.today()):
                click.echo(f"wrote {display_path(path)}")
    if failed:
        sys.exit(EXIT_BAD_INPUT)
    if beyond and not write:
        sys.exit(EXIT_FLAGGED)
