"""The whole reference set, validated and cross-checked, with the indexes linking reads
it through: facts by metric, by metric and subject, by id, and the revisions of each."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from pydantic import BaseModel, ConfigDict

from factlint.periods import months_long, parse_claim_period
from factlint.references.models import Entity, Fact, FxRate, Metric
from factlint.units import Unit


class References(BaseModel):
    """The whole reference set, validated and cross-checked."""

    model_config = ConfigDict(frozen=True)

    entities: dict[str, Entity]
    metrics: dict[str, Metric]
    facts: list[Fact]
    fx: list[FxRate]
    sha256: str
    folder: str = ""

    @cached_property
    def _facts_by_metric(self) -> dict[str, list[Fact]]:
        index: dict[str, list[Fact]] = {}
        for fact in self.facts:
            index.setdefault(fact.metric, []).append(fact)
        return index

    def unit_of(self, fact: Fact) -> Unit:
        """The unit a fact's value is in: its own, else its metric's."""
        metric = self.metrics[fact.metric]
        stated = fact.stated_unit
        return metric.measure if stated is None else metric.fact_unit(stated)

    @cached_property
    def _subject_kinds(self) -> dict[str, frozenset[str]]:
        kinds: dict[str, set[str]] = {}
        for fact in self.facts:
            entity = self.entities.get(fact.subject)
            if entity is not None:
                kinds.setdefault(fact.metric, set()).add(entity.kind.strip().lower())
        return {metric: frozenset(found) for metric, found in kinds.items()}

    def subject_kinds(self, metric: str) -> frozenset[str]:
        """The kinds of entity the metric's facts on file are about."""
        return self._subject_kinds.get(metric, frozenset())

    @cached_property
    def _period_lengths(self) -> dict[str, frozenset[int | None]]:
        lengths: dict[str, set[int | None]] = {}
        for fact in self.facts:
            lengths.setdefault(fact.metric, set()).add(months_long(fact.span))
        return {metric: frozenset(found) for metric, found in lengths.items()}

    @cached_property
    def _fiscal_metrics(self) -> frozenset[str]:
        return frozenset(
            fact.metric
            for fact in self.facts
            if months_long(fact.span) == 12 and fact.span.start.month != 1
        )

    def keeps_fiscal_years(self, metric: str) -> bool:
        """Whether the metric has a fact over twelve months that do not start in January
        (a fiscal year, 2023-10..2024-09)."""
        return metric in self._fiscal_metrics

    def keeps_periods_like(self, metrics: Iterable[str], label: str) -> bool:
        """Whether any of the metrics has a fact over a period as long as ``label`` (a
        month, a quarter, twelve months to a month); true when none has a fact on file,
        or the label is no period."""
        kept = [self._period_lengths[m] for m in metrics if m in self._period_lengths]
        if not kept:
            return True
        try:
            length = months_long(parse_claim_period(label))
        except ValueError:
            return True
        return any(length in lengths for lengths in kept)

    def facts_of(self, metric: str) -> list[Fact]:
        """The facts of one metric, in file order (an index built once per set)."""
        return self._facts_by_metric.get(metric, [])

    @cached_property
    def _facts_by_subject(self) -> dict[tuple[str, str], list[tuple[int, Fact]]]:
        index: dict[tuple[str, str], list[tuple[int, Fact]]] = {}
        for position, fact in enumerate(self.facts):
            index.setdefault((fact.metric, fact.subject), []).append((position, fact))
        return index

    def facts_about(self, metric: str, subjects: Iterable[str]) -> list[Fact]:
        """The facts of one metric whose subject is one of ``subjects``, in file order.

        A fact fits a claim only when its subject is named (``link.screen``), so these
        are a claim's candidates among the metric's rows, found without reading the rest.
        """
        found: list[tuple[int, Fact]] = []
        for subject in dict.fromkeys(s for s in subjects if s):
            found.extend(self._facts_by_subject.get((metric, subject), ()))
        return [fact for _, fact in sorted(found, key=lambda item: item[0])]

    @cached_property
    def _facts_by_id(self) -> dict[str, Fact]:
        return {fact.id: fact for fact in self.facts}

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id; KeyError when there is none."""
        return self._facts_by_id[fact_id]

    @cached_property
    def _revisions(self) -> dict[str, Fact]:
        return {fact.revises: fact for fact in self.facts if fact.revises}

    def revision_of(self, fact: Fact) -> Fact | None:
        """The row that revises ``fact`` (whose ``revises`` names it), if any."""
        return self._revisions.get(fact.id)

    @cached_property
    def _expecting(self) -> frozenset[str]:
        return frozenset(fact.metric for fact in self.facts if fact.expectation)

    def has_expectations(self, metric: str) -> bool:
        """Whether any fact of ``metric`` is an expectation (a consensus, a target...)."""
        return metric in self._expecting
