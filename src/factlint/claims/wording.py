"""What a sentence's wording says about one of its numbers, beyond the number itself:
the numbers that restate it ("$31.2 million, or 10 cents per share"), the level a change
started from and the claim whose measure it shares, and the period phrases that date it
or date another number ("a year earlier", "five years ago", a period in an aside or in
a clause of its own)."""

from __future__ import annotations

import dataclasses
import re

from factlint.claims.clauses import clause_around
from factlint.claims.context import Found
from factlint.claims.dating import is_from_level
from factlint.claims.model import Claim
from factlint.claims.sentence import SentenceReading
from factlint.extract import Mention
from factlint.units import read_unit


def level_partner(
    s: SentenceReading, mention: Mention, made: list[tuple[Claim, list[Found]]]
) -> tuple[Claim, list[Found]] | None:
    """For the level a change started from ("from 2.03 euros", "up from 59.7%"), the
    nearest earlier claim of the sentence in the same unit and scale, whose measure it
    shares."""
    if mention.kind not in ("money", "quantity", "number", "percent") or mention.growth:
        return None
    if not is_from_level(s.text, s.local(mention)[0]):
        return None
    if not mention.unit:
        # "up 0.9 year from 77.5 in 2022": a plain number is in its partner's unit
        same = [(c, k) for c, k in made if c.kind == "quantity" and c.metric]
    else:
        same = [(c, k) for c, k in made if same_measure(c, mention) and c.metric]
    return same[-1] if same else None


def in_partner_unit(mention: Mention, partner: Claim) -> Mention:
    """The level a change started from in its partner's unit: a plain number ("up 0.9 year
    from 77.5") takes it whole, an amount per what the partner is per ("1.22 euros per
    share, from 2.03 euros")."""
    if not mention.unit:
        return dataclasses.replace(mention, kind="quantity", unit=str(partner.unit))
    if partner.unit.per and not read_unit(mention.unit).per:
        unit = f"{mention.unit} per {str(partner.unit).split(' per ', 1)[1]}"
        return dataclasses.replace(mention, unit=unit)
    return mention


_POSSESSIVE_PERIOD = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?(?=[$€£¥\d])")


def same_measure(claim: Claim, mention: Mention) -> bool:
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


def dates_another(s: SentenceReading, mention: Mention, period: Mention) -> bool:
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


