"""How a metric fits a number in its sentence: whether the number's unit can measure the
metric, whether the number is a change or a level and the metric one of changes, whether
one metric narrows another, and the asides and relative clauses that keep a keyword
from a number."""

from __future__ import annotations

import datetime as dt
import re

from factlint.claims.clauses import clause_marks
from factlint.claims.context import Found
from factlint.extract import Mention
from factlint.extract.lexicon import COUNTED_IN_MILLIONS
from factlint.extract.wording import GROSS_FLOWS
from factlint.references.models import Metric
from factlint.units import UnitError, read_unit


def a_month_or_more(period: Mention) -> bool:
    try:
        first = dt.date.fromisoformat(str(period.lower))
        last = dt.date.fromisoformat(str(period.upper))
    except ValueError:
        return False
    return (last - first).days >= 27


def narrows(specific: Metric, general: Metric) -> bool:
    """Whether ``specific`` measures a part of what ``general`` does: one of its keywords
    holds one of the general metric's ("youth unemployment" holds "unemployment")."""
    if specific.kind != general.kind:
        return False
    words = [f" {' '.join(k.lower().split())} " for k in specific.keywords]
    return any(
        f" {' '.join(g.lower().split())} " in w and w.strip() != g.lower().strip()
        for g in general.keywords
        for w in words
    )


ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:()—]*,")
RELATIVE = re.compile(r",\s*which\s+(?:has\s+|had\s+)?[a-z]+\b[^,;:()—]*")
# ", the most populous of the nation's four regions,": a noun phrase between commas right
# after a capitalised name, with no verb of its own (it ends at the next comma).
APPOSITIVE = re.compile(r"(?<=[A-Z][a-z])(?:[a-z]*),\s+(?:the|a|an)\s+[^,;:()—]{3,80}?,")


ASIDE_PENALTY = 10_000
# What a rate is counted per: "750.5 deaths per 100,000 people".
PER = re.compile(r"\s+(?:per|for every)\b", re.IGNORECASE)


def aside_gap(text: str, start: int, end: int) -> int:
    """What an aside adds to the gap between a number and a keyword (see ``gap``)."""
    return (end - start) + 40 * clause_marks(text[start:end])


LEVEL_KINDS = frozenset({"money", "quantity", "number"})
UNIT_KINDS = frozenset({"money", "quantity"})
# A measure that adds to a total: "Net international migration added 2.8 million",
# "exports contributed $4bn".
CONTRIBUTES = re.compile(
    r"\s+(?:added|adds|contributed|contributes)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
    r"almost\s+|more than\s+|an estimated\s+)?(?:\$|€|£)?"
)


_GROSS = re.compile(
    rf"\b(?:{'|'.join(sorted(GROSS_FLOWS))})\s+(?:(?:about|around|some|nearly|almost|more\s+than|"
    rf"an\s+estimated|roughly)\s+)?(?:\$|€|£)?$",
    re.IGNORECASE,
)


