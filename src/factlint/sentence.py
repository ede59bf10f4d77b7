"""One sentence read for assembly: its entities, metric keywords, source hint, and the
choices that depend on them: which metric a number measures, which period dates it,
which entities stand nearest."""

from __future__ import annotations

import datetime as dt
import re

from factlint.context import (
    CLAUSE_MARKS,
    FORECAST_WORDS,
    MEASURE_NOUNS,
    Found,
    attribution,
    blank,
    clause_around,
    crosses_clause,
    finders,
    gap,
)
from factlint.extract import Mention
from factlint.extract.wording import FALLS, RISES
from factlint.periods import fiscal_label
from factlint.references.models import Metric, References
from factlint.text import Span
from factlint.units import UnitError, parse_unit

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
        self.entities = entity_finder.find(self.text)
        # Keywords are read with entity names blanked ("buyer of Brazilian coffee" is a
        # "buyer of coffee") and as written, for keywords that hold a name.
        found = set(metric_finder.find(blank(self.text, self.entities)))
        found.update(metric_finder.find(self.text))
        self.keywords = sorted(found, key=lambda f: (f.start, f.id, f.end))
        self.hint, third_party = attribution(self.text)
        self.hint_entities = (
            sorted({e.id for e in entity_finder.find(self.hint)}) if self.hint else []
        )
        # A third party a figure is attributed to ("according to SIPRI", "the Global
        # Carbon Budget study found") is its source, not what it is about; a speaker
        # ("Northwind said") and a country ("German customs said") stay parties.
        publishers = {
            e
            for e in self.hint_entities
            if third_party and references.entities[e].kind.lower() not in _PLACES
        }
        self.entities = [e for e in self.entities if e.id not in publishers]
        self.numbers: list[Mention] = []  # the sentence's numbers, set by the assembler

    def entity_ids(self) -> list[str]:
        return list(dict.fromkeys(e.id for e in self.entities))

    def local(self, mention: Mention) -> tuple[int, int]:
        return mention.start - self.span.start, mention.end - self.span.start

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
            if entity.end <= start:
                return gap(entity.start, entity.end, start, end, self.text)
            if entity.start >= end:
                bound = _BOUND_AFTER.match(self.text[end : entity.start])
                return 0 if bound else _AFTER + entity.start - end
            return 0

        ordered = sorted(self.entities, key=lambda e: (score(e), e.start))
        return list(dict.fromkeys(e.id for e in ordered))

    def metrics_for(self, mention: Mention) -> list[Found]:
        """The keywords of compatible metrics for the mention, best first: the nearest,
        then any as near (a tie the facts settle), then others in the same clause ("U.S.
        consumer prices rose 3% year on year": if "year on year" names a metric with no
        facts for the claim, "consumer prices" is tried)."""
        kinds = COMPATIBLE.get(mention.kind, ())
        if is_change(mention) and mention.kind == "percent":
            # "trade rose 26%": a growth fact where one exists, else the levels it grew from
            kinds = ("percent", "amount")
        start, end = self.local(mention)
        scored = []
        for keyword in self.keywords:
            metric = self.references.metrics[keyword.id]
            change_only = mention.growth and mention.kind in LEVEL_KINDS
            if change_only and not measures_change(metric):
                continue  # "rose by $3.9 billion to $205.1 billion": $3.9 billion is no level
            if metric.kind in kinds and _unit_may_fit(mention, metric.unit):
                distance = gap(start, end, keyword.start, keyword.end, self.text)
                scored.append((distance, kinds.index(metric.kind), keyword))
        scored = [item for item in scored if not self._owned_by_another(mention, item[2])]
        left, right = clause_around(self.text, start, end)
        own = [item for item in scored if left <= item[2].start and item[2].end <= right]
        if own:
            scored = own  # a keyword in the number's own clause beats any beyond it
        fitting = [keyword for _, _, keyword in scored]
        scored = [
            item for item in scored if not self._measures_another(item[2], fitting, start, end)
        ]
        if not scored:
            return []
        scored.sort(key=lambda item: (item[0], item[1], item[2].start, item[2].id))
        best = scored[0][:2]
        chosen = [k for distance, preference, k in scored if (distance, preference) == best]
        chosen += [k for _, _, k in scored if k not in chosen and self._same_clause(k, start, end)]
        first: dict[str, Found] = {}
        for keyword in chosen:
            first.setdefault(keyword.id, keyword)
        return list(first.values())

    def is_forecast(self, mention: Mention) -> bool:
        """Whether the mention's clause speaks of an expectation, not an outcome."""
        start, end = self.local(mention)
        left, right = clause_around(self.text, start, end)
        return FORECAST_WORDS.search(self.text, left, right) is not None

    def _owned_by_another(self, mention: Mention, keyword: Found) -> bool:
        """A keyword written right after another number of the mention's kind belongs to
        that one, and so does one after the mention with such a number in between: in
        "$14.02 billion, or $5.33 per share, ... from $4.65 billion", "per share" is the
        $5.33's."""
        if mention.kind not in _UNIT_KINDS:
            return False  # "411 of the 650 seats", "largest partner, slipped to second"
        _, end = self.local(mention)
        offset = self.span.start
        for other in self.numbers:
            if other is mention or other.kind != mention.kind:
                continue
            other_start, other_end = other.start - offset, other.end - offset
            if other_end <= keyword.start and not self.text[other_end : keyword.start].strip():
                return True
            if end <= other_start and other_end <= keyword.start:
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


