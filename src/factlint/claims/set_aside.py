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


def is_total_of(part: Mention, whole: Mention, text: str) -> bool:
    """ "411 of the 650 seats", "three out of five": the second number is the whole."""
    numeric = ("number", "quantity", "money")
    if part.kind not in numeric or whole.kind not in numeric:
        return False
    return _OF_TOTAL.fullmatch(text, part.end, whole.start) is not None


def counts_entities(s: SentenceReading, mention: Mention, keywords: list[Found]) -> bool:
    """ "Only two states lost population": the number counts entities, and no metric's
    keyword is the noun it counts."""
    start = s.local(mention)[1]
    end = counted_entities(s.text, start)
    return end >= 0 and not any(start <= k.start < end for k in keywords)


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
