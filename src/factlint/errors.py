"""factlint's exceptions.

    FactlintError
    ├── ReferenceDataError(ValueError)   a reference CSV is wrong; carries every problem found
    ├── DocumentError(ValueError)        a document or seeds/documents.csv cannot be used
    ├── ConfigError(ValueError)          the [tool.factlint] policy is wrong
    ├── ReviewError(ValueError)          claims/reviews.csv is wrong (factlint.reviews)
    └── ClaimNotFoundError(ValueError)   explain: no claim has that id (factlint.explain)

Every message says where (``path:line:column``), what, and how to mend it. The CLI
prints them one per line and exits with status 2.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path


class FactlintError(Exception):
    """Base class of every error factlint raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem at one place in one file."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class ReferenceDataError(ValueError, FactlintError):
    """The reference dataset has problems; ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[type[ReferenceDataError], tuple[list[Problem]]]:
        return type(self), (self.problems,)  # raised in a worker, re-raised in the run


class DocumentError(ValueError, FactlintError):
    """A document, or its metadata row, cannot be used."""


class ConfigError(ValueError, FactlintError):
    """The comparison policy in pyproject.toml or factlint.toml is wrong."""


def display_path(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(_working_directory(os.getcwd())))
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=8)
def _working_directory(cwd: str) -> Path:
    """The working directory, resolved once for each (a run names thousands of paths)."""
    return Path(cwd).resolve()
