"""Linking a claim to the facts that could confirm or contradict it: same metric, the
claim's entities, the claim's period, a comparable unit."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.claims import Claim
from factlint.periods import Period, fits_fiscal, parse_claim_period, same_length
from factlint.references.models import Fact, Metric, References
from factlint.units import UnitError, parse_unit


@dataclass(frozen=True)
class Screening:
    """One fact held against one claim: what fits and what does not, in words."""

    fact: Fact
    mismatches: tuple[str, ...]

    @property
    def fits(self) -> bool:
        return not self.mismatches


def claim_period(claim: Claim) -> Period | None:
    if not claim.period:
        return None
    return parse_claim_period(claim.period)


def _entities_fit(claim: Claim, fact: Fact, metric: Metric) -> str:
    """Every entity of the fact is named in the sentence; for a directed metric the roles
    the wording gives must not be the fact's the other way round. Rankings, whose wording
    says whose list it is, must match their roles exactly."""
    names = set(claim.entities)
    wanted = [e for e in (fact.subject, fact.object) if e]
    missing = [e for e in wanted if e not in names]
    if metric.symmetric or not (claim.subject or claim.object):
        return f"entities: {', '.join(missing)} not in the sentence" if missing else ""
    if metric.kind not in ("rank", "ordinal"):
        if missing:
            return f"entities: {', '.join(missing)} not in the sentence"
        reversed_subject = claim.subject and claim.subject == fact.object
        reversed_object = claim.object and claim.object == fact.subject
        if reversed_subject or reversed_object:
            return f"entities: the claim is {claim.subject or '?'} → {claim.object or '?'}, the fact {fact.subject} → {fact.object}"
        return ""
    if claim.subject and fact.subject != claim.subject:
        return f"entities: subject is {claim.subject}, fact is about {fact.subject}"
    if claim.object and fact.object != claim.object:
        return f"entities: ranking belongs to {claim.object}, fact's is {fact.object or 'none'}"
    if not claim.subject and fact.subject not in names:
        return f"entities: {fact.subject} not in the sentence"
    return ""


def _unit_fits(claim: Claim, fact: Fact, metric: Metric) -> str:
    if metric.kind not in ("amount", "percent"):
        return ""
    try:
        claimed = parse_unit(claim.unit)
        stated = parse_unit(fact.unit or metric.unit)
    except UnitError as ex:
        return f"unit: {ex}"
    if claimed.dimension != stated.dimension:
        return f"unit: claim is in {claim.unit or 'a plain number'}, fact in {fact.unit or metric.unit}"
    return ""


def _period_fits(claim: Claim, fact: Fact, metric: Metric) -> str:
    """Flows (amounts, percentages) need the same period; states (ranks, ordinals, text)
    need the fact's period to overlap the claim's. Dates are matched by value instead."""
    if metric.kind == "date":
        return ""
    wanted = claim_period(claim)
    if wanted is None:
        return "period: the claim has no period and the document no published date"
    span = fact.span
    if not claim.period_explicit:
        return (
            ""
            if span.contains(wanted) or span.ends_by(wanted.start)
            else f"period: {span} is after {wanted}"
        )
    if wanted.fiscal:
        return (
            "" if fits_fiscal(wanted, span) else f"period: {span} is not the fiscal year {wanted}"
        )
    if metric.kind in ("amount", "percent"):
        return "" if span.same_span(wanted) else f"period: fact is for {span}, claim for {wanted}"
    return "" if span.overlaps(wanted) else f"period: fact covers {span}, claim is for {wanted}"


def screen(claim: Claim, fact: Fact, references: References) -> Screening:
    """Why ``fact`` does or does not fit ``claim``; the basis of linking and of ``explain``."""
    metric = references.metrics.get(claim.metric)
    if metric is None or fact.metric != claim.metric:
        return Screening(fact, (f"metric: fact is {fact.metric}, claim is {claim.metric}",))
    mismatches = [
        reason
        for reason in (
            _entities_fit(claim, fact, metric),
            _period_fits(claim, fact, metric),
            _unit_fits(claim, fact, metric),
        )
        if reason
    ]
    return Screening(fact, tuple(mismatches))


def _latest_known(claim: Claim, facts: list[Fact], metric: Metric) -> list[Fact]:
    """For a claim dated only by its publication: measured values (amounts, percentages,
    ranks) come from the latest period completed by then; states (ordinals, text) from
    the period in force then. Each falls back to the other."""
    wanted = claim_period(claim)
    if claim.period_explicit or wanted is None or not facts:
        return facts
    current = [f for f in facts if f.span.contains(wanted)]
    completed = [f for f in facts if f.span.ends_by(wanted.start)]
    latest_end = max((f.span.end for f in completed if f.span.end), default=None)
    latest = [f for f in completed if f.span.end == latest_end]
    if claim.starting_level and latest:
        # "jumped to $659bn from $475bn", dated only by publication: the period before
        # the latest one, of the same length.
        before = [f for f in completed if f.span.ends_by(latest[0].span.start)]
        before = [f for f in before if same_length(f.span, latest[0].span)]
        end = max((f.span.end for f in before if f.span.end), default=None)
        return [f for f in before if f.span.end == end]
    if metric.kind in ("amount", "percent", "rank"):
        return latest or current
    return current or latest


def most_specific(facts: list[Fact], claim: Claim | None = None) -> list[Fact]:
    """A fact naming both parties beats a subject-only fact that the sentence also fits,
    unless the number's own clause names the subject alone ("Japan's total exports rose
    to $717bn, and shipments to Canada ...")."""
    paired = [f for f in facts if f.object]
    if claim is not None and claim.clause_entities:
        paired = [f for f in paired if f.object in claim.clause_entities]
    return paired if paired and len(paired) < len(facts) else facts


