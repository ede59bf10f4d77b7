"""Assembling mentions into claims: each number with its entities, metric, period and
source, or a reason why it is not a claim. Pure: references in, claims out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from factlint.claims.comparisons import comparisons_in, related
from factlint.claims.context import Found, clause_around, flow_roles, ranking_roles
from factlint.claims.conversions import StatedRate, is_conversion_of, stated_rates
from factlint.claims.dating import (
    baseline_for,
    is_baseline,
    is_from_level,
    past_another,
    period_choices,
    period_label,
)
from factlint.claims.discourse import Carry, Discourse
from factlint.claims.estimates import quoted_estimate
from factlint.claims.expectations import Expectation, on_file
from factlint.claims.headline import read_through_story
from factlint.claims.model import (
    DATED_KINDS,
    Bound,
    Carried,
    Claim,
    ClaimKind,
    SkippedNumber,
    claim_id,
)
from factlint.claims.priors import settled_by_the_article
from factlint.claims.records import reach_of
from factlint.claims.referents import family, measure_word
from factlint.claims.sentence import COMPATIBLE, SentenceReading
from factlint.claims.signs import negative_in
from factlint.claims.terms import claim_terms
from factlint.config import Policy
from factlint.documents import Document
from factlint.documents.text import Span, sentences
from factlint.extract import Mention, scan
from factlint.extract.lexicon import HEDGES
from factlint.extract.numbers import implied_interval
from factlint.periods import (
    parse_claim_period,
    parse_period,
    period_before,
    year_before,
    years_before,
)
from factlint.references.models import References
from factlint.units import read_unit


def _apply_policy(mention: Mention, policy: Policy) -> Mention:
    """Recompute a hedged amount's interval with the configured tolerances."""
    if mention.kind not in ("money", "percent", "quantity", "number") or not mention.hedge:
        return mention
    if not isinstance(mention.value, float) or mention.precision is None:
        return mention
    comparator = HEDGES.get(mention.hedge, mention.comparator)
    if comparator not in ("~", "<~") or mention.lower is None:
        return mention
    lower, upper = implied_interval(
        mention.value, mention.precision, comparator, policy.about, policy.nearly
    )
    return dataclasses.replace(mention, lower=lower, upper=upper)


_OF_TOTAL = re.compile(r"\s+(?:out\s+)?of(?:\s+the|\s+all|\s+its|\s+their)?\s+$")


def _is_total_of(part: Mention, whole: Mention, text: str) -> bool:
    """ "411 of the 650 seats", "three out of five": the second number is the whole."""
    numeric = ("number", "quantity", "money")
    if part.kind not in numeric or whole.kind not in numeric:
        return False
    return _OF_TOTAL.fullmatch(text, part.end, whole.start) is not None


def _bound(kind: ClaimKind, value: float | str | None) -> Bound:
    """An end of the interval a mention's wording allows, typed: a number, a day for a
    date or period, and none for a name."""
    if value is None or kind is ClaimKind.TEXT:
        return None
    if kind in DATED_KINDS:
        return dt.date.fromisoformat(str(value))
    return value if isinstance(value, int | float) else float(value)


