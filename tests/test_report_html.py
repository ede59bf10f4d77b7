"""report.html: every claim highlighted in its document with its verdict and evidence,
everything escaped, nothing loaded from outside, and the same bytes on every run."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factlint.report import Report
from factlint.report._html_assets import JS
from factlint.report.html import render

VOID = frozenset({"meta", "input", "br", "link", "img", "hr"})


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def find_all(self, tag: str, cls: str | None = None) -> list[Element]:
        found = []
        for child in self.children:
            if child.tag == tag and (cls is None or cls in child.classes):
                found.append(child)
            found += child.find_all(tag, cls)
        return found


class Tree(HTMLParser):
    """A minimal DOM: enough to find elements and read their text, and to notice a
    closing tag that does not match (which escaping mistakes tend to cause)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.mismatched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if self.stack[-1].tag != tag:
            self.mismatched.append(tag)
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack[1:]:
            element.text += data


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.mismatched == []
    assert [e.tag for e in tree.stack] == ["#document"]
    return tree


def test_every_claim_is_highlighted_with_its_verdict_and_evidence(report: Report) -> None:
    tree = parse(render(report))
    highlights = tree.root.find_all("a", "claim")

    assert len(highlights) == len(report.verdicts)
    for verdict, mark in zip(report.verdicts, highlights, strict=True):
        assert mark.text == verdict.claim.text
        assert f"v-{verdict.verdict}" in mark.classes
        assert mark.attrs["data-verdict"] == verdict.verdict
        assert verdict.explanation in mark.attrs["title"]
        if verdict.fact:
            assert verdict.fact.id in mark.attrs["title"]


def test_a_click_reaches_the_claims_row_with_the_fact_and_its_source(report: Report) -> None:
    tree = parse(render(report))
    rows = {row.attrs["id"]: row for row in tree.root.find_all("tr") if "id" in row.attrs}

    marks = tree.root.find_all("a", "claim")
    for verdict, mark in zip(report.verdicts, marks, strict=True):
        row = rows[mark.attrs["href"].removeprefix("#")]
        assert f"v-{verdict.verdict}" in row.classes
        assert row.children[1].text == verdict.claim.text
        assert verdict.explanation in row.text
        if verdict.fact:
            links = [a.attrs["href"] for a in row.find_all("a")]
            assert verdict.fact.id in row.text and verdict.fact.retrieved in row.text
            assert verdict.fact.url in links
    assert len(rows) == len(report.verdicts)


def test_document_text_and_metadata_are_escaped(report: Report) -> None:
    html = render(report)
    tree = parse(html)

    assert len(tree.root.find_all("script")) == 1  # ours, not the document's
    assert tree.root.find_all("b") == []
    assert "&lt;script&gt;alert(" in html
    assert "A &lt;b&gt;title&lt;/b&gt; &amp; more" in html
    assert 'href="https://example.com/?a=1&amp;b=2"' in html
    document = tree.root.find_all("section", "document")[0]
    assert '<script>alert(1)</script> & "quoted" | piped' in document.text


def test_paragraphs_follow_the_document_lines(report: Report) -> None:
    tree = parse(render(report))
    text = report.documents[0].text

    paragraphs = tree.root.find_all("div", "text")[0].find_all("p")
    assert [p.text for p in paragraphs] == [line for line in text.split("\n") if line.strip()]


def test_nothing_is_loaded_from_outside(report: Report) -> None:
    tree = parse(render(report))
    everything = tree.root.find_all("script") + tree.root.find_all("link")

    assert [e for e in everything if "src" in e.attrs or "href" in e.attrs] == []
    assert [e.tag for e in tree.root.find_all("img") + tree.root.find_all("iframe")] == []
    assert "@import" not in tree.root.find_all("style")[0].text


def test_filters_cover_each_verdict_and_wait_for_the_script(report: Report) -> None:
    tree = parse(render(report))

    fieldset = next(f for f in tree.root.find_all("fieldset") if f.attrs.get("id") == "filters")
    assert "hidden" in fieldset.attrs  # useless without a script, so shown only by it
    filters = [box.attrs["data-filter"] for box in fieldset.find_all("input")]
    assert filters == ["flag", "unverified", "pass", "skipped"]


def test_not_checked_table_lists_every_skipped_number(report: Report) -> None:
    tree = parse(render(report))
    rows = tree.root.find_all("tr", "skipped")

    assert [[td.text for td in row.children] for row in rows] == [
        [f"{s.doc}:{s.line}:{s.column}", s.text, s.reason] for s in report.skipped
    ]
    marks = tree.root.find_all("span", "skipped")
    assert sorted(m.text for m in marks) == sorted(s.text for s in report.skipped)


def test_only_web_links_become_links(report: Report) -> None:
    verdict = next(v for v in report.verdicts if v.fact)
    assert verdict.fact is not None
    hostile = verdict.model_copy(
        update={"fact": verdict.fact.model_copy(update={"url": "javascript:alert(1)"})}
    )
    html = render(report.model_copy(update={"verdicts": [hostile]}))

    assert 'href="javascript:' not in html


def test_a_claim_id_used_twice_still_gives_unique_anchors(report: Report) -> None:
    first, second = report.verdicts[:2]
    twin = second.model_copy(
        update={"claim": second.claim.model_copy(update={"id": first.claim.id})}
    )
    tree = parse(render(report.model_copy(update={"verdicts": [first, twin]})))

    ids = [e.attrs["id"] for e in tree.root.find_all("a", "claim")]
    assert len(ids) == len(set(ids)) == 2


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_script_is_valid_javascript(tmp_path: Path) -> None:
    script = tmp_path / "report.js"
    script.write_text(JS, encoding="utf-8")

    node = shutil.which("node")
    assert node is not None
    subprocess.run([node, "--check", str(script)], check=True, capture_output=True)


def test_rendering_is_deterministic(report: Report) -> None:
    rebuilt = Report.model_validate(report.model_dump())

    assert render(report) == render(report) == render(rebuilt)


def test_a_claim_that_cannot_be_placed_is_listed_but_not_linked(report: Report) -> None:
    flag = next(v for v in report.verdicts if v.verdict == "flag")
    moved = flag.model_copy(update={"claim": flag.claim.model_copy(update={"start": 0})})
    tree = parse(render(report.model_copy(update={"verdicts": [moved]})))

    assert tree.root.find_all("a", "claim") == []
    row = tree.root.find_all("tr", f"v-{flag.verdict}")[0]
    assert row.children[0].text == f"{flag.claim.doc}:{flag.claim.line}:{flag.claim.column}"
    assert row.children[0].find_all("a") == []
