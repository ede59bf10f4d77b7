"""A claim's unit and period are read once, when the claim is made: linking, comparing
and rendering a verdict never parse them again, and ``explain`` never links again.

Each count runs in a fresh interpreter whose parsers are wrapped before the rest of
factlint imports them, so every call is seen with the module that made it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import collections, json, sys
import factlint.periods as periods
import factlint.units as units

calls = collections.Counter()
counting = False

def counted(name, function):
    def wrapper(*args, **kwargs):
        if counting:
            caller = sys._getframe(1).f_globals.get("__name__", "?")
            calls[(name, caller)] += 1
        return function(*args, **kwargs)
    return wrapper

for module, names in ((units, ("parse_unit", "read_unit")),
                      (periods, ("parse_period", "parse_claim_period"))):
    for name in names:
        setattr(module, name, counted(name, getattr(module, name)))

import factlint
import factlint.link as link_stage
from factlint.documents import Document
from factlint.references import load_references
from factlint.verdicts import decide

sys.path.insert(0, sys.argv[1] + "/benchmarks")
from corpus import corpus

references = load_references(sys.argv[1] + "/references")
texts = [open(sys.argv[1] + "/seeds/putin-xi-video-call.txt", encoding="utf-8").read()]
texts += corpus(40, seed=5)
documents = [Document(path=f"d{i}.txt", text=t, published=__import__("datetime").date(2025, 1, 21))
             for i, t in enumerate(texts)]
linked = collections.Counter()
link = decide.link
def counting_link(claim, *args, **kwargs):
    linked[claim.id] += 1
    return link(claim, *args, **kwargs)
decide.link = counting_link

counting = True
report = factlint.check(documents, references)
for verdict in report.verdicts:
    verdict.explanation
counting = False
links_in_check = sum(linked.values())
linked.clear()
claim = next(v.claim for v in report.verdicts if v.verdict == "pass")
explanation = factlint.explain(claim.id, documents, references)
explanation.render()
print(json.dumps({
    "calls": [[name, caller, n] for (name, caller), n in sorted(calls.items())],
    "claims": len(report.verdicts),
    "links_in_check": links_in_check,
    "links_in_explain": sum(linked.values()),
    "linked_twice": [i for i, n in linked.items() if n > 1],
}))
"""


def probe() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT)],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


RESULT = probe()


def callers(name: str) -> dict[str, int]:
    calls = RESULT["calls"]
    assert isinstance(calls, list)
    return {caller: n for parser, caller, n in calls if parser == name}


def test_no_stage_after_assembly_parses_a_unit_or_a_period() -> None:
    later = ("factlint.link", "factlint.compare", "factlint.verdicts", "factlint.report",
             "factlint.explain", "factlint.check")  # fmt: skip
    for parser in ("parse_unit", "read_unit", "parse_period", "parse_claim_period"):
        assert not [c for c in callers(parser) if c.startswith(later)], (parser, callers(parser))


def test_assembly_reads_each_claims_unit_and_period_once() -> None:
    claims = RESULT["claims"]
    assert isinstance(claims, int) and claims > 100
    made = callers("read_unit").get("factlint.claims.assemble", 0)
    assert made <= claims, (made, claims)  # one per claim (conversions are made elsewhere)
    assert callers("parse_claim_period").get("factlint.claims.assemble", 0) <= claims


def test_explain_renders_the_record_and_links_nothing_again() -> None:
    # explain runs the check it explains (one link per claim), and links nothing more
    assert RESULT["links_in_explain"] == RESULT["links_in_check"]
    assert RESULT["linked_twice"] == []
