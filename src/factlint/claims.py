"""Assembling mentions into claims: each number with its entities, metric, period and
source, or a reason why it is not a claim. Pure: references in, claims out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata

from pydantic import BaseModel, ConfigDict

from factlint.config import Policy
from factlint.context import (
    Found,
    blank,
    finders,
    flow_roles,
    gap,
    ranking_roles,
    source_hint,
)
from factlint.documents import Document
from factlint.extract import Mention, scan
from factlint.extract.numbers import implied_interval
from factlint.references.models import References
from factlint.text import LineIndex, Span, sentences

# Which metric kinds a mention of each kind can measure.
COMPATIBLE = {
    "money": ("amount",),
    "quantity": ("amount",),
    "number": ("amount",),
    "percent": ("percent",),
    "rank": ("rank",),
    "ordinal": ("ordinal", "rank"),
    "date": ("date",),
    "period": ("date",),
    "text": ("text",),
}
_PROPER_NOUN = re.compile(
    r"(?:\s*,?\s*(?:in|at|of|near|called|named|the|is|was)\b)*\s*,?\s*"
    r"((?:[A-Z][\w’'\-]*)(?:\s+(?:[A-Z][\w’'\-]*))*)"
)


class Claim(BaseModel):
    """A checkable statement: one mention in its context."""

    model_config = ConfigDict(frozen=True)

    id: str
    doc: str
    line: int
    column: int
    start: int
    end: int
    text: str
    sentence: str
    kind: str
    value: float | int | str | None
    unit: str
    lower: float | int | str | None
    upper: float | int | str | None
    comparator: str
    precision: float | None = None
    period: str
    period_explicit: bool
    entities: list[str]
    subject: str = ""
    object: str = ""
    metric: str
    source_hint: str = ""
    source_entities: list[str] = []
    published: dt.date | None = None


class SkippedNumber(BaseModel):
    """A number seen in a document that did not become a claim, and why."""

    model_config = ConfigDict(frozen=True)

    doc: str
    line: int
    column: int
    text: str
    reason: str


def claim_id(doc: str, sentence: str, text: str, occurrence: int) -> str:
    """Stable across edits elsewhere: depends only on the document, sentence and mention."""
    normal = " ".join(unicodedata.normalize("NFKC", sentence).split())
    digest = hashlib.sha256(f"{doc}\0{normal}\0{text}\0{occurrence}".encode()).hexdigest()
    return digest[:10]


def _apply_policy(mention: Mention, policy: Policy) -> Mention:
    """Recompute a hedged amount's interval with the configured tolerances."""
    if mention.kind not in ("money", "percent", "quantity", "number") or not mention.hedge:
        return mention
    if not isinstance(mention.value, float) or mention.precision is None:
        return mention
    comparator = "<~" if mention.hedge in ("nearly", "almost") else mention.comparator
    if comparator not in ("~", "<~") or mention.lower is None:
        return mention
    lower, upper = implied_interval(
        mention.value, mention.precision, comparator, policy.about, policy.nearly
    )
    return dataclasses.replace(mention, lower=lower, upper=upper)


class _Sentence:
    """A sentence's mentions, entities and metric keywords, in sentence offsets."""

    def __init__(self, text: str, span: Span, references: References) -> None:
        entity_finder, metric_finder = finders(references)
        self.span = span
        self.text = text[span.start : span.end]
        self.entities = entity_finder.find(self.text)
        self.keywords = metric_finder.find(blank(self.text, self.entities))
        self.hint = source_hint(self.text)
        self.hint_entities = (
            sorted({e.id for e in entity_finder.find(self.hint)}) if self.hint else []
        )

    def entity_ids(self) -> list[str]:
        return list(dict.fromkeys(e.id for e in self.entities))


def _nearest_keyword(
    s: _Sentence, start: int, end: int, kinds: tuple[str, ...], references: References
) -> Found | None:
    best: tuple[int, int, Found] | None = None
    for keyword in s.keywords:
        metric = references.metrics[keyword.id]
        if metric.kind not in kinds:
            continue
        distance = gap(start, end, keyword.start, keyword.end, s.text)
        rank = (distance, kinds.index(metric.kind), keyword)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best else None


def _text_mentions(s: _Sentence, references: References) -> list[Mention]:
    """For text metrics ("residence"), the proper noun the keyword introduces."""
    found = []
    for keyword in s.keywords:
        if references.metrics[keyword.id].kind != "text":
            continue
        match = _PROPER_NOUN.match(s.text, keyword.end)
        if match and match.group(1):
            start, end = match.start(1), match.end(1)
            value = s.text[start:end]
            found.append(
                Mention(
                    value,
                    s.span.start + start,
                    s.span.start + end,
                    "text",
                    value,
                    "",
                    value,
                    value,
                    "=",
                )
            )
    return found


