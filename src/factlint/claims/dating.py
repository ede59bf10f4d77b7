"""Which period dates a number of a sentence: its own period, the baseline a change is
measured from, and the level a change started from."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factlint.claims.clauses import CLAUSE_MARKS, clause_around, crosses_clause
from factlint.claims.fit import CHANGE_WORDS, LEVEL_KINDS, is_change
from factlint.claims.sentence import FLOW_KINDS
from factlint.extract import Mention
from factlint.extract.wording import FALLS, FALLS_BY, RISES, RISES_BY
from factlint.periods import fiscal_label, months_long, parse_claim_period, shifted


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
# "cut to nine seats from 48", "raised to 5.25% from 5%": verbs that change a level
_CHANGE_VERBS = RISES | FALLS | FALLS_BY | RISES_BY
_FROM_LEVEL = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|an?\s+estimated\s+)?$",
    re.IGNORECASE,
)

_TO_LEVEL = re.compile(r"\bto\s+(?:[$€£¥]\s?)?\d")


def is_from_level(text: str, start: int) -> bool:
    """Whether the number at ``start`` of the sentence ``text`` is the level a change
    started from: "rose to $659 billion from $475 billion"."""
    left, _ = clause_around(_unbracketed(text), start, start)
    found = _FROM_LEVEL.search(text, left, start)
    if found is None:
        return False
    if not text[left : found.start()].strip():
        left = 0  # ", from 2.03 euros a year ago": the change is the sentence's
    words = _WORD.findall(text, left, start)
    return (
        any(w.lower() in _CHANGE_VERBS for w in words)
        or bool(CHANGE_WORDS.search(text, left, start))
        # "The workweek lengthened to 34.4 hours from 34.3 hours": "to X from Y" is a
        # change whatever its verb.
        or bool(_TO_LEVEL.search(text, left, found.start()))
    )


_BRACKETED = re.compile(r"\([^()]*\)")


def _unbracketed(text: str) -> str:
    """The text with each bracketed aside blanked, offsets kept: "fell to 2.14 billion
    euros ($2.31 billion) in the quarter from 3.25 billion" is one clause."""
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text)


_FISCAL_YEAR_AFTER = re.compile(r"\s*(?:-\s*)?fiscal\s+year\b", re.IGNORECASE)


def period_label(period: Mention, text: str = "", offset: int = 0) -> str:
    """The claim period a period mention gives: its value, or for a fiscal year
    ("fiscal 2024", "FY2023-24", "its 2024 fiscal year" in ``text``, the sentence that
    starts at ``offset``) a label the linker matches against the months the reference
    files give ("FY2024")."""
    label = fiscal_label(period.text)
    if not label and text and _FISCAL_YEAR_AFTER.match(text, period.end - offset):
        label = fiscal_label(f"fiscal {period.text}")
    return label or str(period.value)


def is_baseline(period: Mention) -> bool:
    """ "since 2008", "compared with 2023", "up from May": a starting point, not a period."""
    return period.comparator == ">=" or period.role == "baseline"


_BASELINE_MARKER = re.compile(
    r"\b(?:compared (?:with|to)|from|than|versus|vs\.?|against|since|over)\b", re.IGNORECASE
)


def _baseline_scope(text: str, period: Mention, offset: int) -> tuple[int, int]:
    """The document span of the phrase a baseline period belongs to: from its marker
    ("from", "compared with"; not "since", which states no level) to the end of its
    clause, or of a "when" clause that follows ("compared to the first half of 2023,
    when the surplus stood at €107.9 billion")."""
    start = period.start - offset
    markers = list(_BASELINE_MARKER.finditer(text, 0, start))
    if not markers or markers[-1].group().lower() == "since":
        # "declined to 105,007, from 107,941 the year before, the first drop since
        # 2018": the year a streak began dates no level of an earlier "from"
        return (0, 0)
    end = _clause_end(text, period.end - offset)
    if _WHEN_CLAUSE.match(text, end):
        end = _clause_end(text, end + 1)
    return offset + markers[-1].start(), offset + end


def _clause_end(text: str, position: int) -> int:
    found = [text.find(mark, position) for mark in CLAUSE_MARKS]
    return min((f for f in found if f >= 0), default=len(text))


_WHEN_CLAUSE = re.compile(r"[,;:(—]\s*(?:when|in which|at which|during which)\b", re.IGNORECASE)


# "results showed on Saturday", "the ministry said on Thursday": the day of the report,
# not of the figures.
_REPORTED = re.compile(
    r"\b(?:said|says|showed|shows|reported|announced|released|published|told\s+\w+|"
    r"data\s+showed|figures\s+showed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def period_choices(
    mention: Mention,
    periods: list[Mention],
    text: str,
    offset: int,
    published: dt.date | None,
    numbers: Sequence[Mention] = (),
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
        and not _dates_a_later_baseline(mention, p, text, offset, numbers)
    ]  # fmt: skip

    def preference(period: Mention) -> tuple[bool, bool, bool, bool, int, int]:
        other_clause = _crosses_clause(text, offset, mention, period)
        reported = period.kind == "date" and _REPORTED.search(text, 0, period.start - offset)
        a_day_for_a_flow = not state and period.kind == "date"
        return (
            past_another(mention, period, numbers), other_clause, bool(reported),
            a_day_for_a_flow, _distance(mention, period), period.start,
        )  # fmt: skip

    return sorted(usable, key=preference)


