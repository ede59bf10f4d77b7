"""report.html: every claim highlighted in its document with its verdict and evidence,
everything escaped, nothing loaded from outside, and the same bytes on every run."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import factlint
from conftest import ROOT
from factlint.documents import load_documents
from factlint.report import Report
from factlint.report._format import Span
from factlint.report._html_assets import JS
from factlint.report.html import render
from factlint.report.html_text import Highlight, markdown_html

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

    toolbar = next(d for d in tree.root.find_all("nav") if d.attrs.get("id") == "toolbar")
    assert "hidden" in toolbar.attrs  # useless without a script, so shown only by it
    fieldset = next(f for f in tree.root.find_all("fieldset") if f.attrs.get("id") == "filters")
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


def mark(text: str, found: str, anchor: str = "") -> Highlight:
    """A highlight around the first ``found`` in ``text``."""
    start = text.index(found)
    name = anchor or found
    return Highlight(
        Span(start, start + len(found)), f'<a class="claim" id="{name}">', "</a>", name
    )


def test_markdown_is_rendered_with_its_highlights_in_place() -> None:
    text = "# Trade\n\nTrade reached **$254 billion** in 2024.\n\n- one\n- two\n"
    shown: set[str] = set()
    html = markdown_html(text, [mark(text, "$254 billion"), mark(text, "2024")], shown)

    assert html.startswith("<h1>Trade</h1>")
    assert '<strong><a class="claim" id="$254 billion">$254 billion</a></strong>' in html
    assert '<a class="claim" id="2024">2024</a>' in html and "<li>two</li>" in html
    assert shown == {"$254 billion", "2024"}
    parse(html)


@pytest.mark.parametrize(
    ("text", "found", "kept"),
    [
        ("See [trade of $5 billion](https://example.com/a).\n", "$5 billion", "trade of $5 billion"),
        ("See [the figures](https://example.com/245).\n", "245", 'href="https://example.com/245"'),
        ("![chart of $5 billion](c.png)\n", "$5 billion", 'alt="chart of $5 billion"'),
        ("Rose to **$254** billion.\n", "$254** billion", "<strong>$254</strong> billion"),
    ],
)  # fmt: skip
def test_a_highlight_markdown_puts_in_a_link_or_splits_is_left_out(
    text: str, found: str, kept: str
) -> None:
    shown: set[str] = set()
    html = markdown_html(text, [mark(text, found, "x")], shown)

    assert kept in html and 'class="claim"' not in html and shown == set()
    assert not any("\ue000" <= char <= "\ue1ff" for char in html)
    assert "%EE%8" not in html


def test_markdown_never_lets_the_document_run_html_or_scripts() -> None:
    text = "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=y>b</b>\n"
    html = markdown_html(text, [], set())

    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html.replace("[x](javascript:alert(1))", "")
    assert "<b " not in html


def test_a_markdown_document_in_the_report_is_rendered(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# Heading\n\nTrade rose to **$254 billion** in [the year](https://example.com) 2024.\n",
        encoding="utf-8",
    )
    report = factlint.check(load_documents(tmp_path / "a.md"), ROOT / "references")
    text = parse(render(report)).root.find_all("div", "markdown")[0]

    assert text.find_all("h1")[0].text == "Heading"
    [strong] = text.find_all("strong")
    assert [a.text for a in strong.find_all("a", "claim")] == ["$254 billion"]
    assert [s.text for s in text.find_all("span", "skipped")] == ["2024"]  # set aside, shown
    assert [a.attrs["href"] for a in text.find_all("a") if "claim" not in a.classes] == [
        "https://example.com"
    ]
    assert "**" not in text.text
