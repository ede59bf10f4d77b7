"""Which of a claim's linked facts it is compared with: its own source's, the primary
ones, those in its currency; and, where facts are about different things (other
entities, other periods), the ones the wording points at. Only facts about the same
thing can disagree as sources.

A claim's source hint ("according to Japanese customs data", "Germany's Federal
Statistical Office said", "figures from the IMF") names a publisher by its country (any name or
demonym of an entity: "Japanese" names Japan), by its own words ("customs", "Federal
Statistical Office") or by its initials ("BLS"). A fact's ``source`` column is matched
against all three, word by word, so "US" never matches inside "Australian".
"""

from __future__ import annotations

import re
from functools import lru_cache

from factlint.claims.context import attribution
from factlint.claims.model import Claim
from factlint.references.dataset import References
from factlint.references.models import Entity, Fact

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Words of a hint that say how a figure was published, not who published it.
_GENERIC = frozenset((
    "a", "an", "the", "of", "and", "for", "in", "on", "by", "from", "to", "its", "their",
    "his", "her", "our", "official", "officials", "government", "data", "figures",
    "statistics", "statistical", "numbers", "estimate", "estimates", "preliminary",
    "provisional", "final", "latest", "new", "recent", "published", "released", "showed",
    "said", "says", "report", "reports", "reported", "according", "citing",
))  # fmt: skip
# Hint words that make a speaker a publisher of data ("customs said" cites figures;
# "the minister said" may be talking about anything).
_INSTITUTIONS = frozenset((
    "customs", "ministry", "office", "bureau", "agency", "service", "administration",
    "institute", "statistics", "data", "figures", "survey", "study", "report", "bank", "fund",
    "committee", "commission", "authority",
))  # fmt: skip
_MIN_SHARED = 5  # "economy" and "economic", "customs" and "custom" share a stem this long


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'").removesuffix("'s") for w in _WORD.findall(text)]