_CHANGE_WORDS = re.compile(
    r"\b(?:change[sd]?|increase[sd]?|decrease[sd]?|growth|grew|grow|rise|rose|risen|fall|fell|"
    r"fallen|gain(?:ed|s)?|loss(?:es)?|declin\w*|drop\w*|shr[aiu]nk\w*|widen\w*|narrow\w*|up|down)\b",
    re.IGNORECASE,
)


def measures_change(metric: Metric) -> bool:
    """A metric of changes ("Change in population", keywords "population fell"), which
    an amount written as a change ("fell by 850,000") may measure."""
    text = " ".join([metric.id.replace("_", " "), metric.description, *metric.keywords])
    return bool(_CHANGE_WORDS.search(text))


def _unit_may_fit(mention: Mention, metric_unit: str) -> bool:
    """A number in tonnes or years does not measure a metric kept in dollars; a plain
    number may (the writer may have left the currency out, which the verdict shows)."""
    if mention.kind not in ("money", "quantity") or not metric_unit:
        return True
    try:
        return parse_unit(mention.unit).dimension == parse_unit(metric_unit).dimension
    except UnitError:
        return True


def is_change(mention: Mention) -> bool:
    """ "rose 26%", "fell 0.3 percentage points", "doubled": a change, not a level."""
    return mention.kind == "multiple" or (bool(mention.growth) and mention.kind == "percent")


def baseline_for(mention: Mention, periods: list[Mention], text: str, offset: int) -> str:
    """The period a change or a record is measured from: "since 2021", "from 2023",
    "compared with the same period of 2023"; the nearest in the mention's own clause,
    else the nearest after it in the sentence. "" when the wording names none (a change
    is then year on year) or the mention is a plain level."""
    if not (is_change(mention) or mention.record):
        return ""
    baselines = [p for p in periods if p is not mention and is_baseline(p)]
    if not mention.record:
        # "fell 11.6% last year, the first annual decline since 2019": "since" dates a
        # streak or a record there, not the start of the change.
        baselines = [p for p in baselines if not _dates_a_streak(p, text, offset)]
    own = [p for p in baselines if not _crosses_clause(text, offset, mention, p)]
    later = [p for p in baselines if p.start >= mention.end]
    chosen = own or later
    if chosen:
        return str(min(chosen, key=lambda p: _distance(mention, p)).value)
    compared = _compared_with(mention, periods, text, offset)
    return str(compared.value) if compared is not None else ""


_STREAK = re.compile(
    r"\b(?:first|last|only|biggest|largest|highest|lowest|smallest|most|least|steepest|"
    r"sharpest|fastest|slowest|strongest|weakest|best|worst|record)\b",
    re.IGNORECASE,
)


def _dates_a_streak(period: Mention, text: str, offset: int) -> bool:
    start = period.start - offset
    left, _ = clause_around(text, start, period.end - offset)
    return _STREAK.search(text, left, start) is not None


def _compared_with(
    mention: Mention, periods: list[Mention], text: str, offset: int
) -> Mention | None:
    """ "three times its 2015 level", "twice the 2019 figure": a multiple that states no
    change compares with the period written after it in its clause."""
    if mention.kind != "multiple" or mention.growth:
        return None
    after = [
        p
        for p in periods
        if p.start >= mention.end and not _crosses_clause(text, offset, mention, p)
    ]
    return min(after, key=lambda p: p.start) if after else None


_WORD = re.compile(r"[A-Za-z]+")
_CHANGE_VERBS = RISES | FALLS
_FROM_LEVEL = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|an?\s+estimated\s+)?$",
    re.IGNORECASE,
)


