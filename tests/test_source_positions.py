"""The text extraction reads from Markdown and HTML, and every character's line and
column in the source file, checked against the file itself."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.documents import Document, load_document
from factlint.extract import extract

MARKDOWN = """\
---
title: Not text 2023
date: 2025-01-21
---
# Trade &amp; growth in 2024

Exports rose *5%* to [$3.5bn](https://example.org/$9.9bn "Title 11") in 2024,
a record. ![chart 2019](img/c2019.png) and `code 12` see <https://example.org/13>
then \\*escaped 14\\*.

- item one rose 7%
- item two
  > quoted 15%

| Year | Trade |
| ---- | ----: |
| 2024 | $245bn |
| 2023 | 16 |

```python
x = 17
```

    indented code 18

<div>html block 19 &lt; 20</div>
<!-- comment 21 -->

Last [ref link][r] rose 22%.

[r]: https://example.org/23
"""

HTML = """\
<!doctype html>
<html><head><title>Title 2001</title>
<script>var x = "2002";</script><style>p { width: 2003px }</style></head>
<body>
<nav><a href="/2004">Home</a> <a href="/news">News 2005</a></nav>
<article>
<h1>Trade &amp; growth in 2024</h1>
<p>Exports rose <b>5%</b> to <a href="https://example.org/$9.9bn">$3.5bn</a>
in 2024.<br>Next line &#8220;quoted&#8221; 2006.</p>
<div hidden>2007</div><p style="display: none">2008</p><p>2009 was good</p>
<blockquote>Quoted 2010</blockquote>
<table><tr><th>Year</th><th>Trade</th></tr>
<tr><td>2024</td><td>$245bn</td></tr>
<tr><td>2023</td><td>16&nbsp;%</td></tr></table>
<pre><code>x = 2011</code></pre><p>Inline <code>2012</code> code</p>
<img src="c2013.png" alt="chart 2014">
<ul><li>one rose 7%</li><li>two</li></ul>
<!-- comment 2015 -->
</article></body></html>
"""


def load(tmp_path: Path, name: str, source: str) -> Document:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return load_document(path)


def at(source: str, line: int, column: int, length: int) -> str:
    return source.splitlines()[line - 1][column - 1 : column - 1 + length]


def test_markdown_text_is_plain_prose_only(tmp_path: Path) -> None:
    assert load(tmp_path, "a.md", MARKDOWN).text == (
        "Trade & growth in 2024\n"
        "Exports rose 5% to $3.5bn in 2024, a record. and see then *escaped 14*.\n"
        "item one rose 7%\n"
        "item two\n"
        "quoted 15%\n"
        "Year | Trade\n"
        "2024 | $245bn\n"
        "2023 | 16\n"
        "html block 19 < 20\n"
        "Last ref link rose 22%."
    )


@pytest.mark.parametrize(
    ("needle", "source"),
    [
        ("Trade", "Trade &amp;"),
        ("&", "&amp;"),
        ("5%", "5%*"),
        ("$3.5bn", "$3.5bn]"),
        ("in 2024,", "in 2024,"),
        ("a record", "a record"),
        ("see", "see <"),
        ("escaped 14", "escaped 14\\"),
        ("item one rose 7%", "item one rose 7%"),
        ("quoted 15%", "quoted 15%"),
        ("$245bn", "$245bn |"),
        ("16", "16 |"),
        ("html block 19", "html block 19"),
        ("<", "&lt;"),
        ("22%", "22%."),
    ],
)
def test_markdown_positions_are_the_source_files(tmp_path: Path, needle: str, source: str) -> None:
    document = load(tmp_path, "a.md", MARKDOWN)
    line, column = document.position(document.text.index(needle))
    assert at(MARKDOWN, line, column, len(source)) == source


def test_html_text_is_the_visible_blocks(tmp_path: Path) -> None:
    assert load(tmp_path, "a.html", HTML).text == (
        "Home News 2005\n"
        "Trade & growth in 2024\n"
        "Exports rose 5% to $3.5bn in 2024.\n"
        "Next line “quoted” 2006.\n"
        "2009 was good\n"
        "Quoted 2010\n"
        "Year | Trade\n"
        "2024 | $245bn\n"
        "2023 | 16\xa0%\n"
        "Inline code\n"
        "one rose 7%\n"
        "two"
    )


@pytest.mark.parametrize(
    ("needle", "source"),
    [
        ("News 2005", "News 2005"),
        ("Trade", "Trade &amp;"),
        ("&", "&amp;"),
        ("5%", "5%</b>"),
        ("$3.5bn", "$3.5bn</a>"),
        ("in 2024.", "in 2024.<br>"),
        ("“", "&#8220;"),
        ("2006", "2006"),
        ("2009 was good", "2009 was good"),
        ("Quoted 2010", "Quoted 2010"),
        ("$245bn", "$245bn</td>"),
        ("16\xa0%", "16&nbsp;%"),
        ("one rose 7%", "one rose 7%"),
    ],
)
def test_html_positions_are_the_source_files(tmp_path: Path, needle: str, source: str) -> None:
    document = load(tmp_path, "a.html", HTML)
    line, column = document.position(document.text.index(needle))
    assert at(HTML, line, column, len(source)) == source


@pytest.mark.parametrize(("name", "source"), [("a.md", MARKDOWN), ("a.html", HTML)])
def test_every_mention_is_located_at_its_text_in_the_source(
    tmp_path: Path, name: str, source: str
) -> None:
    document = load(tmp_path, name, source)
    mentions = extract(document.text, None)
    assert len(mentions) >= 8
    for mention in mentions:
        line, column = document.position(mention.start)
        written = html.unescape(at(source, line, column, len(mention.text) + 8))
        assert written.replace("\\", "").startswith(mention.text[0]), (mention, written)


def test_a_claims_line_and_column_are_the_markdown_files(tmp_path: Path) -> None:
    import factlint
    from conftest import fact_row, write_references

    refs = write_references(
        tmp_path / "refs", fact_row("t24", "trade", "CHN", "RUS", "2024", "245", "billion USD")
    )
    source = (
        "# Notes\n\n| Partners | Note |\n| --- | --- |\n"
        "| China and Russia | *Trade* reached $245bn in 2024 |\n"
    )
    document = load(tmp_path, "a.md", source)
    [verdict] = [v for v in factlint.check([document], refs).verdicts if v.claim.kind == "money"]
    assert (verdict.verdict, verdict.claim.line, verdict.claim.column) == ("pass", 5, 38)
    assert at(source, 5, 38, 6) == "$245bn"


WORDS = st.sampled_from(
    ["Trade", "rose", "5%", "$3.5bn", "in", "2024", "&amp;", "&lt;", "*up*", "**big**",
     "\\*", "`code`", "[link](https://example.org/x)", "&#8220;q&#8221;", "x_y", "2,300"]
)  # fmt: skip
BLOCK = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
MARKDOWN_BLOCKS = st.lists(
    st.one_of(
        BLOCK,
        BLOCK.map(lambda b: f"# {b}"),
        BLOCK.map(lambda b: f"- {b}"),
        BLOCK.map(lambda b: f"> {b}"),
        st.tuples(BLOCK, BLOCK).map(
            lambda p: f"| {p[0]} | {p[1]} |\n| --- | --- |\n| {p[1]} | x |"
        ),
        BLOCK.map(lambda b: f"{b}\n{b}"),
    ),
    min_size=1,
    max_size=6,
).map("\n\n".join)


def stands_for(source: str, offset: int, char: str) -> bool:
    """Whether the source at ``offset`` is ``char``, or an entity or escape of it."""
    here = source[offset:]
    if here.startswith(char):
        return True
    if here.startswith("&"):
        entity = here[: here.find(";") + 1]
        return html.unescape(entity) == char
    return False


@settings(max_examples=150, deadline=None)
@given(MARKDOWN_BLOCKS)
def test_every_character_of_markdown_text_stands_at_itself(source: str) -> None:
    document = Document(path="a.md", text="")  # for its type only
    from factlint.documents.formats import read

    text, source_map = read("a.md", source.encode(), "a.md")
    assert source_map is not None and document.path == "a.md"
    starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    for offset, char in enumerate(text):
        if char in " |\n":
            continue
        where = source_map.locate(offset)
        assert stands_for(source, starts[where.line - 1] + where.column - 1, char), (
            text,
            offset,
            char,
        )


HTML_PIECES = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<td>", "<tr>", "<table>", "</table>", "<br>", "<b>",
     "</b>", "<script>x=1</script>", "<!-- c -->", "&amp;", "&nbsp;", "&#8220;", "&bogus;",
     "&amp", "<a href='x 2024'>", "</a>", "Trade", " rose ", "5%", "$3.5bn", "2024", "\n",
     "<", ">", "<![CDATA[x]]>", "<code>9</code>", "<p hidden>", "é"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(HTML_PIECES, max_size=40).map("".join))
def test_any_html_reads_without_error_and_maps_inside_the_source(source: str) -> None:
    from factlint.documents.formats import read

    text, source_map = read("a.html", source.encode(), "a.html")
    assert source_map is not None
    lines = source.split("\n")
    for offset in range(len(text)):
        where = source_map.locate(offset)
        assert 1 <= where.line <= len(lines)
        assert 1 <= where.column <= len(lines[where.line - 1]) + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1 \n*_`[]()!<>&;#|-\\:>"), max_size=80))
def test_any_markdown_reads_without_error_and_maps_inside_the_source(source: str) -> None:
    from factlint.documents.formats import read

    text, source_map = read("a.md", source.encode(), "a.md")
    assert source_map is not None
    lines = source.split("\n")
    for offset in range(len(text)):
        where = source_map.locate(offset)
        assert 1 <= where.line <= len(lines)
        assert 1 <= where.column <= len(lines[where.line - 1]) + 1
