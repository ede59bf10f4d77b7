"""What a fetcher brings back, and how it fails."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factlint.errors import FactlintError


class FetchError(FactlintError):
    """A source could not be asked, or its answer was not what its API documents."""

    def __init__(self, message: str, url: str = "") -> None:
        self.url = url
        super().__init__(f"{message} ({url})" if url else message)


@dataclass(frozen=True)
class Fetched:
    """One value as the source gives it: ``value`` a number or a text (a name, a
    date), ``unit`` the unit the number is in, ``period`` the period the source says it
    covers, ``as_of`` when the source last updated it (None when it does not say)."""

    value: float | str
    unit: str
    period: str
    as_of: dt.date | None
    url: str
