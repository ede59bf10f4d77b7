"""The fetchers against a real HTTP server on 127.0.0.1, serving each API's documented
format (tests/fetch_samples/), its errors, and the failures of the network: an in-band
error with HTTP 200, an empty 204, a 429 with Retry-After, a 503 then a 200, truncated
JSON, an oversized body, and a redirect to plain http."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Response

from factlint.fetch import eurostat, imf, url, wikidata, worldbank
from factlint.fetch.common import Call
from factlint.fetch.refresh import compare
from factlint.fetch.result import Fetched, FetchError
from factlint.fetch.session import FetchSettings, make_session
from factlint.references.models import Fact

SAMPLES = Path(__file__).resolve().parent / "fetch_samples"


def sample(name: str) -> Any:
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


def fact(**cells: str) -> Fact:
    row = {
        "id": "gdp-deu-2023-wb",
        "metric": "gdp",
        "subject": "DEU",
        "period": "2023",
        "value": "4525.70",
        "unit": "billion USD",
        "source": "World Bank",
        "url": "https://example.org/gdp",
        "retrieved": "2025-01-02",
        "fetch": "worldbank",
        "fetch_key": "DEU/NY.GDP.MKTP.CD",
        "fetch_unit": "USD",
        **cells,
    }
    return Fact.model_validate(row)


@pytest.fixture
def settings(httpserver: HTTPServer) -> FetchSettings:
    root = httpserver.url_for("").rstrip("/")
    return FetchSettings(
        contact="tests@example.org",
        allow_http_hosts=frozenset({"127.0.0.1"}),
        bases={
            "worldbank": f"{root}/v2",
            "eurostat": f"{root}/eurostat",
            "imf": f"{root}/sdmx/3.0",
            "wikidata": f"{root}/sparql",
        },
        retries=2,
        backoff=0,
        max_retry_after=2,
    )


@pytest.fixture
def session(settings: FetchSettings) -> Iterator[requests.Session]:
    with make_session(settings) as made:
        yield made


def call(the_fact: Fact, session: requests.Session, settings: FetchSettings) -> Call:
    return Call(the_fact, session, settings)


WB_PATH = "/v2/country/DEU/indicator/NY.GDP.MKTP.CD"


def test_world_bank_value_period_as_of_and_url(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request(WB_PATH).respond_with_json(sample("worldbank.json"))
    fetched = worldbank.fetch(call(fact(), session, settings))
    assert fetched.value == pytest.approx(4525703903627.53)
    assert (fetched.unit, fetched.period, str(fetched.as_of)) == ("USD", "2023", "2025-07-01")
    assert fetched.url.startswith(httpserver.url_for(WB_PATH))
    request = httpserver.log[0][0]
    assert request.args["date"] == "2023" and request.args["format"] == "json"
    assert "factlint/" in request.headers["User-Agent"]
    assert "tests@example.org" in request.headers["User-Agent"]
    drift = compare(fact(), fetched, 0.0)
    assert (drift.value, drift.beyond) == ("4525.70", False)


def test_world_bank_in_band_error_with_http_200(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request(WB_PATH).respond_with_json(sample("worldbank-error.json"))
    with pytest.raises(FetchError, match="World Bank API error: Invalid value: The provided"):
        worldbank.fetch(call(fact(), session, settings))


def test_world_bank_no_observation(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request(WB_PATH).respond_with_json(sample("worldbank-empty.json"))
    with pytest.raises(FetchError, match=r"no observation for DEU/NY\.GDP\.MKTP\.CD in 2023"):
        worldbank.fetch(call(fact(), session, settings))


def test_a_month_is_asked_in_the_world_bank_notation(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    body = sample("worldbank.json")
    body[1][0]["date"] = "2023M07"
    httpserver.expect_request(
        WB_PATH, query_string={"format": "json", "date": "2023M07", "per_page": "100"}
    ).respond_with_json(body)
    fetched = worldbank.fetch(call(fact(period="2023-07"), session, settings))
    assert fetched.period == "2023-07"


def test_an_empty_204_is_no_data(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request(WB_PATH).respond_with_response(Response(status=204))
    with pytest.raises(FetchError, match=r"empty response \(HTTP 204\)"):
        worldbank.fetch(call(fact(), session, settings))


def test_a_429_is_retried_after_the_time_it_asks(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_ordered_request(WB_PATH).respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "1"})
    )
    httpserver.expect_ordered_request(WB_PATH).respond_with_json(sample("worldbank.json"))
    fetched = worldbank.fetch(call(fact(), session, settings))
    assert fetched.value == pytest.approx(4525703903627.53)
    assert [response.status_code for _, response in httpserver.log] == [429, 200]


def test_a_503_then_a_200(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_ordered_request(WB_PATH).respond_with_data("busy", status=503)
    httpserver.expect_ordered_request(WB_PATH).respond_with_json(sample("worldbank.json"))
    assert worldbank.fetch(call(fact(), session, settings)).period == "2023"
    assert [response.status_code for _, response in httpserver.log] == [503, 200]


def test_a_source_that_stays_down_fails_after_the_retries(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request(WB_PATH).respond_with_data("down for maintenance", status=503)
    with pytest.raises(FetchError, match="HTTP 503 SERVICE UNAVAILABLE: down for maintenance"):
        worldbank.fetch(call(fact(), session, settings))
    assert len(httpserver.log) == settings.retries + 1


def test_a_post_is_never_sent(session: requests.Session, httpserver: HTTPServer) -> None:
    with pytest.raises(FetchError, match="only reads"):
        session.post(httpserver.url_for("/x"))
    assert httpserver.log == []


def test_truncated_json(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    text = json.dumps(sample("worldbank.json"))
    httpserver.expect_request(WB_PATH).respond_with_data(
        text[: len(text) // 2], content_type="application/json"
    )
    with pytest.raises(FetchError, match="not valid JSON"):
        worldbank.fetch(call(fact(), session, settings))


@pytest.mark.parametrize("streamed", [False, True], ids=["content-length", "chunked"])
def test_an_oversized_body_is_cut_off(
    httpserver: HTTPServer, settings: FetchSettings, streamed: bool
) -> None:
    capped = settings.model_copy(update={"max_bytes": 1000})
    chunk = b"[" + b" " * 4096 + b"]"
    body: Any = iter([chunk] * 50) if streamed else chunk * 50
    httpserver.expect_request(WB_PATH).respond_with_response(
        Response(body, content_type="application/json")
    )
    with make_session(capped) as session, pytest.raises(FetchError, match="response too large"):
        worldbank.fetch(call(fact(), session, capped))


def test_a_redirect_to_plain_http_is_refused(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request(WB_PATH).respond_with_response(
        Response(status=302, headers={"Location": "http://example.org/v2/data"})
    )
    with pytest.raises(FetchError, match=r"refused: http://example.org/v2/data is not https"):
        worldbank.fetch(call(fact(), session, settings))


def test_plain_http_is_refused_unless_the_host_is_allowed(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    strict = settings.model_copy(update={"allow_http_hosts": frozenset()})
    with make_session(strict) as session, pytest.raises(FetchError, match="not https"):
        worldbank.fetch(call(fact(), session, strict))
    assert httpserver.log == []


def test_the_cache_answers_a_repeated_run(
    httpserver: HTTPServer, settings: FetchSettings, tmp_path: Path
) -> None:
    cached = settings.model_copy(update={"cache": tmp_path / "cache" / "http.sqlite"})
    httpserver.expect_request(WB_PATH).respond_with_json(sample("worldbank.json"))
    for _ in range(2):
        with make_session(cached) as session:
            assert worldbank.fetch(call(fact(), session, cached)).period == "2023"
    assert len(httpserver.log) == 1
    assert (tmp_path / "cache" / "http.sqlite").is_file()


def test_an_unusable_body_is_not_kept_in_the_cache(
    httpserver: HTTPServer, settings: FetchSettings, tmp_path: Path
) -> None:
    cached = settings.model_copy(update={"cache": tmp_path / "http.sqlite"})
    httpserver.expect_ordered_request(WB_PATH).respond_with_json(sample("worldbank-error.json"))
    httpserver.expect_ordered_request(WB_PATH).respond_with_json(sample("worldbank.json"))
    with make_session(cached) as session, pytest.raises(FetchError):
        worldbank.fetch(call(fact(), session, cached))
    with make_session(cached) as session:
        assert worldbank.fetch(call(fact(), session, cached)).period == "2023"
    assert len(httpserver.log) == 2


EUROSTAT = fact(
    fetch="eurostat",
    fetch_key="nama_10_gdp?geo=DE&unit=CP_MEUR&na_item=B1GQ",
    unit="billion EUR",
    value="4185.55",
    fetch_unit="million EUR",
)


def test_eurostat_json_stat_one_cell(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request("/eurostat/nama_10_gdp").respond_with_json(sample("eurostat.json"))
    fetched = eurostat.fetch(call(EUROSTAT, session, settings))
    assert (fetched.value, fetched.unit, str(fetched.as_of)) == (
        4185550.0,
        "million EUR",
        "2025-04-10",
    )
    args = httpserver.log[0][0].args
    assert (args["geo"], args["unit"], args["na_item"], args["time"]) == (
        "DE",
        "CP_MEUR",
        "B1GQ",
        "2023",
    )
    assert compare(EUROSTAT, fetched, 0.0).value == "4185.55"


def test_eurostat_error_object(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request("/eurostat/nama_10_gdp").respond_with_json(
        sample("eurostat-error.json"), status=400
    )
    with pytest.raises(FetchError, match=r"HTTP 400 .*NO_RESULTS_FOUND"):
        eurostat.fetch(call(EUROSTAT, session, settings))
    httpserver.clear()
    httpserver.expect_request("/eurostat/nama_10_gdp").respond_with_json(
        sample("eurostat-error.json")
    )
    with pytest.raises(FetchError, match="Eurostat API error: NO_RESULTS_FOUND"):
        eurostat.fetch(call(EUROSTAT, session, settings))


def test_eurostat_key_that_leaves_a_dimension_open(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    body = sample("eurostat.json")
    body["size"][3] = 2
    httpserver.expect_request("/eurostat/nama_10_gdp").respond_with_json(body)
    with pytest.raises(FetchError, match="leaves geo open"):
        eurostat.fetch(call(EUROSTAT, session, settings))


IMF = fact(fetch="imf", fetch_key="IMF.RES/WEO/DEU.NGDPD.A", fetch_unit="billion USD")
IMF_PATH = "/sdmx/3.0/data/dataflow/IMF.RES/WEO/+/DEU.NGDPD.A"


def test_imf_sdmx_json_observation_of_the_period(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request(IMF_PATH).respond_with_json(sample("imf.json"))
    fetched = imf.fetch(call(IMF, session, settings))
    assert (fetched.value, fetched.unit, str(fetched.as_of)) == (
        4525.704,
        "billion USD",
        "2025-04-22",
    )
    assert httpserver.log[0][0].args["c[TIME_PERIOD]"] == "ge:2023+le:2023"
    assert compare(IMF, fetched, 0.0).beyond is False
    later = imf.fetch(
        call(fact(fetch="imf", fetch_key=IMF.fetch_key, period="2024"), session, settings)
    )
    assert later.value == 4659.929


def test_imf_no_data_and_errors(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_ordered_request(IMF_PATH).respond_with_response(Response(status=204))
    httpserver.expect_ordered_request(IMF_PATH).respond_with_json(
        {"errors": [{"code": 150, "title": "Semantic error: unknown dataflow"}]}
    )
    with pytest.raises(FetchError, match="empty response"):
        imf.fetch(call(IMF, session, settings))
    with pytest.raises(FetchError, match="IMF API error: Semantic error"):
        imf.fetch(call(IMF, session, settings))


def test_imf_key_matching_several_series(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    body = sample("imf.json")
    series = body["data"]["dataSets"][0]["series"]
    series["0:0:1"] = series["0:0:0"]
    httpserver.expect_request(IMF_PATH).respond_with_json(body)
    with pytest.raises(FetchError, match="matches 2 series"):
        imf.fetch(call(IMF, session, settings))


ORDINAL = fact(
    metric="office_ordinal",
    fetch="wikidata",
    fetch_key="SELECT ?value WHERE { wd:Q1 p:P39 ?s . ?s pq:P1545 ?value }",
    value="46",
    unit="ordinal",
    fetch_unit="",
)


def test_wikidata_sparql_results(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request("/sparql").respond_with_json(sample("wikidata.json"))
    fetched = wikidata.fetch(call(ORDINAL, session, settings))
    assert fetched.value == 46.0
    request = httpserver.log[0][0]
    assert request.args["query"] == ORDINAL.fetch_key
    assert request.headers["Accept"] == "application/sparql-results+json"
    assert compare(ORDINAL, fetched, 0.0).beyond is False


def test_wikidata_needs_a_contact_and_one_value(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    anonymous = settings.model_copy(update={"contact": ""})
    with pytest.raises(FetchError, match="Wikimedia requires"):
        wikidata.fetch(call(ORDINAL, session, anonymous))
    body = sample("wikidata.json")
    body["results"]["bindings"].append({"value": {"type": "literal", "value": "47"}})
    httpserver.expect_request("/sparql").respond_with_json(body)
    with pytest.raises(FetchError, match="found 2 values"):
        wikidata.fetch(call(ORDINAL, session, settings))
    assert len(httpserver.log) == 1


def test_wikidata_text_value_compares_as_text(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    body = {
        "head": {"vars": ["value"]},
        "results": {
            "bindings": [{"value": {"type": "literal", "value": "Old Town", "xml:lang": "en"}}]
        },
    }
    httpserver.expect_request("/sparql").respond_with_json(body)
    place = fact(
        fetch="wikidata", fetch_key=ORDINAL.fetch_key, value="New Town", unit="", fetch_unit=""
    )
    drift = compare(place, wikidata.fetch(call(place, session, settings)), 0.0)
    assert (drift.value, drift.beyond, drift.change) == ("Old Town", True, None)


def test_url_json_pointer_and_csv_column(
    httpserver: HTTPServer, session: requests.Session, settings: FetchSettings
) -> None:
    httpserver.expect_request("/release.json").respond_with_json({"data": [{"value": "4525.7"}]})
    httpserver.expect_request("/release.csv").respond_with_data(
        "TIME_PERIOD,OBS_VALUE\n2022,4082.5\n2023,4525.7\n", content_type="text/csv"
    )
    as_json = fact(
        fetch="url",
        fetch_key="",
        fetch_url=httpserver.url_for("/release.json"),
        fetch_path="/data/0/value",
        fetch_unit="",
    )
    as_csv = fact(
        fetch="url",
        fetch_key="",
        fetch_url=httpserver.url_for("/release.csv"),
        fetch_path="OBS_VALUE[TIME_PERIOD=2023]",
        fetch_unit="",
    )
    assert url.fetch(call(as_json, session, settings)).value == 4525.7
    assert url.fetch(call(as_csv, session, settings)).value == 4525.7
    missing = as_json.model_copy(update={"fetch_path": "/data/3/value"})
    with pytest.raises(FetchError, match="nothing at /data/3/value"):
        url.fetch(call(missing, session, settings))


@pytest.mark.parametrize(
    ("stored", "fetched", "tolerance", "beyond", "written"),
    [
        ("4525.70", 4525.704, 0.0, False, "4525.70"),
        ("4525.70", 4525.71, 0.0, True, "4525.71"),
        ("4525.70", 4530.0, 0.01, False, "4530.00"),
        ("4526", 4525.704, 0.0, False, "4526"),
        ("4526", 4524.4, 0.0, True, "4524"),
    ],
)
def test_drift_is_beyond_the_stored_rounding_plus_tolerance(
    stored: str, fetched: float, tolerance: float, beyond: bool, written: str
) -> None:
    the_fact = fact(value=stored, fetch_unit="billion USD")
    drift = compare(the_fact, Fetched(fetched, "billion USD", "2023", None, "u"), tolerance)
    assert (drift.beyond, drift.value) == (beyond, written)