def link_claim(claim: Claim, references: References) -> list[Fact]:
    """Every fact that fits the claim, sorted by id."""
    fitting = [
        fact for fact in references.facts_of(claim.metric) if screen(claim, fact, references).fits
    ]
    metric = references.metrics.get(claim.metric)
    if metric is None:
        return []
    if not fitting and not metric.symmetric and not claim.object:
        fitting = _with_unnamed_object(claim, references)
    if not fitting and metric.kind == "ordinal":
        fitting = _nearest_in_time(claim, references)
    fitting = most_specific(_latest_known(claim, fitting, metric), claim)
    return sorted(_best_fiscal(claim, fitting), key=lambda f: f.id)


def _best_fiscal(claim: Claim, facts: list[Fact]) -> list[Fact]:
    """For "fiscal 2024", twelve months ending in 2024 before twelve starting in it."""
    wanted = claim_period(claim)
    if wanted is None or not wanted.fiscal or not facts:
        return facts
    best = max(fits_fiscal(wanted, f.span) for f in facts)
    return [f for f in facts if fits_fiscal(wanted, f.span) == best]


def _with_unnamed_object(claim: Claim, references: References) -> list[Fact]:
    """ "More than 40% of the national total": when no fact fits, a fact about the named
    subject whose object the sentence leaves unsaid, provided only one object is in play."""
    found = []
    for fact in references.facts_of(claim.metric):
        if not fact.object or fact.subject not in claim.entities:
            continue
        widened = claim.model_copy(update={"entities": [*claim.entities, fact.object]})
        if screen(widened, fact, references).fits:
            found.append(fact)
    return found if len({f.object for f in found}) == 1 else []


def _nearest_in_time(claim: Claim, references: References) -> list[Fact]:
    """An ordinal belongs to its holder whenever it is claimed: a person called "the 12th
    governor" after their term is compared with their term on record, the nearest one."""
    wanted = claim_period(claim)
    if wanted is None:
        return []
    candidates = [
        fact
        for fact in references.facts_of(claim.metric)
        if all(m.startswith("period:") for m in screen(claim, fact, references).mismatches)
    ]

    def distance(fact: Fact) -> int:
        span = fact.span
        if span.end is not None and span.end < wanted.start:
            return (wanted.start - span.end).days
        return max((span.start - (wanted.end or wanted.start)).days, 0)

    if not candidates:
        return []
    nearest = min(distance(f) for f in candidates)
    return [f for f in candidates if distance(f) == nearest]
