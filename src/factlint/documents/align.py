"""Finding a parser's decoded text in the source it came from.

Parsers hand back text with entities decoded and escapes removed ("A & B" from
"A &amp; B", "*" from "\\*") but not where it stood. ``Aligner`` finds each piece in
order: first as written, else character by character, stepping over an entity or an
escape that decodes to the character and over markup between characters.
"""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
# How far one character may be from the previous: markup between two characters of one
# piece is short (an escape, an entity, an emphasis mark). Past this the parser has
# changed the text (a legacy entity it left alone), and the search must not run away.
WINDOW = 48


class Aligner:
    """Walks ``source`` forward: each piece is looked for after the previous one."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0

    def skip_to(self, offset: int) -> None:
        """Never look before ``offset`` again (the start of the next block)."""
        self.cursor = max(self.cursor, offset)

    def find(self, piece: str, limit: int | None = None) -> list[int]:
        """The source offset of each character of ``piece``, looked for from the cursor
        up to ``limit``; a character not found stands where the search stopped."""
        stop = len(self.source) if limit is None else limit
        found = self.source.find(piece, self.cursor, stop)
        if found > self.cursor and any(c.isalnum() for c in self.source[self.cursor : found]):
            found = -1  # text in between: a later occurrence, not this piece
        if found >= 0:
            self.cursor = found + len(piece)
            return list(range(found, self.cursor))
        start = self.cursor
        offsets = []
        missed = 0
        for char in piece:
            position, width = self._next(char, stop)
            if position < 0:
                missed += 1
                offsets.append(min(self.cursor, max(stop - 1, 0)))
                continue
            offsets.append(position)
            self.cursor = position + width
        if missed * 2 > len(piece):  # not this piece: stay where it was looked for
            self.cursor = start
            return [min(start, max(stop - 1, 0))] * len(piece)
        return offsets

    def _next(self, char: str, stop: int) -> tuple[int, int]:
        """Where ``char`` next stands (as itself, an entity or an escape), and how many
        source characters stand for it."""
        source = self.source
        index = self.cursor
        stop = min(stop, index + WINDOW)
        while index < stop:
            here = source[index]
            if here == char:
                return index, 1
            if here == "&":
                entity = _ENTITY.match(source, index)
                if entity is not None and html.unescape(entity.group()).startswith(char):
                    return index, entity.end() - index
            if here == "\\" and index + 1 < stop and source[index + 1] == char:
                return index + 1, 1
            index += 1
        return -1, 0
