"""A stated change against its two stated values: "from $639m to $1.13bn, up 76%",
"rose 5% to $2.1bn from $2.0bn", "widened by $3.9bn to $55.5bn from $51.6bn", "fell from
5.2% to 4.9%, down 0.3 percentage points", "doubled to $4bn from $2bn", and a level with
its change as an amount and a percentage ("$1.695 trillion, up $320 billion, or 23%")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factlint.consistency.arithmetic import (
    BASELINE,
    FILLER,
    LEVEL_KINDS,
    PERCENT,
    Relation,
    as_stated,
    in_unit_of,
    make_relation,
    unit_of,
)
from factlint.documents.text import Span
from factlint.extract import Mention
from factlint.extract.wording import FALLS, RISES
from factlint.intervals import Interval, of_mention, ratio

_SEGMENT = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\band\b", re.IGNORECASE)
_NEW_LEVEL = re.compile(rf"\b(?:to|reaching|hitting)\s+{FILLER}$", re.IGNORECASE)
_CHANGE_NOUNS = (
    r"increase|rise|jump|gain|growth|surge|climb|decline|drop|fall|decrease|slump|slide|"
    r"contraction|reduction|cut|loss"
)
_NOUN_BEFORE = re.compile(rf"\b(?:{_CHANGE_NOUNS})\s+of\s+{FILLER}$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    rf"\s*(?:year[- ]on[- ]year\s+|annual\s+|on-year\s+)?(?:{_CHANGE_NOUNS})\b", re.IGNORECASE
)
_BY = re.compile(r"\bby\s+" + FILLER + "$", re.IGNORECASE)
_FALL_NOUNS = re.compile(
    r"decline|drop|fall|decrease|slump|slide|contraction|reduction|cut|loss", re.IGNORECASE
)
_EXTRA_FALLS = frozenset({"narrowed", "narrowing", "narrows", "eased", "shed", "cut"})
_EXTRA_RISES = frozenset({"widened", "widening", "widens", "added", "swelled", "doubled"})


_OTHER_COMPARISON = re.compile(
    r"\bfrom\b|\b(?:quarter|month|week|year)[- ](?:on|over)[- ](?:quarter|month|week|year)\b|"
    r"\bsequential\w*|\bon\s+the\s+(?:month|quarter|year)\b|\bannuali[sz]ed\b",
    re.IGNORECASE,
)


# The period a change is measured from, written right after it: "up 23% from a year
# earlier", "2.1% year on year".
_OWN_BASELINE = re.compile(
    r"\s*(?:(?:from|than|on|over|compared\s+(?:with|to))\s+(?:a|the|one)\s+"
    r"(?:year|month|quarter)\s*(?:earlier|ago|before)?|year[- ]on[- ]year|on\s+the\s+year)\b",
    re.IGNORECASE,
)


_PART_OF = re.compile(r"\s+of\s+(?:the|all|its|their)\b", re.IGNORECASE)


def _own_baseline(text: str, mention: Mention) -> bool:
    """Whether the change's own words name the period it is measured from."""
    return _OWN_BASELINE.match(text, mention.end) is not None


def segments(text: str, span: Span) -> list[Span]:
    """A sentence cut where a new statement may begin ("…, while imports fell 3%")."""
    cuts = [span.start, *(m.start() for m in _SEGMENT.finditer(text, span.start, span.end))]
    return [Span(a, b) for a, b in zip(cuts, [*cuts[1:], span.end], strict=True)]


def _direction(text: str, segment: Span, change: Mention) -> str:
    """ "rise", "fall", or "" when the wording does not say."""
    if change.growth:
        return change.growth
    after = _NOUN_AFTER.match(text, change.end)
    if after:
        return "fall" if _FALL_NOUNS.search(after.group()) else "rise"
    before = text[segment.start : change.start].lower()
    for word in reversed(re.findall(r"[a-z]+", before)):
        if word in FALLS or word in _EXTRA_FALLS or _FALL_NOUNS.fullmatch(word):
            return "fall"
        if word in RISES or word in _EXTRA_RISES or re.fullmatch(_CHANGE_NOUNS, word):
            return "rise"
    return ""


def _is_change(text: str, segment: Span, mention: Mention, before: str) -> bool:
    if mention.kind == "multiple" or mention.growth:
        return True
    if _NOUN_BEFORE.search(before) or _NOUN_AFTER.match(text, mention.end):
        return True
    if mention.kind == "percent":
        # "rose 5%", "narrowed by 12.3%": a change verb just before the number.
        verb_before = re.search(r"[a-z]+\s+(?:by\s+)?$", before, re.IGNORECASE) is not None
        return bool(mention.growth) or (verb_before and _direction(text, segment, mention) != "")
    return _BY.search(before) is not None and _direction(text, segment, mention) != ""


