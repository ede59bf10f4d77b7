"""Linking a comparison between entities ("Spain grew faster than Italy", "overtook
Japan", "twice as large as Texas"): each entity's figure is linked as a number of the
metric about that entity alone would be (its facts, or for a change of a metric of levels
the two levels it is derived from), the subject's for the claim's period, the other's for
the period the subject's figure is for (two figures of different periods compare
nothing), and for a change of order both again for the period before. The claim links
only when every side does; the record names each side's facts (``LinkRecord.pair``) and
lists every candidate fact once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from factlint.claims.model import Claim, ClaimKind
from factlint.link.changes import PERCENT, holds_changes
from factlint.link.record import Candidate, LinkRecord, Side, Status
from factlint.link.series import back
from factlint.periods import Period
from factlint.references.dataset import References
from factlint.references.fact_ref import FactRef
from factlint.references.models import Fact, Metric

Linker = Callable[[Claim, References], tuple[Claim, LinkRecord]]
Role = Literal["subject", "other"]
_RANK = {Status.COMPARED: 0, Status.SET_ASIDE: 1, Status.NO_MATCH: 2}


def link_pair(claim: Claim, references: References, linked: Linker) -> tuple[Claim, LinkRecord]:
    """The comparison claim with the metric whose facts serve both sides, and its record
    (``linked`` links one side as the stage links any claim)."""
    tried: list[str] = []
    failed: LinkRecord | None = None
    for metric_id in dict.fromkeys([claim.metric, *claim.alternatives]):
        metric = references.metrics.get(metric_id)
        if metric is None or metric.kind not in ("amount", "percent"):
            continue
        tried.append(metric_id)
        as_metric = claim.model_copy(update={"metric": metric_id})
        sides, records = _linked_sides(as_metric, metric, references, linked)
        merged = _merged(records)
        if all(side.route != "none" for side in sides):
            record = LinkRecord(
                metric=metric_id, route="facts", farther=bool(tried[:-1]), tried=list(tried),
                candidates=merged, pair=sides,
            )  # fmt: skip
            return as_metric, record
        if failed is None:
            looked = [side.looked_for for side in sides if side.looked_for]
            failed = LinkRecord(candidates=merged, pair=sides, looked_for=looked)
    if failed is None:
        failed = LinkRecord(looked_for=[f"no metric of amounts or percentages in {claim.metric}"])
    return claim, failed.model_copy(update={"tried": tried})


def _linked_sides(
    claim: Claim, metric: Metric, references: References, linked: Linker
) -> tuple[list[Side], list[LinkRecord]]:
    """Each side linked, the subject's first: its figure's period is the other's."""
    relation = claim.relation
    assert relation is not None
    sides: list[Side] = []
    records: list[LinkRecord] = []
    subject, record = _side(claim, metric, "subject", relation.subject, None, references, linked)
    sides.append(subject)
    records.append(record)
    period = _period_of(record, references)
    if period is None:
        return sides, records
    wanted: list[tuple[Role, str, Period, bool]] = [("other", relation.other, period, False)]
    if relation.overtook:
        before = back(period, 1)
        wanted += [
            ("subject", relation.subject, before, True),
            ("other", relation.other, before, True),
        ]
    for role, entity, when, earlier in wanted:
        side, record = _side(claim, metric, role, entity, when, references, linked)
        sides.append(side.model_copy(update={"before": earlier}))
        records.append(record)
    return sides, records


def _side(
    claim: Claim,
    metric: Metric,
    role: Role,
    entity: str,
    period: Period | None,
    references: References,
    linked: Linker,
) -> tuple[Side, LinkRecord]:
    """One entity's figure, linked as a number about that entity alone would be."""
    relation = claim.relation
    assert relation is not None
    derived = relation.change and not holds_changes(metric)
    others = [e for e in claim.entities if e not in (relation.subject, relation.other)]
    update: dict[str, object] = {
        "kind": ClaimKind.PERCENT if derived or metric.kind == "percent" else ClaimKind.NUMBER,
        "unit": PERCENT if derived else metric.measure, "value": None, "lower": None,
        "upper": None, "comparator": "=", "precision": None, "growth": "rise" if derived else "",
        "entities": [entity, *others], "subject": "" if metric.symmetric else entity,
        "object": "", "nearby": [entity, *others], "clause_entities": [entity],
        "alternatives": [], "metric_scores": {}, "relation": None, "record": "", "reach": None,
    }  # fmt: skip
    if period is not None:
        update |= {"period": period, "period_explicit": True}
    _, record = linked(claim.model_copy(update=update), references)
    facts = [c.fact for c in record.compared()]
    looked = ""
    if record.route == "none":
        when = period or claim.period or "its period"
        looked = f"no fact of {metric.id} for {entity} in {when}"
    side = Side(
        role=role, entity=entity, period=str(_period_of(record, references) or period or ""),
        route=record.route, facts=facts, looked_for=looked,
    )  # fmt: skip
    return side, record


def _period_of(record: LinkRecord, references: References) -> Period | None:
    """The period of the figure a side linked: its (end level's) fact's."""
    compared = record.compared()
    if record.route == "none" or not compared:
        return None
    ends = [c for c in compared if c.role in ("fact", "end level")]
    fact: Fact = references.fact((ends or compared)[0].fact.id)
    return fact.span


def _merged(records: list[LinkRecord]) -> list[Candidate]:
    """Every side's candidates, each fact once, at the best status any side gave it."""
    best: dict[str, Candidate] = {}
    for record in records:
        for candidate in record.candidates:
            known = best.get(candidate.fact.id)
            if known is None or _RANK[candidate.status] < _RANK[known.status]:
                best[candidate.fact.id] = candidate
    return list(best.values())


def side_facts(record: LinkRecord, role: str, before: bool) -> list[FactRef]:
    """The facts of one side of a linked comparison."""
    return next((s.facts for s in record.pair if s.role == role and s.before == before), [])
