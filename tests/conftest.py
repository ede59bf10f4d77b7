"""Shared fixtures: the repository's own reference set and seed, and a way to check a
changed copy of a document without touching the repository."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

import factlint
from factlint.claims.assemble import assemble
from factlint.claims.model import Claim
from factlint.documents import Document
from factlint.references import References, load_references
from factlint.report import Report
from factlint.verdicts.reviews import Review

ROOT = Path(__file__).resolve().parent.parent
# A port nothing listens on: any HTTP a test's subprocess sends past 127.0.0.1 is refused.
CLOSED_PROXY = "http://127.0.0.1:9"


def pytest_configure(config: pytest.Config) -> None:
    """pytest-socket guards this process; subprocesses (the CLI tests) get proxies that
    lead nowhere, so that they too reach no host but this machine."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        os.environ[name] = CLOSED_PROXY
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost,::1"


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """pytest-httpserver on 127.0.0.1 (not "localhost", which may resolve to ::1)."""
    return ("127.0.0.1", 0)


SEED = ROOT / "seeds" / "putin-xi-video-call.txt"
SEED_PUBLISHED = dt.date(2025, 1, 21)


@pytest.fixture(scope="session")
def references() -> References:
    return load_references(ROOT / "references")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def make_document(
    text: str, published: dt.date | None = SEED_PUBLISHED, path: str = "doc.txt"
) -> Document:
    return Document(path=path, text=text, published=published)


@pytest.fixture
def claims_of(references: References) -> Callable[..., list[Claim]]:
    def claims(text: str, published: dt.date | None = SEED_PUBLISHED) -> list[Claim]:
        return assemble(make_document(text, published), references)[0]

    return claims


@pytest.fixture
def check_text(references: References) -> Callable[..., Report]:
    def run(text: str, published: dt.date | None = SEED_PUBLISHED) -> Report:
        return factlint.check([make_document(text, published)], references)

    return run


ENTITIES = """id,name,kind,aliases
CHN,China,country,Chinese|Beijing
RUS,Russia,country,Russian|Moscow|Kremlin
IND,India,country,Indian|New Delhi
"""
METRICS = """id,description,kind,unit,keywords,symmetric
trade,Bilateral trade,amount,billion USD,trade|two-way trade,true
exports,Exports of the subject to the object,amount,billion USD,exports,false
growth,Year-on-year change in trade,percent,%,trade growth|trade grew|trade rose|trade fell,true
partner_rank,Subject's rank among the object's trading partners,rank,rank,trading partner,false
summit,Date of a summit,date,,summit,true
capital,Capital city,text,,capital,false
gas,Gas exports of the subject to the object,amount,bcm,gas exports|gas supplies,false
lng,LNG imports of the subject,amount,million tonnes,lng imports,false
"""
FACT_HEADER = "id,metric,subject,object,period,value,unit,source,url,retrieved,note,primary\n"
FX = """period,base,quote,rate,source,url,retrieved
2024,USD,CNY,7.19,Central bank,https://example.org/fx,2025-01-02
2024,USD,EUR,0.924,Central bank,https://example.org/fx,2025-01-02
"""


def write_references(
    folder: Path, facts: str, metrics: str = METRICS, entities: str = ENTITIES
) -> Path:
    """A small reference folder: the given fact rows under a fixed header."""
    (folder / "facts").mkdir(parents=True, exist_ok=True)
    (folder / "entities.csv").write_text(entities, encoding="utf-8")
    (folder / "metrics.csv").write_text(metrics, encoding="utf-8")
    (folder / "fx.csv").write_text(FX, encoding="utf-8")
    (folder / "facts" / "facts.csv").write_text(FACT_HEADER + facts, encoding="utf-8")
    return folder


def fact_row(
    fact_id: str,
    metric: str,
    subject: str,
    obj: str,
    period: str,
    value: str,
    unit: str = "",
    source: str = "Customs",
    primary: str = "",
) -> str:
    return f"{fact_id},{metric},{subject},{obj},{period},{value},{unit},{source},https://example.org/{fact_id},2025-01-13,,{primary}\n"


@pytest.fixture
def verdicts_for(tmp_path: Path) -> Callable[..., list[tuple[str, str, str | None]]]:
    """Check ``text`` against a small reference set made of ``facts`` rows."""

    def run(
        text: str, facts: str, published: dt.date | None = SEED_PUBLISHED
    ) -> list[tuple[str, str, str | None]]:
        folder = write_references(tmp_path / "refs", facts)
        report = factlint.check([make_document(text, published)], folder)
        return [(v.claim.text, v.verdict, v.reason) for v in report.verdicts]

    return run


