"""What every command shares: the options for the project's folders, and errors turned
into one-line messages with exit status 2."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
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
