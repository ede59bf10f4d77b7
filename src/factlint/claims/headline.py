"""A headline's numbers read through the story: "Brenner profit slides 34% as China
sales slump" says in a few words what the lead says in full ("a 34% drop in
third-quarter operating profit"). A headline figure that the story repeats takes the
story's reading of it (metric, entities, period), and says so."""

from __future__ import annotations

from collections.abc import Callable

from factlint.claims.model import Carried, Claim, SkippedNumber
from factlint.documents.text import Span
from factlint.extract import Mention

_NO_METRIC = ("no metric in the sentence", "a change, and no metric of changes")


def _same_figure(a: Claim, b: Claim) -> bool:
    return (a.kind, a.value, str(a.unit), a.growth) == (b.kind, b.value, str(b.unit), b.growth)


def _echoed(claim: Claim, story: Claim) -> Claim:
    carried = Carried(what="metric", value=story.metric, line=story.line, source="the story")
    return claim.model_copy(
        update={
            "metric": story.metric,
            "alternatives": [],
            "metric_scores": story.metric_scores,
            "entities": story.entities,
            "subject": story.subject,
            "object": story.object,
            "nearby": story.nearby,
            "clause_entities": story.clause_entities,
            "period": story.period,
            "period_explicit": story.period_explicit,
            "baseline": story.baseline,
            "carried": [*(c for c in story.carried if c.what != "metric"), carried],
        }
    )


def read_through_story(
    headline: Span | None,
    claims: list[Claim],
    skipped: list[SkippedNumber],
    mentions: list[Mention],
    claim_of: Callable[[Mention], Claim | None],
) -> tuple[list[Claim], list[SkippedNumber]]:
    """The claims and set-aside numbers with each headline figure the story repeats read
    as the story reads it; a headline number set aside for want of a metric becomes a
    claim when the story gives it one."""
    if headline is None:
        return claims, skipped
    story = [c for c in claims if c.start >= headline.end and c.metric]
    read: list[Claim] = []
    for claim in claims:
        twin = next((s for s in story if _same_figure(claim, s)), None)
        in_headline = headline.start <= claim.start < headline.end
        read.append(_echoed(claim, twin) if in_headline and twin is not None else claim)
    kept = []
    for number in skipped:
        inside = headline.start <= number.start < headline.end
        mention = next((m for m in mentions if m.start == number.start), None)
        made = (
            claim_of(mention)
            if inside and mention and number.reason.startswith(_NO_METRIC)
            else None
        )
        twin = next((s for s in story if made and _same_figure(made, s)), None)
        if made is not None and twin is not None:
            read.append(_echoed(made, twin))
        else:
            kept.append(number)
    return sorted(read, key=lambda c: (c.start, c.end)), kept
