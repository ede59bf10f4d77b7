"""Numbers a sentence reads but that are no claim of any metric, and why: a part's
whole ("411 of the 650 seats"), a count of entities ("only two states"), a share of a
change ("half of the monthly increase"), a number dated by an event ("before the
pandemic"); and a hedged amount's interval under the configured policy."""

from __future__ import annotations

import dataclasses
import re

from factlint.claims.context import Found
from factlint.claims.referents import counted_entities
from factlint.claims.sentence import SentenceReading
from factlint.claims.wording import (
    EVENT_DATED,
    SHARE_OF_A_CHANGE,
    event_dated,
    share_of_a_change,
)
from factlint.config import Policy
from factlint.extract import Mention
from factlint.extract.lexicon import HEDGES
from factlint.extract.numbers import implied_interval

COUNT_OF_ENTITIES = "a count of entities ('two states'), not a measure of them"


def apply_policy(mention: Mention, policy: Policy) -> Mention:
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


def is_bare_total(s: SentenceReading, part: Mention, whole: Mention) -> bool:
    """Whether ``whole`` is the total ``part`` is of ("411 of the 650 seats", "three out
    of five") with no measure of its own: "411 of the 650 seats in the House of Commons" is a whole the
    references keep as a metric, whose keyword follows the number at once."""
    (_, part_end), (start, end) = s.local(part), s.local(whole)
    numeric = ("number", "quantity", "money")
    if part.kind not in numeric or whole.kind not in numeric:
        return False
    if _OF_TOTAL.fullmatch(s.text, part_end, start) is None:
        return False
    after = [k for k in s.keywords if k.start > end and not s.text[end : k.start].strip()]
    if not after:
        return True
    part_measure = s.metrics_for(part)[:1]
    # "411 of the 650 seats", "seats" the part's measure: the whole is no seats won
    return any(k.id == after[0].id for k in part_measure)


def counts_entities(s: SentenceReading, mention: Mention, keywords: list[Found]) -> bool:
    """ "Only two states lost population": the number counts entities, and no metric's
    keyword is the noun it counts."""
    start = s.local(mention)[1]
    end = counted_entities(s.text, start)
    return end >= 0 and not any(start <= k.start < end for k in keywords)


def no_metric(mention: Mention) -> str:
    """Why a number whose sentence names no metric it may measure is no claim."""
    if mention.kind == "rank":
        # "the world's largest economy": a rank the references keep no ranking for
        return "a rank, and no ranking among the metrics in the sentence"
    if mention.growth and mention.kind != "percent":
        return "a change, and no metric of changes in the sentence"
    return "no metric in the sentence"


def why_set_aside(
    s: SentenceReading, mention: Mention, keywords: list[Found], periods: list[Mention]
) -> str:
    """Why a number with a metric in its sentence is still no claim of it, or ""."""
    if mention.kind == "number" and keywords and counts_entities(s, mention, keywords):
        return COUNT_OF_ENTITIES
    if share_of_a_change(s, mention):
        return SHARE_OF_A_CHANGE
    if event_dated(s, mention, periods):
        return EVENT_DATED
    return ""
