"""The period that dates each number of a sentence: the sentence's own period phrases
first, then what the paragraph, the lead or the headline set, else the published date;
a level a change started from a year (or, for a rate, a reading) before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from factlint.claims.carry import Carry
from factlint.claims.clauses import clause_around, gap
from factlint.claims.context import Found
from factlint.claims.dating import (
    fiscal_reading,
    is_baseline,
    past_another,
    period_choices,
    period_label,
    respective_period,
    same_months_in,
    same_period_of,
)
from factlint.claims.fit import a_month_or_more
from factlint.claims.model import Carried
from factlint.claims.sentence import SentenceReading
from factlint.claims.wording import (
    YEAR_AGO,
    YEAR_AGO_ONLY,
    dates_another,
    in_another_aside,
    restated,
    years_back,
)
from factlint.extract import Mention
from factlint.periods import Period, parse_claim_period, period_before, year_before, years_before
from factlint.references.dataset import References


@dataclass(frozen=True, slots=True)
class Context:
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
class Dating:
    """The period that dates a number: whether the wording gives it (``explicit``), the
    sentence's own period mention that gave it, or what was carried from elsewhere."""

    period: str
    explicit: bool
    own: Mention | None = None
    carried: Carried | None = None
    otherwise: str = ""  # another reading, tried when ``period`` links no fact


def date_number(
    context: Context,
    mention: Mention,
    published: dt.date | None,
    from_level: bool,
    rate: bool = False,
    metrics: tuple[str, ...] = (),
    fits: Callable[[str], bool] = bool,
) -> Dating:
    """The period of the sentence that dates the mention; else the one the paragraph,
    or else the headline and lead, last named ("In June 2024, ... The balance for the
    month ..."); else, implicitly, the published date. ``from_level``: the mention is
    the level a change started from ("to $659 billion from $475 billion"); ``rate``:
    of a metric kept in percent, whose earlier level is the reading before; ``fits``:
    whether a period is of a length the metrics are kept in."""
    s = context.sentence
    periods = context.periods
    carried = context.carry.period_for(mention.start, mention.end, metrics, fits)
    if carried is not None and carried != context.carry.period:
        context.beside.append(carried)
    elif carried is not None and context.beside:
        # "Outbound shipments rose 10.7%, ... while imports increased 1.0%": the
        # sentence's numbers share the period one of them took beside its measure.
        carried = context.beside[0]
    if carried is not None:
        # "from 2.03 euros a year ago", "the 1.2% rise a year earlier": "a year ago"
        # dates a number a year before the period the article reports on.
        periods = [p for p in periods if not YEAR_AGO_ONLY.fullmatch(p.text)]
    numbers = [
        n for n in s.numbers
        if n.kind not in ("date", "period") and n is not mention
        and not restated(s, mention, n)
    ]  # fmt: skip
    choices = period_choices(mention, periods, s.text, s.span.start, published, numbers)
    paired = respective_period(s.text, s.span.start, mention, numbers, periods)
    if paired is not None:
        choices = [paired]  # "in 2020 and 2021, ... $3.1 trillion and $2.8 trillion respectively"
    # "Turnout was 59.7%, down from 67.3% five years ago": "five years ago" dates the
    # number it follows, never one before that.
    choices = [
        p for p in choices
        if not (YEAR_AGO_ONLY.fullmatch(p.text) and past_another(mention, p, numbers))
    ]  # fmt: skip
    # "The disease, which had been the fourth-leading cause in 2022, fell to 10th
    # place": a period inside an aside dates only the aside's own numbers.
    choices = [p for p in choices if not in_another_aside(s, p, mention)]
    if carried is not None:
        # "Food cost 1.3% more than a year before, after a rise of 1.5% in July": a
        # period in another clause dates that clause's number, not this one.
        choices = [p for p in choices if is_baseline(p) or not dates_another(s, mention, p)]
    if choices and (is_baseline(choices[0]) or choices[0].start >= mention.end):
        label = period_label(choices[0], s.text, s.span.start)
        if same_period_of(s.text, s.local(choices[0])[0]):
            # "up from 15.9% in the same period of 2023": the quarter the sentence names
            # or carries, in 2023
            named = [p for p in periods if p is not choices[0] and p.end <= mention.start]
            base = str(named[-1].value) if named else carried[0] if carried else ""
            label = same_months_in(base, label) if base else label
        return Dating(label, True, choices[0])  # "from $895m in 2023"
    how = None
    if choices:
        period, explicit, own = period_label(choices[0], s.text, s.span.start), True, choices[0]
        back = years_back(s, mention) if carried is not None else 0
        if back and not s.same_clause(mention, choices[0]):
            # "For September alone, ... compared with a deficit of $171 billion in the
            # same month a year earlier": September of the year before.
            return Dating(years_before(period, back), True, None)
    elif carried is not None:
        (period, how), explicit, own = carried, True, None
        back = years_back(s, mention)
        if back:
            # "the 12.1% rise a year earlier", "down from 67.3% five years ago": the
            # carried period, that many years before.
            return Dating(years_before(period, back), True, None, how)
    else:
        published = published
        period, explicit, own = (published.isoformat() if published else ""), False, None
    if from_level and explicit:
        # "jumped to $659 billion from $475 billion": the level a change started
        # from, a year before the period of the change.
        year_ago = bool(YEAR_AGO.search(s.text))
        earlier = year_before(period, any_length=year_ago)
        if earlier == period:
            # "rose to 5.6% from 5.2%": a rate's earlier reading is the one before, or,
            # failing that, the same period a year before (a company's quarter); an
            # amount's ("lengthened to 34.4 hours from 34.3 hours") the other way round.
            before, a_year = period_before(period), year_before(period, any_length=True)
            tried, then = (before, a_year) if rate else (a_year, before)
            return Dating(tried, True, None, how, then if then != tried else "")
        return Dating(earlier, True, None, how)
    return Dating(period, explicit, own, how, fiscal_reading(period))


def other_reading(references: References, label: str, keyword: Found | None) -> Period | None:
    """The other reading of a claim's period (``Dating.otherwise``), parsed; a fiscal
    year only for a metric that keeps fiscal years."""
    if not label:
        return None
    if label.startswith("FY") and not references.keeps_fiscal_years(keyword.id if keyword else ""):
        return None
    return parse_claim_period(label)


def keywords_beside(s: SentenceReading, period: Mention) -> list[Found]:
    """The keywords nearest a period of a month or more in its clause: the measure it
    dates ("China's December exports", "the trade surplus for 2024"), not a week or a
    day an event fell on."""
    if not a_month_or_more(period):
        return []
    start, end = s.local(period)
    left, right = clause_around(s.text, start, end)
    inside = [k for k in s.keywords if left <= k.start and k.end <= right]
    if not inside:
        return []
    nearest = min(gap(start, end, k.start, k.end, s.text) for k in inside)
    return [k for k in inside if gap(start, end, k.start, k.end, s.text) == nearest]
