"""What every command shares: the project's settings (config file, folders), how much
to say and whether in colour, and errors turned into one-line messages with exit
status 2."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from factlint.errors import FactlintError

if TYPE_CHECKING:
    from factlint.config import Config
    from factlint.documents import Document

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FLAGGED = 1
EXIT_BAD_INPUT = 2
VERDICT_COLOURS = {"pass": "green", "flag": "red", "unverified": "yellow"}
DEFAULTS = {
    "documents": "seeds",
    "references": "references",
    "claims": "claims",
    "reports": "reports",
}


def _problems(ex: FactlintError) -> list[dict[str, object]]:
    problems = getattr(ex, "problems", None)
    if problems is None:
        return [{"message": str(ex)}]
    return [
        {"path": p.path, "line": p.line, "column": p.column, "message": p.message} for p in problems
    ]


def friendly_errors(command: F) -> F:
    """Print FactlintError as its message (one line per problem) and exit 2; with
    ``--format json``, also print the problems as JSON on standard output."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactlintError as ex:
            if kwargs.get("output") == "json":
                click.echo(json.dumps({"ok": False, "problems": _problems(ex)}, indent=2))
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


def in_ci() -> bool:
    """Whether this runs in a CI job (GitHub Actions, GitLab, Jenkins, ... set CI)."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false")


@dataclass
class Session:
    """One command's settings: its project's config, and how to talk to the user."""

    config: Config
    quiet: bool = False
    verbose: bool = False
    color: bool | None = None  # None: colour on a terminal, unless NO_COLOR is set
    notes: list[str] = field(default_factory=list)

    def path(self, name: str, given: Path | None) -> Path:
        """A folder from the command line, else from the config, else the default."""
        if given is not None:
            return given
        configured: Path | None = getattr(self.config, name)
        return configured if configured is not None else Path(DEFAULTS[name])

    def document_sources(self, given: tuple[Path, ...]) -> list[Path]:
        """The documents to read: those named on the command line, else the config's,
        else seeds/ when there is one."""
        if given:
            return list(given)
        if self.config.documents:
            return list(self.config.documents)
        default = Path(DEFAULTS["documents"])
        if default.is_dir():
            return [default]
        from factlint.errors import DocumentError

        raise DocumentError(no_documents_message())

    def document_roots(self) -> list[Path]:
        """The project's documents folders: a file inside one is named relative to it."""
        configured = [p for p in self.config.documents if p.is_dir()]
        default = Path(DEFAULTS["documents"])
        return configured or ([default] if default.is_dir() else [])

    def load_documents(
        self,
        sources: list[Path],
        globs: tuple[str, ...],
        main_text: bool | None,
        stdin_name: str | None,
    ) -> list[Document]:
        from factlint.documents import STDIN_NAME, load_documents

        return load_documents(
            sources,
            globs=globs or self.config.glob,
            roots=self.document_roots(),
            main_text=self.main_text(main_text),
            stdin_name=stdin_name or STDIN_NAME,
        )

    def main_text(self, given: bool | None) -> bool:
        return given if given is not None else bool(self.config.main_text)

    def echo(self, message: str = "", *, err: bool = False) -> None:
        click.echo(message, err=err, color=self.color)

    def say(self, message: str) -> None:
        """A line for a person (a summary, what was written): left out by --quiet."""
        if not self.quiet:
            self.echo(message)

    def detail(self, message: str) -> None:
        """A line only --verbose shows, on standard error."""
        if self.verbose:
            self.echo(message, err=True)

    def verdict(self, word: str) -> str:
        return click.style(
            word, fg=VERDICT_COLOURS.get(word), bold=True if word == "flag" else None
        )

    def progress_shown(self, count: int) -> bool:
        """A progress bar for a run of several documents, on a terminal, outside CI."""
        return count > 1 and not self.quiet and not in_ci() and sys.stderr.isatty()

    @contextmanager
    def progress(self, count: int, label: str) -> Iterator[Callable[[object], None]]:
        """A callback to call once per item done: it advances a bar on standard error
        when one is shown, and does nothing otherwise."""
        if not self.progress_shown(count):
            yield lambda _item: None
            return
        with click.progressbar(
            length=count, label=label, file=sys.stderr, show_pos=True, color=self.color
        ) as bar:
            yield lambda _item: bar.update(1)


