"""The text of a Markdown document, parsed by markdown-it-py, with each character's
place in the source.

Headings, paragraphs, list items, block quotes and table rows are text, one line each
(a row's cells kept apart by `` | ``); code (fenced, indented or inline), images, link
targets, autolinks, HTML comments and front matter are not. An HTML block is read as
HTML. markdown-it gives each block its source lines; the characters within are found
in those lines in order.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factlint.documents.align import Aligner
from factlint.documents.html_text import html_lines
from factlint.documents.positions import Line, TextBuilder, line_starts

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# YAML (---) or TOML (+++) front matter: metadata, not prose.
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n(?:\1|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_NOT_TEXT = frozenset({"fence", "code_block", "hr", "front_matter"})


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def blank_front_matter(source: str) -> str:
    """``source`` with its front matter blanked, character for character, so that
    everything after it keeps its offset, line and column."""
    found = _FRONT_MATTER.match(source)
    if found is None:
        return source
    return re.sub(r"[^\n]", " ", found.group()) + source[found.end() :]


def markdown_lines(source: str) -> list[Line]:
    """The lines of text of the Markdown in ``source``, with source offsets."""
    parsed = blank_front_matter(source)
    starts = [*line_starts(parsed), len(parsed) + 1]
    builder = TextBuilder()
    aligner = Aligner(parsed)
    for token in _parser().parse(parsed):
        if token.type == "inline" and token.map is not None:
            aligner.skip_to(starts[token.map[0]])
            limit = min(starts[min(token.map[1], len(starts) - 1)], len(parsed))
            _inline(token.children or [], builder, aligner, limit)
        elif token.type == "html_block" and token.map is not None:
            start = starts[token.map[0]]
            end = min(starts[min(token.map[1], len(starts) - 1)], len(parsed))
            builder.end_line()
            html_lines(parsed[start:end], builder, base=start)
            builder.end_line()
        elif token.type in ("th_close", "td_close"):
            builder.end_cell()
        elif token.type in ("th_open", "td_open"):
            continue
        elif token.nesting != 0 or token.type in _NOT_TEXT:
            builder.end_line()
    return builder.finish()


def _skip(aligner: Aligner, piece: str, limit: int) -> None:
    """Step over ``piece`` when it stands next in the source (a link's target, a code
    span), so that no later text is looked for inside it."""
    if piece:
        found = aligner.source.find(piece, aligner.cursor, limit)
        if found >= 0:
            aligner.cursor = found + len(piece)


def _inline(children: list[Token], builder: TextBuilder, aligner: Aligner, limit: int) -> None:
    autolink = False
    target = title = ""
    for child in children:
        kind = child.type
        if kind == "text" and not autolink:
            builder.add(child.content, aligner.find(child.content, limit))
        elif kind == "softbreak":
            [newline] = aligner.find("\n", limit)
            builder.add_space(newline)
        elif kind == "hardbreak":
            builder.end_line()
        elif kind == "link_open":
            autolink = child.markup == "autolink"
            if not autolink:  # the target follows the text; step over it at the close
                target = str(child.attrs.get("href", ""))
                title = str(child.attrs.get("title", ""))
        elif kind == "link_close":
            _skip(aligner, "" if autolink else target, limit)
            _skip(aligner, "" if autolink else title, limit)
            autolink = False
        elif kind == "image":
            _skip(aligner, child.content, limit)
            _skip(aligner, str(child.attrs.get("src", "")), limit)
            _skip(aligner, str(child.attrs.get("title", "") or ""), limit)
        elif kind in ("code_inline", "html_inline", "text"):  # code, a tag, an autolink
            _skip(aligner, child.content, limit)
