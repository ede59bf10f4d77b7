"""The factlint command: a thin layer over the Python API, one module per command.

Each command parses options, calls one library function, renders the result, and
turns FactlintError into a one-line message with exit status 2 (``cli.common``).
"""

from __future__ import annotations

import click

from factlint.cli.check import check
from factlint.cli.explain import explain
from factlint.cli.extract import extract
from factlint.cli.refs import refs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factlint")
def cli() -> None:
    """Check the numbers and facts in documents against a curated reference dataset."""


cli.add_command(check)
cli.add_command(extract)
cli.add_command(explain)
cli.add_command(refs)


def main() -> None:
    cli(prog_name="factlint")
