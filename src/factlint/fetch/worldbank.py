"""The World Bank Indicators API, version 2 (https://api.worldbank.org/v2).

``fetch_key`` is ``COUNTRY/INDICATOR`` (``CHN/NY.GDP.MKTP.CD``); the fact's period is
asked for as ``date`` (``2024``, ``2024Q1``, ``2024M01``). The body is a JSON array:
``[page info, [observation, ...]]``, the page info carrying ``lastupdated``. Errors come
in-band with HTTP 200, as ``[{"message": [{"id", "key", "value"}]}]``.
"""

from __future__ import annotations

from typing import Any

from factlint.fetch.common import Call, as_of, number, shape
from factlint.fetch.result import Fetched, FetchError
from factlint.fetch.session import forget, get, json_body
from factlint.fetch.spec import source_period

BASE = "https://api.worldbank.org/v2"


def fetch(call: Call) -> Fetched:
    country, indicator = call.fact.fetch_key.split("/", 1)
    period = source_period(call.fact.period, "worldbank") or call.fact.period
    url = f"{call.base('worldbank', BASE)}/country/{country}/indicator/{indicator}"
    response = get(
        call.session,
        call.settings,
        url,
        params={"format": "json", "date": period, "per_page": "100"},
    )
    body = json_body(call.session, response)
    try:
        return _read(body, period, call, response.url)
    except FetchError:
        forget(call.session, response.url)
        raise


def _read(body: Any, period: str, call: Call, url: str) -> Fetched:
    shape(isinstance(body, list) and len(body) >= 1, "not a JSON array of [page, rows]", url)
    head = body[0]
    if isinstance(head, dict) and "message" in head:
        messages = head["message"] if isinstance(head["message"], list) else [head["message"]]
        said = "; ".join(
            f"{m.get('key', '')}: {m.get('value', '')}".strip(": ")
            for m in messages
            if isinstance(m, dict)
        )
        raise FetchError(f"World Bank API error: {said or repr(head)}", url)
    shape(isinstance(head, dict) and len(body) == 2, "no page information and rows", url)
    rows = body[1]
    if not rows:
        raise FetchError(f"no observation for {call.fact.fetch_key} in {period}", url)
    shape(isinstance(rows, list), "rows are not a list", url)
    found = [r for r in rows if isinstance(r, dict) and r.get("date") == period]
    shape(len(found) == 1, f"{len(found)} rows for date {period}, expected 1", url)
    row = found[0]
    if row.get("value") is None:
        raise FetchError(f"no value for {call.fact.fetch_key} in {period} (null)", url)
    value = number(row["value"], url, "value")
    return Fetched(value, call.unit, call.fact.period, as_of(head.get("lastupdated")), url)
