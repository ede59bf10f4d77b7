"""The level a change reached ("rose by 3.3 million to reach 340.1 million", "bringing
the total to 31.3 million"): a level of what changed, not a change of its own."""

from __future__ import annotations

from factlint.claims.clauses import clause_around
from factlint.claims.context import Found
from factlint.claims.fit import LEVEL_KINDS, NEW_LEVEL, measures_change, unit_fit
from factlint.claims.sentence import COMPATIBLE, SentenceReading
from factlint.extract import Mention


def is_new_level(s: SentenceReading, mention: Mention) -> bool:
    """Whether the mention is the level a change reached: "to reach 340.1 million",
    "bringing the total to 31.3 million"."""
    if mention.growth or mention.kind not in LEVEL_KINDS:
        return False
    start, _ = s.local(mention)
    return NEW_LEVEL.search(s.text, max(0, start - 40), start) is not None


def level_keywords(s: SentenceReading, mention: Mention, keywords: list[Found]) -> list[Found]:
    """The keywords a level a change reached may measure: not a metric of changes,
    and, when the number's own clause names none, the nearest level metric named
    before it in the sentence (the subject of the change)."""
    metrics = s.references.metrics
    levels = [k for k in keywords if not measures_change(metrics[k.id])]
    start, end = s.local(mention)
    left, right = clause_around(s.text, start, end)
    if any(left <= k.start and k.end <= right for k in levels):
        return levels
    kinds = COMPATIBLE.get(mention.kind, ())
    before = [
        k
        for k in s.keywords
        if k.end <= start
        and metrics[k.id].kind in kinds
        and not measures_change(metrics[k.id])
        and unit_fit(mention, metrics[k.id]) == 2
    ]
    nearest: dict[str, Found] = {}
    for keyword in sorted(before, key=lambda k: -k.end):
        nearest.setdefault(keyword.id, keyword)
    return list(nearest.values()) or levels