def _dates_a_later_baseline(
    mention: Mention, period: Mention, text: str, offset: int, numbers: Sequence[Mention]
) -> bool:
    """Whether the period dates the level of a "from" phrase written after the mention:
    in "Labour won 33.7%, up from 32.1% at the previous election in 2019", 2019 is the
    32.1%'s."""
    return any(
        mention.end <= n.start and n.end <= period.start
        and _FROM_LEVEL.search(text, mention.end - offset, n.start - offset) is not None
        for n in numbers
    )  # fmt: skip


def past_another(mention: Mention, period: Mention, numbers: Sequence[Mention]) -> bool:
    """Whether another number stands between the mention and a period written after it:
    "wages increased 4.1% after rising 4.3% in the year to February", "Turnout was
    59.7%, down from 67.3% five years ago": the period dates the nearer number."""
    return period.start >= mention.end and any(
        mention.end <= n.start and n.end <= period.start for n in numbers
    )


def _may_date(
    mention: Mention, period: Mention, text: str, offset: int, published: dt.date | None
) -> bool:
    state = mention.kind not in FLOW_KINDS
    future = published is not None and str(period.lower or "") > published.isoformat()
    if future and (state or _crosses_clause(text, offset, mention, period)):
        return False  # a state is never dated after publication; a target only its clause
    if not is_baseline(period):
        return True
    if _when_of(text, offset, period, mention):
        return True  # "since 2013, when 527 people died"
    if state and period.comparator == ">=":
        return not _crosses_clause(text, offset, mention, period)
    if mention.kind in LEVEL_KINDS or (mention.kind == "percent" and not mention.growth):
        start, end = _baseline_scope(text, period, offset)
        return start <= mention.start < end
    return False


def _when_of(text: str, offset: int, period: Mention, mention: Mention) -> bool:
    """Whether the mention stands in a "when" clause right after the period, which it
    dates: "more than doubled since 2013, when 527 people died"."""
    when = _WHEN_CLAUSE.match(text, period.end - offset)
    if when is None or mention.start - offset < when.end():
        return False
    left, _ = clause_around(text, mention.start - offset, mention.end - offset)
    return left <= when.end()


def _crosses_clause(text: str, offset: int, a: Mention, b: Mention) -> bool:
    return crosses_clause(a.start - offset, a.end - offset, b.start - offset, b.end - offset, text)


def _distance(a: Mention, b: Mention) -> int:
    return max(b.start - a.end, a.start - b.end, 0)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def respective_period(
    text: str, offset: int, mention: Mention, numbers: Sequence[Mention], periods: list[Mention]
) -> Mention | None:
    """The period paired with the mention by "respectively": in "the pandemic years of
    2020 and 2021, when the deficit reached $3.132 trillion and $2.772 trillion
    respectively", the n-th amount takes the n-th year. None without the word, or when
    the amounts and the periods before it do not pair one to one."""
    found = _RESPECTIVELY.search(text, mention.end - offset)
    if found is None:
        return None
    stop = offset + found.start()
    amounts = sorted(
        [n for n in [*numbers, mention] if n.kind == mention.kind and n.end <= stop],
        key=lambda n: n.start,
    )
    listed = [p for p in periods if p.end <= stop and not is_baseline(p)]
    if len(amounts) < 2 or len(amounts) != len(listed):
        return None
    return listed[amounts.index(mention)]


_BARE_YEAR = re.compile(r"^\d{4}$")


def fiscal_reading(period: str) -> str:
    """The fiscal year a bare year may stand for ("2020" in a story about a government's
    fiscal years), tried when the calendar year links no fact; "" for any other period."""
    return f"FY{period}" if _BARE_YEAR.match(period) else ""


_SAME_PERIOD = re.compile(
    r"\bsame\s+(?:period|quarter|month|months|time|half|season)\s+(?:of|in|last)\s+$",
    re.IGNORECASE,
)


def same_period_of(text: str, start: int) -> bool:
    """Whether the year at ``start`` of ``text`` follows "the same period of"."""
    return _SAME_PERIOD.search(text, max(0, start - 40), start) is not None


def same_months_in(period: str, year: str) -> str:
    """The months of ``period`` in ``year`` ("2024-Q3" in 2023 is "2023-Q3"); ``year``
    itself when either is no period of whole months, or the period is a year or more."""
    try:
        span, named = parse_claim_period(period), parse_claim_period(year)
    except ValueError:
        return year
    months = months_long(span)
    if months is None or months >= 12 or months_long(named) != 12:
        return year
    return shifted(span, (named.start.year - span.start.year) * 12).label