def _color(value: bool | None) -> bool | None:
    if value is not None:
        return value
    if os.environ.get("NO_COLOR"):
        return False
    return None  # click decides: colour on a terminal, none when piped


def project_options(command: F) -> F:
    """``--config``, ``--quiet``, ``--verbose`` and ``--color``: read into a ``Session``
    passed to the command as ``session``."""

    @functools.wraps(command)
    def wrapper(
        *args: Any,
        config_file: Path | None,
        quiet: bool,
        verbose: bool,
        color: bool | None,
        **kwargs: Any,
    ) -> Any:
        from factlint.config import load_config

        config = load_config(Path.cwd(), config_file)
        session = Session(config, quiet=quiet, verbose=verbose and not quiet, color=_color(color))
        if config.file is not None:
            from factlint.errors import display_path

            session.detail(f"config: {display_path(config.file)}")
        return command(*args, session=session, **kwargs)

    options = [
        click.option(
            "--config",
            "config_file",
            type=click.Path(path_type=Path, dir_okay=False),
            help="Settings file (default: factlint.toml or pyproject.toml's [tool.factlint], "
            "here or in a folder above).",
        ),
        click.option("--quiet", "-q", is_flag=True, help="Print only problems."),
        click.option("--verbose", "-v", is_flag=True, help="Say more: settings, every claim."),
        click.option(
            "--color/--no-color",
            default=None,
            help="Colour verdicts (default: on a terminal, unless NO_COLOR is set).",
        ),
    ]
    decorated: Callable[..., Any] = friendly_errors(wrapper)
    for option in reversed(options):
        decorated = option(decorated)
    return decorated  # type: ignore[return-value]


def claims_option(command: F) -> F:
    return click.option(
        "--claims",
        "claims_dir",
        type=click.Path(path_type=Path, file_okay=False),
        help="Claim tables folder; its reviews.csv holds the analysts' reviews "
        "(default: the config's claims, else claims).",
    )(command)


def documents_argument(command: F) -> F:
    return click.argument("documents", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))(
        command
    )


def references_option(command: F) -> F:
    return click.option(
        "--references",
        "-r",
        type=click.Path(path_type=Path, file_okay=False),
        help="Reference dataset folder (default: the config's references, else references).",
    )(command)


def reports_option(command: F) -> F:
    return click.option(
        "--reports",
        "reports_dir",
        type=click.Path(path_type=Path, file_okay=False),
        help="Reports folder (default: the config's reports, else reports).",
    )(command)


def document_options(command: F) -> F:
    """How documents are found and read: --glob, --main-text, --stdin-name."""
    options = [
        click.option(
            "--glob",
            "globs",
            multiple=True,
            metavar="PATTERN",
            help="Read only the documents of a folder that match (repeatable; '*.md', "
            "'briefs/**/*.html'; '!drafts/**' leaves out).",
        ),
        click.option(
            "--main-text/--all-text",
            default=None,
            help="HTML: read only the page's main text, found by trafilatura "
            "(needs factlint[main-text]); default: the whole page.",
        ),
        click.option(
            "--stdin-name",
            metavar="NAME",
            default=None,
            help="The name of the document read from '-' (its extension picks the "
            "reader; default stdin.txt).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def format_option(what: str) -> Callable[[F], F]:
    """``--format text|json``: ``what`` the text output is; JSON says the same."""
    return click.option(
        "--format",
        "output",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help=f"Print {what}, or the same as JSON.",
    )


def no_documents_message() -> str:
    return (
        "no documents to check: pass a folder or files (factlint check docs/), or - for "
        'standard input, or set documents = ["docs"] in factlint.toml (factlint init '
        "writes one)"
    )
