"""Eurostat's Statistics API, JSON-stat 2.0
(https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data).

``fetch_key`` is ``DATASET?dimension=code&...`` (``nama_10_gdp?geo=DE&unit=CP_MEUR&
na_item=B1GQ``); the fact's period is added as ``time`` (``2024``, ``2024-Q1``,
``2024-01``). Every dimension but time must be pinned to one code, so the answer is one
cell: ``value`` (an object or an array indexed in row-major order over ``size``),
``dimension.time.category.index`` naming the period, ``updated`` the as-of date. Errors
come as ``{"error": [{"status", "id", "label"}]}``.
"""

from __future__ import annotations

from typing import Any

from factlint.fetch.common import Call, as_of, number, shape
from factlint.fetch.result import Fetched, FetchError
from factlint.fetch.session import forget, get, json_body
from factlint.fetch.spec import source_period

BASE = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data"


def fetch(call: Call) -> Fetched:
    dataset, _, query = call.fact.fetch_key.partition("?")
    period = source_period(call.fact.period, "eurostat") or call.fact.period
    pinned = [pair.split("=", 1) for pair in query.split("&") if pair]
    params = [("format", "JSON"), ("lang", "EN"), *((k, v) for k, v in pinned), ("time", period)]
    url = f"{call.base('eurostat', BASE)}/{dataset}"
    response = get(call.session, call.settings, url, params=params)
    body = json_body(call.session, response)
    try:
        return _read(body, period, call, response.url)
    except FetchError:
        forget(call.session, response.url)
        raise


def _read(body: Any, period: str, call: Call, url: str) -> Fetched:
    shape(isinstance(body, dict), "not a JSON object", url)
    if "error" in body:
        errors = body["error"] if isinstance(body["error"], list) else [body["error"]]
        said = "; ".join(str(e.get("label", e)) if isinstance(e, dict) else str(e) for e in errors)
        raise FetchError(f"Eurostat API error: {said}", url)
    shape(body.get("class") == "dataset", "not a JSON-stat dataset", url)
    ids, sizes = body.get("id"), body.get("size")
    shape(
        isinstance(ids, list) and isinstance(sizes, list) and len(ids) == len(sizes),
        "id and size do not match",
        url,
    )
    wide = [name for name, size in zip(ids, sizes, strict=True) if size != 1]
    if wide:
        raise FetchError(
            f"the key leaves {', '.join(wide)} open (several values); pin each dimension "
            "to one code in fetch_key",
            url,
        )
    time = body.get("dimension", {}).get("time", {}).get("category", {}).get("index", {})
    shape(isinstance(time, dict) and period in time, f"no time {period} in the dataset", url)
    values = body.get("value")
    cell = values.get("0") if isinstance(values, dict) else (values[0] if values else None)
    if cell is None:
        raise FetchError(f"no value for {call.fact.fetch_key} in {period}", url)
    value = number(cell, url, "value")
    return Fetched(value, call.unit, call.fact.period, as_of(body.get("updated")), url)