def gross_flow(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` counts what was cut or created ("Meta
    cut about 21,000 jobs"): a gross flow, not the difference of two levels."""
    return _GROSS.search(text, max(0, start - 40), start) is not None


def contributed(text: str, start: int, keywords: list[Found]) -> bool:
    """Whether the number at ``start`` of ``text`` is what its measure added ("Net
    international migration added 2.8 million people"): the flow's own value, not a
    change of it."""
    return bool(keywords) and CONTRIBUTES.fullmatch(text, keywords[0].end, start) is not None


# The words before a level a change reached: "to reach", "to", "bringing it to".
NEW_LEVEL = re.compile(
    r"\b(?:to|to reach|reaching|to stand at|to hit|to a total of|to a record)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|just over\s+)?(?:\$|€|£)?$",
    re.IGNORECASE,
)
# What may stand between a list member's name and its number: "construction 39,000",
# "imports rose 3%", "services at 2.1%".
HEADS = re.compile(
    r"\s+(?:(?!and\b|or\b|but\b|while\b)[a-z]+\s+){0,2}(?:by\s+|to\s+|at\s+)?(?:just\s+|about\s+)?"
)
CHANGE_WORDS = re.compile(
    r"\b(?:change[sd]?|increase[sd]?|decrease[sd]?|growth|grew|grow|rise|rose|risen|fall|fell|"
    r"fallen|gain(?:ed|s)?|loss(?:es)?|declin\w*|drop\w*|shr[aiu]nk\w*|widen\w*|narrow\w*|up|down)\b",
    re.IGNORECASE,
)


def measures_change(metric: Metric) -> bool:
    """A metric of changes ("Change in population", keywords "population fell"), which
    an amount written as a change ("fell by 850,000") may measure."""
    text = " ".join([metric.id.replace("_", " "), metric.description, *metric.keywords])
    return bool(CHANGE_WORDS.search(text))


# A plain number followed by what it counts ("2,300 people", "72,000 more jobs").
COUNTED = re.compile(
    rf"\s+(?:(?:more|new|fewer|additional|extra|full-time|part-time)\s+)?"
    rf"(?:{'|'.join(sorted(COUNTED_IN_MILLIONS - {'shares', 'barrels', 'tonnes', 'tons'}))})\b",
    re.IGNORECASE,
)


def per_noun(text: str, end: int, keyword: Found) -> bool:
    """Whether the keyword right after a number ending at ``end`` is what a rate is
    counted in: "The death rate fell to 750.5 deaths per 100,000 people" (its unit, not
    its measure)."""
    return (
        keyword.start >= end
        and not text[end : keyword.start].strip()
        and PER.match(text, keyword.end) is not None
    )


def count_noun(
    counted: re.Match[str] | None, end: int, keyword: Found, keywords: list[Found], start: int
) -> bool:
    """Whether the keyword is the noun a count is of (``counted``, the COUNTED match after
    the number at ``start``..``end``) while another metric's keyword stands before the
    number: in "Health care led the gains, with 72,000 jobs", "jobs" is the count's unit
    and "health care" what it measures."""
    return (
        counted is not None
        and end <= keyword.start < counted.end()
        and any(k.end <= start and k.id != keyword.id for k in keywords)
    )


def is_money(metric: Metric) -> bool:
    try:
        return metric.measure.dimension == "currency"
    except UnitError:
        return False


def unit_fit(mention: Mention, metric: Metric) -> int:
    """How a number's unit fits a metric's: 2 when it may measure it (a number in tonnes
    or years never measures a metric kept in dollars; a plain number may, the writer
    having left the currency out, which the verdict shows; "EPS of $1.10" is read per
    share by a metric kept per share); 1 when the number is per something the metric's
    unit does not say (a metric kept in "USD" before per-units, for "$1.25 a share"),
    which linking then reports as a unit that does not fit; 0 when it does not fit."""
    if mention.kind not in ("money", "quantity") or not metric.unit:
        return 2
    try:
        unit, measure = read_unit(mention.unit), metric.measure
        if unit.dimension == measure.dimension:
            return 2
        if not unit.per and measure.per and unit.dimension == measure.whole.dimension:
            return 2
        return (
            1 if unit.per and not measure.per and unit.whole.dimension == measure.dimension else 0
        )
    except UnitError:
        return 2


def is_change(mention: Mention) -> bool:
    """ "rose 26%", "fell 0.3 percentage points", "doubled": a change, not a level."""
    return mention.kind == "multiple" or (bool(mention.growth) and mention.kind == "percent")


# An owner of a counted group ("the country's 17 regions"), not a member of it.
_COUNT_AFTER = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]")


def owns_a_count(text: str, entity: Found) -> bool:
    """Whether the entity owns the counted group that follows it ("the most populous of
    the country's 17 regions"): a list's owner, not the number's subject."""
    possessive = text[entity.end : entity.end + 2] in ("'s", "’s")
    written = text[entity.start : entity.end].endswith(("'s", "’s"))
    after = entity.end + 2 if possessive else entity.end
    return (possessive or written) and _COUNT_AFTER.match(text, after) is not None