class _Assembler:
    def __init__(self, document: Document, references: References, policy: Policy) -> None:
        self.document = document
        self.references = references
        self.policy = policy
        self.claims: list[Claim] = []
        self.skipped: list[SkippedNumber] = []
        self.occurrences: dict[tuple[str, str], int] = {}
        self.discourse = Discourse(document, references)
        self.keywords_of: dict[str, list[Found]] = {}  # each claim's metric keywords
        self.open_choices: dict[str, list[str]] = {}  # metrics the wording leaves open
        self.rates: list[StatedRate] = []
        self.mentions: list[Mention] = []  # every number read, with the policy applied
        self.conversions: list[Conversion] = []
        # What a number that is no claim was read with, should a consistency check
        # need to report on it: its sentence, the sentence's periods, and the
        # paragraph's period and entities at that point.
        self.contexts: dict[int, _Context] = {}

    def skip(self, start: int, text: str, reason: str) -> None:
        where = self.document.locate(start)
        self.skipped.append(
            SkippedNumber(
                doc=self.document.path,
                line=where.line,
                column=where.column,
                page=where.page,
                start=start,
                end=start + len(text),
                text=text,
                reason=reason,
            )
        )

    def measure_before(
        self, s: SentenceReading, mention: Mention
    ) -> tuple[Claim, list[Found], Carried] | None:
        """For a number whose sentence names no measure but refers back to one ("That
        pace was well below the 12.1% rise a year earlier", "It hit a record $80
        billion"), the last claim of this paragraph or the one before whose metric fits
        it, its keywords, and what was carried."""
        start, _ = s.local(mention)
        left, _ = clause_around(s.text, start, start)
        word = measure_word(s.text, 0, start) if left == 0 else measure_word(s.text, left, start)
        word = word or measure_word(s.text, 0, start)
        if not word:
            return None
        paragraph = self.discourse.paragraph
        kinds = COMPATIBLE.get(mention.kind, ())
        for claim in reversed(self.claims):
            where = self.discourse.structure.paragraph_of(claim.start)
            if where < paragraph - 1:
                break
            metric = self.references.metrics.get(claim.metric)
            if metric is not None and metric.kind in kinds and claim.id in self.keywords_of:
                carried = Carried(
                    what="metric", value=claim.metric, line=claim.line, source=f"'{word}'"
                )
                return claim, self.keywords_of[claim.id], carried
        return None

    def measures(self, metric_id: str, entity_id: str) -> bool:
        """Whether the metric may be about the entity: of a kind its ``kinds`` name, or,
        when it names none, of a kind its facts on file are about (any, with no facts)."""
        metric = self.references.metrics.get(metric_id)
        known = self.references.entities.get(entity_id)
        if metric is None or known is None:
            return True
        if metric.kinds:
            return metric.about(known.kind)
        kinds = self.references.subject_kinds(metric_id)
        return not kinds or known.kind.strip().lower() in kinds

    def sources(self, s: SentenceReading) -> set[str]:
        """The entities the sentence names as the source of its figures, not as what
        they are about: a third party it cites ("according to the IMF"), or an
        organisation or person that speaks ("the statistics office said"); a company or
        a country that speaks ("Acme said", "China said") speaks of itself."""
        entities = self.references.entities
        return {
            e
            for e in s.hint_entities
            if e in entities
            and family(entities[e].kind) != "place"
            and (s.third_party or family(entities[e].kind) != "company")
        }

    def period_for(
        self,
        context: _Context,
        mention: Mention,
        from_level: bool,
        rate: bool = False,
        metrics: tuple[str, ...] = (),
    ) -> _Dating:
        """The period of the sentence that dates the mention; else the one the paragraph,
        or else the headline and lead, last named ("In June 2024, ... The balance for the
        month ..."); else, implicitly, the published date. ``from_level``: the mention is
        the level a change started from ("to $659 billion from $475 billion"); ``rate``:
        of a metric kept in percent, whose earlier level is the reading before."""
        s = context.sentence
        periods = context.periods
        carried = context.carry.period_for(mention.start, mention.end, metrics)
        if carried is not None and carried != context.carry.period:
            context.beside.append(carried)
        elif carried is not None and context.beside:
            # "Outbound shipments rose 10.7%, ... while imports increased 1.0%": the
            # sentence's numbers share the period one of them took beside its measure.
            carried = context.beside[0]
        if carried is not None:
            # "from 2.03 euros a year ago", "the 1.2% rise a year earlier": "a year ago"
            # dates a number a year before the period the article reports on.
            periods = [p for p in periods if not _YEAR_AGO_ONLY.fullmatch(p.text)]
        numbers = [
            n for n in s.numbers
            if n.kind not in ("date", "period") and n is not mention
            and not _restated(s, mention, n)
        ]  # fmt: skip
        choices = period_choices(
            mention, periods, s.text, s.span.start, self.document.published, numbers
        )
        # "Turnout was 59.7%, down from 67.3% five years ago": "five years ago" dates the
        # number it follows, never one before that.
        choices = [
            p for p in choices
            if not (_YEAR_AGO_ONLY.fullmatch(p.text) and past_another(mention, p, numbers))
        ]  # fmt: skip
        # "The disease, which had been the fourth-leading cause in 2022, fell to 10th
        # place": a period inside an aside dates only the aside's own numbers.
        choices = [p for p in choices if not _in_another_aside(s, p, mention)]
        if carried is not None:
            # "Food cost 1.3% more than a year before, after a rise of 1.5% in July": a
            # period in another clause dates that clause's number, not this one.
            choices = [p for p in choices if is_baseline(p) or not _dates_another(s, mention, p)]
        if choices and (is_baseline(choices[0]) or choices[0].start >= mention.end):
            label = period_label(choices[0], s.text, s.span.start)
            return _Dating(label, True, choices[0])  # "from $895m in 2023"
        how = None
        if choices:
            period, explicit, own = period_label(choices[0], s.text, s.span.start), True, choices[0]
            back = _years_back(s, mention) if carried is not None else 0
            if back and not s.same_clause(mention, choices[0]):
                # "For September alone, ... compared with a deficit of $171 billion in the
                # same month a year earlier": September of the year before.
                return _Dating(years_before(period, back), True, None)
        elif carried is not None:
            (period, how), explicit, own = carried, True, None
            back = _years_back(s, mention)
            if back:
                # "the 12.1% rise a year earlier", "down from 67.3% five years ago": the
                # carried period, that many years before.
                return _Dating(years_before(period, back), True, None, how)
        else:
            published = self.document.published
            period, explicit, own = (published.isoformat() if published else ""), False, None
        if from_level and explicit:
            # "jumped to $659 billion from $475 billion": the level a change started
            # from, a year before the period of the change.
            year_ago = bool(YEAR_AGO.search(s.text))
            earlier = year_before(period, any_length=year_ago)
            if earlier == period and rate:
                # "rose to 5.6% from 5.2%": a rate's earlier reading is the one before,
                # or, failing that, the same period a year before (a company's quarter).
                earlier = period_before(period)
                otherwise = year_before(period, any_length=True)
                return _Dating(earlier, True, None, how, otherwise if otherwise != earlier else "")
            return _Dating(earlier, True, None, how)
        return _Dating(period, explicit, own, how)

    def make(
        self,
        context: _Context,
        mention: Mention,
        keywords: list[Found],
        kind: str = "",
        expected: Expectation | None = None,
    ) -> Claim:
        """The claim of a mention; with no keywords, a claim of no metric (a number a
        consistency check reports on), of ``kind`` when given ("conversion"); ``expected``
        for an expectation the references hold facts of."""
        s = context.sentence
        keyword = keywords[0] if keywords else None
        local_start, local_end = s.local(mention)
        entities = s.entity_ids()
        if keyword is not None:
            # "Deaths from COVID-19 dropped to 49,932": a name inside the measure's own
            # keyword, of a kind the metric is not about, is part of what is measured.
            named_in = {
                e.id for e in s.entities if keyword.start <= e.start and e.end <= keyword.end
            }
            entities = [e for e in entities if e not in named_in or self.measures(keyword.id, e)]
        carried = [c for e, c in context.referred if e in entities]
        subject, owner = "", ""
        if keyword is None:
            pass
        elif mention.kind in ("rank", "ordinal"):
            subject, owner = ranking_roles(s.text, s.entities, local_start, local_end, keyword)
        elif not self.references.metrics[keyword.id].symmetric:
            subject, owner = flow_roles(s.text, s.entities, keyword)
        named = [e for e in entities if e not in context.sources and e != owner]
        if not named and not subject:
            # "It became the alliance's 32nd member", "Revenue fell 5%": the number's
            # subject is the paragraph's, else the article's.
            taken = {*entities, owner}
            metric_id = keyword.id if keyword else ""
            found = context.carry.subject_for(
                mention.start, mention.end, taken, lambda e: self.measures(metric_id, e)
            )
            if found is not None:
                entities = [*entities, found[0]]
                carried.append(found[1])
                if mention.kind in ("rank", "ordinal"):
                    subject = found[0]
        estimate = quoted_estimate(s.text, local_start, local_end)
        # "revised down to 270,000 from 275,000": an earlier estimate of the same period.
        from_level = (
            mention.kind not in ("date", "period")
            and estimate != "earlier"
            and is_from_level(s.text, local_start)
        )
        if mention.kind in ("date", "period"):
            dating = _Dating(str(mention.value), True, mention)
        else:
            rate = keyword is not None and self.references.metrics[keyword.id].kind == "percent"
            metrics = tuple(k.id for k in keywords)
            dating = self.period_for(context, mention, from_level, rate, metrics)
        period, explicit = dating.period, dating.explicit
        if dating.carried is not None:
            carried.append(dating.carried)
        key = (s.text, mention.text)
        occurrence = self.occurrences.get(key, 0)
        self.occurrences[key] = occurrence + 1
        where = self.document.locate(mention.start)
        claim_kind = ClaimKind(kind or mention.kind)
        baseline = baseline_for(mention, context.periods, s.text, s.span.start)
        reach, baseline = reach_of(mention, context.periods, baseline, s.numbers)
        claim = Claim(
            id=claim_id(self.document.path, s.text, mention.text, occurrence),
            doc=self.document.path,
            line=where.line,
            column=where.column,
            page=where.page,
            start=mention.start,
            end=mention.end,
            text=mention.text,
            sentence=s.text,
            kind=claim_kind,
            value=mention.value,
            unit=read_unit(mention.unit),
            lower=_bound(claim_kind, mention.lower),
            upper=_bound(claim_kind, mention.upper),
            comparator=mention.comparator,
            precision=mention.precision,
            period=parse_claim_period(period) if period else None,
            period_explicit=explicit,
            period_otherwise=parse_claim_period(dating.otherwise) if dating.otherwise else None,
            entities=entities,
            subject=subject,
            object=owner,
            metric=keyword.id if keyword else "",
            alternatives=[k.id for k in keywords[1:]],
            nearby=list(dict.fromkeys([*s.nearby(mention), *entities])),
            clause_entities=s.clause_entities(mention),
            starting_level=from_level and not explicit,
            source_hint=s.hint,
            source_entities=s.hint_entities,
            published=self.document.published,
            growth=mention.growth,
            baseline=parse_period(baseline) if baseline else None,
            record=mention.record,
            carried=carried,
            terms=claim_terms(s.text, s.span.start, mention, s.numbers),
            expectation=expected.kind if expected else "",
            estimate=estimate,
            # "a loss of $31.2 million, or 10 cents per share": a restatement is named
            # by the words before the number it restates
            negative_in=negative_in(
                mention,
                [self.references.metrics[k.id] for k in keywords],
                s.text,
                s.local(_restating_group(s, mention)[0])[0],
                local_end,
            ),
            reach=reach,
        )
        return claim

    def sentence(self, span: Span, mentions: list[Mention]) -> None:
        s = SentenceReading(self.document.text, span, self.references)
        discourse = self.discourse
        discourse.enter(s)
        sources = self.sources(s)
        referred = discourse.resolve(s, sources)
        s.refer([found for found, _ in referred])
        periods = [m for m in mentions if m.kind in ("date", "period")]
        s.numbers = mentions
        context = _Context(
            s, periods, discourse.carry(s), sources, [(f.id, c) for f, c in referred]
        )
        entity = self.references.entities
        scope = frozenset(
            entity[e].kind.strip().lower()
            for e in [*(x for x in s.entity_ids() if x not in sources),
                      *(e for e, _ in context.carry.subjects[:1])]
            if e in entity
        )  # fmt: skip
        relations = comparisons_in(s, mentions, sources)  # "grew faster than Italy"
        consumed = {r.mention.start for r in relations if r.multiple}
        dated: list[Mention] = []  # the sentence's own periods that dated its claims
        made: list[tuple[Claim, list[Found]]] = []  # the sentence's claims, with keywords
        used_as_period: set[int] = set()
        claimed: set[int] = set()
        previous: Mention | None = None
        for mention in sorted([*mentions, *s.text_mentions()], key=lambda m: m.start):
            mention = _apply_policy(mention, self.policy)
            self.mentions.append(mention)
            if mention.start in consumed:
                continue  # "twice as large as Italy's": a comparison, made below
            if previous is not None and _is_total_of(previous, mention, self.document.text):
                self.skip(
                    mention.start, mention.text, f"the whole of which {previous.text} is part"
                )
                self.contexts[mention.start] = context
                continue
            if previous is not None and is_conversion_of(previous, mention, self.document.text):
                # Checked against the amount it converts, never against a fact.
                claim = self.make(context, mention, [], kind="conversion")
                self.conversions.append(Conversion(claim, previous, mention))
                continue
            previous = mention
            expected = s.expectation(mention)
            keywords = s.metrics_for(mention, scope)
            if expected and not on_file([k.id for k in keywords], self.references):
                self.skip(mention.start, mention.text, FORECAST)
                continue
            partner = _level_partner(s, mention, made)
            if partner is not None:
                # "slid to 1.31 billion euros, or 1.22 euros per share, from 2.03 euros":
                # the level a change started from measures what its partner measures,
                # per what it is per.
                keywords = partner[1]
                if partner[0].unit.per and not read_unit(mention.unit).per:
                    unit = f"{mention.unit} per {str(partner[0].unit).split(' per ', 1)[1]}"
                    mention = dataclasses.replace(mention, unit=unit)
                    self.mentions[-1] = mention  # the consistency checks read it so too
            if partner is None and any(c.growth for c, _ in made) and s.is_new_level(mention):
                # "grew by 3.3 million people ... to reach 340.1 million, as a jump in
                # immigration ...": the level reached is a level of what grew.
                keywords = s.level_keywords(mention, keywords)
            measured = None
            if not keywords and mention.kind not in ("date", "period"):
                measured = self.measure_before(s, mention)
                if measured is not None:
                    keywords = measured[1]
            if not keywords:
                if mention.kind not in ("date", "period", "rank"):
                    reason = "no metric in the sentence"
                    if mention.growth and mention.kind != "percent":
                        reason = "a change, and no metric of changes in the sentence"
                    self.skip(mention.start, mention.text, reason)
                    self.contexts[mention.start] = context
                continue
            claim = self.make(context, mention, keywords, expected=expected)
            if partner is None and measured is None and s.ties > 1:
                self.open_choices[claim.id] = [k.id for k in keywords[: s.ties]]
            if measured is not None:
                claim = claim.model_copy(update={"carried": [*claim.carried, measured[2]]})
            self.claims.append(claim)
            self.keywords_of[claim.id] = keywords
            made.append((claim, keywords))
            claimed.add(claim.start)
            if claim.carried_period is None and mention.kind not in ("date", "period"):
                dated.extend(
                    p
                    for p in periods
                    if p.kind == "period"
                    and not is_baseline(p)
                    and claim.period
                    and p.value == claim.period.label
                )
            if mention.kind not in ("date", "period"):
                used_as_period.update(
                    id(p) for p in periods if claim.period and str(p.value) == claim.period.label
                )
        for found in relations:
            keywords = found.metrics(s, scope)
            if keywords and s.expectation(found.mention) is None:
                claim = related(self.make(context, found.mention, keywords, "comparison"), found)
                self.claims.append(claim)
                used_as_period.update(id(p) for p in periods if str(p.value) == str(claim.period))
        for period in periods:
            if period.start in claimed:
                continue
            if id(period) in used_as_period:
                reason = "period of another claim"
            elif is_baseline(period):
                reason = "starting point of a comparison, not a claim"
            else:
                reason = "no metric in the sentence"
            self.skip(period.start, period.text, reason)
        named = [
            p
            for p in periods
            if not is_baseline(p) and p.kind == "period" and not _YEAR_AGO_ONLY.fullmatch(p.text)
        ]
        setting = dated[0] if dated else max(named, key=lambda p: p.start) if named else None
        beside = tuple(
            (keyword.id, period_label(p, s.text, s.span.start), p.start)
            for p in named
            for keyword in s.keywords_beside(p)
        )
        if setting is not None:
            label = period_label(setting, s.text, s.span.start)
            discourse.read(s, sources, label, setting.start, beside)
        else:
            discourse.read(s, sources, "", 0, beside)