def is_from_level(text: str, start: int) -> bool:
    """Whether the number at ``start`` of the sentence ``text`` is the level a change
    started from: "rose to $659 billion from $475 billion"."""
    left, _ = clause_around(text, start, start)
    if _FROM_LEVEL.search(text, left, start) is None:
        return False
    words = _WORD.findall(text, left, start)
    return any(w.lower() in _CHANGE_VERBS for w in words) or bool(
        _CHANGE_WORDS.search(text, left, start)
    )


def period_label(period: Mention) -> str:
    """The claim period a period mention gives: its value, or for a fiscal year
    ("fiscal 2024", "FY2023-24") a label the linker matches against the months the
    reference files give ("FY2024")."""
    return fiscal_label(period.text) or str(period.value)


def is_baseline(period: Mention) -> bool:
    """ "since 2008", "compared with 2023", "up from May": a starting point, not a period."""
    return period.comparator == ">=" or period.role == "baseline"


_BASELINE_MARKER = re.compile(
    r"\b(?:compared (?:with|to)|from|than|versus|vs\.?|against|since|over)\b", re.IGNORECASE
)
LEVEL_KINDS = frozenset({"money", "quantity", "number"})
_UNIT_KINDS = frozenset({"money", "quantity"})


def _baseline_scope(text: str, period: Mention, offset: int) -> tuple[int, int]:
    """The document span of the phrase a baseline period belongs to: from its marker
    ("from", "compared with"; not "since", which states no level) to the end of its
    clause, or of a "when" clause that follows ("compared to the first half of 2023,
    when the surplus stood at €107.9 billion")."""
    start = period.start - offset
    markers = [m for m in _BASELINE_MARKER.finditer(text, 0, start) if m.group().lower() != "since"]
    if not markers:
        return (0, 0)
    end = _clause_end(text, period.end - offset)
    if _WHEN_CLAUSE.match(text, end):
        end = _clause_end(text, end + 1)
    return offset + markers[-1].start(), offset + end


def _clause_end(text: str, position: int) -> int:
    found = [text.find(mark, position) for mark in CLAUSE_MARKS]
    return min((f for f in found if f >= 0), default=len(text))


_WHEN_CLAUSE = re.compile(r"[,;:(—]\s*(?:when|in which|at which|during which)\b", re.IGNORECASE)


def period_choices(
    mention: Mention, periods: list[Mention], text: str, offset: int, published: dt.date | None
) -> list[Mention]:
    """The periods in the sentence (``text``, starting at ``offset`` in the document)
    that may date ``mention``, best first.

    A baseline dates only the level stated inside its own phrase: in "up from $895m in
    2023" or "compared to the first half of 2023, when the surplus stood at €107.9
    billion", 2023 dates the $895m and the €107.9 billion, never the change. "Since
    2016" dates a state in its own clause ("has been the largest since 2016") by the
    year it began. A state is never dated after publication. A flow prefers a month,
    quarter or year to a single day: in "said on Thursday that revenue rose 26% in the
    third quarter" the day is when it was said. A period in the mention's own clause comes
    before one in another."""
    state = mention.kind not in FLOW_KINDS
    compared = _compared_with(mention, periods, text, offset)
    usable = [
        p
        for p in periods
        if p is not mention and p is not compared and _may_date(mention, p, text, offset, published)
    ]

    def preference(period: Mention) -> tuple[bool, bool, int, int]:
        other_clause = _crosses_clause(text, offset, mention, period)
        a_day_for_a_flow = not state and period.kind == "date"
        return other_clause, a_day_for_a_flow, _distance(mention, period), period.start

    return sorted(usable, key=preference)


def _may_date(
    mention: Mention, period: Mention, text: str, offset: int, published: dt.date | None
) -> bool:
    state = mention.kind not in FLOW_KINDS
    future = published is not None and str(period.lower or "") > published.isoformat()
    if future and (state or _crosses_clause(text, offset, mention, period)):
        return False  # a state is never dated after publication; a target only its clause
    if not is_baseline(period):
        return True
    if state and period.comparator == ">=":
        return not _crosses_clause(text, offset, mention, period)
    if mention.kind in LEVEL_KINDS or (mention.kind == "percent" and not mention.growth):
        start, end = _baseline_scope(text, period, offset)
        return start <= mention.start < end
    return False


def _crosses_clause(text: str, offset: int, a: Mention, b: Mention) -> bool:
    return crosses_clause(a.start - offset, a.end - offset, b.start - offset, b.end - offset, text)


def _distance(a: Mention, b: Mention) -> int:
    return max(b.start - a.end, a.start - b.end, 0)
