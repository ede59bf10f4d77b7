"""A document's text as HTML, with claims and set-aside numbers highlighted in place.

Plain text becomes one paragraph per line, as the documents are written. Markdown is
rendered as Markdown (headings, lists, emphasis, tables; raw HTML in it is shown as
text, never run): the highlights are put into the source as private-use markers, the
source is rendered, and each marker pair that came out inside one run of text becomes
the highlight's tags. A highlight the rendering split across elements, or put inside a
link or an attribute, is left out of the text; its claim keeps its table row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from markdown_it import MarkdownIt

from factlint.report._format import Span, line_starts


@dataclass(frozen=True, slots=True)
class Highlight:
    span: Span
    open_tag: str
    close_tag: str
    anchor: str = ""  # the claim's anchor; empty for a set-aside number


def _placeable(highlights: list[Highlight], text: str) -> list[Highlight]:
    """Highlights in text order, leaving out any that overlaps an earlier one."""
    kept: list[Highlight] = []
    end = 0
    for highlight in sorted(highlights, key=lambda h: (h.span.start, -h.span.end)):
        span = highlight.span
        if span.start >= end and span.end <= len(text):
            kept.append(highlight)
            end = span.end
    return kept


def plain_html(text: str, highlights: list[Highlight], shown: set[str]) -> str:
    """Each line of text a paragraph; a highlight that runs past its line is left out.
    The anchors placed are added to ``shown``."""
    kept = _placeable(highlights, text)
    starts = line_starts(text)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    paragraphs, index = [], 0
    for start, end in zip(starts, ends, strict=True):
        parts, position = [], start
        while index < len(kept) and kept[index].span.start < end:
            highlight = kept[index]
            index += 1
            span = highlight.span
            if span.end > end:
                continue
            parts += [escape(text[position : span.start]), highlight.open_tag,
                      escape(text[span.start : span.end]), highlight.close_tag]  # fmt: skip
            position = span.end
            if highlight.anchor:
                shown.add(highlight.anchor)
        parts.append(escape(text[position:end]))
        if text[start:end].strip():
            paragraphs.append("<p>" + "".join(parts) + "</p>")
    return "\n".join(paragraphs)


# Markers from the Unicode private-use area: the start of a highlight, its end, and
# three digits (base 256) that number it, so a marker lost in rendering loses only its
# own highlight.
_OPEN, _CLOSE, _DIGIT0 = "\ue000", "\ue001", 0xE100
_PRIVATE = re.compile("[\ue000-\ue1ff]")
# Markers that ended up in a link's address, percent-encoded by the renderer.
_ENCODED = re.compile(r"%EE%80%8[01]|%EE%8[4-7]%[89AB][0-9A-F]")
_PAIR = re.compile(f"{_OPEN}([\ue100-\ue1ff]{{3}})(.*?){_CLOSE}", re.DOTALL)


def _number(index: int) -> str:
    return "".join(chr(_DIGIT0 + (index >> shift & 0xFF)) for shift in (16, 8, 0))


def _index(digits: str) -> int:
    value = 0
    for char in digits:
        value = value << 8 | (ord(char) - _DIGIT0)
    return value


def _render_markdown(source: str) -> str:
    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    return str(parser.render(source))


def _in_tag_or_link(html: str, position: int) -> bool:
    """Whether ``position`` is inside a tag's attributes or inside a link's text (where a
    claim's own link would nest)."""
    if html.rfind("<", 0, position) > html.rfind(">", 0, position):
        return True
    return html.rfind("<a ", 0, position) > html.rfind("</a>", 0, position)


def markdown_html(text: str, highlights: list[Highlight], shown: set[str]) -> str:
    """The Markdown rendered, with every highlight that stays in one run of text."""
    if _PRIVATE.search(text):  # the text uses the markers' characters itself
        return _render_markdown(text)
    kept = _placeable(highlights, text)
    parts, position = [], 0
    for index, highlight in enumerate(kept):
        span = highlight.span
        parts += [text[position : span.start], _OPEN, _number(index),
                  text[span.start : span.end], _CLOSE]  # fmt: skip
        position = span.end
    parts.append(text[position:])
    rendered = _render_markdown("".join(parts))

    def place(found: re.Match[str]) -> str:
        index, inner = _index(found.group(1)), found.group(2)
        if index >= len(kept) or "<" in inner or _in_tag_or_link(rendered, found.start()):
            return inner
        highlight = kept[index]
        if highlight.anchor:
            shown.add(highlight.anchor)
        return highlight.open_tag + inner + highlight.close_tag

    placed = _PAIR.sub(place, rendered)
    return _ENCODED.sub("", _PRIVATE.sub("", placed)).rstrip("\n")
