"""Which of a claim's linked facts it is compared with: its own source's, the primary
ones, those in its currency; and, where facts are about different things (other
entities, other periods), the ones the wording points at. Only facts about the same
thing can disagree as sources."""

from __future__ import annotations

from factlint.claims import Claim
from factlint.references.models import Fact, References
from factlint.units import parse_unit


def preferred(claim: Claim, facts: list[Fact], references: References) -> list[Fact]:
    """The facts a claim is compared with: its own source's when it names one, else the
    primary ones, else those in the claim's own currency, else all."""
    if claim.source_entities or claim.source_hint:
        hinted = [f for f in facts if _source_matches(claim, f, references)]
        if hinted:
            facts = hinted
    primary = [f for f in facts if f.primary]
    if primary:
        facts = primary
    if references.metrics[claim.metric].kind == "amount":
        same = [f for f in facts if parse_unit(f.unit).base == parse_unit(claim.unit).base]
        if same:
            facts = same
    return facts


def _source_matches(claim: Claim, fact: Fact, references: References) -> bool:
    source = fact.source.casefold()
    for entity_id in claim.source_entities:
        entity = references.entities[entity_id]
        if entity_id.casefold() in source.split() or any(
            n.casefold() in source for n in entity.names
        ):
            return True
    hint_words = [
        w
        for w in claim.source_hint.casefold().split()
        if len(w) > 3 and w not in ("data", "figures")
    ]
    return bool(hint_words) and all(w in source for w in hint_words)


def _about(fact: Fact, symmetric: bool, dated_by_value: bool) -> tuple[object, str]:
    """What a fact is about: its entities (in either order when symmetric) and period.
    Dated events are told apart by their dates, later, not by period here."""
    parties: object = (
        frozenset((fact.subject, fact.object)) if symmetric else (fact.subject, fact.object)
    )
    return parties, "" if dated_by_value else fact.period


def _closeness(claim: Claim, fact: Fact) -> int:
    """How near the fact's entities stand to the number: the rank of the nearer one."""
    ranks = [claim.nearby.index(e) for e in (fact.subject, fact.object) if e in claim.nearby]
    return min(ranks) if ranks else len(claim.nearby)


def _span_days(fact: Fact) -> int:
    span = fact.span
    return (span.end - span.start).days if span.end else 1_000_000


def compared_facts(claim: Claim, facts: list[Fact], references: References) -> list[Fact]:
    """The facts the verdict rests on: all about one thing, the one the wording points at
    (the entities nearest the number, then the finest period)."""
    facts = preferred(claim, facts, references)
    metric = references.metrics[claim.metric]
    groups: dict[tuple[object, str], list[Fact]] = {}
    for fact in facts:
        groups.setdefault(_about(fact, metric.symmetric, metric.kind == "date"), []).append(fact)
    if len(groups) <= 1:
        return facts
    best = min(
        groups.values(), key=lambda group: (_closeness(claim, group[0]), _span_days(group[0]))
    )
    return best
