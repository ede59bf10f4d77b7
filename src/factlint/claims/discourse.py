"""The article read as a whole: what it is about, and what each sentence takes from the
ones before it.

The headline and the lead set the article's topic: the entities they name (its
subjects) and the period they report on. A paragraph may name a subject and a period of
its own, which its later sentences take. A sentence that names no subject for its number
takes the paragraph's, else the topic's; one that names no period takes the paragraph's,
else the topic's; "it", "its", "the company", "the province", "the pair" stand for the
entities they refer back to. Nothing is carried into a quotation from outside it, and a
sentence that names a subject of its own takes none.

Everything carried is recorded with the line it came from, so ``explain`` and the claim
table can say so ("entities from line 2: CHN, RUS; period from line 3: 2024-01..2024-07").
"""

from __future__ import annotations

import bisect
import re

from factlint.claims.carry import Carry, Named, Topic
from factlint.claims.context import Found
from factlint.claims.model import Carried
from factlint.claims.referents import Referent, family, referent_finder
from factlint.claims.sentence import SentenceReading
from factlint.documents import Document
from factlint.documents.structure import Structure, structure
from factlint.references.dataset import References

_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "to",
        "from",
        "with",
        "for",
        "of",
        "by",
        "on",
        "among",
        "against",
        "after",
        "before",
        "than",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "between",
        "across",
        "through",
        "toward",
        "towards",
        "outside",
        "inside",
        "near",
        "per",
        "via",
    ]
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_WORD = re.compile(r"[A-Za-z’']+")
# Between a modifying name and the name it modifies: a noun or two, lower-case.
_MODIFIER = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+")


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


