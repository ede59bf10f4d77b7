"""How a fact row says where its value can be fetched, and the checks `refs validate`
makes on those columns. Nothing here talks to the network (nor imports requests).

Columns (all optional; see references/README.md):

* ``fetch``: the source, ``worldbank``, ``eurostat``, ``imf``, ``wikidata`` or ``url``;
* ``fetch_key``: the series in the source's own terms (for ``wikidata`` a SPARQL query
  that selects ``?value``);
* ``fetch_url`` and ``fetch_path``: for ``url``, the document and where the value is in
  it (a JSON pointer, or a CSV column with an optional ``[COLUMN=VALUE]`` row filter);
* ``fetch_unit``: the unit the source's numbers are in, when it is not the fact's unit
  ("USD" for a World Bank series of current dollars kept here as "billion USD").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from factlint.references.models import Fact

SourceName = Literal["worldbank", "eurostat", "imf", "wikidata", "url"]
PeriodStyle = Literal["worldbank", "eurostat", "imf"]
FETCH_COLUMNS = ("fetch_key", "fetch_url", "fetch_path", "fetch_unit")

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

# What a key looks like at each source (checked before any request is made).
KEY_FORMS: dict[str, tuple[re.Pattern[str], str]] = {
    "worldbank": (
        re.compile(r"^[A-Za-z0-9]{2,3}/[A-Za-z0-9._]+$"),
        "COUNTRY/INDICATOR, like CHN/NY.GDP.MKTP.CD",
    ),
    "eurostat": (
        re.compile(
            r"^[A-Za-z0-9_]+(\?[A-Za-z0-9_]+=[A-Za-z0-9_.\-]+(&[A-Za-z0-9_]+=[A-Za-z0-9_.\-]+)*)?$"
        ),
        "DATASET?dimension=code&..., like nama_10_gdp?geo=DE&unit=CP_MEUR&na_item=B1GQ",
    ),
    "imf": (
        re.compile(r"^[A-Za-z0-9_.]+/[A-Za-z0-9_]+/[A-Za-z0-9_.+*]+$"),
        "AGENCY/DATAFLOW/SERIES_KEY, like IMF.RES/WEO/CHN.NGDPD.A",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One problem with a fact's fetch columns: the column and the message."""

    column: str
    message: str


def source_period(period: str, style: PeriodStyle) -> str | None:
    """The fact's period in the source's notation; None for a period the source does
    not publish by (a day, a half year, a range)."""
    if _YEAR.match(period):
        return period
    quarter = _QUARTER.match(period)
    if quarter:
        year, number = quarter.groups()
        return f"{year}Q{number}" if style == "worldbank" else f"{year}-Q{number}"
    month = _MONTH.match(period)
    if month:
        year, number = month.groups()
        return {"worldbank": f"{year}M{number}", "eurostat": f"{year}-{number}"}.get(
            style, f"{year}-M{number}"
        )
    return None


def fetch_problems(fact: Fact) -> list[Problem]:
    """What is wrong with a fact's fetch columns (nothing when it has none)."""
    source = fact.fetch
    filled = [name for name in FETCH_COLUMNS if getattr(fact, name)]
    if not source:
        return [
            Problem(
                name,
                f"{name}: set, but the fetch column is empty; write the source in fetch, or clear {name}",
            )
            for name in filled
        ]
    problems: list[Problem] = []
    if source == "url":
        if fact.fetch_url and not fact.fetch_url.startswith("https://"):
            problems.append(
                Problem(
                    "fetch_url",
                    f"fetch_url: not an https address (got {fact.fetch_url!r}); "
                    "factlint fetches over https only",
                )
            )
        if not fact.fetch_url:
            problems.append(
                Problem(
                    "fetch_url",
                    "fetch_url: empty (got ''); write the https address of the JSON or CSV document",
                )
            )
        if not fact.fetch_path:
            problems.append(
                Problem(
                    "fetch_path",
                    "fetch_path: empty (got ''); write a JSON pointer like /data/0/value, or a CSV column like OBS_VALUE[TIME_PERIOD=2024]",
                )
            )
        if fact.fetch_key:
            problems.append(
                Problem(
                    "fetch_key",
                    f"fetch_key: not used by fetch=url (got {fact.fetch_key!r}); clear it",
                )
            )
        return problems
    for name in ("fetch_url", "fetch_path"):
        if getattr(fact, name):
            problems.append(
                Problem(
                    name,
                    f"{name}: only for fetch=url (got {getattr(fact, name)!r}); clear it, the series goes in fetch_key",
                )
            )
    key = fact.fetch_key
    if not key:
        form = KEY_FORMS[source][1] if source in KEY_FORMS else "a SPARQL query that selects ?value"
        problems.append(Problem("fetch_key", f"fetch_key: empty (got ''); write {form}"))
    elif source == "wikidata":
        if not re.search(r"\bselect\b", key, re.I) or "?value" not in key:
            problems.append(
                Problem(
                    "fetch_key",
                    f"fetch_key: not a SPARQL query selecting ?value (got {key!r}); write SELECT ?value WHERE {{ ... }}",
                )
            )
    else:
        pattern, form = KEY_FORMS[source]
        if not pattern.match(key):
            problems.append(
                Problem(
                    "fetch_key", f"fetch_key: not a {source} series (got {key!r}); write {form}"
                )
            )
        elif source == "eurostat" and re.search(r"[?&]time(_period)?=", key, re.I):
            problems.append(
                Problem(
                    "fetch_key",
                    f"fetch_key: names a time (got {key!r}); leave it out, the fact's period is asked for",
                )
            )
    if source in KEY_FORMS and source_period(fact.period, source) is None:  # type: ignore[arg-type]
        problems.append(
            Problem(
                "period",
                f"period: {source} publishes by year, quarter or month (got {fact.period!r}); fetch a fact of one such period",
            )
        )
    return problems
