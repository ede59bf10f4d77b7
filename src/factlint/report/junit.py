"""junit.xml: one test case per claim, so any CI that shows test results shows claims.

A flag is a failure (its type is the reason, so CI groups value slips apart from wrong
dates), an unverified claim is skipped (nothing to check it against, which is not the
same as wrong), a pass is a passing test. A claim an analyst ignored is skipped with the
review's reason, whatever its verdict. Each document is a test suite; reviews whose claim
is gone form one more suite, named after the reviews file, each skipped with how to mend
it (a partial run makes other documents' reviews look stale, so they never fail). Attributes are
written in a fixed order and nothing depends on the clock, so reruns diff cleanly.

The file is valid against the JUnit schema Jenkins reads and pytest's own ``--junitxml``
output follows (tests/schemas/junit-10.xsd). That schema has no place for a test case's
file or line, so a claim's ``doc:line:column`` leads its test name (CI views list and
search by name) and the document's path is its suite's ``file``.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from factlint.report._format import (
    claim_location,
    fact_summary,
    review_summary,
    skipped_location,
    stale_summary,
)
from factlint.report.model import Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
from factlint.verdicts.model import Verdict

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
# Characters XML 1.0 cannot carry at all, not even escaped; a document may contain them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _element(tag: str, attributes: list[tuple[str, str]]) -> ET.Element:
    """An element whose attributes keep the order given (ElementTree preserves it)."""
    element = ET.Element(tag)
    for name, value in attributes:
        element.set(name, xml_text(value))
    return element


def _detail(verdict: Verdict) -> str:
    """The body of a failure or skip: where, what was claimed, and the evidence."""
    claim = verdict.claim
    lines = [
        f"{claim_location(claim)}: {claim.text}",
        f"sentence: {claim.sentence}",
        verdict.explanation,
    ]
    if verdict.fact:
        lines.append(f"fact {fact_summary(verdict.fact)}")
        if verdict.fact.url:
            lines.append(f"source: {verdict.fact.url}")
    return xml_text("\n".join(lines))


def case_name(verdict: Verdict) -> str:
    """``doc.txt:13:81 $254 billion [d0cff130c6]``: where, what, and the claim's id, which
    keeps two equal claims in one document apart."""
    claim = verdict.claim
    return f"{claim_location(claim)} {claim.text} [{claim.id}]"


def testcase(verdict: Verdict) -> ET.Element:
    case = _element("testcase", [("classname", verdict.claim.doc), ("name", case_name(verdict))])
    outcome = None
    if verdict.review is not None and verdict.ignored:
        outcome = _element("skipped", [("message", review_summary(verdict.review))])
    elif verdict.verdict == "flag":
        type_ = verdict.reason or "flag"
        outcome = _element("failure", [("message", verdict.explanation), ("type", type_)])
    elif verdict.verdict == "unverified":
        outcome = _element("skipped", [("message", verdict.explanation)])
    if outcome is not None:
        outcome.text = _detail(verdict)
        case.append(outcome)
    return case


def testsuite(result: DocumentResult, run: RunInfo) -> ET.Element:
    path, verdicts, info = result.path, result.verdicts, result.info
    failures = sum(1 for v in verdicts if v.verdict == "flag" and not v.ignored)
    skipped = sum(1 for v in verdicts if v.verdict == "unverified" or v.ignored)
    suite = _element(
        "testsuite",
        [
            ("name", path),
            ("tests", str(len(verdicts))),
            ("failures", str(failures)),
            ("errors", "0"),
            ("skipped", str(skipped)),
            ("file", info.location or path if info else path),
        ],
    )
    properties = ET.SubElement(suite, "properties")
    pairs = [("references_sha256", run.references_sha256)]
    if info:
        pairs += [("title", info.title), ("outlet", info.outlet), ("url", info.url),
                  ("published", info.published)]  # fmt: skip
    for name, value in pairs:
        if value:
            properties.append(_element("property", [("name", name), ("value", value)]))
    suite.extend(testcase(v) for v in verdicts)
    not_checked = result.skipped
    if not_checked:
        lines = [f"not checked: {skipped_location(s)}: {s.text} ({s.reason})" for s in not_checked]
        ET.SubElement(suite, "system-out").text = xml_text("\n".join(lines))
    return suite


def stale_suite(totals: Totals) -> ET.Element:
    stale, reviews = totals.stale_reviews, totals.run.reviews
    suite = _element(
        "testsuite",
        [("name", reviews or "reviews.csv"), ("tests", str(len(stale))),
         ("failures", "0"), ("errors", "0"), ("skipped", str(len(stale))),
         ("file", reviews or "reviews.csv")],
    )  # fmt: skip
    for review in stale:
        case = _element(
            "testcase",
            [("classname", review.file),
             ("name", f"{review.where} stale review of {review.claim_id}")],
        )  # fmt: skip
        case.append(_element("skipped", [("message", stale_summary(review))]))
        suite.append(case)
    return suite


NAME = "junit.xml"
SEPARATORS = {"suites": "\n"}
_INDENT = "  "


def _indented(suite: ET.Element) -> str:
    """A suite as it stands one level into ``<testsuites>``, indented as ``ET.indent``
    would indent the whole tree."""
    ET.indent(suite, space=_INDENT, level=1)
    return _INDENT + ET.tostring(suite, encoding="unicode")


def document_parts(result: DocumentResult, run: RunInfo) -> dict[str, str]:
    return {"suites": _indented(testsuite(result, run))}


def assemble(totals: Totals, section: Section) -> Iterator[str]:
    stale = len(totals.stale_reviews)
    root = _element(
        "testsuites",
        [
            ("name", "factlint"),
            ("tests", str(totals.count("claims") + stale)),
            ("failures", str(totals.count("flag"))),
            ("errors", "0"),
        ],
    )
    documents = totals.count("results")
    if not documents and not stale:
        yield XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n"
        return
    root.text = "\n"  # so that the root is written with an end tag to split at
    opening, _, closing = ET.tostring(root, encoding="unicode").partition("\n")
    yield XML_DECLARATION + opening + "\n"
    yield from section("suites")
    if stale:
        yield ("\n" if documents else "") + _indented(stale_suite(totals))
    yield "\n" + closing + "\n"


def render(report: Report) -> str:
    return render_report(sys.modules[__name__], report)