class _Assembler:
    def __init__(self, document: Document, references: References, policy: Policy) -> None:
        self.document = document
        self.references = references
        self.policy = policy
        self.lines = LineIndex(document.text)
        self.claims: list[Claim] = []
        self.skipped: list[SkippedNumber] = []
        self.occurrences: dict[tuple[str, str], int] = {}
        self.previous_entities: list[str] = []

    def skip(self, start: int, text: str, reason: str) -> None:
        line, column = self.lines.position(start)
        self.skipped.append(
            SkippedNumber(
                doc=self.document.path, line=line, column=column, text=text, reason=reason
            )
        )

    def period_for(
        self, s: _Sentence, mention: Mention, periods: list[Mention]
    ) -> tuple[str, bool]:
        choices = [p for p in periods if p is not mention and p.comparator == "="]
        if choices:
            nearest = min(
                choices,
                key=lambda p: gap(mention.start, mention.end, p.start, p.end, self.document.text),
            )
            return str(nearest.value), True
        published = self.document.published
        return (published.isoformat() if published else ""), False

    def add(self, s: _Sentence, mention: Mention, keyword: Found, periods: list[Mention]) -> Claim:
        local_start, local_end = mention.start - s.span.start, mention.end - s.span.start
        entities = s.entity_ids() or self.previous_entities
        subject, owner = "", ""
        if mention.kind in ("rank", "ordinal"):
            subject, owner = ranking_roles(s.text, s.entities, local_start, local_end, keyword)
        elif not self.references.metrics[keyword.id].symmetric:
            subject, owner = flow_roles(s.text, s.entities, keyword)
        if mention.kind in ("date", "period"):
            period, explicit = str(mention.value), True
        else:
            period, explicit = self.period_for(s, mention, periods)
        key = (s.text, mention.text)
        occurrence = self.occurrences.get(key, 0)
        self.occurrences[key] = occurrence + 1
        line, column = self.lines.position(mention.start)
        claim = Claim(
            id=claim_id(self.document.stem, s.text, mention.text, occurrence),
            doc=self.document.path,
            line=line,
            column=column,
            start=mention.start,
            end=mention.end,
            text=mention.text,
            sentence=s.text,
            kind=mention.kind,
            value=mention.value,
            unit=mention.unit,
            lower=mention.lower,
            upper=mention.upper,
            comparator=mention.comparator,
            precision=mention.precision,
            period=period,
            period_explicit=explicit,
            entities=entities,
            subject=subject,
            object=owner,
            metric=keyword.id,
            source_hint=s.hint,
            source_entities=s.hint_entities,
            published=self.document.published,
        )
        self.claims.append(claim)
        return claim

    def sentence(self, span: Span, mentions: list[Mention]) -> None:
        s = _Sentence(self.document.text, span, self.references)
        periods = [m for m in mentions if m.kind in ("date", "period")]
        used_as_period: set[int] = set()
        for mention in sorted(
            [*mentions, *_text_mentions(s, self.references)], key=lambda m: m.start
        ):
            mention = _apply_policy(mention, self.policy)
            local = (mention.start - span.start, mention.end - span.start)
            keyword = _nearest_keyword(s, *local, COMPATIBLE[mention.kind], self.references)
            if keyword is None:
                if mention.kind not in ("date", "period", "rank"):
                    self.skip(mention.start, mention.text, "no metric in the sentence")
                continue
            claim = self.add(s, mention, keyword, periods)
            if claim.period_explicit and mention.kind not in ("date", "period"):
                used_as_period.update(id(p) for p in periods if str(p.value) == claim.period)
        for period in periods:
            if any(c.start == period.start for c in self.claims):
                continue
            if id(period) in used_as_period:
                reason = "period of another claim"
            elif period.comparator == ">=":
                reason = "starting point of a comparison (since), not a claim"
            else:
                reason = "no metric in the sentence"
            self.skip(period.start, period.text, reason)
        if s.entity_ids():
            self.previous_entities = s.entity_ids()


def assemble(
    document: Document, references: References, policy: Policy | None = None
) -> tuple[list[Claim], list[SkippedNumber]]:
    """Claims and set-aside numbers of one document, in document order."""
    assembler = _Assembler(document, references, policy or Policy())
    found = scan(document.text, document.published)
    for item in found.skipped:
        assembler.skip(item.start, item.text, item.reason)
    mentions = sorted(found.mentions, key=lambda m: m.start)
    index = 0
    for span in sentences(document.text):
        inside = []
        while index < len(mentions) and mentions[index].start < span.end:
            if mentions[index].start >= span.start:
                inside.append(mentions[index])
            index += 1
        assembler.sentence(span, inside)
    claims = sorted(assembler.claims, key=lambda c: (c.start, c.end))
    skipped = sorted(assembler.skipped, key=lambda k: (k.line, k.column))
    return claims, skipped
