"""Comparing a comparison between entities with both entities' figures.

Each side's figure is its fact in the metric's unit (another currency through
references/fx.csv, with the rate's band), or the change its two levels give, each with
the interval its rounding allows. The relation holds when the figures as published bear
it out ("Spain grew faster than Italy": Spain's figure above Italy's). When they do not,
it is flagged with reason ``comparison``: ``major`` when the figures contradict it
beyond their rounding (Italy's lowest reading is at least Spain's highest), ``minor``
when they are equal as published or apart by less than their rounding. A change of order
("overtook Japan") also needs the order the other way in the period before. A multiple
("twice as large as") is the ratio of the two figures, with their rounding, against the
factor its wording allows (± the policy's ``multiple`` for a factor in words): ``minor``
when the ratio misses by less than that band again ("twice" for 1.85; for a numeral, one
unit of its rounding), ``major`` otherwise. Several sources for one side that disagree on the relation
flag it ``ambiguous``."""

from __future__ import annotations

from itertools import product

from factlint.claims.model import Claim, ClaimKind
from factlint.compare.fx import FxError
from factlint.compare.growth import derive
from factlint.compare.outcomes import outcome
from factlint.compare.record import Comparison, Figure, Outcome, RelationCheck, Standing
from factlint.compare.tolerance import EPSILON, meet
from factlint.config import Policy
from factlint.link.changes import PERCENT
from factlint.link.comparisons import Role
from factlint.link.levels import Levels
from factlint.link.record import LinkRecord, Side
from factlint.references.dataset import References
from factlint.units import Unit


def compare_pair(
    claim: Claim, record: LinkRecord, references: References, policy: Policy
) -> Comparison:
    """The verdict on a comparison between entities, from both sides' figures."""
    relation = claim.relation
    if relation is None or record.route == "none" or not record.pair:
        return Comparison(verdict="unverified")
    metric = references.metrics[record.metric]
    derived = any(side.route == "levels" for side in record.pair)
    unit = PERCENT if derived else metric.measure
    try:
        figures = {
            (s.role, s.before): _figures(claim, s, unit, references, policy) for s in record.pair
        }
    except FxError as ex:
        return Comparison(verdict="unverified", error=str(ex))
    outcomes = _outcomes(claim, record, unit, references, policy)
    check = RelationCheck(words=relation.words, metric=record.metric, unit=str(unit))
    base = Comparison(verdict="unverified", outcomes=outcomes, kept=[o.fact.id for o in outcomes])
    periods = [(False, relation.order)]
    if relation.overtook:
        periods.append((True, ">" if relation.order == "<" else "<"))
    standings: list[Standing] = []
    verdicts: list[tuple[str, bool]] = []  # per period: "holds", "fails" or "mixed"; beyond
    for before, order in periods:
        subject, other = figures[("subject", before)], figures[("other", before)]
        side = next(s for s in record.pair if s.role == "subject" and s.before == before)
        stood = [_stand(side.period, a, b, order) for a, b in product(subject, other)]
        failing = [s for s in stood if not s.holds]
        standings.append(failing[0] if failing else stood[0])
        outcome_of = "holds" if not failing else "fails" if len(failing) == len(stood) else "mixed"
        verdicts.append((outcome_of, all(s.beyond for s in failing)))
    check = check.model_copy(update={"standings": standings})
    if claim.value is not None and isinstance(claim.value, float | int):
        return _ratio(claim, base, check, figures, policy)
    if any(v == "mixed" for v, _ in verdicts):
        return base.model_copy(
            update={"verdict": "flag", "reason": "ambiguous", "severity": "major",
                    "relation": check.model_copy(update={"holds": False})}
        )  # fmt: skip
    for outcome_of, beyond in verdicts:
        if outcome_of == "fails":
            return base.model_copy(
                update={"verdict": "flag", "reason": "comparison",
                        "severity": "major" if beyond else "minor",
                        "relation": check.model_copy(update={"holds": False})}
            )  # fmt: skip
    return base.model_copy(
        update={"verdict": "pass", "relation": check.model_copy(update={"holds": True})}
    )