def _level_partner(
    s: SentenceReading, mention: Mention, made: list[tuple[Claim, list[Found]]]
) -> tuple[Claim, list[Found]] | None:
    """For the level a change started from ("from 2.03 euros"), the nearest earlier
    claim of the sentence in the same unit and scale, whose measure it shares."""
    if mention.kind not in ("money", "quantity", "number") or not mention.unit:
        return None
    if not is_from_level(s.text, s.local(mention)[0]):
        return None
    same = [(c, k) for c, k in made if _same_measure(c, mention) and c.metric]
    return same[-1] if same else None


_POSSESSIVE_PERIOD = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?(?=[$€£¥\d])")


def _same_measure(claim: Claim, mention: Mention) -> bool:
    """The partner's unit, or the partner's but for what it is per: in "143.9 pence a
    litre, down from 147.5 pence a year earlier" the earlier price is per litre too."""
    if str(claim.unit) == mention.unit:
        return True
    unit = read_unit(mention.unit)
    return bool(claim.unit.per) and not unit.per and claim.unit.whole == unit


_EARLIER_CLAUSE = re.compile(
    r"\s*(?:and\s+)?(?:after|following|from|up from|down from|compared (?:with|to)|versus|than|"
    r"against|when)\b",
    re.IGNORECASE,
)


