"""The one HTTP session every fetcher goes through, and what it refuses.

* GET only, retried with exponential backoff on 429 and 5xx, waiting what a
  ``Retry-After`` header asks (up to ``max_retry_after`` seconds);
* connect and read timeouts on every request;
* a User-Agent naming factlint and a contact, as Wikimedia's policy asks of bots;
* a cap on the size of a response body, checked while it arrives (a huge or endless
  body is cut off, not buffered);
* https only: plain http, also at the end of a redirect, is refused, except to hosts
  named in ``allow_http_hosts`` (a test's server on 127.0.0.1);
* with ``cache`` set, responses are kept in a requests-cache SQLite file, so a second
  run within ``cache_expire`` seconds asks nothing of the sources.
"""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ConfigDict
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from factlint.fetch.result import FetchError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchSettings(BaseModel):
    """How factlint talks to the statistics sources."""

    model_config = ConfigDict(frozen=True)

    contact: str = ""  # an e-mail address or a page: who to tell when factlint misbehaves
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    max_bytes: int = 20_000_000
    retries: int = 3
    backoff: float = 0.5
    max_retry_after: int = 120
    cache: Path | None = None  # a SQLite file for requests-cache; None: no cache
    cache_expire: int = 24 * 3600
    allow_http_hosts: frozenset[str] = frozenset()
    bases: dict[str, str] = {}  # a source's API root, replaced (a mirror, a test server)

    def user_agent(self) -> str:
        try:
            own = version("factlint")
        except PackageNotFoundError:  # running from a source tree that is not installed
            own = "0"
        contact = self.contact or "no contact given; set FACTLINT_CONTACT"
        return f"factlint/{own} ({contact}) python-requests/{requests.__version__}"


class _GuardedAdapter(HTTPAdapter):
    """Refuses plain http and reads each body only up to the size cap."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        retry = Retry(
            total=settings.retries,
            connect=settings.retries,
            read=settings.retries,
            status=settings.retries,
            redirect=False,  # requests follows redirects itself, through send() again
            allowed_methods=frozenset({"GET"}),
            status_forcelist=RETRY_STATUSES,
            backoff_factor=settings.backoff,
            respect_retry_after_header=True,
            retry_after_max=settings.max_retry_after,
            raise_on_status=False,
        )
        super().__init__(max_retries=retry)

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        url = request.url or ""
        parts = urlsplit(url)
        if request.method != "GET":
            raise FetchError(f"refused: {request.method} {url}; factlint only reads (GET)", url)
        if parts.scheme != "https" and not (
            parts.scheme == "http" and parts.hostname in self.settings.allow_http_hosts
        ):
            raise FetchError(
                f"refused: {url} is not https; factlint fetches over https only "
                "(a redirect to plain http is refused too)",
                url,
            )
        kwargs["stream"] = True
        response = super().send(request, **kwargs)
        _read_capped(response, self.settings.max_bytes)
        return response


def _read_capped(response: requests.Response, cap: int) -> None:
    url = response.url
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        response.close()
        raise FetchError(f"response too large: {declared} bytes, over the cap of {cap}", url)
    body = bytearray()
    for chunk in response.raw.stream(64 * 1024, decode_content=True):
        body += chunk
        if len(body) > cap:
            response.close()
            raise FetchError(f"response too large: over the cap of {cap} bytes", url)
    response._content = bytes(body)
    response._content_consumed = True  # type: ignore[attr-defined]


def make_session(settings: FetchSettings) -> requests.Session:
    """A session with retries, timeouts, the size cap, https only and (with
    ``settings.cache``) a response cache."""
    session: requests.Session
    if settings.cache is not None:
        from requests_cache import CachedSession

        settings.cache.parent.mkdir(parents=True, exist_ok=True)
        session = CachedSession(
            str(settings.cache),
            backend="sqlite",
            expire_after=settings.cache_expire,
            allowable_methods=("GET",),
            allowable_codes=(200,),
        )
    else:
        session = requests.Session()
    adapter = _GuardedAdapter(settings)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = settings.user_agent()
    return session


def get(
    session: requests.Session,
    settings: FetchSettings,
    url: str,
    params: dict[str, str] | list[tuple[str, str]] | None = None,
    accept: str = "application/json",
) -> requests.Response:
    """GET ``url``; a transport failure or an HTTP error status raises FetchError."""
    try:
        response = session.get(
            url,
            params=params,
            headers={"Accept": accept},
            timeout=(settings.connect_timeout, settings.read_timeout),
        )
    except FetchError:
        raise
    except requests.RequestException as ex:
        raise FetchError(f"could not fetch: {_short(ex)}", url) from ex
    if response.status_code >= 400:
        raise FetchError(
            f"HTTP {response.status_code} {response.reason}: {_excerpt(response.text)}",
            response.url,
        )
    return response


def json_body(session: requests.Session, response: requests.Response) -> Any:
    """The response's JSON; an empty (204) or malformed body raises FetchError."""
    if response.status_code == 204 or not response.content.strip():
        forget(session, response.url)
        raise FetchError(f"empty response (HTTP {response.status_code}): no data", response.url)
    try:
        return json.loads(response.content)
    except ValueError as ex:
        forget(session, response.url)
        raise FetchError(f"not valid JSON ({ex}): {_excerpt(response.text)}", response.url) from ex


def forget(session: requests.Session, url: str) -> None:
    """Drop a cached response whose body turned out to be unusable, so the next run asks
    again instead of failing on the same bytes."""
    cache = getattr(session, "cache", None)
    if cache is not None:
        cache.delete(urls=[url])


def _excerpt(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _short(ex: Exception) -> str:
    text = str(ex)
    return text if len(text) <= 200 else text[:199] + "…"