class Discourse:
    """The state of reading one document, sentence by sentence."""

    def __init__(self, document: Document, references: References) -> None:
        self.document = document
        self.references = references
        self.structure: Structure = structure(document.text)
        self.referents = referent_finder(references)
        self.named: list[Named] = []
        self.topic = Topic()
        self.paragraph = -1
        self.paragraph_period = ""
        self.paragraph_period_line = 0
        self.paragraph_periods: dict[str, tuple[str, int]] = {}
        self.sentence_starts: list[int] = []
        self.filed_from = self._place_filed_from()
        # The sentence before, whose measures a number of no measure may take: those of
        # a sentence of no numbers ("The landslide rested on a modest share of the vote.
        # Labour won 33.7%"), and its rankings for a bare rank ("Texas added more
        # residents than any other state. Florida was second"): the sentence, whether it
        # held no number, its paragraph and offset. Its keywords are read only then.
        self.before: tuple[SentenceReading, bool, int, int] | None = None

    def _place_filed_from(self) -> str:
        """The entity the dateline's place names ("WASHINGTON" for one whose names hold
        "Washington"), if exactly one does: the weakest of the topic's subjects."""
        dateline = self.structure.dateline
        if dateline is None:
            return ""
        place = dateline.place.casefold()
        found = {
            e.id
            for e in self.references.entities.values()
            if place in {n.casefold() for n in e.names}
        }
        return found.pop() if len(found) == 1 else ""

    # Where things stand -------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        return self.document.locate(offset).line

    def quote_of(self, start: int, end: int) -> int:
        quote = self.structure.quoted(start, end)
        return -1 if quote is None else self.structure.quotes.index(quote)

    def kind_of(self, entity: str) -> str:
        known = self.references.entities.get(entity)
        return known.kind.strip().lower() if known is not None else ""

    def enter(self, sentence: SentenceReading) -> None:
        """A new sentence: a new paragraph forgets the last one's period."""
        self.sentence_starts.append(sentence.span.start)
        paragraph = self.structure.paragraph_of(sentence.span.start)
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.paragraph_period, self.paragraph_period_line = "", 0
            self.paragraph_periods = {}

    # Referring words --------------------------------------------------------------

    def resolve(self, sentence: SentenceReading, sources: set[str]) -> list[tuple[Found, Carried]]:
        """The entities the sentence's referring words stand for, as if named there, each
        with where it was named."""
        found: list[tuple[Found, Carried]] = []
        named = {(e.start, e.end) for e in sentence.entities}
        for referent in self.referents.find(sentence.text):
            if any(s <= referent.start < e for s, e in named):
                continue  # part of a name ("the Bank of England")
            offset = sentence.span.start + referent.start
            for entity in self._stands_for(referent, offset, sentence, sources):
                here = [sentence.span.start + e.start for e in sentence.entities if e.id == entity]
                antecedent = max(
                    [n.offset for n in self.named if n.entity == entity and n.offset < offset]
                    + [o for o in here if o < offset],
                    default=offset,
                )
                carried = Carried(
                    what="entities", value=entity, line=self.line_of(antecedent),
                    source=f"'{referent.words}'",
                )  # fmt: skip
                found.append((Found(entity, referent.start, referent.end), carried))
        return found

    def _stands_for(
        self, referent: Referent, offset: int, sentence: SentenceReading, sources: set[str]
    ) -> list[str]:
        quote = self.quote_of(offset, offset + referent.end - referent.start)
        earlier = [n for n in self.named if n.offset < offset and n.quote == quote]
        if quote < 0:
            here = [
                Named(e.id, sentence.span.start + e.start, self.paragraph, False, -1)
                for e in sentence.entities
                if sentence.span.start + e.start < offset and e.id not in sources
            ]
            earlier = [*earlier, *here]
        if referent.count == 2:
            return self._pair(earlier)
        if referent.count == 3:
            return self._together(earlier, sentence.span.start)
        if referent.kinds:
            fitting = [n for n in earlier if self.kind_of(n.entity) in referent.kinds]
            # "China's exports grew ... ahead of higher U.S. tariffs, ... lifting the
            # country's trade surplus": the sentence's subject, when it is of the kind;
            # never for an object pronoun ("Putin greeted Xi and referred to him").
            subjects = [
                n for n in fitting if n.offset >= sentence.span.start
                and referent.words.lower() not in _OBJECT_PRONOUNS
                and self._is_center(sentence, n.offset - sentence.span.start)
            ]  # fmt: skip
            return [subjects[0].entity] if subjects else self._latest(fitting)
        # "it", "its": the subject of the sentence so far, else of the paragraph, else the
        # topic's; never a person.
        fitting = [n for n in earlier if family(self.kind_of(n.entity)) != "person"]
        centers = [n for n in fitting if n.center or n.offset >= sentence.span.start]
        in_sentence = [
            n for n in centers if n.offset >= sentence.span.start and self._is_center(
                sentence, n.offset - sentence.span.start
            )
        ]  # fmt: skip
        if in_sentence:
            return [in_sentence[-1].entity]
        previous = [n for n in centers if n.center and n.offset < sentence.span.start]
        same_paragraph = [n for n in previous if n.paragraph == self.paragraph]
        if same_paragraph:
            return [same_paragraph[-1].entity]
        topic = [e for e in self.topic.entities if family(self.kind_of(e)) != "person"]
        if topic and quote < 0:
            return [topic[0]]
        return [previous[-1].entity] if previous else []

    def _latest(self, named: list[Named]) -> list[str]:
        same_paragraph = [n for n in named if n.paragraph == self.paragraph]
        if same_paragraph:
            return [same_paragraph[-1].entity]
        topic = [e for e in self.topic.entities if e in {n.entity for n in named}]
        if topic:
            return [topic[0]]
        return [named[-1].entity] if named else []

    def _pair(self, named: list[Named]) -> list[str]:
        """The two the article is about: the topic's first two entities of one family,
        else the last two named."""
        topic = self.topic.entities
        for first in topic:
            same = [e for e in topic if family(self.kind_of(e)) == family(self.kind_of(first))]
            if len(same) >= 2:
                return same[:2]
        last: list[str] = []
        for item in reversed(named):
            if item.entity not in last:
                last.append(item.entity)
            if len(last) == 2:
                return last
        return []

    def _together(self, named: list[Named], sentence_start: int) -> list[str]:
        """ "Their", "they": the last two (or more) entities of one family named in one
        sentence, this one or the one before, in this paragraph."""
        recent = [n for n in named if n.paragraph == self.paragraph]
        if not recent:
            return []
        starts = sorted({self._sentence_of(n.offset) for n in recent}, reverse=True)
        for start in starts[:2]:
            group = [n.entity for n in recent if self._sentence_of(n.offset) == start]
            group = list(dict.fromkeys(group))
            for first in group:
                same = [e for e in group if family(self.kind_of(e)) == family(self.kind_of(first))]
                if len(same) >= 2:
                    return same
        return []

    def _sentence_of(self, offset: int) -> int:
        """The start of the sentence holding ``offset``."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[max(index, 0)] if self.sentence_starts else 0

    @staticmethod
    def _is_center(sentence: SentenceReading, local: int) -> bool:
        """Whether the entity at ``local`` is a subject by its place: not after a
        preposition ("In China, its largest market" names China as a place, not as the
        subject)."""
        words = _WORD.findall(sentence.text[max(0, local - 40) : local])
        while words and words[-1].lower() in _DETERMINERS:
            words.pop()
        return not words or words[-1].lower() not in _PREPOSITIONS

    # Carrying a subject and a period --------------------------------------------------

    def carry(self, sentence: SentenceReading) -> Carry:
        """What a number of this sentence may take when its sentence names no subject or
        no period, as things stand before the sentence is read."""
        paragraph = {
            metric: (period, Carried(
                what="period", value=period, line=line, source="the paragraph",
            ))
            for metric, (period, line) in self.paragraph_periods.items()
        }  # fmt: skip
        topic = {
            metric: (period, Carried(what="period", value=period, line=line, source=source))
            for metric, (period, line, source, _) in self.topic.periods_of.items()
        }
        return Carry(
            self._period(),
            self._subjects(sentence.span.start),
            self.structure,
            paragraph,
            topic,
            self._topic_period(),
        )

    def _subjects(self, offset: int) -> tuple[tuple[str, Carried], ...]:
        """The paragraph's latest subject, then the topic's entities, in that order."""
        found: list[tuple[str, Carried]] = []
        previous = [
            n
            for n in self.named
            if n.center and n.offset < offset and n.paragraph == self.paragraph and n.quote < 0
        ]
        if previous:
            where = previous[-1]
            found.append((where.entity, Carried(
                what="entities", value=where.entity, line=self.line_of(where.offset),
                source="the paragraph",
            )))  # fmt: skip
        for entity in self.topic.entities:
            found.append((entity, Carried(
                what="entities", value=entity, line=self.topic.entity_line,
                source="the headline and lead",
            )))  # fmt: skip
        if self.filed_from and self.filed_from not in self.topic.entities:
            dateline = self.structure.dateline
            line = self.line_of(dateline.span.start) if dateline else 0
            found.append((self.filed_from, Carried(
                what="entities", value=self.filed_from, line=line, source="the dateline",
            )))  # fmt: skip
        return tuple(found)

    def _period(self) -> tuple[str, Carried] | None:
        """The paragraph's period, else the topic's."""
        if self.paragraph_period:
            return self.paragraph_period, Carried(
                what="period", value=self.paragraph_period, line=self.paragraph_period_line,
                source="the paragraph",
            )  # fmt: skip
        return self._topic_period()

    def _topic_period(self) -> tuple[str, Carried] | None:
        """The period the headline or lead set."""
        if self.topic.period:
            return self.topic.period, Carried(
                what="period", value=self.topic.period, line=self.topic.period_line,
                source=self.topic.period_source,
            )  # fmt: skip
        return None

    # After each sentence ----------------------------------------------------------

    def read(
        self,
        sentence: SentenceReading,
        sources: set[str],
        period: str,
        period_offset: int,
        measured: tuple[tuple[str, str, int], ...] = (),
    ) -> None:
        """Record what the sentence named: its entities (the first that is no source and
        stands first is its subject), the period its claims took, and the periods it
        named beside a measure (``measured``: metric id, period, offset)."""
        for metric, named_period, offset in measured:
            self._measured(metric, named_period, offset)
        numbers = [n for n in sentence.numbers if n.kind not in ("date", "period")]
        span = sentence.span
        leads = not numbers and self.quote_of(span.start, span.end) < 0
        self.before = (sentence, leads, self.paragraph, span.start)
        first_center = True
        named = [e for e in sentence.entities if e.id not in sources]
        for index, entity in enumerate(named):
            offset = sentence.span.start + entity.start
            head = index + 1 < len(named) and _MODIFIER.fullmatch(
                sentence.text, entity.end, named[index + 1].start
            )  # "German carmaker Acme Motors": Germany describes the subject, Acme
            center = first_center and not head and self._is_center(sentence, entity.start)
            first_center = first_center and not center
            quote = self.quote_of(offset, sentence.span.start + entity.end)
            self.named.append(Named(entity.id, offset, self.paragraph, center, quote))
            if (
                quote < 0
                and self.structure.in_topic(offset)
                and entity.id not in self.topic.entities
            ):
                self.topic.entities.append(entity.id)
                self.topic.entity_line = self.topic.entity_line or self.line_of(offset)
        if not period or self.quote_of(period_offset, period_offset + 1) >= 0:
            return
        self.paragraph_period = period
        self.paragraph_period_line = self.line_of(period_offset)
        headline = self.structure.headline
        in_headline = headline is not None and headline.start <= period_offset < headline.end
        if self.structure.in_topic(period_offset) and (
            not self.topic.period or (self.topic.from_headline and not in_headline)
        ):
            self.topic.period = period
            self.topic.period_line = self.line_of(period_offset)
            self.topic.period_source = "the headline" if in_headline else "the lead"
            self.topic.from_headline = in_headline

    def _measured(self, metric: str, period: str, offset: int) -> None:
        if self.quote_of(offset, offset + 1) >= 0:
            return
        line = self.line_of(offset)
        self.paragraph_periods[metric] = (period, line)
        if not self.structure.in_topic(offset):
            return
        headline = self.structure.headline
        in_headline = headline is not None and headline.start <= offset < headline.end
        known = self.topic.periods_of.get(metric)
        if known is None or (known[3] and not in_headline):
            source = "the headline" if in_headline else "the lead"
            self.topic.periods_of[metric] = (period, line, source, in_headline)
