"""The reader that turns one document's mentions into claims, a sentence at a time:
each number with its entities, metric, period and source, or the reason it is no claim.
``claims.assemble`` drives it over a document."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from factlint.claims.comparisons import comparisons_in, related
from factlint.claims.context import Found, flow_roles, ranking_roles
from factlint.claims.conversions import StatedRate, is_conversion_of
from factlint.claims.dating import baseline_for, is_baseline, is_from_level, period_label
from factlint.claims.discourse import Discourse
from factlint.claims.estimates import quoted_estimate
from factlint.claims.expectations import Expectation, on_file
from factlint.claims.fit import contributed
from factlint.claims.levels_reached import is_new_level, level_keywords
from factlint.claims.model import (
    DATED_KINDS,
    Bound,
    Claim,
    ClaimKind,
    SkippedNumber,
    claim_id,
)
from factlint.claims.number_period import (
    Context,
    Dating,
    date_number,
    keywords_beside,
    other_reading,
)
from factlint.claims.records import reach_of
from factlint.claims.referents import others_before
from factlint.claims.roles import measure_before, measures, scope_of, sources_named, speakers
from factlint.claims.sentence import SentenceReading
from factlint.claims.set_aside import apply_policy, is_bare_total, no_metric, why_set_aside
from factlint.claims.signs import negative_in
from factlint.claims.terms import claim_terms
from factlint.claims.wording import (
    DIFFERENCE,
    YEAR_AGO_ONLY,
    described_only,
    difference_of,
    in_partner_unit,
    level_partner,
    restating_group,
)
from factlint.config import Policy
from factlint.documents import Document
from factlint.documents.text import Span
from factlint.extract import Mention
from factlint.periods import parse_claim_period, parse_period
from factlint.references.dataset import References
from factlint.units import read_unit

FORECAST = "a forecast or expectation, not an outcome"


@dataclass(frozen=True, slots=True)
class Conversion:
    """A writer's conversion ("2.1 trillion yen ($14 billion)"): the claim of kind
    ``conversion`` made of the converted amount, and the amount it converts."""

    claim: Claim
    original: Mention
    converted: Mention


def _bound(kind: ClaimKind, value: float | str | None) -> Bound:
    """An end of the interval a mention's wording allows, typed: a number, a day for a
    date or period, and none for a name."""
    if value is None or kind is ClaimKind.TEXT:
        return None
    if kind in DATED_KINDS:
        return dt.date.fromisoformat(str(value))
    return value if isinstance(value, int | float) else float(value)


class Assembler:
    def __init__(self, document: Document, references: References, policy: Policy) -> None:
        self.document = document
        self.references = references
        self.policy = policy
        self.claims: list[Claim] = []
        # The claims a later number may refer back to ("the figure", "February's gain"):
        # every claim, and differences set aside ("22,000 more jobs than reported").
        self.referable: list[Claim] = []
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
        self.contexts: dict[int, Context] = {}

    def skip(self, start: int, text: str, reason: str) -> None:
        where = self.document.locate(start)
        self.skipped.append(
            # Built unvalidated: every field comes from the document as read, and a
            # document sets most of its numbers aside.
            SkippedNumber.model_construct(
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

    def set_aside(self, mention: Mention, reason: str, context: Context) -> None:
        """Set a number read in a sentence aside, keeping what it was read with, should a
        consistency check need to report on it (``Assembly.claim_of``)."""
        self.skip(mention.start, mention.text, reason)
        self.contexts[mention.start] = context

    def make(
        self,
        context: Context,
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
            entities = [
                e for e in entities if e not in named_in or measures(self.references, keyword.id, e)
            ]
        entities = described_only(s, entities, local_start)
        apart = others_before(s.text, local_start)
        if apart >= 0:
            # "the country still trails other wealthy nations, where life expectancy
            # exceeds 82 years": the number is the others', not what was named before.
            entities = [
                e for e in entities if any(f.id == e and f.start >= apart for f in s.entities)
            ]
        carried = [c for e, c in context.referred if e in entities]
        subject, owner = "", ""
        if keyword is None:
            pass
        elif mention.kind in ("rank", "ordinal"):
            subject, owner = ranking_roles(s.text, s.entities, local_start, local_end, keyword)
        elif not self.references.metrics[keyword.id].symmetric:
            subject, owner = flow_roles(s.text, s.entities, keyword)
        named = [e for e in entities if e not in context.sources and e != owner]
        if not named and not subject and apart < 0:
            # "It became the alliance's 32nd member", "Revenue fell 5%": the number's
            # subject is the paragraph's, else the article's.
            taken = {*entities, owner}
            metric_id = keyword.id if keyword else ""
            found = context.carry.subject_for(
                mention.start, mention.end, taken, lambda e: measures(self.references, metric_id, e)
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
            dating = Dating(str(mention.value), True, mention)
        else:
            rate = keyword is not None and self.references.metrics[keyword.id].kind == "percent"
            metrics = tuple(k.id for k in keywords)
            dating = date_number(
                context, mention, self.document.published, from_level, rate, metrics,
                lambda label: self.references.keeps_periods_like(metrics, label),
            )  # fmt: skip
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
            period_otherwise=other_reading(self.references, dating.otherwise, keyword),
            entities=entities,
            subject=subject,
            object=owner,
            metric=keyword.id if keyword else "",
            alternatives=[k.id for k in keywords[1:]],
            nearby=list(dict.fromkeys([*s.nearby(mention), *entities])),
            clause_entities=s.clause_entities(mention),
            starting_level=from_level and not explicit,
            source_hint=s.source_hint,
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
                s.local(restating_group(s, mention)[0])[0],
                local_end,
            ),
            reach=reach,
        )
        return claim

    def sentence(self, span: Span, mentions: list[Mention]) -> None:
        s = SentenceReading(self.document.text, span, self.references)
        discourse = self.discourse
        discourse.enter(s)
        sources = sources_named(s, self.references)
        referred = discourse.resolve(s, sources)
        s.refer([found for found, _ in referred])
        sources |= speakers(s, self.references)
        periods = [m for m in mentions if m.kind in ("date", "period")]
        s.numbers = mentions
        relations = comparisons_in(s, mentions, sources)  # "grew faster than Italy"
        read = sorted([*mentions, *s.text_mentions()], key=lambda m: m.start)
        if not read and not relations:
            # Most sentences hold nothing to claim: the article reads what they name, and
            # what a claim would carry from before them is never built.
            discourse.read(s, sources, "", 0, ())
            return
        context = Context(s, periods, discourse.carry(s), sources, [(f.id, c) for f, c in referred])
        scope = scope_of(s, sources, [e for e, _ in context.carry.subjects], self.references)
        consumed = {r.mention.start for r in relations if r.multiple}
        dated: list[Mention] = []  # the sentence's own periods that dated its claims
        made: list[tuple[Claim, list[Found]]] = []  # the sentence's claims, with keywords
        used_as_period: set[int] = set()
        claimed: set[int] = set()
        previous: Mention | None = None
        for mention in read:
            mention = apply_policy(mention, self.policy)
            self.mentions.append(mention)
            if mention.start in consumed:
                continue  # "twice as large as Italy's": a comparison, made below
            if previous is not None and is_bare_total(s, previous, mention):
                self.set_aside(mention, f"the whole of which {previous.text} is part", context)
                continue
            if previous is not None and is_conversion_of(previous, mention, self.document.text):
                # Checked against the amount it converts, never against a fact.
                claim = self.make(context, mention, [], kind="conversion")
                self.conversions.append(Conversion(claim, previous, mention))
                continue
            previous = mention
            way = difference_of(s, mention, periods)
            if way:
                # "about 189,000 fewer than a year earlier": a change since that period.
                mention = dataclasses.replace(mention, growth=way)
                self.mentions[-1] = mention
            expected = s.expectation(mention)
            keywords = s.metrics_for(mention, scope)
            if mention.growth and contributed(s.text, s.local(mention)[0], keywords):
                mention = dataclasses.replace(mention, growth="")
            if way == "":
                if keywords:  # still what a later "the gain" may refer back to
                    self.referable.append(self.make(context, mention, keywords))
                    self.keywords_of[self.referable[-1].id] = keywords
                self.set_aside(mention, DIFFERENCE, context)
                continue
            if expected and not on_file([k.id for k in keywords], self.references):
                self.skip(mention.start, mention.text, FORECAST)
                continue
            partner = level_partner(s, mention, made)
            if partner is not None:
                # "slid to 1.31 billion euros, or 1.22 euros per share, from 2.03 euros":
                # the level a change started from measures what its partner measures,
                # per what it is per.
                keywords = partner[1]
                mention = in_partner_unit(mention, partner[0])
                self.mentions[-1] = mention  # the consistency checks read it so too
            if partner is None and any(c.growth for c, _ in made) and is_new_level(s, mention):
                # "grew by 3.3 million people ... to reach 340.1 million, as a jump in
                # immigration ...": the level reached is a level of what grew.
                keywords = level_keywords(s, mention, keywords)
            measured = None
            if not keywords and mention.kind not in ("date", "period"):
                measured = measure_before(
                    s, mention, self.referable, self.keywords_of, self.discourse, self.references
                )
                if measured is not None:
                    keywords = measured[0]
            if not keywords:
                if mention.kind not in ("date", "period"):
                    self.set_aside(mention, no_metric(mention), context)
                continue
            aside = why_set_aside(s, mention, keywords, periods)
            if aside:
                self.set_aside(mention, aside, context)
                continue
            claim = self.make(context, mention, keywords, expected=expected)
            if partner is None and measured is None and s.ties > 1:
                self.open_choices[claim.id] = [k.id for k in keywords[: s.ties]]
            if measured is not None:
                claim = claim.model_copy(update={"carried": [*claim.carried, measured[1]]})
            self.claims.append(claim)
            self.referable.append(claim)
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
                self.referable.append(claim)
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
            if not is_baseline(p) and p.kind == "period" and not YEAR_AGO_ONLY.fullmatch(p.text)
        ]
        setting = dated[0] if dated else max(named, key=lambda p: p.start) if named else None
        beside = tuple(
            (keyword.id, period_label(p, s.text, s.span.start), p.start)
            for p in named
            for keyword in keywords_beside(s, p)
        )
        if setting is not None:
            label = period_label(setting, s.text, s.span.start)
            discourse.read(s, sources, label, setting.start, beside)
        else:
            discourse.read(s, sources, "", 0, beside)
