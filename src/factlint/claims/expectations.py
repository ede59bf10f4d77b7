"""Whether a number is an expectation (a forecast, a consensus, a projection, a target,
guidance) rather than an outcome, and of what kind.

The words that make a clause's number an expectation ("economists had forecast", "is
projected to", "a target of", "guidance", "consensus", "the CPI would rise") govern every
number of their clause, and the items of a list they begin: "economists polled had
expected growth of 2.1%, inflation at 3% and a jobless rate of 4.2%" sets all three
aside, since "inflation at 3%" and "a jobless rate of 4.2%" have no verb of their own.
Three exceptions keep outcomes beside them claims:

- an expectation the outcome is compared with governs only the number of its own
  phrase: in "profit rose 5% against expectations of 3%" and "beating estimates of
  $1.10", 5% is an outcome and 3% and $1.10 are expectations;
- "than expected", "faster-than-expected" govern nothing: the number is the outcome;
- a number before "and is expected to" is the outcome the forecast follows.

A number that is an expectation is set aside, as before, unless the reference set holds
expectations of its metric (a fact whose ``expectation`` column says consensus,
forecast, projection, target or guidance): then it is a claim of that kind, compared only
with such facts (``factlint.link.screen``), never with the outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factlint.claims.clauses import clause_around
from factlint.references.columns import ExpectationKind
from factlint.references.dataset import References

_CUES = {
    "target": r"targets?|targeted|targeting|aims?|aimed|aiming|goals?|"
    # a commitment to act: "pledged to halve", never "pledged 100 billion roubles to"
    r"(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|plans?|planned|"
    r"intends?|commit(?:s|ted)?|seeks?|wants?)\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|\d)",
    "guidance": r"guidance|outlook",
    "projection": r"projected|projections?|projects|projecting",
    "consensus": r"consensus",
    "forecast": r"forecasts?|forecasted|forecasting|expect(?:s|ed|ing|ations?)?|"
    r"predict(?:s|ed|ing|ions?)?|anticipat\w*|would|could|might",
}
_CUE = re.compile(
    "|".join(rf"\b(?P<{kind}>{words})\b" for kind, words in _CUES.items()), re.IGNORECASE
)
# Words that make a forecast a consensus: who is polled, and the word for their average.
_CONSENSUS_HOLDERS = re.compile(
    r"\b(?:analysts?|economists?|polled|poll|surveyed|survey|median|consensus|wall street|"
    r"lseg|factset|bloomberg|refinitiv|markets?|traders?|investors?)\b",
    re.IGNORECASE,
)
# An outcome compared with an expectation: "beating forecasts of 3%", "against
# expectations of a 2% rise", "above the 1.1% economists had expected" (the last is
# governed by its own "expected"). The expectation is the number of this phrase only.
_AGAINST = re.compile(
    r"\b(?:beat(?:s|ing)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
    r"outpac(?:es|ed|ing)|miss(?:es|ed|ing)?|above|below|ahead of|short of|in line with|"
    r"against|versus|vs\.?|compared (?:with|to)|match(?:es|ed|ing)?|met|meeting)"
    r"(?:\s+(?:the|a|an|its|their|analysts['’]?|economists['’]?|wall street['’]?s?|market|"
    r"median|average|mean|consensus|lseg|factset|reuters|bloomberg|poll|polled|company['’]s|"
    r"own|official|full-year|annual|quarterly))*\s+"
    r"(?P<cue>forecasts?|expectations?|estimates?|consensus|projections?|predictions?|"
    r"guidance|targets?|outlook)\b",
    re.IGNORECASE,
)
_AGAINST_WORDS = re.compile(r"\b(?:estimates?|expectations?)\b", re.IGNORECASE)
_THAN_EXPECTED = re.compile(
    r"\bthan[\s-](?:had\s+been\s+|was\s+|were\s+)?(?:expected|forecast|anticipated|predicted|"
    r"projected|estimated)\b",
    re.IGNORECASE,
)
# Between an expectation phrase and its number: "of", "for a", "of a rise of".
_TO_ITS_NUMBER = re.compile(
    r"^(?:\s*(?:of|for|at|to|near|around|about|some|roughly|a|an|the|rise|increase|gain|"
    r"growth|drop|fall|decline|contraction|expansion|loss|profit|deficit|surplus|"
    r"reading|figure|level|rate|earnings|revenue|sales)\b)*\s*[^\w\s]{0,2}$",
    re.IGNORECASE,
)
_AFTER_COORDINATION = re.compile(
    r"\b(?:and|but|yet)\s+(?:(?:is|are|was|were|has|have|had|been|now|also|still|it|they)\s+)*$",
    re.IGNORECASE,
)
# A verb that makes a clause an outcome of its own, not an item of a list.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|said|says|rose|fell|grew|"
    r"climbed|jumped|dropped|declined|increased|decreased|slipped|edged|surged|soared|"
    r"plunged|slumped|shrank|contracted|expanded|widened|narrowed|stood|reached|hit|came|"
    r"totall?ed|reported|posted|recorded|added|gained|lost|earned|beat|missed|topped|"
    r"showed|shows|remained|stayed|ended|finished|turned)\b",
    re.IGNORECASE,
)
_NOT_AN_ITEM = re.compile(
    r"^\s*(?:up|down|from|compared|against|after|before|versus|vs|than|since|which|who|"
    r"when|where|as|its|their|his|her|while|although|though|with|despite|according|"
    r"including|excluding|led|driven)\b",
    re.IGNORECASE,
)
_COORDINATOR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,]*")
_MAX_ITEM_WORDS = 14


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a number is expected to be, and the words that say so."""

    kind: ExpectationKind
    start: int  # the cue, in sentence offsets
    end: int


