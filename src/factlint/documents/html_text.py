"""The text of an HTML page, parsed by lxml, with each character's place in the source.

Block elements (p, li, td, h1, blockquote, article, nav, ...) end a line; the cells of a
table row share one, kept apart by `` | ``; scripts, styles, the head, hidden elements,
code and images are not text. lxml's tree gives the text but not where it stood, so the
source is read once more as a stream of decoded characters outside tags, and each text
node is found in that stream in document order.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from factlint.documents.align import Aligner
from factlint.documents.positions import Line, TextBuilder

_BLOCKS = """address article aside blockquote body br caption center dd details dialog dir div
    dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend
    li main menu nav ol p pre section summary table tbody tfoot thead tr ul"""
BLOCKS = frozenset(_BLOCKS.split())
CELLS = frozenset({"td", "th"})
# Elements whose content is no text a reader sees. Of these, the raw-text ones hold
# characters that are not markup at all, so the source stream leaves them out too.
RAW_TEXT = frozenset({"script", "style", "title", "textarea", "xmp", "noembed", "noframes"})
_HIDDEN = (
    "head template noscript svg math canvas iframe object embed audio video select code kbd samp"
)
HIDDEN = RAW_TEXT | frozenset(_HIDDEN.split())

_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"
    r"|<(/?)([A-Za-z][^\s/>]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>?",
    re.S,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)


def decoded_stream(source: str) -> tuple[str, list[int]]:
    """The characters of ``source`` outside tags, comments and raw-text elements, with
    entities decoded, and the source offset of each."""
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    while position < len(source):
        markup = _MARKUP.search(source, position)
        end = markup.start() if markup else len(source)
        _decode(source, position, end, chars, offsets)
        if markup is None:
            break
        position = markup.end()
        name = (markup.group(2) or "").lower()
        if name in RAW_TEXT and not markup.group(1):
            closing = re.compile(rf"</{name}\s*>", re.I).search(source, position)
            position = closing.end() if closing else len(source)
    return "".join(chars), offsets


def _decode(source: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    position = start
    for entity in _ENTITY.finditer(source, start, end):
        chars.extend(source[position : entity.start()])
        offsets.extend(range(position, entity.start()))
        decoded = html.unescape(entity.group())
        chars.extend(decoded)
        offsets.extend([entity.start()] * len(decoded))
        position = entity.end()
    chars.extend(source[position:end])
    offsets.extend(range(position, end))


def _hidden(element: object, tag: str) -> bool:
    get: Callable[[str], str | None] = element.get  # type: ignore[attr-defined]
    style = get("style") or ""
    return tag in HIDDEN or get("hidden") is not None or bool(style and _DISPLAY_NONE.search(style))


def _stream_texts(element: object) -> list[str]:
    """The text inside ``element`` that the source stream holds: none of a comment's or
    a raw-text element's, but the text after them."""
    texts: list[str] = []
    tag = getattr(element, "tag", None)
    if isinstance(tag, str) and tag.lower() not in RAW_TEXT:
        texts.append(getattr(element, "text", None) or "")
    for child in element:  # type: ignore[attr-defined]
        texts.extend(_stream_texts(child))
        texts.append(child.tail or "")
    return [text for text in texts if text]


def html_lines(source: str, builder: TextBuilder | None = None, base: int = 0) -> list[Line]:
    """The lines of text of the HTML in ``source``; offsets are ``base`` plus the
    offset in ``source``. With ``builder``, lines go on from what it already holds."""
    from lxml import etree
    from lxml import html as lxml_html

    out = builder or TextBuilder()
    if not source.strip():
        return out.finish() if builder is None else out.lines
    stream, offsets = decoded_stream(source)
    aligner = Aligner(stream)

    def add(text: str | None, visible: bool) -> None:
        if not text:
            return
        found = aligner.find(text)
        if visible:
            out.add(text, (base + offsets[i] if i < len(offsets) else base for i in found))

    parser = lxml_html.HTMLParser(encoding="utf-8")
    try:
        root = lxml_html.document_fromstring(source.encode("utf-8"), parser=parser)
    except etree.ParserError:  # nothing but comments or whitespace
        return out.finish() if builder is None else out.lines
    hidden_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        hidden = not tag or _hidden(element, tag)
        if event == "start":
            if hidden:
                hidden_depth += 1
                for text in _stream_texts(element):  # keep the stream in step
                    aligner.find(text)
                walker.skip_subtree()
                continue
            if tag in BLOCKS:
                out.end_line()
            add(element.text, hidden_depth == 0)
            continue
        if hidden:
            hidden_depth -= 1
        elif tag in CELLS:
            out.end_cell()
        elif tag in BLOCKS:
            out.end_line()
        add(element.tail, hidden_depth == 0)
    return out.finish() if builder is None else out.lines
