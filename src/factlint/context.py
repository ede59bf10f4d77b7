"""What surrounds a number in its sentence: entities (through aliases), metric keywords,
the source it is attributed to, and which entity owns a ranking."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.references.models import Entity, Metric, References

# Between the words of a keyword: spaces, hyphens, quotes, and blanked-out entity names.
_JOINER = r"[\s\-–—“”\"'‘’]+"
_SOURCE_END = r"(?=\s+(?:show|shows|showed|said|says|published|released|reported)\b|[,.;:()]|$)"
_SOURCE_PATTERNS = [
    re.compile(rf"\baccording to ([^,.;:()]+?){_SOURCE_END}", re.IGNORECASE),
    re.compile(rf"\bciting ([^,.;:()]+?){_SOURCE_END}", re.IGNORECASE),
    re.compile(
        rf"\b(?:data|figures|statistics|numbers) (?:from|by|published by) ([^,.;:()]+?){_SOURCE_END}",
        re.IGNORECASE,
    ),
    re.compile(
        r"((?:[A-Z][\w’'\-.]*\s+){0,4}?(?:[A-Z][\w’'\-.]*|customs|ministry|office|bureau|agency))"
        r"\s+(?:data|figures|statistics)?\s*(?:said|says|showed|show|shows|reported|estimated)\b"
    ),
]


@dataclass(frozen=True, slots=True)
class Found:
    """An entity or a metric keyword found at [start, end) of the text."""

    id: str
    start: int
    end: int


class EntityFinder:
    """Finds entity names, aliases, demonyms and metonyms; longest name wins."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        by_name: dict[str, str] = {}
        for entity in sorted(entities.values(), key=lambda e: e.id):
            for name in entity.names:
                by_name.setdefault(name, entity.id)
        self._ids = by_name
        names = sorted(by_name, key=len, reverse=True)
        alternatives = "|".join(re.escape(name) for name in names) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        stop = len(text) if end is None else end
        return [
            Found(self._ids[m.group()], m.start(), m.end())
            for m in self._pattern.finditer(text, start, stop)
        ]


def _keyword_pattern(keyword: str) -> str:
    words = re.split(r"[\s\-]+", keyword.strip().lower())
    body = _JOINER.join(re.escape(word) for word in words)
    return rf"(?<![\w]){body}(?:s|es)?(?![\w])"


class MetricFinder:
    """Finds metric keywords in a sentence whose entity names are blanked out."""

    def __init__(self, metrics: dict[str, Metric]) -> None:
        self._patterns = [
            (
                metric.id,
                re.compile("|".join(_keyword_pattern(k) for k in metric.keywords), re.IGNORECASE),
            )
            for metric in sorted(metrics.values(), key=lambda m: m.id)
        ]

    def find(self, text: str) -> list[Found]:
        found = [
            Found(metric_id, m.start(), m.end())
            for metric_id, pattern in self._patterns
            for m in pattern.finditer(text)
        ]
        return sorted(found, key=lambda f: (f.start, f.id))


_FINDERS: dict[int, tuple[References, EntityFinder, MetricFinder]] = {}


def finders(references: References) -> tuple[EntityFinder, MetricFinder]:
    """The finders of a reference set, compiled once per loaded set."""
    cached = _FINDERS.get(id(references))
    if cached is None or cached[0] is not references:
        cached = (references, EntityFinder(references.entities), MetricFinder(references.metrics))
        _FINDERS.clear()
        _FINDERS[id(references)] = cached
    return cached[1], cached[2]


def blank(text: str, spans: list[Found]) -> str:
    """The text with each span replaced by spaces, so offsets stay where they were."""
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


def source_hint(sentence: str) -> str:
    """ "Chinese data" from "according to Chinese data", "Russian customs" from "Russian
    customs said"; empty when the sentence attributes its numbers to nobody."""
    for pattern in _SOURCE_PATTERNS:
        match = pattern.search(sentence)
        if match:
            return match.group(1).strip()
    return ""


def gap(a_start: int, a_end: int, b_start: int, b_end: int, text: str) -> int:
    """Characters between two spans, plus a penalty for each clause boundary crossed."""
    if a_end <= b_start:
        between = text[a_end:b_start]
    elif b_end <= a_start:
        between = text[b_end:a_start]
    else:
        return 0
    return len(between) + 40 * sum(between.count(mark) for mark in ",;:()—")


_OWNER_AFTER = re.compile(r"^\s*(?:of|for|in|to|among|from)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^\s*['’]s?\s*$")


def ranking_roles(
    sentence: str,
    entities: list[Found],
    mention_start: int,
    mention_end: int,
    keyword: Found | None,
) -> tuple[str, str]:
    """(subject, object) of a rank or ordinal: "Russia ranks as China's fifth largest
    trading partner" is Russia (subject) in China's (object) list. Offsets are in
    ``sentence``; either role is "" when the wording does not say."""
    owner = ""
    owner_span: Found | None = None
    for entity in entities:
        if entity.end <= mention_start and _POSSESSIVE.match(sentence[entity.end : mention_start]):
            owner, owner_span = entity.id, entity
    if not owner and keyword is not None:
        for entity in entities:
            inside = mention_end <= entity.start and entity.end <= keyword.end
            after = keyword.end <= entity.start and _OWNER_AFTER.match(
                sentence[keyword.end : entity.start]
            )
            if inside or after:
                owner, owner_span = entity.id, entity
                break
    subject = ""
    for entity in entities:
        if entity.end <= mention_start and entity.id != owner and entity is not owner_span:
            subject = entity.id
    return subject, owner


_FLOW_LINK = re.compile(r"^\s*(to|from|with|into|for|of|in|by)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_OR_ADJECTIVE = re.compile(r"^(?:['’]s?)?\s*$")


def flow_roles(sentence: str, entities: list[Found], keyword: Found) -> tuple[str, str]:
    """(subject, object) of a directed amount: "Russia's exports to China", "Russian
    exports to China", "exports from China to Russia". Either is "" when not written."""
    subject = ""
    target = ""
    for entity in entities:
        between = sentence[entity.end : keyword.start]
        if entity.end <= keyword.start and _POSSESSIVE_OR_ADJECTIVE.match(between):
            subject = entity.id
    anchor = keyword.end
    for entity in entities:
        if entity.start < anchor:
            continue
        link = _FLOW_LINK.match(sentence[anchor : entity.start])
        if link is None:
            break
        if link.group(1).lower() == "from" and not subject:
            subject = entity.id
        elif not target:
            target = entity.id
        anchor = entity.end
    return subject, target if target != subject else ""
