"""Screening one fact against one claim: same metric, the claim's entities, the claim's
period, a comparable unit; each misfit said in words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.claims.context import UNNAMED
from factlint.claims.model import Claim
from factlint.link.changes import holds_changes
from factlint.link.expectations import expectation_fits
from factlint.link.terms import basis_fits
from factlint.periods import Period, as_months, fits_fiscal, months_long, stands_at_end
from factlint.references.dataset import References
from factlint.references.models import Fact, Metric
from factlint.units import BOTTOM_RANK, UnitError


@dataclass(frozen=True)
class Screening:
    """One fact held against one claim: what fits and what does not, in words."""

    fact: Fact
    mismatches: tuple[str, ...]

    @property
    def fits(self) -> bool:
        return not self.mismatches


def _entities_fit(claim: Claim, fact: Fact, metric: Metric) -> str:
    """Every entity of the fact is named in the sentence; for a directed metric the roles
    the wording gives must not be the fact's the other way round. Rankings, whose wording
    says whose list it is, must match their roles exactly."""
    names = set(claim.entities)
    if claim.object == UNNAMED and not fact.object:
        return "entities: the claim's partner is a description no alias names; the fact has none"
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
    if metric.kind == "rank":
        return _rank_end_fits(claim, fact, metric)
    if metric.kind not in ("amount", "percent"):
        return ""
    stated = metric.measure if fact.stated_unit is None else metric.fact_unit(fact.stated_unit)
    try:
        same = claim.unit.dimension == stated.dimension
    except UnitError as ex:
        return f"unit: {ex}"
    if not same:
        return f"unit: claim is in {claim.unit or 'a plain number'}, fact in {stated}"
    return ""


def _rank_end_fits(claim: Claim, fact: Fact, metric: Metric) -> str:
    """ "The smallest economy" is first from the bottom: a fact counted from the top
    ("rank") neither confirms nor contradicts it, nor the other way round."""
    stated = fact.stated_unit or metric.measure
    bottom = claim.unit.base == BOTTOM_RANK
    if bottom == (stated.base == BOTTOM_RANK):
        return ""
    ends = ("bottom", "top") if bottom else ("top", "bottom")
    return f"unit: the claim counts from the {ends[0]}, the fact from the {ends[1]}"


def _period_fits(claim: Claim, fact: Fact, metric: Metric) -> str:
    """Flows (amounts, percentages) need the same period; states (ranks, ordinals, text)
    need the fact's period to overlap the claim's. Dates are matched by value instead."""
    if metric.kind == "date":
        return ""
    wanted = claim.period
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
    if span.end is None and wanted.start >= span.start:
        return ""  # a rate in force from a day ("2024-11-28.."), on any day after it
    if metric.kind in ("amount", "percent"):
        span, wanted = as_months(span), as_months(wanted)
        if span.same_span(wanted) or _same_reading(metric, span, wanted):
            return ""
        if _a_day_within(span, wanted):
            return ""  # "up from 11 in 2019": the election of 12 December 2019
        if metric.kind == "amount" and stands_at_end(span, wanted):
            return ""  # a count on the window's last day, or the day after, is its level
        return f"period: fact is for {span}, claim for {wanted}"
    return "" if span.overlaps(wanted) else f"period: fact covers {span}, claim is for {wanted}"


def _a_day_within(span: Period, wanted: Period) -> bool:
    """A fact of one day (an election, a count taken on a date) within the month or year
    the claim names. A window that runs to a date ("the year to July 1") is no named
    month or year: a count within it is not its level, the count at its end is."""
    return (
        span.end == span.start
        and wanted.start < wanted.end
        and wanted.contains(span)
        and _NAMED.fullmatch(wanted.label) is not None
        if (wanted.end is not None)
        else False
    )


_NAMED = re.compile(r"\d{4}(?:-(?:[QH]\d|\d{2}))?")


def _same_reading(metric: Metric, span: Period, wanted: Period) -> bool:
    """A rate of change read for a month is read for any window that ends in it: "the
    annual rate in August", "in the 12 months to August", "in the year to August", "the
    year to September 1" and "between September 1, 2023 and September 1, 2024" all mean
    the reading of August, whichever way the fact row writes it. A reading for a quarter
    (or any span shorter than a year) is read for the twelve months that end with it:
    "in the year to March" is the first quarter's rate on the year."""
    if metric.kind != "percent" or not holds_changes(metric):
        return False
    short, long = months_long(span), months_long(wanted)
    if short is None or long is None or span.end != wanted.end or short == long:
        return False
    window = span if short > long else wanted
    if _CALENDAR.fullmatch(window.label):
        return False  # "exports rose 5.9% in 2024": the year's growth, not December's rate
    short, long = min(short, long), max(short, long)
    return short == 1 or long == 12


_CALENDAR = re.compile(r"\d{4}(?:-[QH]\d)?|FY.*")


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
            basis_fits(claim, fact, metric),
            expectation_fits(claim, fact),
        )
        if reason
    ]
    return Screening(fact, tuple(mismatches))
