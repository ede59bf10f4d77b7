"""One sentence read for assembly: its entities, metric keywords, source hint, and the
choices that depend on them: which metric a number measures and which entities stand
nearest. Which period dates a number is ``dating``'s."""

from __future__ import annotations

import functools
import re

from factlint.claims.clauses import MEASURE_NOUNS, clause_around, crosses_clause, gap
from factlint.claims.context import EntityFinder, Found, attribution, finders
from factlint.claims.expectations import Expectation, expectation_of
from factlint.claims.fit import (
    APPOSITIVE,
    ASIDE,
    ASIDE_PENALTY,
    CONTRIBUTES,
    COUNTED,
    HEADS,
    LEVEL_KINDS,
    RELATIVE,
    UNIT_KINDS,
    aside_gap,
    count_noun,
    gross_flow,
    is_change,
    is_money,
    measures_change,
    narrows,
    owns_a_count,
    per_noun,
    unit_fit,
)
from factlint.documents.text import Span
from factlint.extract import Mention
from factlint.references.dataset import References

# Which metric kinds a mention of each kind can measure, preferred first.
COMPATIBLE = {
    "money": ("amount",),
    "quantity": ("amount",),
    "number": ("amount",),
    "percent": ("percent",),
    "multiple": ("percent", "amount"),
    "rank": ("rank",),
    "ordinal": ("ordinal", "rank"),
    "date": ("date",),
    "period": ("date",),
    "text": ("text",),
}
_BOUND_AFTER = re.compile(
    r"^\s*(?:(?!and\b|or\b|but\b|while\b|whereas\b)[\w%]+\s+)?(?:for|in|of|at|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AFTER = 100_000  # an unbound entity after the number comes after every one before it


_PLACES = frozenset({"country", "region", "state", "province", "city", "place", "territory"})
FLOW_KINDS = frozenset({"money", "quantity", "number", "percent", "multiple"})
# "his Camp David retreat": the name written just before the keyword.
_NAME_BEFORE = re.compile(r"((?:\d+\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)\s+$")
_NOT_NAMES = frozenset(
    ["The", "His", "Her", "Its", "Their", "A", "An", "This", "That", "Our", "My", "Your", "Whose"]
)
_PROPER_NOUN = re.compile(
    r"(?:\s*,?\s*(?:in|into|at|of|to|from|as|called|named|the|is|was)\b)*\s*,?\s*"
    r"((?:\d+\s+)?(?:[A-Z][\w’'\-]*)(?:\s+(?:[A-Z][\w’'\-]*|of|de|on))*(?<!\s(?:of|de|on)))"
)


class SentenceReading:
    """A sentence's entities, metric keywords and source hint, in sentence offsets."""

    def __init__(self, text: str, span: Span, references: References) -> None:
        entity_finder, metric_finder = finders(references)
        self.references = references
        self.span = span
        self.text = text[span.start : span.end]
        self._metric_finder = metric_finder
        self.entities = entity_finder.find(self.text)
        self.hint, self.third_party = "", False
        self.hint_entities: list[str] = []
        if self.entities:
            # A sentence that names no entity has no source among them; its hint is
            # read when a claim asks for it (``source_hint``).
            self._attribute(entity_finder)
        self.numbers: list[Mention] = []  # the sentence's numbers, set by the assembler
        # How many of the last metrics_for's keywords stood equally near: a choice the
        # wording leaves open, which the article's other claims may settle.
        self.ties = 0

    def _attribute(self, entity_finder: EntityFinder) -> None:
        self.hint, third_party = attribution(self.text)
        self.third_party = third_party
        self.hint_entities = (
            sorted({e.id for e in entity_finder.find(self.hint)}) if self.hint else []
        )
        # A third party a figure is attributed to ("according to SIPRI", "the Global
        # Carbon Budget study found") is its source, not what it is about; a speaker
        # ("Northwind said") and a country ("German customs said") stay parties.
        publishers = {
            e
            for e in self.hint_entities
            if third_party and self.references.entities[e].kind.lower() not in _PLACES
        }
        self.entities = [e for e in self.entities if e.id not in publishers]

    @functools.cached_property
    def source_hint(self) -> str:
        """The words the sentence attributes its figures to, read on first use."""
        return self.hint if self.entities else attribution(self.text)[0]

    @functools.cached_property
    def keywords(self) -> list[Found]:
        """The metric keywords, read on first use: most sentences hold no number.

        Keywords are read with entity names blanked ("buyer of Brazilian coffee" is a
        "buyer of coffee") and as written, for keywords that hold a name. Of "Net
        interest costs", the longer keyword names the metric, not the "interest" inside
        it, when both measure alike."""
        found = self._metric_finder.find_around(self.text, self.entities)
        kind = {f.id: self.references.metrics[f.id].kind for f in found}
        found = {
            f
            for f in found
            if not any(
                o.id != f.id
                and kind[o.id] == kind[f.id]
                and o.start <= f.start
                and f.end <= o.end
                and (o.start, o.end) != (f.start, f.end)
                for o in found
            )
        }
        return sorted(found, key=lambda f: (f.start, f.id, f.end))

    @functools.cached_property
    def asides(self) -> list[tuple[int, int]]:
        """Non-restrictive relative clauses, ", which ... ,": asides whose words describe
        the subject, not the number after them."""
        return [(m.start(), m.end()) for m in ASIDE.finditer(self.text)]

    @functools.cached_property
    def relatives(self) -> list[tuple[int, int]]:
        """Relative clauses a number may stand in, to the next clause mark or the end."""
        return [(m.start(), m.end()) for m in RELATIVE.finditer(self.text)]

    @functools.cached_property
    def appositives(self) -> list[tuple[int, int]]:
        """Appositives after names, ", the most populous of the nation's regions,"."""
        return [(m.start(), m.end()) for m in APPOSITIVE.finditer(self.text)]

    def refer(self, found: list[Found]) -> None:
        """Add the entities the sentence's referring words ("its", "the company") stand
        for, where those words stand, as if named there."""
        if found:
            self.entities = sorted([*self.entities, *found], key=lambda f: (f.start, f.end))

    def entity_ids(self) -> list[str]:
        return list(dict.fromkeys(e.id for e in self.entities))

    def local(self, mention: Mention) -> tuple[int, int]:
        return mention.start - self.span.start, mention.end - self.span.start

    def same_clause(self, a: Mention, b: Mention) -> bool:
        """Whether no clause mark stands between two mentions of the sentence."""
        return not crosses_clause(*self.local(a), *self.local(b), self.text)

    def clause_entities(self, mention: Mention) -> list[str]:
        """The entities named in the mention's own clause."""
        left, right = clause_around(self.text, *self.local(mention))
        return list(dict.fromkeys(e.id for e in self.entities if left <= e.start < right))

    def nearby(self, mention: Mention) -> list[str]:
        """The sentence's entities, the one the mention is about first.

        News puts the subject before its figure ("Spain's spending rose 12% to $24
        billion, while Portugal spent ..."), so entities before the number rank by
        distance; one after it ranks first only when bound to it ("83.1 million for
        Germany"), else after all of those before."""
        start, end = self.local(mention)

        def score(entity: Found) -> int:
            if entity.end <= start and owns_a_count(self.text, entity):
                return _AFTER  # "the most populous of the country's 17 regions": a list's
            if entity.end <= start:
                return gap(entity.start, entity.end, start, end, self.text)
            if entity.start >= end:
                bound = _BOUND_AFTER.match(self.text[end : entity.start])
                return 0 if bound else _AFTER + entity.start - end
            return 0

        ordered = sorted(self.entities, key=lambda e: (score(e), e.start))
        return list(dict.fromkeys(e.id for e in ordered))

    def metrics_for(
        self, mention: Mention, scope: frozenset[str] = frozenset(), levels: bool = False
    ) -> list[Found]:
        """The keywords of compatible metrics for the mention, best first: the nearest,
        then any as near (a tie the facts settle), then others in the same clause ("U.S.
        consumer prices rose 3% year on year": if "year on year" names a metric with no
        facts for the claim, "consumer prices" is tried). ``scope`` holds the kinds of the
        entities the number may be about: a metric about other kinds is no candidate.
        An amount written as a change measures a metric of changes; with none in the
        sentence, the levels it is derived from (``levels``: "Life expectancy for men
        rose 1.0 year")."""
        kinds = COMPATIBLE.get(mention.kind, ())
        if is_change(mention) and mention.kind == "percent":
            # "trade rose 26%": a growth fact where one exists, else the levels it grew from
            kinds = ("percent", "amount")
        start, end = self.local(mention)
        asides = [r for r in self.asides if not r[0] <= start < r[1]]
        # "capital expenditure, which rose 2.0% from the previous quarter": a number in a
        # relative clause measures the noun the clause hangs on.
        within = next((a for a, b in self.relatives if a <= start < b), None)
        counted_noun = COUNTED.match(self.text, end) if mention.kind == "number" else None
        counted = counted_noun is not None
        unit_nouns: set[int] = set()
        scored = []
        for keyword in self.keywords:
            metric = self.references.metrics[keyword.id]
            change_only = mention.growth and mention.kind in LEVEL_KINDS
            contributes = change_only and CONTRIBUTES.fullmatch(self.text, keyword.end, start)
            if change_only and not measures_change(metric) and not contributes and not levels:
                continue  # "rose by $3.9 billion to $205.1 billion": $3.9 billion is no level
            if scope and metric.kinds and not any(metric.about(kind) for kind in scope):
                continue  # "growth" of a population metric, in a story about prices
            fit = unit_fit(mention, metric)
            if fit and counted and is_money(metric):
                continue  # "Acme employs 2,300 people": a count of people is no revenue
            if metric.kind in kinds and fit:
                distance = gap(start, end, keyword.start, keyword.end, self.text)
                antecedent = within is not None and not self.text[keyword.end : within].strip()
                if contributes or antecedent:
                    # "Net international migration added 2.8 million people": what the
                    # subject added is its own value, nearer than the verb's metric
                    distance = 0
                if fit == 1:
                    distance += ASIDE_PENALTY  # any metric kept per the same thing first
                if per_noun(self.text, end, keyword):
                    distance += ASIDE_PENALTY
                if count_noun(counted_noun, end, keyword, self.keywords, start):
                    distance += ASIDE_PENALTY
                    unit_nouns.add(keyword.start)
                if any(a <= keyword.start < b for a, b in asides):
                    # "Services inflation, which ... price pressure ..., rose to 5.6%": an
                    # aside's words describe the subject; they measure the number last.
                    distance += ASIDE_PENALTY
                distance -= sum(aside_gap(self.text, a, b) for a, b in asides
                                if min(end, keyword.end) <= a and b <= max(start, keyword.start))  # fmt: skip
                scored.append((distance, kinds.index(metric.kind), keyword))
        scored = [item for item in scored if not self._owned_by_another(mention, item[2])]
        left, right = clause_around(self.text, start, end)
        for a, b in asides:
            if b - 1 <= left <= b + 1:  # the clause resumes after an aside: it began before
                left = clause_around(self.text, a, a)[0]
        compatible = [keyword for _, _, keyword in scored]
        own = [
            item for item in scored
            if ((left <= item[2].start and item[2].end <= right) or item[0] == 0)
            and item[2].start not in unit_nouns
        ]  # fmt: skip
        if own:
            scored = own  # a keyword in the number's own clause beats any beyond it
        fitting = [keyword for _, _, keyword in scored]
        scored = [
            item for item in scored if not self._measures_another(item[2], fitting, start, end)
        ]
        if not scored:
            changed = mention.growth and mention.kind in LEVEL_KINDS and not levels
            if changed and not gross_flow(self.text, start):
                return self.metrics_for(mention, scope, levels=True)
            return []
        scored.sort(key=lambda item: (item[0], item[1], item[2].start, item[2].id))
        best = scored[0][:2]
        chosen = [k for distance, preference, k in scored if (distance, preference) == best]
        chosen += [k for _, _, k in scored if k not in chosen and self._same_clause(k, start, end)]
        first: dict[str, Found] = {}
        refined = self._refinements(chosen[0], compatible, left)
        for keyword in [*refined, *chosen]:
            first.setdefault(keyword.id, keyword)
        tied = {k.id for distance, preference, k in scored if (distance, preference) == best}
        self.ties = 1 if refined else len(tied)
        return list(first.values())

    def _refinements(self, nearest: Found, candidates: list[Found], left: int) -> list[Found]:
        """Keywords of a metric that narrows the nearest one's, in a phrase that opens the
        sentence and sets its scope: "Among Canadians aged 15 to 24, the
        unemployment rate climbed to 14.5%" is the youth rate, whose keywords ("youth
        unemployment") hold the general one's ("unemployment")."""
        opening = _OPENING.match(self.text)
        if opening is None or opening.end() > left:
            return []
        reach = [(0, opening.end())]
        general = self.references.metrics[nearest.id]
        return [
            k
            for k in candidates
            if k.id != nearest.id
            and any(a <= k.start < b for a, b in reach)
            and narrows(self.references.metrics[k.id], general)
        ]

    def expectation(self, mention: Mention) -> Expectation | None:
        """What the mention is expected to be, for a forecast, target, consensus..."""
        if mention.kind in ("date", "period"):
            return None
        return expectation_of(self.text, *self.local(mention))

    def _owned_by_another(self, mention: Mention, keyword: Found) -> bool:
        """A keyword written right after (or as part of) another number of the mention's
        kind belongs to that one, and so does one after the mention with such a number in
        between: in
        "$14.02 billion, or $5.33 per share, ... from $4.65 billion", "per share" is the
        $5.33's. In a list, a keyword after the mention that heads the next number is
        that number's subject: "leisure and hospitality added 49,000 and construction
        39,000"."""
        _, end = self.local(mention)
        offset = self.span.start
        units = mention.kind in UNIT_KINDS  # not "411 of the 650 seats"
        listed = mention.kind not in ("rank", "date", "period")  # "the largest X and the top Y"
        for other in self.numbers:
            if other is mention:
                continue
            other_start, other_end = other.start - offset, other.end - offset
            if per_noun(self.text, other_end, keyword):
                return True  # "at 47.1 deaths per 100,000, followed by Glasgow at 44.4"
            if other.kind != mention.kind:
                continue
            if units and other_start <= keyword.start and keyword.end <= other_end:
                return True  # "$5.33 per share": read into the other number's own unit
            between = self.text[other_end : keyword.start]
            if units and other_end <= keyword.start and not between.strip():
                return True
            if units and end <= other_start and other_end <= keyword.start:
                return True
            heads = listed and end < keyword.start and keyword.end <= other_start
            heads = heads and bool(self.text[end : keyword.start].strip())
            if heads and HEADS.fullmatch(self.text, keyword.end, other_start):
                return True
        return False

    def _measures_another(self, keyword: Found, fitting: list[Found], start: int, end: int) -> bool:
        """A keyword outside the number's clause, while that clause names a measure no
        fitting keyword covers: the number measures that, not the keyword's metric."""
        left, right = clause_around(self.text, start, end)
        if left <= keyword.start and keyword.end <= right:
            return False
        covered = [(k.start, k.end) for k in fitting if left <= k.start and k.end <= right]
        for noun in MEASURE_NOUNS.finditer(self.text, left, right):
            if not any(a <= noun.start() and noun.end() <= b for a, b in covered):
                return True
        return False

    def _same_clause(self, keyword: Found, start: int, end: int) -> bool:
        return not crosses_clause(keyword.start, keyword.end, start, end, self.text)

    def text_mentions(self) -> list[Mention]:
        """For text metrics ("residence"), the name the keyword introduces; where several
        keywords of one metric introduce names, the most specific (longest) keyword's."""
        if not self._metric_finder.may_name(self.text):
            return []
        best: dict[str, tuple[int, Mention]] = {}
        for keyword in self.keywords:
            if self.references.metrics[keyword.id].kind != "text":
                continue
            span = self._name_after(keyword) or self._name_before(keyword)
            if span is None:
                continue
            value = self.text[span[0] : span[1]]
            start, end = span[0] + self.span.start, span[1] + self.span.start
            mention = Mention(value, start, end, "text", value, "", value, value, "=")
            length = keyword.end - keyword.start
            if keyword.id not in best or length > best[keyword.id][0]:
                best[keyword.id] = (length, mention)
        return [mention for _, mention in best.values()]

    def _name_before(self, keyword: Found) -> tuple[int, int] | None:
        match = _NAME_BEFORE.search(self.text, 0, keyword.start)
        if match is None or match.group(1).split()[0] in _NOT_NAMES:
            return None
        return match.start(1), match.end(1)

    def _name_after(self, keyword: Found) -> tuple[int, int] | None:
        match = _PROPER_NOUN.match(self.text, keyword.end)
        if match is None or not match.group(1):
            return None
        return match.start(1), match.end(1)


# A phrase that opens a sentence and sets its scope: "Among Canadians aged 15 to 24,",
# "For women,", "In the services sector,".
_OPENING = re.compile(r"(?:Among|For|In|Of|Across|Within|Excluding)\b[^,;:]*,")