def _figures(
    claim: Claim, side: Side, unit: Unit, references: References, policy: Policy
) -> list[Figure]:
    """One side's figures: each fact in ``unit``, or the change its two levels give."""
    if side.route == "levels":
        end, start = (references.fact(f.id) for f in side.facts[:2])
        derivation = derive(claim.model_copy(update={"unit": PERCENT}), Levels(end, start, []),
                            references)  # fmt: skip
        return [
            Figure(entity=side.entity, value=derivation.value, low=derivation.low,
                   high=derivation.high, facts=[end.ref, start.ref], derived=True)
        ]  # fmt: skip
    found = []
    for ref in side.facts:
        fact = references.fact(ref.id)
        held = outcome(_as_level(claim, unit), fact, references, policy)
        value = held.value if held.value is not None else float(fact.value)
        scale = abs(value / float(fact.value)) if float(fact.value) else 1.0
        band = held.conversion.band if held.conversion is not None else 0.0
        slack = fact.slack * scale + abs(value) * band
        found.append(
            Figure(entity=side.entity, value=value, low=value - slack, high=value + slack,
                   facts=[ref])
        )  # fmt: skip
    return found


def _as_level(claim: Claim, unit: Unit) -> Claim:
    """The claim as a number of ``unit`` that allows any value: what a fact is read as."""
    return claim.model_copy(
        update={"kind": ClaimKind.NUMBER, "unit": unit, "value": None, "lower": None,
                "upper": None, "comparator": "=", "precision": None, "relation": None}
    )  # fmt: skip


def _outcomes(
    claim: Claim, record: LinkRecord, unit: Unit, references: References, policy: Policy
) -> list[Outcome]:
    """Every fact of every side, as compared (in ``unit``; a level as it stands)."""
    seen: dict[str, Outcome] = {}
    for side in record.pair:
        for ref in side.facts:
            fact = references.fact(ref.id)
            wanted = unit if side.route != "levels" else references.unit_of(fact)
            seen.setdefault(ref.id, outcome(_as_level(claim, wanted), fact, references, policy))
    return list(seen.values())


def _stand(period: str, a: Figure, b: Figure, order: str) -> Standing:
    """Whether ``a`` stands above (``order`` ">") or below ``b``, as published, and
    whether the figures contradict that beyond their rounding."""
    tolerance = EPSILON * max(1.0, abs(a.value), abs(b.value))
    if order == ">":
        holds = a.value > b.value + tolerance
        beyond = b.low >= a.high - tolerance
    else:
        holds = a.value < b.value - tolerance
        beyond = b.high <= a.low + tolerance
    return Standing(
        period=period, subject=a, other=b, order=order,
        holds=holds, beyond=not holds and beyond,
    )  # fmt: skip


def _ratio(
    claim: Claim,
    base: Comparison,
    check: RelationCheck,
    figures: dict[tuple[Role, bool], list[Figure]],
    policy: Policy,
) -> Comparison:
    """ "twice as large as": the ratio of the two figures against the factor allowed."""
    factor = float(claim.value)  # type: ignore[arg-type]
    precision = claim.precision or 0.0
    if precision:
        low, high = claim.bounds
    else:  # a factor in words: "twice", "three times"
        band = factor * policy.multiple
        low, high = {
            ">": (factor, None), ">=": (factor, None), "<=": (None, factor),
            "<": (factor * (1 - policy.nearly), factor),
        }.get(claim.comparator, (factor - band, factor + band))  # fmt: skip
    a, b = figures[("subject", False)][0], figures[("other", False)][0]
    check = check.model_copy(update={"wanted_low": low, "wanted_high": high})
    if b.low <= 0 or a.low < 0:
        why = "a ratio to a figure of zero or less says nothing"
        return base.model_copy(update={"relation": check.model_copy(update={"why": why})})
    ratio_low, ratio_high = a.low / b.high, a.high / b.low
    check = check.model_copy(
        update={"ratio": a.value / b.value, "ratio_low": ratio_low, "ratio_high": ratio_high}
    )
    meeting = meet(low, high, claim.comparator, ratio_low, ratio_high)
    if meeting.holds:
        return base.model_copy(
            update={"verdict": "pass", "relation": check.model_copy(update={"holds": True})}
        )
    # A slip within one more band of a factor in words ("twice" for 1.85), or one unit of
    # a numeral's rounding, is minor.
    unit = precision or factor * policy.multiple
    return base.model_copy(
        update={"verdict": "flag", "reason": "comparison", "distance": meeting.distance,
                "severity": "minor" if meeting.distance < unit else "major",
                "relation": check.model_copy(update={"holds": False})}
    )  # fmt: skip
