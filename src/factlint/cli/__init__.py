"""The factlint command: a thin layer over the Python API, one module per command.

Each command parses options, calls one library function, renders the result, and
turns FactlintError into a one-line message with exit status 2 (``cli.common``).
"""

from __future__ import annotations

import click

from factlint.cli.check import check
from factlint.cli.explain import explain
from factlint.cli.extract import extract
from factlint.cli.group import Group
from factlint.cli.init import init
from factlint.cli.refs import refs


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factlint")
def cli() -> None:
    """Check the numbers and facts in documents against a curated reference dataset.

    Start a project with factlint init, then run factlint check.
    """


cli.add_command(init)
cli.add_command(check)
cli.add_command(explain)
cli.add_command(extract)
cli.add_command(refs)


def main() -> None:
    cli(prog_name="factlint")
