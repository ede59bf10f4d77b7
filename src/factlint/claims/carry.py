"""What the article holds as it is read: the entities named so far, the topic the
headline and lead set, and what a sentence's numbers may carry from before it (a
period, subjects in order of preference), never into a quotation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from factlint.claims.model import Carried
from factlint.documents.structure import Structure


@dataclass
class Named:
    """An entity named (or referred to) at an offset of the document."""

    entity: str
    offset: int
    paragraph: int
    center: bool  # the sentence's subject, as far as its word order shows
    quote: int  # the index of the quotation it stands in, or -1


@dataclass
class Topic:
    """What the headline and lead are about."""

    entities: list[str] = field(default_factory=list)
    entity_line: int = 0
    period: str = ""
    period_line: int = 0
    period_source: str = ""
    from_headline: bool = False  # the period is the headline's, until the lead names one
    # The period named beside a measure ("December exports ...; 2024 trade surplus"):
    # metric id -> (period, line, source, from the headline).
    periods_of: dict[str, tuple[str, int, str, bool]] = field(default_factory=dict)


@dataclass(frozen=True)
class Carry:
    """What a sentence's numbers may take from before it: a period, and subjects in the
    order they are preferred. A number inside a quotation takes neither."""

    period: tuple[str, Carried] | None
    subjects: tuple[tuple[str, Carried], ...]
    structure: Structure
    # the periods named beside a measure, by metric: the paragraph's, then the topic's
    paragraph_periods: dict[str, tuple[str, Carried]] = field(default_factory=dict)
    topic_periods: dict[str, tuple[str, Carried]] = field(default_factory=dict)
    topic_period: tuple[str, Carried] | None = None

    def period_for(
        self,
        start: int,
        end: int,
        metrics: tuple[str, ...] = (),
        fits: Callable[[str], bool] = bool,
    ) -> tuple[str, Carried] | None:
        """The period a number takes when its sentence names none: the one its paragraph
        named beside its measure, else its paragraph's, else the one the headline or lead
        named beside its measure, else theirs ("China's December exports beat forecasts;
        2024 trade surplus swells": exports are December's, the surplus 2024's).

        The paragraph's period gives way to the topic's when it is of a length the
        measure is never kept in (``fits``): after "In the 12 months through March,
        wages rose 4.1%", "The average workweek lengthened to 34.4 hours" is March's."""
        if self.structure.quoted(start, end):
            return None
        for metric in metrics:
            if metric in self.paragraph_periods:
                return self.paragraph_periods[metric]
        if self.period is not None and self.period[1].source == "the paragraph":
            topic = self.topic_period
            if not fits(self.period[0]) and topic is not None and fits(topic[0]):
                return topic
            return self.period
        for metric in metrics:
            if metric in self.topic_periods:
                return self.topic_periods[metric]
        return self.period

    def subject_for(
        self, start: int, end: int, taken: set[str], fits: Callable[[str], bool] = bool
    ) -> tuple[str, Carried] | None:
        """The first subject the number may take that its sentence does not name, of a
        kind its metric is about (``fits``)."""
        if self.structure.quoted(start, end):
            return None
        return next(((e, c) for e, c in self.subjects if e not in taken and fits(e)), None)
