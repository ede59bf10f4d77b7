"""2,000 generated texts, news-like and hostile, through the whole per-document work:
check, render every report's share, write the claim table. None may crash or hang."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from factlint.documents import Document
from factlint.references import References, load_references
from factlint.run.tasks import Rendered, Setup, Source, run_one

WORDS = [
    "China", "Russia", "United States", "U.S.", "Xi", "trade", "exports", "imports",
    "deficit", "trading partner", "largest", "fifth", "47th", "president", "record",
    "rose", "fell", "doubled", "about", "nearly", "more than", "between", "and", "to",
    "from", "in", "since", "a year earlier", "last year", "on Tuesday", "fiscal", "FY24",
    "Q3", "H1", "January", "December", "2024", "2018", "9999", "0", "1,000", "3.5",
    "$245 billion", "¥1.74 trillion", "€3bn", "5%", "0.3 percentage points", "bps",
    "million tonnes", "10**10**10 meter", "per cent", "-", "—", "(", ")", "$", "%",
    ",", ".", "\n", "\t", "<script>", "&amp;", "=SUM(A1)", "@", "+", "\x00", "\u202e",
]  # fmt: skip
TOKENS = st.one_of(st.sampled_from(WORDS), st.text(max_size=12))
TEXTS = st.one_of(
    st.lists(TOKENS, max_size=60).map(" ".join),
    st.text(max_size=400),
)
DATES = st.one_of(
    st.none(), st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))
)


@cache
def references() -> References:
    """Read once; not a fixture, whose repr Hypothesis would print with each example."""
    return load_references(ROOT / "references")


@settings(
    max_examples=2000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=TEXTS, published=DATES)
def test_no_text_crashes_a_document_check(text: str, published: dt.date | None) -> None:
    document = Document(path="fuzz.txt", text=text, published=published)
    outcome = run_one(Source(1, "fuzz.txt", document=document), Setup(references()))
    assert isinstance(outcome, Rendered), outcome
    assert outcome.table.startswith("id,doc,line,column,")
    for sections in outcome.parts.values():
        assert all(isinstance(part, str) for part in sections.values())
    claims = outcome.parts["json"]["claims"]
    if claims:
        json.loads(f"[{claims}]")