def _kind(cue: re.Match[str], text: str, left: int, right: int) -> ExpectationKind:
    kind: ExpectationKind = "forecast"
    for name in _CUES:
        if cue.group(name) is not None:
            kind = name  # type: ignore[assignment]
    if kind == "forecast" and _CONSENSUS_HOLDERS.search(text, left, right):
        return "consensus"
    return kind


def _against_kind(phrase: re.Match[str]) -> ExpectationKind:
    word = phrase.group("cue").lower()
    if word.startswith("target"):
        return "target"
    if word in ("guidance", "outlook"):
        return "guidance"
    if word.startswith("projection"):
        return "projection"
    if word.startswith(("forecast", "prediction")):
        return "consensus" if _CONSENSUS_HOLDERS.search(phrase.group()) else "forecast"
    return "consensus"  # estimates, expectations, the consensus


def _in_clause(text: str, start: int, end: int, left: int, right: int) -> Expectation | None:
    """The expectation governing the number at [start, end) from its own clause."""
    compared = list(_AGAINST.finditer(text, left, right))
    for phrase in compared:
        if phrase.end() <= start and _TO_ITS_NUMBER.match(text[phrase.end() : start]):
            return Expectation(_against_kind(phrase), phrase.start(), phrase.end())
    outcome_words = [*compared, *_THAN_EXPECTED.finditer(text, left, right)]
    for cue in _CUE.finditer(text, left, right):
        if any(m.start() <= cue.start() < m.end() for m in outcome_words):
            continue
        if cue.start() >= end and _AFTER_COORDINATION.search(text, end, cue.start()):
            continue  # "profit rose 5% and is expected to rise 7% next year"
        if _owned_cue(text, cue, start, end):
            continue  # "compared with 3.4% a year earlier and ... the bank's 2% target"
        if cue.end() <= start and _OUTCOME_AFTER.search(text, cue.end(), start):
            continue  # "raised its profit forecast after revenue rose 6.2%"
        return Expectation(_kind(cue, text, left, right), cue.start(), cue.end())
    return None


# A number right before a cue noun is that cue's own: "the bank's 2% target".
_NUMBER_BEFORE = re.compile(r"[\d%]\s*(?:[a-z-]+\s+)?$", re.IGNORECASE)
# An outcome clause after a cue: "raised its forecast after revenue rose 6.2%".
_OUTCOME_AFTER = re.compile(
    r"\b(?:after|as|because|since|when)\b[^,;]*?\b(?:rose|fell|grew|"
    r"climbed|jumped|dropped|declined|increased|decreased|was|were|"
    r"reached|totall?ed|came in)\b",
    re.IGNORECASE,
)