EXTRA = (
    "\nIn 2019, trade between Russia and China reached $110 billion. "
    'It was a <script>alert(1)</script> & "quoted" | piped sentence with 3 apples.\n'
)


@pytest.fixture(scope="session")
def report() -> Report:
    """For the renderers: the seed with one value changed (a flag), a paragraph no fact
    covers (unverified) and text that needs escaping; and the unchanged seed beside it."""
    text = SEED.read_text(encoding="utf-8")
    changed = Document(
        path="doc.txt",
        title="A <b>title</b> & more",
        outlet="Outlet & Co",
        url="https://example.com/?a=1&b=2",
        published=SEED_PUBLISHED,
        text=text.replace("$245 billion", "$254 billion") + EXTRA,
    )
    original = Document(path="seed.txt", published=SEED_PUBLISHED, text=text)
    checked = factlint.check([changed, original], ROOT / "references")
    assert checked.count("flag") >= 1 and checked.count("unverified") >= 1
    return checked


def with_reviews(report: Report) -> Report:
    """The fixture report with one flag ignored by review and one stale review."""
    flagged = next(v for v in report.verdicts if v.verdict == "flag")
    review = Review(
        claim_id=flagged.claim.id, action="ignore", reason="quoted", file="r.csv", line=2
    )
    stale = Review(claim_id="0123456789", action="link", fact_id="x", file="r.csv", line=3)
    verdicts = [
        v.model_copy(update={"review": review}) if v is flagged else v for v in report.verdicts
    ]
    return report.model_copy(
        update={"verdicts": verdicts, "stale_reviews": [stale], "reviews": "r.csv"}
    )


DESK_ENTITIES = ENTITIES + "USA,United States,country,U.S.|US|American\n"
DESK_METRICS = METRICS + "\n".join([
    "payrolls,Monthly change in nonfarm payroll employment,amount,thousand jobs,payrolls|jobs,false",
    "cpi_change,Change in the consumer price index,percent,%,consumer prices,false",
    "revenue,Quarterly revenue,amount,billion USD,revenue,false",
]) + "\n"  # fmt: skip
DESK_FACTS = """id,metric,subject,object,period,value,unit,source,url,retrieved,note,published,estimate,revises,basis,expectation,forecaster
p-feb-first,payrolls,USA,,2024-02,275,thousand jobs,Bureau of Labor Statistics,https://example.org/p1,2025-01-13,,2024-03-08,first,,,,
p-feb-second,payrolls,USA,,2024-02,270,thousand jobs,Bureau of Labor Statistics,https://example.org/p2,2025-01-13,,2024-04-05,second,p-feb-first,,,
cpi-mar-mom,cpi_change,USA,,2024-03,0.4,%,Bureau of Labor Statistics,https://example.org/c1,2025-01-13,,,,,seasonally-adjusted|month-on-month,,
cpi-mar-yoy,cpi_change,USA,,2024-03,3.5,%,Bureau of Labor Statistics,https://example.org/c2,2025-01-13,,,,,not-seasonally-adjusted|year-on-year,,
rev-q1-poll,revenue,USA,,2024-Q1,5.0,billion USD,LSEG,https://example.org/r1,2025-01-13,,,,,,consensus,analysts polled by LSEG
"""
DESK_TEXT = (
    "U.S. payrolls rose by 275,000 jobs in February 2024. "
    "U.S. consumer prices rose 0.4% month on month in March 2024. "
    "Analysts had expected U.S. revenue of $5.0 billion in the first quarter of 2024.\n"
)
DESK_PUBLISHED = dt.date(2024, 4, 10)


def desk_references_of(folder: Path, facts: str) -> References:
    """The desk's entities and metrics with ``facts``, a whole fact file (its header
    names the optional columns it uses)."""
    write_references(folder, "", metrics=DESK_METRICS, entities=DESK_ENTITIES)
    (folder / "facts" / "facts.csv").write_text(facts, encoding="utf-8")
    return load_references(folder)


@pytest.fixture(scope="session")
def desk_references(tmp_path_factory: pytest.TempPathFactory) -> References:
    """A reference set with revised figures, facts of several bases and a consensus."""
    return desk_references_of(tmp_path_factory.mktemp("desk"), DESK_FACTS)


@pytest.fixture(scope="session")
def desk_report(desk_references: References) -> Report:
    """A superseded figure, a claim with terms and an expectation, checked."""
    document = make_document(DESK_TEXT, DESK_PUBLISHED)
    return factlint.check([document], desk_references)
