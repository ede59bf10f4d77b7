"""A claim's unit and period are read once, when the claim is made: linking, comparing
and rendering a verdict never parse them again, and ``explain`` never links again.

The counts come from ``benchmarks/parses.py``, run in a fresh interpreter whose parsers
are wrapped before the rest of factlint imports them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def counts() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "parses.py"), "--json"],
        capture_output=True, text=True, check=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


COUNTS = counts()


def callers(parser: str) -> dict[str, int]:
    return {caller: n for name, caller, n in COUNTS["calls"] if name == parser}


def test_no_stage_after_assembly_parses_a_unit_or_a_period() -> None:
    later = ("factlint.link", "factlint.compare", "factlint.verdicts", "factlint.report",
             "factlint.explain", "factlint.check")  # fmt: skip
    for parser in ("parse_unit", "read_unit", "parse_period", "parse_claim_period"):
        assert not [c for c in callers(parser) if c.startswith(later)], (parser, callers(parser))


def test_assembly_reads_each_claims_unit_and_period_once() -> None:
    claims = COUNTS["claims"]
    assert claims > 100
    assert 0 < callers("read_unit")["factlint.claims.assembler"] <= claims
    assert 0 < callers("parse_claim_period")["factlint.claims.assembler"] <= claims


def test_explain_renders_the_record_and_links_nothing_again() -> None:
    assert 0 < COUNTS["links_in_check"] <= COUNTS["claims"]  # one link per claim at most
    assert COUNTS["links_in_explain"] == COUNTS["links_in_check"]  # its own check, no more
    assert COUNTS["linked_twice"] == []
