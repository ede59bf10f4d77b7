"""What every fetcher shares: the fact's request in the source's terms, and turning a
number or date found in a body into a checked value."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factlint.fetch.result import FetchError

if TYPE_CHECKING:
    import requests

    from factlint.fetch.session import FetchSettings
    from factlint.references.models import Fact


@dataclass(frozen=True)
class Call:
    """One fetch: the fact, and the session and settings to ask through."""

    fact: Fact
    session: requests.Session
    settings: FetchSettings

    def base(self, source: str, default: str) -> str:
        return self.settings.bases.get(source, default).rstrip("/")

    @property
    def unit(self) -> str:
        """The unit the source's numbers are in: the row's fetch_unit, else its unit."""
        return self.fact.fetch_unit or self.fact.unit


def number(value: Any, url: str, what: str) -> float:
    """A finite number from a JSON value (a number, or a string holding one)."""
    if isinstance(value, bool) or value is None:
        raise FetchError(f"{what}: no number (got {value!r})", url)
    try:
        found = float(value)
    except (TypeError, ValueError):
        raise FetchError(f"{what}: not a number (got {value!r})", url) from None
    if not math.isfinite(found):
        raise FetchError(f"{what}: not a finite number (got {value!r})", url)
    return found


def as_of(text: Any) -> dt.date | None:
    """The date at the start of an ISO timestamp ("2025-03-28T11:00:00+0100"), if any."""
    if not isinstance(text, str):
        return None
    found = re.match(r"^(\d{4}-\d{2}-\d{2})", text.strip())
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found.group(1))
    except ValueError:
        return None


def shape(condition: bool, what: str, url: str) -> None:
    """Raise when a body does not have the shape its API documents."""
    if not condition:
        raise FetchError(f"unexpected response: {what}", url)
