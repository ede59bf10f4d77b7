"""What factlint says about itself in its reports: its version and where it lives."""

from __future__ import annotations

from importlib import metadata

# Also pyproject.toml's [project.urls] Homepage; tests/test_about.py keeps the two equal.
HOMEPAGE = "https://github.com/factlint/factlint"
RULES_PAGE = f"{HOMEPAGE}/blob/main/docs/rules.md"


def version() -> str:
    """The installed version; "0" for a source tree that was never installed."""
    try:
        return metadata.version("factlint")
    except metadata.PackageNotFoundError:
        return "0"
