"""Words that refer back to entities named earlier: pronouns ("it", "its"), definite
descriptions ("the company", "the province", "the country") and words for two at once
("the pair", "the two countries", "bilateral"). Which word fits which kind of entity is
data (``descriptions.toml``), not code; "the <kind>" fits every kind of entities.csv.

This module finds the words in a sentence and says what they can stand for; the
discourse (``claims.discourse``) decides which entity each one stands for."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from factlint.extract.wording import FALLS, RISES
from factlint.references.dataset import References


@dataclass(frozen=True, slots=True)
class Referent:
    """A referring word at start..end of a sentence: the kinds of entity it can stand
    for (empty for any kind but a person), how many (1; 2 for the two the article is
    about, "the pair"; 3 for the last ones named together, "their"), and whether it is
    possessive ("its", "the company's")."""

    start: int
    end: int
    words: str
    kinds: frozenset[str]
    count: int
    possessive: bool


@functools.cache
def _data() -> dict[str, dict[str, list[str]]]:
    text = (resources.files("factlint.claims") / "descriptions.toml").read_text(encoding="utf-8")
    data: dict[str, dict[str, list[str]]] = tomllib.loads(text)
    return data


def family(kind: str) -> str:
    """ "place", "organisation" or "person" for a kind of entities.csv, or the kind."""
    low = kind.strip().lower()
    for name, kinds in _data()["families"].items():
        if low == name or low in kinds:
            return name
    return low


class ReferentFinder:
    """Finds referring words in a sentence, for the kinds of entity a reference set has."""

    def __init__(self, references: References) -> None:
        data = _data()
        kinds = {e.kind.strip().lower() for e in references.entities.values()}
        phrases: dict[str, tuple[set[str], int]] = {}

        def add(phrase: str, of_kinds: set[str], count: int = 1) -> None:
            known = phrases.setdefault(phrase.lower(), (set(), count))
            known[0].update(of_kinds)

        for kind in kinds:
            add(f"the {kind}", {kind})
            for word in data["descriptions"].get(kind, []):
                add(word, {kind})
            for word in data["descriptions"].get(family(kind), []):
                add(word, {kind})
        for word in data["pronouns"]["singular"]:
            add(word, set())
        for word in data["pairs"]["words"]:
            add(word, set(), 2)
        for word in data["plurals"]["words"]:
            add(word, set(), 3)
        self._phrases = {p: (frozenset(k), n) for p, (k, n) in phrases.items()}
        alternatives = "|".join(re.escape(p) for p in sorted(self._phrases, key=len, reverse=True))
        self._pattern = re.compile(
            rf"(?<![\w-])(?P<words>{alternatives})(?P<possessive>['’]s)?(?![\w-])", re.IGNORECASE
        )

    def find(self, text: str) -> list[Referent]:
        found = []
        for match in self._pattern.finditer(text):
            words = match.group("words")
            kinds, count = self._phrases[words.lower()]
            possessive = bool(match.group("possessive")) or words.lower() in (
                "its",
                "his",
                "her",
                "their",
            )
            found.append(Referent(match.start(), match.end(), words, kinds, count, possessive))
        return found


_FINDERS: dict[int, tuple[References, ReferentFinder]] = {}


def referent_finder(references: References) -> ReferentFinder:
    """The finder of a reference set, compiled once per loaded set."""
    cached = _FINDERS.get(id(references))
    if cached is None or cached[0] is not references:
        cached = (references, ReferentFinder(references))
        _FINDERS.clear()
        _FINDERS[id(references)] = cached
    return cached[1]


@functools.cache
def _measure_words() -> re.Pattern[str]:
    words = sorted(_data()["measures"]["words"], key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    possessed = "|".join(re.escape(w) for w in _data()["measures"]["possessed"])
    # "the number of customers", "the level of debt": a measure named, not referred to
    return re.compile(
        rf"(?<![\w-])(?:{alternatives}|[\w.]+['’]s?\s+(?:{possessed}))(?![\w-])(?!\s+of\b)",
        re.IGNORECASE,
    )


def measure_word(text: str, start: int, end: int) -> str:
    """A word in ``text[start:end]`` that refers back to the last figure's measure ("that
    pace", "the figure"), or the sentence's opening "It" or "That"; else ""."""
    found = _measure_words().search(text, start, end)
    if found:
        return found.group()
    first = re.match(r"\s*([A-Za-z]+)\s+([A-Za-z]+)", text)
    if start != 0 or first is None:
        return ""
    word, verb = first.group(1).lower(), first.group(2).lower()
    if word in _data()["measures"]["openers"]:
        return first.group(1)
    if word in _data()["measures"]["plural_openers"] and verb in _MOVED:
        return first.group(1)  # "They were up 5.7%", not "They said"
    return ""


# What a plural opener does when it stands for a measure: it was, or it moved.
_MOVED = frozenset({"were", "are", "have", "had", *RISES, *FALLS})


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


# "exports to other countries", "a deficit with other countries": the others are a flow's
# partners (the rest of the world), and the subject is still the article's.
_PARTNER = "".join(
    rf"(?<!\b{word} )" for word in ("to", "with", "from", "against", "than", "among", "and")
)


@functools.cache
def _entity_plurals() -> str:
    """The plurals of the families' words (``descriptions.toml``) as regex alternatives,
    longest first: "countries", "nations", "carmakers", ..."""
    words = {_plural(w) for kinds in _data()["families"].values() for w in kinds}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _others() -> re.Pattern[str]:
    """ "other wealthy nations", "other big banks", "its rivals": entities the sentence
    sets apart from the one the article is about."""
    nouns = _entity_plurals()
    return re.compile(
        rf"{_PARTNER}\bother\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\b|\b(?:its|their)\s+(?:peers|rivals|"
        r"competitors|neighbou?rs)\b",
        re.IGNORECASE,
    )


def others_before(text: str, end: int) -> int:
    """Where the last phrase in ``text[:end]`` (a sentence up to a number) that names
    entities set apart from the article's subject ends ("trails other wealthy nations,
    where life expectancy exceeds 82 years"), or -1: a number after it is not the
    subject's, nor the entities' named before it."""
    last = -1
    for found in _others().finditer(text, 0, end):
        last = found.end()
    return last


@functools.cache
def _counted_entities() -> re.Pattern[str]:
    nouns = _entity_plurals()
    return re.compile(rf"\s+(?:other\s+|more\s+|of\s+the\s+)?(?:{nouns})\b", re.IGNORECASE)


def counted_entities(text: str, end: int) -> int:
    """Where the plural of a kind of entity right after a number ends ("two states",
    "three other countries"), or -1: the number counts entities, and measures none of
    them unless a metric's keyword says so."""
    found = _counted_entities().match(text, end)
    return -1 if found is None else found.end()