def _owned_cue(text: str, cue: re.Match[str], start: int, end: int) -> bool:
    """Whether the cue is a noun written right after another number of the clause ("the
    bank's 2% target"), and so governs that number, not the one at [start, end)."""
    return cue.start() >= end and _NUMBER_BEFORE.search(text, end, cue.start()) is not None


def _is_item(text: str, left: int, right: int) -> bool:
    """A clause with no verb of its own, short and starting like a noun phrase: an item
    of a list ("inflation at 3%", "and a jobless rate of 4.2%")."""
    segment = text[left:right]
    words = segment.split()
    return (
        0 < len(words) <= _MAX_ITEM_WORDS
        and not _FINITE.search(segment)
        and not _NOT_AN_ITEM.match(segment)
    )


def _list_continues(text: str, left: int, right: int) -> bool:
    """Whether the items from this clause on close with "and" or "or" before anything
    else begins: the clause is an item of a list, not an apposition."""
    while True:
        if _COORDINATOR.search(text, left, right):
            return True
        if right >= len(text) or text[right] != ",":
            return False
        left, right = clause_around(text, right + 1, right + 1)
        if not _is_item(text, left, right):
            return False


def _from_list(text: str, left: int, right: int) -> Expectation | None:
    """The expectation that began the list this clause is an item of: the one governing
    the last number of the nearest clause before it that is no item, when its words come
    before that number ("had expected growth of 2.1%, inflation at 3% and ...")."""
    if not _is_item(text, left, right) or not _list_continues(text, left, right):
        return None
    while left > 0 and text[left - 1] == ",":
        left, right = clause_around(text, left - 1, left - 1)
        if _is_item(text, left, right):
            continue
        numbers = list(_NUMBER.finditer(text, left, right))
        if not numbers:
            return None
        last = numbers[-1]
        expectation = _in_clause(text, last.start(), last.end(), left, right)
        return expectation if expectation is not None and expectation.end <= last.start() else None
    return None


@lru_cache(maxsize=256)
def _speaks_of_expectations(text: str) -> bool:
    """Whether a sentence has any word of expectation: most have none, and their
    numbers need no closer reading."""
    return _CUE.search(text) is not None or _AGAINST_WORDS.search(text) is not None


def expectation_of(text: str, start: int, end: int) -> Expectation | None:
    """The expectation the number at [start, end) of the sentence ``text`` states; None
    for an outcome."""
    if not _speaks_of_expectations(text):
        return None
    earlier = _EARLIER_EXPECTATION.search(text, max(0, start - 60), start)
    if earlier is not None:
        # "now expects 5.5% to 6.5%, down from a previous range of 6.5% to 7.5%"
        return Expectation(_EARLIER_KINDS[earlier.group(1).lower()], earlier.start(), earlier.end())
    left, right = clause_around(text, start, end)
    return _in_clause(text, start, end, left, right) or _from_list(text, left, right)


# An earlier expectation a new one replaced, written right before its number.
_EARLIER_EXPECTATION = re.compile(
    r"\b(?:previous|prior|earlier|original|initial|old)\s+"
    r"(range|forecast|estimate|target|projection|guidance|outlook)\s+(?:of|for)\s+$",
    re.IGNORECASE,
)
_EARLIER_KINDS: dict[str, ExpectationKind] = {
    "range": "guidance", "guidance": "guidance", "outlook": "guidance", "forecast": "forecast",
    "estimate": "forecast", "target": "target", "projection": "projection",
}  # fmt: skip


def on_file(metrics: list[str], references: References) -> bool:
    """Whether the reference set holds expectations of any of ``metrics``: only then is
    an expectation a claim (else it is set aside, as no fact can check it)."""
    return any(references.has_expectations(metric) for metric in metrics)
