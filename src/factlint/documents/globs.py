"""``--glob`` patterns: which documents of a folder to read.

A pattern without ``/`` matches a file's name at any depth (``*.md``); one with ``/``
matches its path from the folder (``briefs/*.html``, ``**/2024/*.md``). ``**`` stands
for any number of folders. A pattern starting with ``!`` leaves out what it matches
(``!drafts/**``). Only documents are ever selected (.txt, .md, .html, .pdf, .docx)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            parts.append("(?:[^/]*/)*")
            index += 3
            continue
        if pattern.startswith("**", index):
            parts.append(".*")
            index += 2
            continue
        if char == "*":
            parts.append("[^/]*")
        elif char == "?":
            parts.append("[^/]")
        elif char == "[":
            end = pattern.find("]", index + 2)
            if end < 0:
                parts.append(re.escape(char))
            else:
                body = pattern[index + 1 : end].replace("\\", "\\\\")
                parts.append(f"[{'^' + body[1:] if body.startswith('!') else body}]")
                index = end
        else:
            parts.append(re.escape(char))
        index += 1
    return re.compile("".join(parts))


class Globs:
    """Patterns that select (and, with ``!``, leave out) documents by relative path."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.include = [p for p in patterns if not p.startswith("!")]
        self.exclude = [p[1:] for p in patterns if p.startswith("!")]

    @staticmethod
    def _matches(pattern: str, name: str) -> bool:
        pattern = pattern.removeprefix("./")
        subject = name if "/" in pattern else name.rsplit("/", 1)[-1]
        return _regex(pattern).fullmatch(subject) is not None

    def selects(self, name: str) -> bool:
        """Whether the document at ``name`` (relative, ``/``-separated) is read."""
        if self.include and not any(self._matches(p, name) for p in self.include):
            return False
        return not any(self._matches(p, name) for p in self.exclude)
