"""Comparisons between entities, read from a sentence: "Spain grew faster than Italy",
"unemployment in Spain is higher than in France", "Spain's economy grew 2.7%, faster
than Italy's 0.7%", "Germany overtook Japan", "Italy lagged Spain", "California's economy
is twice as large as Texas's". Each relates two entities' figures of one metric: a claim
of kind ``comparison`` whose ``relation`` names them and how their figures stand, made by
assembly from the :class:`Comparative` found here (its metric and period are read as any
number's, at the comparative's place).

Read: a comparative before "than" and an entity ("faster than Italy", "more oil than
Texas", "lower than in France"); a verb of outdoing before an entity ("outpaced",
"outgrew", "outstripped", "overtook", "surpassed", "lagged", "trailed", "fell behind",
"was overtaken by"); a multiple before "as large as", "the size of", "that of" and an
entity. Not read: a comparison with a sum ("more than Texas and Florida combined"), with
a period ("higher than in 2023"), or with no entity after "than" ("faster than
expected")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from factlint.claims.context import Found
from factlint.claims.fit import measures_change
from factlint.claims.model import Claim, Relation
from factlint.claims.sentence import SentenceReading
from factlint.extract import Mention
from factlint.extract.wording import FALLS, RISES

_MORE = {
    "faster", "quicker", "more quickly", "more rapidly", "more", "higher", "larger", "bigger",
    "greater", "stronger", "richer", "wealthier", "wider", "more populous", "heavier",
}  # fmt: skip
_LESS = {
    "slower", "more slowly", "less quickly", "less", "fewer", "lower", "smaller", "weaker",
    "poorer", "narrower", "less populous", "lighter",
}  # fmt: skip


def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any spaces between their words."""
    escaped = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len)
    return "|".join(reversed(escaped))


# Comparatives of pace: they compare changes ("grew faster than").
_PACE = {"faster", "quicker", "more quickly", "more rapidly", "slower", "more slowly",
         "less quickly"}  # fmt: skip
# Before "than": "faster", "more people", "lower unemployment"; read back from "than".
_BEFORE_THAN = re.compile(
    r"\b(?P<cmp>" + _alternatives(_MORE | _LESS) + r")\b"
    r"(?P<mid>(?:\s+(?!than\b)[A-Za-z][\w'’-]*){0,3}?)\s+$",
    re.IGNORECASE,
)
_THAN = re.compile(r"than\s+(?:(?:in|for|at|that\s+of|those\s+of|the)\s+)*")
_REACH_BEFORE_THAN = 80
# Verbs of outdoing: (order, the order changed, compares changes).
_VERBS = {
    "outpaced": (">", False, True), "outpaces": (">", False, True),
    "outpacing": (">", False, True), "outgrew": (">", False, True),
    "outgrows": (">", False, True), "outstripped": (">", False, False),
    "outstrips": (">", False, False), "outperformed": (">", False, False),
    "overtook": (">", True, False), "overtakes": (">", True, False),
    "overtaking": (">", True, False), "surpassed": (">", True, False),
    "surpasses": (">", True, False), "eclipsed": (">", True, False),
    "leapfrogged": (">", True, False), "lagged": ("<", False, False),
    "lags": ("<", False, False), "lagging": ("<", False, False),
    "trailed": ("<", False, False), "trails": ("<", False, False),
    "fell behind": ("<", True, False), "slipped behind": ("<", True, False),
    "dropped behind": ("<", True, False), "was overtaken by": ("<", True, False),
    "were overtaken by": ("<", True, False), "has been overtaken by": ("<", True, False),
}  # fmt: skip
_VERB = re.compile(
    r"\b(?P<verb>"
    + _alternatives(_VERBS)
    + r")(?:\s+behind)?\s+(?:(?:that\s+of|those\s+of|the)\s+)*",
    re.IGNORECASE,
)
# Cheap tests that a sentence may hold a verb of outdoing, before the regex.
_VERB_STEMS = ("outp", "outg", "outs", "overt", "surpass", "eclips", "leapfrog", "lag", "trail",
               "behind")  # fmt: skip
