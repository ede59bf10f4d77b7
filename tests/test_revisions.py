"""The columns that say when a figure was published, which row it revises, what estimate
it is, its basis and whether it is an expectation: each bad cell and each bad relation
between rows is reported at ``file:line:column`` with how to mend it, and the data
package describes the columns so that frictionless catches what a Table Schema can say."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from frictionless import validate

from factlint.errors import ReferenceDataError
from factlint.references import load_references

REFERENCES = Path(__file__).resolve().parent.parent / "references"
HEADER = (
    "id,metric,subject,object,period,value,unit,source,url,retrieved,note,"
    "published,estimate,revises,basis,expectation,forecaster"
)
URL = "https://www.bea.gov/news/2024/gdp-first-quarter-2024"


def row(
    fact_id: str,
    *,
    period: str = "2018",
    value: str = "169.3",
    metric: str = "goods_trade_deficit",
    retrieved: str = "2025-01-13",
    published: str = "",
    estimate: str = "",
    revises: str = "",
    basis: str = "",
    expectation: str = "",
    forecaster: str = "",
) -> str:
    cells = [
        fact_id, metric, "USA", "EU", period, value, "billion USD", "U.S. Census Bureau", URL,
        retrieved, "", published, estimate, revises, basis, expectation, forecaster,
    ]  # fmt: skip
    return ",".join(cells)


FIRST = row("deficit-2018-first", published="2019-03-06", estimate="first")
SECOND = row(
    "deficit-2018-second",
    value="169.5",
    published="2019-06-05",
    estimate="revised",
    revises="deficit-2018-first",
)


@pytest.fixture
def refs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REFERENCES, tmp_path / "refs")
    return Path("refs")


def write(refs: Path, *rows: str) -> None:
    text = "\n".join([HEADER, *rows]) + "\n"
    (refs / "facts" / "zz-revisions.csv").write_text(text, encoding="utf-8")


def problems(refs: Path) -> list[str]:
    with pytest.raises(ReferenceDataError) as info:
        load_references(refs)
    return [str(problem) for problem in info.value.problems]


def column(name: str) -> int:
    return HEADER.split(",").index(name) + 1


def test_a_chain_of_estimates_loads_and_knows_its_revisions(refs: Path) -> None:
    write(refs, FIRST, SECOND)
    references = load_references(refs)
    first = references.fact("deficit-2018-first")
    second = references.fact("deficit-2018-second")
    assert references.revision_of(first) == second
    assert references.revision_of(second) is None
    assert (second.published and second.published.isoformat(), second.estimate) == (
        "2019-06-05",
        "revised",
    )
    assert second.ref.published == "2019-06-05" and second.ref.estimate == "revised"


def test_basis_and_expectation_load(refs: Path) -> None:
    write(
        refs,
        row("a", basis="nominal|not-seasonally-adjusted|USD"),
        row("b", expectation="consensus", forecaster="economists polled by Reuters"),
    )
    references = load_references(refs)
    assert references.fact("a").basis == ["nominal", "not-seasonally-adjusted", "USD"]
    assert references.fact("a").ref.basis == "nominal|not-seasonally-adjusted|USD"
    assert references.has_expectations("goods_trade_deficit")
    assert not references.has_expectations("bilateral_trade")


BAD_CELLS = [
    pytest.param(
        row("x", estimate="flash"),
        "estimate",
        "estimate: not one of first, second, third, revised, benchmark or final (got 'flash')",
        id="estimate-enum",
    ),
    pytest.param(
        row("x", expectation="hope", forecaster="someone"),
        "expectation",
        "expectation: not one of consensus, forecast, projection, target or guidance (got 'hope')",
        id="expectation-enum",
    ),
    pytest.param(
        row("x", basis="reel"),
        "basis",
        "basis: not a term of the basis vocabulary (got 'reel'); did you mean real?",
        id="basis-unknown-term",
    ),
    pytest.param(
        row("x", basis="annualized"),
        "basis",
        "basis: not a term of the basis vocabulary (got 'annualized'); did you mean annualised?",
        id="basis-spelling",
    ),
    pytest.param(
        row("x", basis="real|nominal"),
        "basis",
        "basis: real and nominal are both prices terms (got 'real|nominal'); a figure has one",
        id="basis-two-of-a-group",
    ),
    pytest.param(
        row("x", basis="real|usd"),
        "basis",
        "basis: not a term of the basis vocabulary (got 'usd'); did you mean USD?",
        id="basis-lower-case-currency",
    ),
    pytest.param(
        row("x", published="2019-02-30"),
        "published",
        "published: not a date (got '2019-02-30'); write it as YYYY-MM-DD",
        id="published-not-a-date",
    ),
    pytest.param(
        row("x", published="2025-02-01"),
        "published",
        "published: after the row was retrieved on 2025-01-13 (got '2025-02-01'); a page is "
        "read after it is published: fix either date",
        id="published-after-retrieved",
    ),
    pytest.param(
        row("x", published="2099-01-01", retrieved="2025-01-13"),
        "published",
        "published: in the future (got '2099-01-01'); write the day the figure was released",
        id="published-in-the-future",
    ),
    pytest.param(
        row("x", revises="not an id"),
        "revises",
        "revises: not a fact id (got 'not an id'); write the id of the row this one revises",
        id="revises-not-an-id",
    ),
    pytest.param(
        row("x", expectation="consensus"),
        "forecaster",
        "forecaster: empty (got ''); say who made the consensus",
        id="expectation-without-forecaster",
    ),
    pytest.param(
        row("x", forecaster="the central bank"),
        "expectation",
        "expectation: empty (got ''); a row with a forecaster ('the central bank') is an "
        "expectation",
        id="forecaster-without-expectation",
    ),
    pytest.param(
        row("x", metric="trade_partner_rank", value="5", basis="real").replace(
            "billion USD", "rank"
        ),
        "basis",
        "basis: a rank has no basis (got 'real')",
        id="basis-on-a-rank",
    ),
]


@pytest.mark.parametrize(("line", "name", "expected"), BAD_CELLS)
def test_a_bad_cell_is_reported_at_its_column(
    refs: Path, line: str, name: str, expected: str
) -> None:
    write(refs, line)
    found = [
        p for p in problems(refs) if p.startswith(f"refs/facts/zz-revisions.csv:2:{column(name)}: ")
    ]
    assert len(found) == 1, problems(refs)
    assert expected in found[0]


BAD_CHAINS = [
    pytest.param(
        [row("b", published="2019-06-05", revises="missing")],
        2,
        "revises",
        "revises: no fact with this id (got 'missing'); write the id of the row whose figure "
        "this one replaced",
        id="missing-row",
    ),
    pytest.param(
        [row("b", published="2019-06-05", revises="b")],
        2,
        "revises",
        "revises: the row itself (got 'b')",
        id="itself",
    ),
    pytest.param(
        [
            FIRST,
            row("b", metric="goods_exports", published="2019-06-05", revises="deficit-2018-first"),
        ],
        3,
        "revises",
        "revises: 'deficit-2018-first' at refs/facts/zz-revisions.csv:2 is another figure "
        "(goods_trade_deficit USA EU 2018; this row is goods_exports USA EU 2018)",
        id="another-metric",
    ),
    pytest.param(
        [FIRST, row("b", period="2019", published="2020-06-05", revises="deficit-2018-first")],
        3,
        "revises",
        "is another figure (goods_trade_deficit USA EU 2018; this row is goods_trade_deficit "
        "USA EU 2019)",
        id="another-period",
    ),
    pytest.param(
        [FIRST, row("b", revises="deficit-2018-first")],
        3,
        "published",
        "published: empty (got ''); a row that revises 'deficit-2018-first' must say when it "
        "was published",
        id="revision-without-date",
    ),
    pytest.param(
        [FIRST, row("b", published="2019-01-10", revises="deficit-2018-first")],
        3,
        "published",
        "published: not after 'deficit-2018-first' (published 2019-03-06), which this row "
        "revises (got '2019-01-10')",
        id="revision-published-before",
    ),
    pytest.param(
        [FIRST, row("b", published="2019-03-06", revises="deficit-2018-first")],
        3,
        "published",
        "published: not after 'deficit-2018-first' (published 2019-03-06)",
        id="revision-published-the-same-day",
    ),
    pytest.param(
        [FIRST, SECOND, row("c", published="2019-07-01", revises="deficit-2018-first")],
        4,
        "revises",
        "revises: 'deficit-2018-first' is already revised by 'deficit-2018-second' at "
        "refs/facts/zz-revisions.csv:3 (got 'deficit-2018-first'); revise the latest row",
        id="revised-twice",
    ),
    pytest.param(
        [
            row("a", published="2019-03-06", revises="b"),
            row("b", published="2019-06-05", revises="a"),
        ],
        2,
        "revises",
        "revises: a cycle (a → b → a) (got 'b')",
        id="cycle",
    ),
    pytest.param(
        [FIRST, row("b", published="2019-06-05", estimate="first", revises="deficit-2018-first")],
        3,
        "estimate",
        "estimate: a first estimate revises nothing (got 'first' with revises "
        "'deficit-2018-first')",
        id="first-that-revises",
    ),
]


@pytest.mark.parametrize(("rows", "line", "name", "expected"), BAD_CHAINS)
def test_a_bad_revision_is_reported_on_the_revising_row(
    refs: Path, rows: list[str], line: int, name: str, expected: str
) -> None:
    write(refs, *rows)
    where = f"refs/facts/zz-revisions.csv:{line}:{column(name)}: "
    found = [p for p in problems(refs) if p.startswith(where)]
    assert any(expected in p for p in found), problems(refs)


def test_refs_validate_prints_the_problem_and_exits_2(refs: Path) -> None:
    write(refs, FIRST, row("b", published="2019-01-10", revises="deficit-2018-first"))
    result = subprocess.run(
        [sys.executable, "-m", "factlint", "refs", "validate", "refs"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert f"refs/facts/zz-revisions.csv:3:{column('published')}: published: not after" in (
        result.stderr
    )


def _package_errors(refs: Path) -> list[tuple[int | None, str | None, str]]:
    subprocess.run(
        [sys.executable, "-m", "factlint", "refs", "schema", "refs", "--write"], check=True
    )
    report = validate(str(refs / "datapackage.json"))
    return [
        (error.get("rowNumber"), error.get("fieldName"), error["type"])
        for task in report.tasks
        for error in (e.to_dict() for e in task.errors)
    ]


def test_the_new_columns_pass_frictionless(refs: Path) -> None:
    write(
        refs,
        FIRST,
        SECOND,
        row("c", basis="real|seasonally-adjusted|quarter-on-quarter|EUR"),
        row("d", expectation="guidance", forecaster="the company"),
    )
    assert _package_errors(refs) == []


@pytest.mark.parametrize(
    ("changes", "name"),
    [
        pytest.param({"estimate": "flash"}, "estimate", id="estimate"),
        pytest.param({"expectation": "hope", "forecaster": "x"}, "expectation", id="expectation"),
        pytest.param({"basis": "real terms"}, "basis", id="basis"),
        pytest.param({"published": "2019-13-01"}, "published", id="published"),
    ],
)
def test_frictionless_catches_a_bad_new_cell_where_refs_validate_does(
    refs: Path, changes: dict[str, str], name: str
) -> None:
    write(refs, row("x", **changes))
    assert (2, name, "constraint-error") in _package_errors(refs) or (
        2,
        name,
        "type-error",
    ) in _package_errors(refs)
    assert any(
        p.startswith(f"refs/facts/zz-revisions.csv:2:{column(name)}: ") for p in problems(refs)
    )
