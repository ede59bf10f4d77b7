"""The IMF's SDMX 3.0 API (https://api.imf.org/external/sdmx/3.0), the one behind
data.imf.org since the IMF retired its SDMX 2.0 "dataservices" JSON service in 2025.

``fetch_key`` is ``AGENCY/DATAFLOW/SERIES_KEY`` (``IMF.RES/WEO/CHN.NGDPD.A``), asked as
``/data/dataflow/AGENCY/DATAFLOW/+/SERIES_KEY`` (``+``: the latest version) with
``c[TIME_PERIOD]=ge:P+le:P`` for the fact's period (``2024``, ``2024-Q1``,
``2024-M01``). The body is an SDMX-JSON data message: ``data.dataSets[0].series``
maps an index key ("0:0:0") to ``observations`` ({"0": ["123.4", ...]}), whose keys
index ``data.structures[0].dimensions.observation`` (TIME_PERIOD); ``meta.prepared``
dates it. No data is an HTTP 204 or 404; errors come as ``{"errors": [...]}``.
"""

from __future__ import annotations

import re
from typing import Any

from factlint.fetch.common import Call, as_of, number, shape
from factlint.fetch.result import Fetched, FetchError
from factlint.fetch.session import forget, get, json_body
from factlint.fetch.spec import source_period

BASE = "https://api.imf.org/external/sdmx/3.0"


def fetch(call: Call) -> Fetched:
    agency, flow, key = call.fact.fetch_key.split("/", 2)
    period = source_period(call.fact.period, "imf") or call.fact.period
    url = f"{call.base('imf', BASE)}/data/dataflow/{agency}/{flow}/+/{key}"
    params = {
        "c[TIME_PERIOD]": f"ge:{period}+le:{period}",
        "dimensionAtObservation": "TIME_PERIOD",
        "attributes": "dsd",
        "measures": "all",
    }
    response = get(call.session, call.settings, url, params=params)
    body = json_body(call.session, response)
    try:
        return _read(body, period, call, response.url)
    except FetchError:
        forget(call.session, response.url)
        raise


def _normal(period: str) -> str:
    """SDMX writes a month as 2024-M01 or 2024-01, a quarter as 2024-Q1 or 2024Q1."""
    period = re.sub(r"^(\d{4})-?M(\d{2})$", r"\1-\2", period)
    return re.sub(r"^(\d{4})-?Q([1-4])$", r"\1-Q\2", period)


def _structure(body: dict[str, Any]) -> Any:
    data = body.get("data", {})
    if isinstance(data.get("structures"), list) and data["structures"]:
        return data["structures"][0]
    return data.get("structure") or body.get("structure")


def _read(body: Any, period: str, call: Call, url: str) -> Fetched:
    shape(isinstance(body, dict), "not a JSON object", url)
    if body.get("errors"):
        said = "; ".join(
            str(e.get("title") or e.get("detail") or e) if isinstance(e, dict) else str(e)
            for e in body["errors"]
        )
        raise FetchError(f"IMF API error: {said}", url)
    data = body.get("data")
    shape(isinstance(data, dict), "no data object", url)
    sets = data.get("dataSets")
    shape(isinstance(sets, list), "no dataSets", url)
    series = sets[0].get("series", {}) if sets and isinstance(sets[0], dict) else {}
    if not series:
        raise FetchError(f"no series for {call.fact.fetch_key} in {period}", url)
    shape(isinstance(series, dict), "series is not an object", url)
    if len(series) != 1:
        raise FetchError(
            f"the key matches {len(series)} series; give every dimension one code in fetch_key",
            url,
        )
    structure = _structure(body)
    shape(isinstance(structure, dict), "no structure", url)
    dimensions = structure.get("dimensions", {}).get("observation", [])
    shape(
        isinstance(dimensions, list) and len(dimensions) == 1,
        "observations are not by TIME_PERIOD alone",
        url,
    )
    times = [v.get("id", v.get("value")) for v in dimensions[0].get("values", [])]
    observations = next(iter(series.values())).get("observations", {})
    shape(isinstance(observations, dict), "observations is not an object", url)
    for index, cells in observations.items():
        shape(
            index.isdigit() and int(index) < len(times), f"observation {index!r} has no time", url
        )
        if _normal(str(times[int(index)])) == _normal(period):
            shape(isinstance(cells, list) and len(cells) > 0, "an observation without a value", url)
            value = number(cells[0], url, "OBS_VALUE")
            prepared = body.get("meta", {}).get("prepared")
            return Fetched(value, call.unit, call.fact.period, as_of(prepared), url)
    raise FetchError(f"no observation for {period} in {call.fact.fetch_key}", url)