def _same_word(a: str, b: str) -> bool:
    """Equal, or sharing a stem: "Germany" and "German", "bank" and "banking"."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= min(len(a), len(b), _MIN_SHARED)


@lru_cache(maxsize=4096)
def _initials(source: str) -> str:
    """ "Bureau of Labor Statistics" → "BLS": how sources are abbreviated."""
    return "".join(w[0] for w in _WORD.findall(source) if w[0].isupper())


def names_entity(source: str, entity: Entity) -> bool:
    """Whether ``source`` names ``entity`` by its id, name, an alias or a demonym."""
    words = _words(source)
    for name in (entity.id, *entity.names):
        wanted = _words(name)
        if not wanted:
            continue
        for index in range(len(words) - len(wanted) + 1):
            if words[index : index + len(wanted)] == wanted:
                return True
    return False


def hint_words(claim: Claim, references: References) -> list[str]:
    """The words of the claim's source hint that name a publisher, beyond its entities:
    "customs" in "Japanese customs data"."""
    entity_words = {
        word
        for entity_id in claim.source_entities
        for name in (entity_id, *references.entities[entity_id].names)
        for word in _words(name)
    }
    return [w for w in _words(claim.source_hint) if w not in _GENERIC and w not in entity_words]


def _acronyms(claim: Claim) -> list[str]:
    return [
        w for w in _WORD.findall(claim.source_hint) if len(w) >= 2 and w.isupper() and w.isalpha()
    ]


def _has_words(source: str, words: list[str], acronyms: list[str]) -> bool:
    found = _words(source)
    initials = _initials(source)
    for word in words:
        if any(_same_word(word, other) for other in found):
            continue
        if any(a.casefold() == word and a in initials for a in acronyms):
            continue
        return False
    return True


def hinted(claim: Claim, sources: list[str], references: References) -> list[str]:
    """The sources the claim's hint names: those naming one of its entities ("Japanese"),
    narrowed to those also naming its other words ("customs") where any do; with no
    entity in the hint, those naming all its words. Empty when nothing fits."""
    words = hint_words(claim, references)
    acronyms = _acronyms(claim)
    if claim.source_entities:
        named = [
            s
            for s in sources
            if any(names_entity(s, references.entities[e]) for e in claim.source_entities)
        ]
        narrowed = [s for s in named if words and _has_words(s, words, acronyms)]
        return narrowed or named
    if not words:
        return []
    return [s for s in sources if _has_words(s, words, acronyms)]


def cites_a_publisher(claim: Claim) -> bool:
    """Whether the hint attributes the figure to a publisher of data ("according to
    Japanese data", "German customs said"), not just to a speaker ("the minister said")."""
    if not claim.source_hint:
        return False
    hint, third_party = attribution(claim.sentence)
    named = {w.casefold() for w in _WORD.findall(claim.source_hint)}
    return (third_party and hint == claim.source_hint) or bool(named & _INSTITUTIONS)


def preferred(claim: Claim, facts: list[Fact], references: References) -> list[Fact]:
    """The facts a claim is compared with: its own source's when it names one, else the
    primary ones, else those in the claim's own currency, else all."""
    return _preferred(claim, facts, references)[0]


def _preferred(
    claim: Claim, facts: list[Fact], references: References
) -> tuple[list[Fact], dict[str, str]]:
    left_out: dict[str, str] = {}
    if claim.source_hint or claim.source_entities:
        sources = set(hinted(claim, sorted({f.source for f in facts}), references))
        if sources:
            left_out |= {
                f.id: f"source: the claim cites {claim.source_hint}; this is {f.source}"
                for f in facts
                if f.source not in sources
            }
            facts = [f for f in facts if f.source in sources]
    primary = [f for f in facts if f.primary]
    if primary:
        left_out |= {
            f.id: "source: another row of the same fact is marked primary"
            for f in facts
            if not f.primary
        }
        facts = primary
    metric = references.metrics.get(claim.metric)
    if metric is not None and metric.kind == "amount" and claim.unit:
        same = [f for f in facts if references.unit_of(f).base == claim.unit.base]
        if same:
            left_out |= {
                f.id: f"unit: a fact in the claim's own currency is used ({references.unit_of(same[0])})"
                for f in facts
                if f not in same
            }
            facts = same
    return facts, left_out


def _about(fact: Fact, symmetric: bool, dated_by_value: bool) -> tuple[object, str]:
    """What a fact is about: its entities (in either order when symmetric) and period.
    Dated events are told apart by their dates, later, not by period here."""
    parties: object = (
        frozenset((fact.subject, fact.object)) if symmetric else (fact.subject, fact.object)
    )
    return parties, "" if dated_by_value else fact.period


def _closeness(claim: Claim, fact: Fact) -> tuple[int, int]:
    """How near the fact's entities stand to the number: the rank of the nearer one, then
    of the other ("Norway was Germany's top gas supplier, delivering 43.7 bcm, while
    the Netherlands shipped 21.9": both facts name Germany; Norway is the nearer)."""
    far = len(claim.nearby)
    ranks = sorted(
        claim.nearby.index(e) if e in claim.nearby else far for e in (fact.subject, fact.object)
    )
    return ranks[0], ranks[1] if fact.object else far


def _span_days(fact: Fact) -> int:
    span = fact.span
    return (span.end - span.start).days if span.end else 1_000_000


def _same_thing(
    claim: Claim, facts: list[Fact], references: References
) -> tuple[list[Fact], dict[str, str]]:
    metric = references.metrics[claim.metric]
    groups: dict[tuple[object, str], list[Fact]] = {}
    for fact in facts:
        groups.setdefault(_about(fact, metric.symmetric, metric.kind == "date"), []).append(fact)
    if len(groups) <= 1:
        return facts, {}

    def fit(group: list[Fact]) -> tuple[int, ...]:
        nearer, farther = _closeness(claim, group[0])
        return (nearer, *_clause_fit(claim, group[0]), farther, _span_days(group[0]))

    chosen = min(groups.values(), key=fit)
    pointed = chosen[0]
    parties = _about(pointed, metric.symmetric, True)[0]
    left_out = {}
    for fact in facts:
        if fact in chosen:
            continue
        if _about(fact, metric.symmetric, True)[0] != parties:
            named = " and ".join(e for e in (fact.subject, fact.object) if e)
            meant = " and ".join(e for e in (pointed.subject, pointed.object) if e)
            left_out[fact.id] = f"entities: about {named}; the wording points at {meant}"
        else:
            left_out[fact.id] = f"period: {fact.span} is coarser than {pointed.span}"
    return chosen, left_out


def _clause_fit(claim: Claim, fact: Fact) -> tuple[int, int]:
    """How well the fact's entities match those of the number's own clause: first the
    fewest named only in another clause ("Japan's total exports fell to $717bn, and
    shipments to the US ..." is not about the US), then the most named in it."""
    parties = [e for e in (fact.subject, fact.object) if e]
    inside = sum(e in claim.clause_entities for e in parties)
    outside = sum(e in claim.nearby and e not in claim.clause_entities for e in parties)
    return outside, -inside


def choose_sources(
    claim: Claim, facts: list[Fact], references: References
) -> tuple[list[Fact], dict[str, str]]:
    """The facts the verdict rests on: those about the thing the claim is about (the
    entities nearest the number, then the finest period), then of those the source the
    claim names, the primary ones, or all of them (which then must agree); and the
    reason each other fact was set aside."""
    about, other_things = _same_thing(claim, facts, references)
    chosen, other_sources = _preferred(claim, about, references)
    return chosen, other_things | other_sources


def source_note(claim: Claim, sources: list[str], verdict: str, references: References) -> str:
    """What a verdict's explanation adds about sources: that the publisher the claim
    cites has no fact here (so others stood in), or that several sources agree."""
    named = list(dict.fromkeys(sources))
    if not named:
        return ""
    if cites_a_publisher(claim) and not hinted(claim, named, references):
        return (
            f"the claim cites {claim.source_hint}, which no fact comes from; "
            f"compared with {'; '.join(named)}"
        )
    if verdict == "pass" and len(named) > 1:
        return f"{len(named)} sources agree"  # each is named in the evidence before
    return ""
