"""Wikidata's SPARQL endpoint (https://query.wikidata.org/sparql), for facts no
statistics office publishes: an office holder's ordinal, a residence, a date.

``fetch_key`` is a SPARQL query selecting ``?value`` (one row). The body is the W3C
SPARQL 1.1 JSON results format, ``{"head": {"vars": [...]}, "results": {"bindings":
[{"value": {"type", "value", "datatype"?}}]}}``. Wikimedia asks every client for a
User-Agent with a contact, so without one no query is sent.
"""

from __future__ import annotations

from typing import Any

from factlint.fetch.common import Call, as_of, number, shape
from factlint.fetch.result import Fetched, FetchError
from factlint.fetch.session import forget, get, json_body

BASE = "https://query.wikidata.org/sparql"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {f"{_XSD}{t}" for t in ("integer", "decimal", "double", "float", "int", "long")}


def fetch(call: Call) -> Fetched:
    url = call.base("wikidata", BASE)
    if not call.settings.contact:
        raise FetchError(
            "no contact for the User-Agent, which Wikimedia requires; give --contact "
            "or set FACTLINT_CONTACT to an e-mail address or a page about you",
            url,
        )
    response = get(
        call.session,
        call.settings,
        url,
        params={"query": call.fact.fetch_key, "format": "json"},
        accept="application/sparql-results+json",
    )
    body = json_body(call.session, response)
    try:
        return _read(body, call, response.url)
    except FetchError:
        forget(call.session, response.url)
        raise


def _read(body: Any, call: Call, url: str) -> Fetched:
    shape(isinstance(body, dict), "not a JSON object", url)
    variables = body.get("head", {}).get("vars")
    shape(isinstance(variables, list) and "value" in variables, "the query selects no ?value", url)
    bindings = body.get("results", {}).get("bindings")
    shape(isinstance(bindings, list), "no results.bindings", url)
    found = {str(b["value"].get("value")) for b in bindings if isinstance(b.get("value"), dict)}
    if not found:
        raise FetchError("the query found no ?value", url)
    if len(found) > 1:
        shown = ", ".join(sorted(found)[:5])
        raise FetchError(f"the query found {len(found)} values ({shown}); make it select one", url)
    cell = next(b["value"] for b in bindings if isinstance(b.get("value"), dict))
    value: float | str
    if cell.get("datatype") in _NUMBERS:
        value = number(cell["value"], url, "?value")
    elif cell.get("datatype") == f"{_XSD}dateTime":
        day = as_of(cell["value"])
        shape(day is not None, f"?value is not a date ({cell['value']!r})", url)
        value = str(day)
    elif cell.get("type") == "uri":
        raise FetchError(
            f"?value is an item ({cell['value']}), not its name; select its label "
            "(rdfs:label, with a language filter) as ?value",
            url,
        )
    else:
        value = str(cell["value"])
    unit = call.unit if isinstance(value, float) else ""
    return Fetched(value, unit, call.fact.period, None, url)
