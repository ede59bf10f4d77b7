"""Choosing, among the facts that fit a claim, the ones it is about: for a claim dated
only by publication the latest period known then, a fact naming both parties before one
naming the subject alone, the best fit of a fiscal year; and, when none fits, a fact
whose object the sentence leaves unsaid or an ordinal's nearest term. Each fact left out
gets its reason, for the linking record."""

from __future__ import annotations

from dataclasses import dataclass, field

from factlint.claims.model import Claim
from factlint.link.screen import screen
from factlint.periods import as_months, fits_fiscal, same_length, stands_at_end
from factlint.references.dataset import References
from factlint.references.models import Fact, Metric


@dataclass
class Selection:
    """The facts chosen, sorted by id; why each other fitting fact was left out; and why
    a chosen fact that does not fit on every count was taken all the same."""

    chosen: list[Fact]
    left_out: dict[str, str] = field(default_factory=dict)
    despite: dict[str, str] = field(default_factory=dict)
    misfits: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facts that do not fit


def _latest_known(claim: Claim, facts: list[Fact], metric: Metric) -> list[Fact]:
    """For a claim dated only by its publication: measured values (amounts, percentages,
    ranks) come from the latest period completed by then; states (ordinals, text) from
    the period in force then. Each falls back to the other."""
    wanted = claim.period
    if claim.period_explicit or wanted is None or not facts:
        return facts
    current = [f for f in facts if f.span.contains(wanted)]
    completed = [f for f in facts if f.span.ends_by(wanted.start)]
    latest_end = max((f.span.end for f in completed if f.span.end), default=None)
    latest = [f for f in completed if f.span.end == latest_end]
    if claim.starting_level and latest:
        # "jumped to $659bn from $475bn", dated only by publication: the period before
        # the latest one, of the same length.
        first = latest[0].span.start
        before = [f for f in completed if f.span.end is not None and f.span.end < first]
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


def candidate_facts(claim: Claim, references: References) -> list[Fact]:
    """The facts of the claim's metric about an entity it names, in file order: a fact
    whose subject the claim does not name never fits it (``link.screen``)."""
    return references.facts_about(claim.metric, [*claim.entities, claim.subject])


def select(claim: Claim, references: References) -> Selection:
    """The facts the claim is about, and why each other fitting fact is not one."""
    metric = references.metrics.get(claim.metric)
    if metric is None:
        return Selection([])
    fitting = []
    misfits: dict[str, tuple[str, ...]] = {}
    for fact in candidate_facts(claim, references):
        screening = screen(claim, fact, references)
        if screening.fits:
            fitting.append(fact)
        else:
            misfits[fact.id] = screening.mismatches
    fitting, several_days = _one_day_at_most(claim, fitting)
    fitting, replaced = _in_force(fitting)
    misfits |= replaced
    if metric.kind in ("amount", "percent"):
        fitting, elsewhere = _of_its_clause(claim, fitting, references)
        misfits |= elsewhere
    despite: dict[str, str] = {}
    if not fitting and not metric.symmetric and not claim.object:
        fitting = _with_unnamed_object(claim, references)
        despite = {
            f.id: f"entities: the sentence leaves the object unsaid; {f.object} is the only one "
            "in play"
            for f in fitting
        }
    if not fitting and metric.kind == "ordinal":
        fitting = _nearest_in_time(claim, references)
        despite = {
            f.id: "period: an ordinal belongs to its holder; this is the nearest term on record"
            for f in fitting
        }
    left_out: dict[str, str] = dict(several_days)
    latest = _latest_known(claim, fitting, metric)
    if len(latest) < len(fitting):
        periods = ", ".join(sorted({f.period for f in latest}))
        why = (
            f"period: the wording names no period, so the latest known by {claim.period} "
            f"is used ({periods})"
            if latest
            else f"period: the wording names no period, and no period before {claim.period} "
            "is on file"
        )
        left_out |= {f.id: why for f in fitting if f not in latest}
    specific = most_specific(latest, claim)
    left_out |= {
        f.id: "entities: a fact naming both parties fits better"
        for f in latest
        if f not in specific
    }
    best = _best_fiscal(claim, specific)
    left_out |= {
        f.id: f"period: twelve months ending in the year fit {claim.period} better"
        for f in specific
        if f not in best
    }
    own = _own_span(claim, best)
    left_out |= {
        f.id: f"period: a fact for the claim's own span ({claim.period}) fits better"
        for f in best
        if f not in own
    }
    return Selection(sorted(own, key=lambda f: f.id), left_out, despite, misfits)