# After a multiple: "twice as large as", "three times the size of", "2.5 times that of".
_AFTER_MULTIPLE = re.compile(
    r"\s+(?:as\s+(?:large|big|high|much|many|great|rich|wealthy|populous|heavy)\s+as|"
    r"the\s+size\s+of|the\s+level\s+of|that\s+of|those\s+of|"
    r"(?:larger|bigger|higher|greater|more)\s+than)\s+(?:(?:in|that\s+of|the)\s+)*",
    re.IGNORECASE,
)
# After the entity compared with, words that make it part of a sum.
_SUM = re.compile(r"^(?:['’]s)?\s+(?:and|or|plus)\s+[A-Z]|^(?:['’]s)?\s+(?:combined|together)\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_CHANGE_VERBS = RISES | FALLS
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")


@dataclass(frozen=True)
class Comparative:
    """A comparison found in a sentence: the ``mention`` assembly reads its metric and
    period at (over the comparison's words; for a multiple, with the multiple's value and
    interval, the ratio's), whether it is made of a multiple the sentence's numbers
    hold (which is then no claim of its own), and its relation."""

    mention: Mention
    relation: Relation
    multiple: bool = False

    def metrics(self, s: SentenceReading, scope: frozenset[str]) -> list[Found]:
        """The keywords of the metrics the comparison may be of, best first: for a
        comparison of levels ("larger", "overtook"), metrics of changes after the others."""
        keywords = s.metrics_for(self.mention, scope)
        if self.relation.change:
            return keywords
        metrics = s.references.metrics
        return sorted(keywords, key=lambda k: measures_change(metrics[k.id]))


def comparisons_in(
    s: SentenceReading, mentions: list[Mention], sources: set[str]
) -> list[Comparative]:
    """Every comparison between two entities the sentence states."""
    found: list[Comparative] = []
    text = s.text
    if len({e.id for e in s.entities}) < 2:
        return found  # a comparison names two entities
    than = text.find(" than ")
    while than >= 0:
        made = _comparative(s, sources, than + 1)
        if made is not None:
            found.append(made)
        than = text.find(" than ", than + 1)
    low = text.lower()
    if any(stem in low for stem in _VERB_STEMS):
        for match in _VERB.finditer(text):
            order, overtook, change = _VERBS[" ".join(match.group("verb").lower().split())]
            made = _related(s, sources, match.start(), match.end(), order, change, overtook)
            if made is not None:
                found.append(made)
    for mention in mentions:
        if mention.kind != "multiple" or mention.growth:
            continue
        end = mention.end - s.span.start
        after = _AFTER_MULTIPLE.match(text, end)
        if after is None:
            continue
        made = _related(s, sources, mention.start - s.span.start, after.end(), ">", False, False)
        if made is not None:
            proxy = dataclasses.replace(made.mention, value=mention.value, unit=mention.unit,
                                        lower=mention.lower, upper=mention.upper,
                                        comparator=mention.comparator,
                                        precision=mention.precision, hedge=mention.hedge)  # fmt: skip
            found.append(Comparative(proxy, made.relation, multiple=True))
    return sorted(found, key=lambda c: c.mention.start)


def _comparative(s: SentenceReading, sources: set[str], than: int) -> Comparative | None:
    """The comparison whose "than" is at ``than``: "faster than Italy", "more people than
    Texas", "lower than in France"."""
    text = s.text
    before = _BEFORE_THAN.search(text, max(0, than - _REACH_BEFORE_THAN), than)
    if before is None or any(ch.isdigit() for ch in before.group("mid")):
        return None
    word = " ".join(before.group("cmp").lower().split())
    order = ">" if word in _MORE else "<"
    verb = _verb_before(text, before.start())
    change = word in _PACE or verb in _CHANGE_VERBS
    if verb in FALLS and change:
        order = "<" if order == ">" else ">"  # "fell faster than": the bigger fall
    after = _THAN.match(text, than)
    assert after is not None
    return _related(s, sources, before.start(), after.end(), order, change, False)


def _verb_before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text, 0, start)
    return found.group(1).lower() if found else ""


def _related(
    s: SentenceReading,
    sources: set[str],
    start: int,
    end: int,
    order: str,
    change: bool,
    overtook: bool,
) -> Comparative | None:
    """The comparison whose wording runs from ``start`` to ``end`` (sentence offsets),
    where the entity compared with must begin: its subject is the nearest entity before
    the wording that is no source."""
    other = next((e for e in s.entities if e.start == end), None)
    if other is None or other.id in sources:
        return None
    rest = s.text[other.end :]
    if _SUM.match(rest):
        return None
    subject = _subject(s.entities, start, other, sources)
    if subject is None:
        return None
    stop = other.end + (2 if _POSSESSIVE.match(rest) else 0)
    words = " ".join(s.text[start:stop].split())
    offset = s.span.start
    # Read as a change would be, so that every metric a comparison may be of is a
    # candidate, a percent one first, and a period after it dates it.
    mention = Mention(words, offset + start, offset + stop, "percent", None, "", None, None, "=",
                      growth="rise")  # fmt: skip
    relation = Relation.model_validate(
        {"subject": subject.id, "other": other.id, "order": order, "change": change,
         "overtook": overtook, "words": words}
    )  # fmt: skip
    return Comparative(mention, relation)


def _subject(entities: list[Found], start: int, other: Found, sources: set[str]) -> Found | None:
    before = [e for e in entities if e.end <= start and e.id not in sources and e.id != other.id]
    return max(before, key=lambda e: e.end) if before else None


def related(claim: Claim, found: Comparative) -> Claim:
    """The claim assembly made at the comparative, as the comparison it states: its two
    entities first, the subject's the one the wording puts first."""
    relation = found.relation
    others = [e for e in claim.entities if e not in (relation.subject, relation.other)]
    return claim.model_copy(
        update={
            "relation": relation, "subject": relation.subject, "object": "", "growth": "",
            "entities": [relation.subject, relation.other, *others],
        }
    )  # fmt: skip
