"""Refreshing facts from the statistics they came from: fetch every fact that says how
(its ``fetch`` columns), compare with the stored value, and on request write the new
value and today's date into ``value`` and ``retrieved``, touching nothing else.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factlint.fetch import eurostat, imf, url, wikidata, worldbank
from factlint.fetch.common import Call
from factlint.fetch.result import Fetched, FetchError
from factlint.fetch.session import FetchSettings, make_session
from factlint.references import References
from factlint.references.atomic import write_bytes_atomically
from factlint.references.cells import replace_cells
from factlint.references.models import Fact
from factlint.units import UnitError, convert, parse_unit

FETCHERS: dict[str, Callable[[Call], Fetched]] = {
    "worldbank": worldbank.fetch,
    "eurostat": eurostat.fetch,
    "imf": imf.fetch,
    "wikidata": wikidata.fetch,
    "url": url.fetch,
}


@dataclass(frozen=True)
class Drift:
    """One fact against its source: the stored value, the fetched one written as the
    fact would write it (its unit, its number of decimals), and whether they differ by
    more than the stored value's rounding plus ``tolerance``."""

    fact: Fact
    fetched: Fetched | None = None
    value: str = ""  # the fetched value, in the fact's unit and precision
    change: float | None = None  # relative change, for numbers
    beyond: bool = False
    error: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.error)


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text and "e" not in text.lower() else 0


def _written(value: float, like: str) -> str:
    """``value`` with as many decimals as the stored ``like``."""
    written = f"{value:.{_decimals(like)}f}"
    return "0" if written in ("-0", "-0.0") else written


def _in_fact_unit(fetched: Fetched, fact: Fact) -> float:
    assert isinstance(fetched.value, float)
    if not fetched.unit and not fact.unit:
        return fetched.value
    try:
        return convert(fetched.value, parse_unit(fetched.unit), parse_unit(fact.unit))
    except UnitError as ex:
        raise FetchError(
            f"the source's unit {fetched.unit!r} does not convert to {fact.unit!r} ({ex}); "
            "set fetch_unit to the unit the source's numbers are in"
        ) from None


def compare(fact: Fact, fetched: Fetched, tolerance: float) -> Drift:
    """The drift of one fact from its fetched value."""
    if isinstance(fetched.value, str):
        same = fetched.value.strip().casefold() == fact.value.strip().casefold()
        return Drift(fact, fetched, fetched.value, None, not same)
    number = _in_fact_unit(fetched, fact)
    written = _written(number, fact.value)
    stored = float(fact.value)
    slack = 0.5 * 10 ** -_decimals(fact.value) + tolerance * abs(stored)
    change = (number - stored) / abs(stored) if stored else (math.inf if number else 0.0)
    return Drift(fact, fetched, written, change, abs(number - stored) > slack)


def refresh(
    references: References,
    settings: FetchSettings,
    tolerance: float = 0.0,
    only: frozenset[str] = frozenset(),
) -> list[Drift]:
    """Fetch each fact that has a ``fetch`` source (or only those named), in file order."""
    session = make_session(settings)
    drifts = []
    try:
        for fact in references.facts:
            if not fact.fetch or (only and fact.id not in only):
                continue
            try:
                fetched = FETCHERS[fact.fetch](Call(fact, session, settings))
                drifts.append(compare(fact, fetched, tolerance))
            except FetchError as ex:
                drifts.append(Drift(fact, error=str(ex)))
    finally:
        session.close()
    return drifts


def write(drifts: list[Drift], today: dt.date) -> list[Path]:
    """Set ``value`` and ``retrieved`` of every fetched fact whose value changed (and
    ``retrieved`` of those confirmed), file by file, atomically; the files written."""
    by_file: dict[Path, dict[str, dict[str, str]]] = {}
    for drift in drifts:
        if drift.failed:
            continue
        edit = {"retrieved": today.isoformat()}
        if drift.beyond:
            edit["value"] = drift.value
        by_file.setdefault(Path(drift.fact.file), {})[drift.fact.id] = edit
    written = []
    for path, edits in by_file.items():
        data = path.read_bytes()
        bom = data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8-sig")
        new = replace_cells(text, edits)
        if new != text:
            write_bytes_atomically(path, (b"\xef\xbb\xbf" if bom else b"") + new.encode("utf-8"))
            written.append(path)
    return written