def _in_force(facts: list[Fact]) -> tuple[list[Fact], dict[str, tuple[str, ...]]]:
    """Of facts in force from a day on ("2024-06-01..", "2024-11-28.."), the latest: a
    later one replaced the earlier."""
    open_ended = [f for f in facts if f.span.end is None]
    if len(open_ended) < 2:
        return facts, {}
    latest = max(open_ended, key=lambda f: f.span.start)
    why = (f"period: replaced by {latest.id}, in force from {latest.span.start.isoformat()}",)
    return [f for f in facts if f.span.end is not None or f is latest], {
        f.id: why for f in open_ended if f is not latest
    }


def _of_its_clause(
    claim: Claim, facts: list[Fact], references: References
) -> tuple[list[Fact], dict[str, tuple[str, ...]]]:
    """Facts about another entity than the nearest one the number's own clause names, of
    the same kind, do not serve it: in "The Balearic Islands ... rising 2.0%, while the Madrid
    region grew 1.6%", the Balearic Islands' growth is no reading of Madrid's."""
    nearest = claim.nearby[:1]
    own = {e for e in nearest if e in claim.clause_entities}
    if not own:
        return facts, {}
    entities = references.entities
    kinds = {entities[e].kind.lower() for e in own if e in entities}
    kept: list[Fact] = []
    dropped: dict[str, tuple[str, ...]] = {}
    for fact in facts:
        subject = entities.get(fact.subject)
        if (
            own & {fact.subject, fact.object}
            or subject is None
            or subject.kind.lower() not in kinds
        ):
            kept.append(fact)
        else:
            named = ", ".join(sorted(own))
            dropped[fact.id] = (
                f"entities: about {fact.subject}; the number's clause names {named}",
            )
    return kept, dropped


def _own_span(claim: Claim, facts: list[Fact]) -> list[Fact]:
    """Of facts that serve a claim's period, those written for that very span: "in the
    three months to August" takes the row for June-August over the row for August,
    which serves it only as the month's reading."""
    wanted = claim.period
    if wanted is None or not claim.period_explicit or len(facts) < 2:
        return facts
    own = [f for f in facts if as_months(f.span).same_span(as_months(wanted))]
    return own or facts


def _one_day_at_most(claim: Claim, facts: list[Fact]) -> tuple[list[Fact], dict[str, str]]:
    """Facts of single days that fit a longer period the claim names only when one day is
    on file for it: of several, the wording does not say which, unless one is a count at
    the period's end ("to reach 340.1 million in the year to July 1")."""
    wanted = claim.period
    if not claim.period_explicit:
        return facts, {}  # dated by publication: the latest day known then is chosen
    days = [
        f for f in facts if wanted and f.span.end == f.span.start and not f.span.same_span(wanted)
    ]
    if len({f.span.start for f in days}) <= 1:
        return facts, {}
    at_end = [f for f in days if wanted and stands_at_end(f.span, as_months(wanted))]
    if at_end:
        why = f"period: a count at the end of {wanted} is its level"
        return [f for f in facts if f not in days or f in at_end], {
            f.id: why for f in days if f not in at_end
        }
    why = f"period: several days of {wanted} are on file, and the wording names none"
    return [f for f in facts if f not in days], {f.id: why for f in days}


def _best_fiscal(claim: Claim, facts: list[Fact]) -> list[Fact]:
    """For "fiscal 2024", twelve months ending in 2024 before twelve starting in it."""
    wanted = claim.period
    if wanted is None or not wanted.fiscal or not facts:
        return facts
    best = max(fits_fiscal(wanted, f.span) for f in facts)
    return [f for f in facts if fits_fiscal(wanted, f.span) == best]


def _with_unnamed_object(claim: Claim, references: References) -> list[Fact]:
    """ "More than 40% of the national total": when no fact fits, a fact about the named
    subject whose object the sentence leaves unsaid, provided only one object is in play."""
    found = []
    for fact in references.facts_about(claim.metric, claim.entities):
        if not fact.object:
            continue
        widened = claim.model_copy(update={"entities": [*claim.entities, fact.object]})
        if screen(widened, fact, references).fits:
            found.append(fact)
    return found if len({f.object for f in found}) == 1 else []


def _nearest_in_time(claim: Claim, references: References) -> list[Fact]:
    """An ordinal belongs to its holder whenever it is claimed: a person called "the 12th
    governor" after their term is compared with their term on record, the nearest one."""
    wanted = claim.period
    if wanted is None:
        return []
    candidates = [
        fact
        for fact in candidate_facts(claim, references)
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
