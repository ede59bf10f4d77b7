"""One sentence read for assembly: its entities, metric keywords, source hint, and the
choices that depend on them: which metric a number measures, which period dates it,
which entities stand nearest."""

from __future__ import annotations

import re

from factlint.context import Found, blank, finders, gap, source_hint
from factlint.extract import Mention
from factlint.references.models import References
from factlint.text import Span

# Which metric kinds a mention of each kind can measure, preferred first.
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
FLOW_KINDS = frozenset({"money", "quantity", "number", "percent"})
_PROPER_NOUN = re.compile(
    r"(?:\s*,?\s*(?:in|into|at|of|near|to|from|as|called|named|the|is|was)\b)*\s*,?\s*"
    r"((?:\d+\s+)?(?:[A-Z][\w’'\-]*)(?:\s+(?:[A-Z][\w’'\-]*|of|de|on))*(?<!\s(?:of|de|on)))"
)


class SentenceReading:
    """A sentence's entities, metric keywords and source hint, in sentence offsets."""

    def __init__(self, text: str, span: Span, references: References) -> None:
        entity_finder, metric_finder = finders(references)
        self.references = references
        self.span = span
        self.text = text[span.start : span.end]
        self.entities = entity_finder.find(self.text)
        # Keywords are read with entity names blanked ("consumer of Russian energy" is a
        # "consumer of energy") and as written, for keywords that hold a name.
        found = set(metric_finder.find(blank(self.text, self.entities)))
        found.update(metric_finder.find(self.text))
        self.keywords = sorted(found, key=lambda f: (f.start, f.id, f.end))
        self.hint = source_hint(self.text)
        self.hint_entities = (
            sorted({e.id for e in entity_finder.find(self.hint)}) if self.hint else []
        )

    def entity_ids(self) -> list[str]:
        return list(dict.fromkeys(e.id for e in self.entities))

    def local(self, mention: Mention) -> tuple[int, int]:
        return mention.start - self.span.start, mention.end - self.span.start

    def nearby(self, mention: Mention) -> list[str]:
        """The sentence's entities, nearest to the mention first."""
        start, end = self.local(mention)
        ordered = sorted(
            self.entities, key=lambda e: (gap(start, end, e.start, e.end, self.text), e.start)
        )
        return list(dict.fromkeys(e.id for e in ordered))

    def metrics_for(self, mention: Mention) -> list[Found]:
        """The keywords of compatible metrics nearest the mention: the nearest first, then
        any other metric whose keyword is just as near (a tie the facts may settle)."""
        kinds = COMPATIBLE[mention.kind]
        start, end = self.local(mention)
        scored = []
        for keyword in self.keywords:
            kind = self.references.metrics[keyword.id].kind
            if kind in kinds:
                scored.append(
                    (
                        gap(start, end, keyword.start, keyword.end, self.text),
                        kinds.index(kind),
                        keyword,
                    )
                )
        if not scored:
            return []
        scored.sort(key=lambda item: (item[0], item[1], item[2].start, item[2].id))
        best = scored[0][:2]
        tied = [
            keyword for distance, preference, keyword in scored if (distance, preference) == best
        ]
        return list({k.id: k for k in tied}.values())

    def text_mentions(self) -> list[Mention]:
        """For text metrics ("residence"), the name the keyword introduces."""
        found = []
        for keyword in self.keywords:
            if self.references.metrics[keyword.id].kind != "text":
                continue
            match = _PROPER_NOUN.match(self.text, keyword.end)
            if match and match.group(1):
                start, end = match.start(1), match.end(1)
                value = self.text[start:end]
                offset = self.span.start
                found.append(
                    Mention(
                        value, offset + start, offset + end, "text", value, "", value, value, "="
                    )
                )
        return found


def is_baseline(period: Mention) -> bool:
    """ "since 2008", "compared with 2023", "up from May": a starting point, not a period."""
    return period.comparator == ">=" or getattr(period, "role", "") == "baseline"


def period_choices(mention: Mention, periods: list[Mention]) -> list[Mention]:
    """The periods in the sentence that may date ``mention``, best first.

    Baselines date nothing, except that "since 2016" dates a state ("has been the largest
    since 2016") by the year it began. A flow (an amount or a percentage) prefers a
    month, quarter or year to a single day: in "said on Thursday that revenue rose 26%
    in the third quarter" the day is when it was said."""
    state = mention.kind not in FLOW_KINDS
    usable = [
        p
        for p in periods
        if p is not mention and (not is_baseline(p) or (state and p.comparator == ">="))
    ]
    if not state:
        spans = [p for p in usable if p.kind == "period"]
        usable = spans or usable
    return sorted(usable, key=lambda p: (_distance(mention, p), p.start))


def _distance(a: Mention, b: Mention) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0