YEAR_AGO_ONLY = re.compile(
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


def restated(s: SentenceReading, a: Mention, b: Mention) -> bool:
    """Whether one of two numbers restates the other ("a loss of $31.2 million, or 10
    cents per share, a year earlier"): the same reading, which one period dates."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_OR.fullmatch(s.text, s.local(first)[1], s.local(second)[0]))


def restating_group(s: SentenceReading, mention: Mention) -> list[Mention]:
    """The mention and the numbers that restate it, in order ("$31.2 million, or 10
    cents per share")."""
    numbers = sorted(
        (n for n in s.numbers if n.kind not in ("date", "period")), key=lambda n: n.start
    )
    if mention not in numbers:
        return [mention]
    at = numbers.index(mention)
    first = last = at
    while first > 0 and restated(s, numbers[first - 1], numbers[first]):
        first -= 1
    while last + 1 < len(numbers) and restated(s, numbers[last], numbers[last + 1]):
        last += 1
    return numbers[first : last + 1]


def in_another_aside(s: SentenceReading, period: Mention, mention: Mention) -> bool:
    """Whether ``period`` stands in a ", which ... ," aside that ``mention`` is outside."""
    start = s.local(period)[0]
    number = s.local(mention)[0]
    return any(a <= start < b and not a <= number < b for a, b in s.asides)


def years_back(s: SentenceReading, mention: Mention) -> int:
    """How many years before the carried period the mention's clause dates it ("the
    1.2% rise a year earlier": 1; "from 67.3% five years ago": 5); 0 when it does not.
    "1.3% more than a year before" compares; it does not date."""
    end = s.local(mention)[1]
    group = restating_group(s, mention)
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


# "189,000 fewer than a year earlier", "22,000 more jobs added than previously reported":
# the number is how far one figure stands from another.
_DIFFERENCE = re.compile(
    r"\s+(?P<way>more|fewer|less|larger|smaller|higher|lower|bigger|greater)\b"
    r"(?:\s+[a-z][a-z-]*){0,3}?\s+than\s+(?:in\s+|at\s+|on\s+)?",
    re.IGNORECASE,
)
DIFFERENCE = "a difference from another estimate ('more than previously reported'), not a level"


def difference_of(s: SentenceReading, mention: Mention, periods: list[Mention]) -> str | None:
    """For an amount written as a difference ("189,000 fewer than a year earlier"), the
    way it changed ("rise", "fall") when what it is compared with is a period; "" when it
    is another estimate of the same figure ("than previously reported", "than economists
    had expected"); None otherwise, the amount read as it stands."""
    if mention.kind not in ("number", "quantity", "money") or mention.growth:
        return None
    found = _DIFFERENCE.match(s.text, s.local(mention)[1])
    if found is None:
        return None
    way = "fall" if found.group("way").lower() in ("fewer", "less", "smaller", "lower") else "rise"
    if any(s.local(p)[0] == found.end() for p in periods):
        return way
    level = _LEVEL_COMPARED.match(s.text, found.end())
    if level is not None and any(
        s.local(n)[0] == level.end() and n.kind == mention.kind and not n.growth for n in s.numbers
    ):
        return way  # "$138 billion larger than the $1.695 trillion gap in fiscal 2023"
    if _ESTIMATE_COMPARED.match(s.text, found.end()):
        return ""
    return None  # "24.9 TWh more than it exported": a measure of its own (net imports)


# "than the ...": the level a difference is taken from, a number of the sentence.
_LEVEL_COMPARED = re.compile(r"(?:the\s+|its\s+|a\s+)?")
# What a difference is taken from when it is another estimate of the same figure.
_ESTIMATE_COMPARED = re.compile(
    r"(?:(?:previously|initially|originally|first|earlier)\s+)?(?:had\s+been\s+|was\s+|were\s+)?"
    r"(?:reported|estimated|thought|believed|published|announced)\b"
    r"|(?:(?:economists|analysts|forecasters|markets?)\s+)?(?:had\s+)?"
    r"(?:expected|forecast|anticipated|predicted|projected)\b",
    re.IGNORECASE,
)


# "the 78.8 years recorded before the pandemic", "its level before the crisis": a number
# dated by an event, which no period on file names.
_EVENT = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,4}?\s+(?:before|during|since|until)\s+the\s+"
    r"(?!(?:same|previous|prior|last|next|first|second|third|fourth|whole|full|entire|"
    r"period|year|quarter|month|week|day|start|end|beginning|middle|turn|half|time)\b)"
    r"(?P<event>[a-z][a-z-]+)\b",
    re.IGNORECASE,
)
EVENT_DATED = "dated by an event ('before the pandemic'), not by a period"


def event_dated(s: SentenceReading, mention: Mention, periods: list[Mention]) -> bool:
    """Whether the number's own clause dates it by an event rather than a period ("the
    78.8 years recorded before the pandemic"), with no period of its own beside it."""
    if mention.kind not in ("money", "percent", "quantity", "number", "multiple"):
        return False
    start, end = s.local(mention)
    right = clause_around(s.text, start, end)[1]
    found = _EVENT.match(s.text, end, right)
    if found is None:
        return False
    return not any(end <= s.local(p)[0] < right for p in periods)


# "more than half of the monthly increase", "54% of the gain": a part's share of a
# change, which no metric of the change or of the level measures.
_OF_A_CHANGE = re.compile(
    r"\s+of\s+(?:the|this|that|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:increase|rise|gain|growth|decline|drop|fall|advance|jump|decrease)s?\b",
    re.IGNORECASE,
)
SHARE_OF_A_CHANGE = "a share of a change ('half of the increase'), not the change"


def share_of_a_change(s: SentenceReading, mention: Mention) -> bool:
    """Whether a percentage or fraction is a part's share of a change ("accounted for
    more than half of the monthly increase"), not a change or a level."""
    return mention.kind == "percent" and bool(_OF_A_CHANGE.match(s.text, s.local(mention)[1]))


_RANKED_IN = re.compile(
    r",\s+(?:one\s+of\s+)?the\s+(?:[a-z-]+\s+)?[a-z]+est\s+(?:[a-z]+\s+)?(?:in|among|of)\s+",
    re.IGNORECASE,
)


def described_only(s: SentenceReading, entities: list[str], local_start: int) -> list[str]:
    """The entities less those named only inside an appositive the number stands outside
    ("The South, the most populous of the nation's four regions, accounted for 1.8
    million"): they describe the subject and are no party to the number."""
    spans = [(a, b) for a, b in s.appositives if not a <= local_start < b]
    # "... to 1.12 children per woman, one of the lowest in the European Union": a group
    # the subject is ranked in, after the number
    spans += [(m.end(), len(s.text)) for m in _RANKED_IN.finditer(s.text, local_start)]
    if not spans:
        return entities
    return [
        e
        for e in entities
        if not all(any(a <= f.start < b for a, b in spans) for f in s.entities if f.id == e)
    ]
