"""Linking a claim to the facts that could confirm or contradict it.

``link`` is the stage: for one claim it chooses the metric whose facts it is compared
with (the nearest keyword's, else one named as near or in the same clause), and how: the
facts themselves, or for a change with no growth fact the two levels it is derived from,
or the fact an analyst pinned it to. It returns a :class:`LinkRecord` naming every
candidate fact of those metrics with its status (compared, set aside, no match) and the
findings behind it. Comparing reads that record; nothing links again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from factlint.claims.model import Claim
from factlint.config import Policy
from factlint.link.changes import (
    as_percent_change,
    between_years,
    follows_baseline,
    is_change,
    is_share,
    level_metric_for_change,
    signed,
)
from factlint.link.choose import Selection, select
from factlint.link.comparisons import link_pair
from factlint.link.fiscal import fiscal_quarter
from factlint.link.levels import Levels, levels_for
from factlint.link.per_unit import measured_as
from factlint.link.record import Candidate, Finding, LinkRecord, Status
from factlint.link.refine import refine
from factlint.link.screen import screen
from factlint.link.series import earlier_in_series, months_between
from factlint.link.sources import choose_sources
from factlint.periods import day_period
from factlint.references.dataset import References
from factlint.references.fact_ref import FactRef
from factlint.references.models import Fact

__all__ = ["Candidate", "Finding", "LinkRecord", "Status", "link"]


def link(
    claim: Claim, references: References, policy: Policy | None = None, pinned: Fact | None = None
) -> tuple[Claim, LinkRecord]:
    """The claim as it is compared (a multiple as the percent change it means, a range
    of years as a change over them, with the metric chosen) and its linking record.
    With ``pinned`` (an analyst's review), the claim is linked to that fact alone."""
    if claim.relation is not None:  # "grew faster than Italy": each entity's figure
        return link_pair(claim, references, _linked)
    compared = between_years(as_percent_change(claim, policy or Policy()))
    if pinned is not None:
        candidate = compared.model_copy(update={"metric": pinned.metric, "alternatives": []})
        if pinned.metric in references.metrics:
            candidate = measured_as(candidate, references.metrics[pinned.metric])
        return candidate, _pinned(candidate, compared, pinned, references)
    linked, record = _linked(compared, references)
    if record.route != "none":
        return linked, record
    for other, why in _other_readings(claim, compared, references):
        relinked, retried = _linked(other, references)
        if retried.route != "none":
            return relinked, retried.model_copy(update={"relaxed": why})
    return linked, record


def _other_readings(
    claim: Claim, compared: Claim, references: References
) -> list[tuple[Claim, str]]:
    """Readings of a claim that linked nothing, each with why it is tried: the other
    reading of an ambiguous dating, then, for a period carried from the headline or lead
    to a later paragraph (the likeliest reading, not the only one), the number as its
    paragraph alone would have it, dated by publication. A period dated back from the
    carried one ("up from 2.3 million a year earlier") says the number is not the
    latest, so it is never read as the latest."""
    readings = []
    own = fiscal_quarter(compared, references)
    if own is not None:
        # "Northwind's second quarter" of a company whose year ends in January
        readings.append((compared.model_copy(update={"period": own[0]}), own[1]))
    otherwise = claim.period_otherwise
    if otherwise is not None:
        before = claim.period.label if claim.period else "the period"
        readings.append((
            compared.model_copy(update={"period": otherwise, "period_otherwise": None}),
            f"no fact for {before}, the reading before; the other reading, "
            f"{otherwise.label}, is used",
        ))  # fmt: skip
    carried = claim.carried_period
    if (
        carried is not None
        and carried.source != "the paragraph"
        and claim.period is not None
        and claim.period.label == carried.value
        and claim.published
    ):
        published = day_period(claim.published)
        readings.append((
            compared.model_copy(update={"period": published, "period_explicit": False}),
            f"the period carried from line {carried.line} ({carried.value}) links no "
            f"fact; the latest known by {claim.published.isoformat()} is used",
        ))  # fmt: skip
    return readings


def _linked(compared: Claim, references: References) -> tuple[Claim, LinkRecord]:
    """``link`` for a claim as it is compared: the first metric (the nearest keyword's,
    then each as near) whose facts, or levels, serve it."""
    looked_for: list[str] = []
    tried: list[str] = []
    left_out: dict[str, str] = {}  # fitting facts of metrics that linked nothing, and why
    screened: dict[str, tuple[str, ...]] = {}  # what screening found of facts that do not fit
    order = list(dict.fromkeys([compared.metric, *compared.alternatives]))
    for position, metric_id in enumerate(order):
        metric = references.metrics.get(metric_id)
        if metric is None:
            continue
        candidate = measured_as(
            signed(
                compared
                if position == 0
                else compared.model_copy(update={"metric": metric_id, "alternatives": []}),
                metric,
            ),
            metric,
        )
        tried.append(metric_id)
        if level_metric_for_change(candidate, metric):
            levels = levels_for(candidate, metric, references)
            if isinstance(levels, Levels):
                record = LinkRecord(
                    metric=metric_id, route="levels", farther=position > 0, tried=tried,
                    candidates=_levels_candidates(candidate, levels, order, references),
                    series=_series(candidate, levels.end, references, levels.start),
                )  # fmt: skip
                return candidate, record
            looked_for.append(levels)
            if metric.kind != "percent" or is_share(metric):
                continue  # a percent metric may hold changes its words do not show
        selection = select(candidate, references)
        vintages = refine(candidate, selection, references)
        if is_change(candidate):
            for fact in list(selection.chosen):
                if not follows_baseline(candidate, fact):
                    selection.chosen.remove(fact)
                    selection.left_out[fact.id] = (
                        f"baseline: a change over {fact.period} from the previous period or "
                        f"year, not from {candidate.baseline}"
                    )
        left_out |= selection.left_out
        screened |= selection.misfits
        if selection.chosen:
            chosen, set_aside = choose_sources(candidate, selection.chosen, references)
            selection.left_out |= set_aside
            series = _series(candidate, chosen[0], references)
            record = LinkRecord(
                metric=metric_id, route="facts", farther=position > 0, tried=tried,
                candidates=_candidates(candidate, chosen, selection, order, references),
                series=series, vintages=vintages,
            )  # fmt: skip
            return candidate, record
    record = LinkRecord(
        route="none", tried=tried, looked_for=looked_for,
        candidates=_unlinked(compared, order, left_out, screened, references),
    )  # fmt: skip
    return compared, record


# A metric with more facts than this lists, in a claim's record, only those about the
# entities the claim names: the others cannot fit it (a fact's subject must be named),
# and listing thousands of them in every claim's record would make a run over a large
# reference set quadratic in its size and its reports unreadably large.
LISTED_ALL_UP_TO = 50


def listed_facts(claim: Claim, references: References) -> list[Fact]:
    """The facts of the claim's metric its record names, in file order."""
    every = references.facts_of(claim.metric)
    if len(every) <= LISTED_ALL_UP_TO:
        return every
    return references.facts_about(claim.metric, [*claim.entities, claim.subject])


def _candidate(
    fact: Fact,
    status: Status,
    findings: Iterable[str] = (),
    role: Literal["fact", "end level", "start level", "other start level"] = "fact",
) -> Candidate:
    # Built unvalidated: every part comes from linking itself, and a check makes many.
    return Candidate.model_construct(
        fact=fact.ref, metric=fact.metric, status=status,
        findings=[Finding.of(text) for text in findings], role=role,
    )  # fmt: skip


def _others(
    claim: Claim,
    metrics: list[str],
    done: set[str],
    screened: dict[str, tuple[str, ...]],
    references: References,
) -> list[Candidate]:
    """Every fact of ``metrics`` not in ``done``: no match, with what its screening found
    (``screened`` holds those already screened), or set aside for the nearer metric."""
    found = []
    for metric in dict.fromkeys(metrics):
        if metric not in references.metrics:
            continue
        as_metric = claim if claim.metric == metric else claim.model_copy(update={"metric": metric})
        for fact in listed_facts(as_metric, references):
            if fact.id in done:
                continue
            misfits = screened.get(fact.id)
            if misfits is None:
                misfits = screen(as_metric, fact, references).mismatches
            if misfits:
                found.append(_candidate(fact, Status.NO_MATCH, misfits))
            else:
                why = f"metric: the claim is compared with {claim.metric}, named nearer"
                found.append(_candidate(fact, Status.SET_ASIDE, [why]))
    return found


def _candidates(
    claim: Claim,
    chosen: list[Fact],
    selection: Selection,
    order: list[str],
    references: References,
) -> list[Candidate]:
    found = [  # in the order they are compared
        _candidate(
            f, Status.COMPARED, [selection.despite[f.id]] if f.id in selection.despite else []
        )
        for f in chosen
    ]
    found += [
        _candidate(fact, Status.SET_ASIDE, [selection.left_out[fact.id]])
        for fact in listed_facts(claim, references)
        if fact.id in selection.left_out
    ]
    done = {c.fact.id for c in found}
    return found + _others(claim, order, done, selection.misfits, references)


def _levels_candidates(
    claim: Claim, levels: Levels, order: list[str], references: References
) -> list[Candidate]:
    found = [
        _candidate(levels.end, Status.COMPARED, [_DERIVED_FROM], role="end level"),
        _candidate(levels.start, Status.COMPARED, [_DERIVED_FROM], role="start level"),
    ]
    if levels.other is not None:
        found.append(
            _candidate(levels.other, Status.COMPARED, [_OTHER_START], role="other start level")
        )
    done = {c.fact.id for c in found}
    for fact in listed_facts(claim, references):
        if fact.id in done:
            continue
        misfits = screen(claim, fact, references).mismatches
        if misfits and all(m.startswith("unit:") for m in misfits):
            why = "level: a level, but the change is derived from the levels above"
            found.append(_candidate(fact, Status.SET_ASIDE, [why]))
        else:
            found.append(_candidate(fact, Status.NO_MATCH, misfits))
    done = {c.fact.id for c in found}
    return found + _others(claim, order, done, {}, references)


_DERIVED_FROM = "level: a level the change is derived from"
_OTHER_START = "level: the level a year before, the other period the change may be measured from"


def _unlinked(
    claim: Claim,
    order: list[str],
    left_out: dict[str, str],
    screened: dict[str, tuple[str, ...]],
    references: References,
) -> list[Candidate]:
    """Every fact of the metrics tried, when none linked: each failed its screening, or
    fitted and was left out (a growth fact of another baseline)."""
    found = [
        _candidate(references.fact(fact_id), Status.SET_ASIDE, [why])
        for fact_id, why in left_out.items()
    ]
    return found + _others(claim, order, set(left_out), screened, references)


def _series(
    claim: Claim, held: Fact, references: References, start: Fact | None = None
) -> list[FactRef]:
    """For a claimed record or first ("a record $12 billion", "the highest since 2011",
    "the first fall in five years"), the earlier facts of the held fact's series (the
    levels a change is derived from, as far back as its start level needs); else none."""
    if not (claim.record or claim.reach):
        return []
    lead = months_between(start.span, held.span) if start is not None else 0
    return [f.ref for f in earlier_in_series(claim, held, references, lead)]


_PINNED_ELSEWHERE = "review: a review pins the claim to another fact"


def _pinned(claim: Claim, compared: Claim, pinned: Fact, references: References) -> LinkRecord:
    """A claim an analyst pinned to ``pinned``: that fact is compared, whatever its
    screening says; every other fact is set aside for it."""
    misfits = screen(claim, pinned, references).mismatches
    why = [f"review: pinned by review, despite: {m}" for m in misfits] or [
        "review: pinned by review"
    ]
    found = [_candidate(pinned, Status.COMPARED, why)]
    metrics = [pinned.metric, compared.metric, *compared.alternatives]
    for candidate in _others(claim, metrics, {pinned.id}, {}, references):
        if candidate.status is Status.SET_ASIDE:
            fact = references.fact(candidate.fact.id)
            candidate = _candidate(fact, Status.SET_ASIDE, [_PINNED_ELSEWHERE])
        found.append(candidate)
    series = _series(claim, pinned, references)
    return LinkRecord(
        metric=pinned.metric, route="pinned", tried=[pinned.metric], candidates=found,
        series=series,
    )  # fmt: skip