def changes_in(text: str, segment: Span, mentions: list[Mention]) -> Iterator[Relation]:
    baselines: list[Mention] = []
    news: list[Mention] = []
    changes: list[Mention] = []
    others: list[Mention] = []
    previous_end = segment.start
    loose = False  # a baseline "compared with" rather than "from"
    for mention in mentions:
        before = text[previous_end : mention.start]
        previous_end = mention.end
        marker = BASELINE.search(before)
        if marker:
            baselines.append(mention)
            loose = not marker.group().lower().startswith("from")
        elif _NEW_LEVEL.search(before) and mention.kind != "multiple":
            news.append(mention)
        elif _is_change(text, segment, mention, before):
            changes.append(mention)
        else:
            others.append(mention)
    if not baselines:
        yield from _level_and_two_changes(text, segment, [*news, *others], changes)
        return
    if len(baselines) != 1 or not changes:
        return
    if loose and _OTHER_COMPARISON.search(text, segment.start, segment.end):
        # "rose 5% from the previous quarter, compared with $1.8bn a year earlier": the
        # change is measured from something else than the figure compared with.
        return
    baseline = baselines[0]
    # "to 1.31 billion euros, or 1.22 euros per share, from 2.03 euros": the new level
    # written in the baseline's own unit and scale, where one is.
    same = [m for m in [*news, *others] if m.unit == baseline.unit and m.kind == baseline.kind]
    candidates = (
        same
        if len(same) == 1
        else [m for m in news or others if in_unit_of(m, baseline) is not None]
    )
    if len(candidates) != 1:
        return
    for change in changes:
        relation = _change(text, segment, baseline, candidates[0], change)
        if relation is not None:
            yield relation


def _level_and_two_changes(
    text: str, segment: Span, levels: list[Mention], changes: list[Mention]
) -> Iterator[Relation]:
    """ "a $1.695 trillion deficit, up $320 billion, or 23%": the level before the change
    was the level less the amount, and the percentage is the amount over it."""
    amounts = [c for c in changes if c.kind in LEVEL_KINDS]
    shares = [
        c
        for c in changes
        if c.kind == "percent" and unit_of(c) == PERCENT and not _PART_OF.match(text, c.end)
    ]  # "to 6.5 million, or 13.4% of the total": a share of a whole, not the change
    levels = [m for m in levels if m.kind in LEVEL_KINDS]
    if len(levels) != 1 or len(amounts) != 1 or len(shares) != 1:
        return
    level, amount, share = levels[0], amounts[0], shares[0]
    if _own_baseline(text, share) and not _own_baseline(text, amount):
        return  # "rose by 66,000 to 1.45 million, ... up 23% from a year earlier"
    now, moved, stated = of_mention(level), in_unit_of(amount, level), of_mention(share)
    direction = _direction(text, segment, amount) or _direction(text, segment, share)
    if now is None or moved is None or stated is None or not direction:
        return
    moved = moved.absolute()
    before = now - moved if direction == "rise" else now + moved
    fraction = ratio(moved, before)
    if fraction is None:
        return
    if direction == "fall" and isinstance(share.value, float) and share.value < 0:
        stated = -stated
    operation = "−" if direction == "rise" else "+"
    computation = f"{as_stated(amount)} ÷ ({as_stated(level)} {operation} {amount.text}) × 100"
    yield make_relation(
        "change", (level, amount, share), fraction.scaled(100.0), stated, computation, "%"
    )


def _change(
    text: str, segment: Span, baseline: Mention, new: Mention, change: Mention
) -> Relation | None:
    old, now = of_mention(baseline), in_unit_of(new, baseline)
    stated = of_mention(change)
    change_unit = unit_of(change)
    if old is None or now is None or stated is None or change_unit is None:
        return None
    members = (baseline, new, change)
    span = f"{as_stated(baseline)} to {as_stated(new)}"
    if change.kind == "multiple":
        derived = ratio(now, old)
        if derived is None:
            return None
        return make_relation("change", members, derived, stated, f"{span}: ratio", "times")
    direction = _direction(text, segment, change)
    if direction == "fall" and isinstance(change.value, float) and change.value > 0:
        stated = -stated
    if change_unit.base == "%" and change.kind == "percent":
        growth = ratio(now, old)
        if growth is None:
            return None
        derived = Interval(
            None if growth.low is None else (growth.low - 1) * 100,
            None if growth.high is None else (growth.high - 1) * 100,
        )
        computation = f"{span}: new ÷ old − 1"
        unit = "%"
    elif change_unit.base == "percentage point" and unit_of(baseline) == PERCENT:
        derived = now - old
        computation, unit = f"{span}: new − old", "percentage points"
    else:
        moved = in_unit_of(new, change)
        base = in_unit_of(baseline, change)
        if moved is None or base is None:
            return None
        derived = moved - base
        computation, unit = f"{span}: new − old", change.unit
    if not direction:
        derived, stated = derived.absolute(), stated.absolute()
    return make_relation("change", members, derived, stated, computation, unit)