def _dates_another(s: SentenceReading, mention: Mention, period: Mention) -> bool:
    """Whether ``period`` dates an earlier reading in a clause of its own, beside its own
    number ("cost 1.3% more than a year before, after a rise of 1.5% in July"), and so
    not ``mention``."""
    start, end = s.local(period)
    left, right = clause_around(s.text, start, end)
    mine = s.local(mention)
    if left <= mine[0] < right:
        return False
    owner = _POSSESSIVE_PERIOD.match(s.text, end)
    if owner is not None:
        # "beating November's 6.7% growth": a possessive period is its number's own
        return any(
            other.start - s.span.start == owner.end()
            for other in s.numbers
            if other is not mention and other.kind not in ("date", "period")
        )
    if _EARLIER_CLAUSE.match(s.text, left) is None:
        return False
    return any(
        other is not mention
        and other.kind not in ("date", "period")
        and left <= other.start - s.span.start < right
        for other in s.numbers
    )


@dataclass(frozen=True, slots=True)
class _Context:
    """A sentence as its numbers are read: its periods, what it may take from the
    sentences before it, the entities it names only as sources, and the entities its
    referring words stand for."""

    sentence: SentenceReading
    periods: list[Mention]
    carry: Carry
    sources: set[str]
    referred: list[tuple[str, Carried]]
    # the periods the sentence's numbers took from a measure named earlier
    beside: list[tuple[str, Carried]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Dating:
    """The period that dates a number: whether the wording gives it (``explicit``), the
    sentence's own period mention that gave it, or what was carried from elsewhere."""

    period: str
    explicit: bool
    own: Mention | None = None
    carried: Carried | None = None
    otherwise: str = ""  # another reading, tried when ``period`` links no fact


@dataclass(frozen=True, slots=True)
class Conversion:
    """A writer's conversion ("2.1 trillion yen ($14 billion)"): the claim of kind
    ``conversion`` made of the converted amount, and the amount it converts."""

    claim: Claim
    original: Mention
    converted: Mention


@dataclass
class Assembly:
    """One document read for checking: its claims and set-aside numbers, and what the
    consistency checks need besides: every number read, the writer's conversions and
    the exchange rates the text states."""

    document: Document
    claims: list[Claim]
    skipped: list[SkippedNumber]
    mentions: list[Mention]
    conversions: list[Conversion]
    rates: list[StatedRate]
    _assembler: _Assembler = field(repr=False)

    def claim_of(self, mention: Mention) -> Claim | None:
        """The claim, of no metric, of a number that was set aside, for a consistency
        check to give its verdict on; None for a number never read in a sentence."""
        context = self._assembler.contexts.get(mention.start)
        return None if context is None else self._assembler.make(context, mention, [])


RATE = "an exchange rate stated in the text"
DATELINE = "the dateline: where and when the story was filed"
FORECAST = "a forecast or expectation, not an outcome"
_YEAR_AGO_ONLY = re.compile(
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? "
    r"(?:earlier|ago|before)|(?:the )?(?:previous|prior|preceding|same) "
    r"(?:year|period|quarter|month)(?: a year (?:earlier|ago))?",
    re.I,
)
_YEARS_BACK = re.compile(
    r"(?<!than )(?<!from )(?<!on )(?<!over )(?<!with )(?<!to )\b(?P<count>a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d+) years? (?:earlier|ago|before)\b",
    re.I,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


_OR = re.compile(r"\s*,?\s*or\s*")


def _restated(s: SentenceReading, a: Mention, b: Mention) -> bool:
    """Whether one of two numbers restates the other ("a loss of $31.2 million, or 10
    cents per share, a year earlier"): the same reading, which one period dates."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_OR.fullmatch(s.text, s.local(first)[1], s.local(second)[0]))


def _restating_group(s: SentenceReading, mention: Mention) -> list[Mention]:
    """The mention and the numbers that restate it, in order ("$31.2 million, or 10
    cents per share")."""
    numbers = sorted(
        (n for n in s.numbers if n.kind not in ("date", "period")), key=lambda n: n.start
    )
    if mention not in numbers:
        return [mention]
    at = numbers.index(mention)
    first = last = at
    while first > 0 and _restated(s, numbers[first - 1], numbers[first]):
        first -= 1
    while last + 1 < len(numbers) and _restated(s, numbers[last], numbers[last + 1]):
        last += 1
    return numbers[first : last + 1]


def _in_another_aside(s: SentenceReading, period: Mention, mention: Mention) -> bool:
    """Whether ``period`` stands in a ", which ... ," aside that ``mention`` is outside."""
    start = s.local(period)[0]
    number = s.local(mention)[0]
    return any(a <= start < b and not a <= number < b for a, b in s.asides)


def _years_back(s: SentenceReading, mention: Mention) -> int:
    """How many years before the carried period the mention's clause dates it ("the
    1.2% rise a year earlier": 1; "from 67.3% five years ago": 5); 0 when it does not.
    "1.3% more than a year before" compares; it does not date."""
    end = s.local(mention)[1]
    group = _restating_group(s, mention)
    left = clause_around(s.text, *s.local(group[0]))[0]
    right = clause_around(s.text, *s.local(group[-1]))[1]
    if len(group) > 1 and right < len(s.text):
        # "a loss of $31.2 million, or 10 cents per share, a year earlier": the phrase
        # after the restatement dates both
        right = clause_around(s.text, right + 1, right + 1)[1]
    found = _YEARS_BACK.search(s.text, left, right)
    if found is None:
        return 0
    low, high = sorted((end, found.start()))
    between = [
        n for n in s.numbers
        if n not in group and n.kind not in ("date", "period") and low <= s.local(n)[0] < high
    ]  # fmt: skip
    if between:
        return 0  # "slipped to 118% from 121% a year earlier": the 121%'s, not the 118%'s
    count = found.group("count").lower()
    return _COUNTS.get(count) or int(count)


YEAR_AGO = re.compile(
    r"\b(?:a year (?:earlier|ago|before)|year[- ]earlier|year[- ]ago|year on year)\b", re.I
)


def assemble_document(
    document: Document, references: References, policy: Policy | None = None
) -> Assembly:
    """Claims, set-aside numbers, conversions and stated rates of one document."""
    assembler = _Assembler(document, references, policy or Policy())
    found = scan(document.text, document.published)
    for item in found.skipped:
        assembler.skip(item.start, item.text, item.reason)
    assembler.rates = stated_rates(document.text, found.mentions)
    in_rates = {m.start for rate in assembler.rates for m in rate.mentions}
    for rate in assembler.rates:
        for mention in rate.mentions:
            assembler.skip(mention.start, mention.text, RATE)
    dateline = assembler.discourse.structure.dateline
    filed = range(dateline.span.start, dateline.span.end) if dateline else range(0)
    for mention in found.mentions:
        if mention.start in filed:
            assembler.skip(mention.start, mention.text, DATELINE)
    mentions = sorted(
        (m for m in found.mentions if m.start not in in_rates and m.start not in filed),
        key=lambda m: m.start,
    )
    index = 0
    for span in sentences(document.text):
        inside = []
        while index < len(mentions) and mentions[index].start < span.end:
            if mentions[index].start >= span.start:
                inside.append(mentions[index])
            index += 1
        assembler.sentence(span, inside)
    contexts = assembler.contexts
    assembler.claims = settled_by_the_article(assembler.claims, assembler.open_choices)
    claims, skipped = read_through_story(
        assembler.discourse.structure.headline,
        sorted(assembler.claims, key=lambda c: (c.start, c.end)),
        sorted(assembler.skipped, key=lambda k: k.start),
        assembler.mentions,
        lambda m: assembler.make(contexts[m.start], m, []) if m.start in contexts else None,
    )
    return Assembly(
        document=document,
        claims=claims,
        skipped=skipped,
        mentions=sorted(assembler.mentions, key=lambda m: m.start),
        conversions=assembler.conversions,
        rates=assembler.rates,
        _assembler=assembler,
    )


def assemble(
    document: Document, references: References, policy: Policy | None = None
) -> tuple[list[Claim], list[SkippedNumber]]:
    """Claims to link and set-aside numbers of one document, in document order. A
    writer's conversion is set aside here ("a conversion of …"); ``factlint.check``
    (through ``assemble_document``) makes it a claim of kind ``conversion`` and checks it
    against the amount it converts."""
    assembly = assemble_document(document, references, policy)
    skipped = list(assembly.skipped)
    for conversion in assembly.conversions:
        claim = conversion.claim
        reason = f"a conversion of {conversion.original.text}"
        skipped.append(
            SkippedNumber(
                doc=claim.doc,
                line=claim.line,
                column=claim.column,
                page=claim.page,
                start=claim.start,
                end=claim.end,
                text=claim.text,
                reason=reason,
            )
        )
    return assembly.claims, sorted(skipped, key=lambda k: k.start)
