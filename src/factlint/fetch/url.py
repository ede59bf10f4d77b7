"""Any https document holding the value: ``fetch_url`` the document, ``fetch_path``
where the value is in it.

* a JSON pointer (RFC 6901), starting with ``/``: ``/data/0/value``;
* else a CSV column, with an optional row filter: ``OBS_VALUE[TIME_PERIOD=2024]`` (the
  one row whose TIME_PERIOD is 2024), or ``OBS_VALUE`` alone for a file of one row.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from factlint.fetch.common import Call, number, shape
from factlint.fetch.result import Fetched, FetchError
from factlint.fetch.session import forget, get, json_body

_COLUMN = re.compile(r"^(?P<column>[^\[\]]+?)(?:\[(?P<key>[^=\]]+)=(?P<wanted>[^\]]*)\])?$")


def fetch(call: Call) -> Fetched:
    path = call.fact.fetch_path
    if path.startswith("/"):
        response = get(call.session, call.settings, call.fact.fetch_url)
        body = json_body(call.session, response)
        cell = _pointer(body, path, response.url)
    else:
        response = get(call.session, call.settings, call.fact.fetch_url, accept="text/csv")
        cell = _column(response.content, path, response.url)
    try:
        value: float | str = number(cell, response.url, path)
    except FetchError:
        if not isinstance(cell, str) or not cell.strip():
            forget(call.session, response.url)
            raise
        value = cell.strip()
    unit = call.unit if isinstance(value, float) else ""
    return Fetched(value, unit, call.fact.period, None, response.url)


def _pointer(body: Any, pointer: str, url: str) -> Any:
    """The value at an RFC 6901 JSON pointer."""
    node = body
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise FetchError(f"nothing at {pointer} (stopped at {token!r})", url)
    return node


def _column(content: bytes, path: str, url: str) -> str:
    match = _COLUMN.match(path)
    shape(match is not None, f"fetch_path {path!r} is not COLUMN or COLUMN[KEY=VALUE]", url)
    assert match is not None
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as ex:
        raise FetchError(f"CSV is not UTF-8 ({ex})", url) from ex
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    column, key, wanted = match.group("column", "key", "wanted")
    shape(bool(rows) and column in rows[0], f"no column {column!r} in the CSV", url)
    if key is not None:
        shape(key in rows[0], f"no column {key!r} in the CSV", url)
        rows = [row for row in rows if row.get(key) == wanted]
    if len(rows) != 1:
        raise FetchError(f"{len(rows)} rows match {path!r}, expected 1", url)
    return str(rows[0][column])
