"""What surrounds a number in its sentence: entities (through aliases), metric keywords,
the source it is attributed to, and which entity owns a ranking."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from factlint.extract.lexicon import ORDINAL_ONES, ORDINAL_TENS, SUPERLATIVES
from factlint.references.dataset import References
from factlint.references.models import Entity, Metric

# Between the words of a keyword: spaces, hyphens, quotes, and blanked-out entity names.
_JOINER = r"[\s\-–—“”\"'‘’]+"
_SOURCE_END = (
    r"(?=\s+(?:show|shows|showed|said|says|published|released|reported|found|finds)\b|[,.;:()]|$)"
)
# Lower-case words that may stand in a publisher's name ("Japan's customs agency said",
# "Japanese official data showed"), so the hint keeps the country before them.
_PUBLISHER_WORDS = (
    "customs|ministry|office|bureau|agency|service|administration|study|report|survey|"
    "analysis|official|economy|finance|commerce|statistics"
)
# Small words inside an organisation's name, before another capitalised word.
_NAME_JOINERS = r"(?:of|for|and|on)(?=\s+[A-Z])"
_SOURCE_PATTERNS = [
    re.compile(rf"\baccording to ([^,.;:()]+?){_SOURCE_END}", re.IGNORECASE),
    re.compile(rf"\bciting ([^,.;:()]+?){_SOURCE_END}", re.IGNORECASE),
    re.compile(
        rf"\b(?:data|figures|statistics|numbers) (?:from|by|published by) ([^,.;:()]+?){_SOURCE_END}",
        re.IGNORECASE,
    ),
    # "U.S. data put two-way trade at ...", "Japanese customs figures show ..."
    re.compile(
        rf"((?:(?:[A-Z][\w’'\-.]*|{_PUBLISHER_WORDS})\s+){{1,4}}?(?:data|figures|statistics))"
        r"\s+(?:put|puts|show|shows|showed|indicate|indicated|suggest|suggested)\b"
    ),
    # "the National Center for Health Statistics said": a name's small joining words too
    re.compile(
        rf"((?:(?:[A-Z][\w’'\-.]*|{_PUBLISHER_WORDS}|{_NAME_JOINERS})\s+){{0,5}}?(?:[A-Z][\w’'\-.]*|{_PUBLISHER_WORDS}))"
        r"\s+(?:data|figures|statistics)?\s*(?:said|says|showed|show|shows|reported|estimated|estimates|found|finds)\b"
    ),
]
# What each pattern cannot match without: the last two try a name at every capital letter
# of the sentence, and most sentences hold neither their verb nor "data shows". A guard
# finds in one quick pass that a pattern has nothing to match.
_SOURCE_GUARDS: list[re.Pattern[str] | None] = [
    None,
    None,
    None,
    re.compile(
        r"(?:data|figures|statistics)\s+"
        r"(?:put|puts|show|shows|showed|indicate|indicated|suggest|suggested)\b"
    ),
    re.compile(r"(?:said|says|showed|show|shows|reported|estimated|estimates|found|finds)\b"),
]


@dataclass(frozen=True, slots=True)
class Found:
    """An entity or a metric keyword found at [start, end) of the text."""

    id: str
    start: int
    end: int


_WORD = re.compile(r"\w+")


class EntityFinder:
    """Finds entity names, aliases, demonyms and metonyms; longest name wins.

    Names are looked up by their first word, so finding costs one dictionary look-up per
    word of text however many names the reference set holds.
    """

    def __init__(self, entities: dict[str, Entity]) -> None:
        by_name: dict[str, str] = {}
        for entity in sorted(entities.values(), key=lambda e: e.id):
            for name in entity.names:
                by_name.setdefault(name, entity.id)
        self._by_first_word: dict[str, list[tuple[str, str]]] = {}
        odd = []
        for name in sorted(by_name, key=lambda n: (-len(n), n)):
            first = _WORD.match(name)
            if first is None:
                odd.append(name)
            else:
                self._by_first_word.setdefault(first.group(), []).append((name, by_name[name]))
        self._ids = by_name
        alternatives = "|".join(re.escape(name) for name in odd)
        self._odd = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])") if odd else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        stop = len(text) if end is None else end
        found = []
        taken = start
        for word in _WORD.finditer(text, start, stop):
            if word.start() < taken:
                continue
            for name, entity_id in self._by_first_word.get(word.group(), ()):
                after = word.start() + len(name)
                if (
                    after <= stop
                    and text.startswith(name, word.start())
                    and not _is_word_char(text, after, stop)
                ):
                    found.append(Found(entity_id, word.start(), after))
                    taken = after
                    break
        if self._odd is not None:
            found.extend(
                Found(self._ids[m.group()], m.start(), m.end())
                for m in self._odd.finditer(text, start, stop)
            )
            found.sort(key=lambda f: f.start)
        return found


def _is_word_char(text: str, index: int, stop: int) -> bool:
    if index >= stop:
        return False
    char = text[index]
    return char.isalnum() or char == "_"


_JOINER_RE = re.compile(_JOINER)
_KEYWORD_WORD = re.compile(r"[^\W_]+")


def _stemmed(text: str) -> list[tuple[str, int, int]]:
    """The stem of each word of ``text``, lower-cased, with where the word stands."""
    return [(stem(m.group().lower()), m.start(), m.end()) for m in _KEYWORD_WORD.finditer(text)]


def _keyword_words(keyword: str) -> tuple[str, ...]:
    return tuple(_KEYWORD_WORD.findall(keyword.lower()))


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word's stem, so that a keyword matches its inflected forms: "traded", "trading"
    and "trades" are "trade"; "imports" and "imported" are "import"."""
    return str(_stemmer().stemWord(word))


@functools.cache
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


class MetricFinder:
    """Finds metric keywords in a sentence whose entity names are blanked out.

    A keyword matches case-insensitively as whole words in any inflected form
    ("exporting" matches "exports"), separated by spaces, hyphens, quotes or blanked
    names. Keywords are looked up by the stem of their first word, one dictionary
    look-up per word of the sentence.
    """

    def __init__(self, metrics: dict[str, Metric]) -> None:
        self._by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        starts: set[str] = set()
        for metric in sorted(metrics.values(), key=lambda m: m.id):
            for keyword in metric.keywords:
                words = tuple(stem(w) for w in _keyword_words(keyword))
                if words and (words, metric.id) not in self._by_first_word.get(words[0], []):
                    self._by_first_word.setdefault(words[0], []).append((words, metric.id))
                if words and metric.kind == "text":
                    # a stem is a prefix of its words, but for a final "i" from "y"
                    starts.add(words[0][:-1] if words[0].endswith("i") else words[0])
        alternatives = "|".join(sorted(re.escape(s) for s in starts if s))
        self._text_starts = re.compile(rf"\b(?:{alternatives})", re.IGNORECASE) if starts else None

    def may_name(self, text: str) -> bool:
        """Whether ``text`` may hold a keyword of a metric of names (a quick look before
        the words are stemmed): a word starts as one of those keywords' first stems."""
        return self._text_starts is not None and self._text_starts.search(text) is not None

    def find(self, text: str) -> list[Found]:
        return sorted(self._found(text, _stemmed(text)), key=lambda f: (f.start, f.id, f.end))

    def find_around(self, text: str, names: list[Found]) -> set[Found]:
        """The keywords of ``text`` read with ``names`` blanked ("buyer of Brazilian
        coffee" is a "buyer of coffee") and as written, for keywords that hold a name.

        The words are stemmed once for both readings: a name found by ``EntityFinder``
        begins and ends at word boundaries, so it never cuts a word, and the blanked
        text's words are the words outside the names."""
        words = _stemmed(text)
        found = self._found(text, words)
        if names:
            outside = [w for w in words if not any(n.start < w[2] and w[1] < n.end for n in names)]
            found.update(self._found(blank(text, names), outside))
        return found

    def _found(self, text: str, words: list[tuple[str, int, int]]) -> set[Found]:
        found: set[Found] = set()
        for index, (word, start, _) in enumerate(words):
            for keyword, metric_id in self._by_first_word.get(word, ()):
                end = self._match(text, words, index, keyword)
                if end is not None:
                    found.add(Found(metric_id, start, end))
        return found

    @staticmethod
    def _match(
        text: str, words: list[tuple[str, int, int]], index: int, keyword: tuple[str, ...]
    ) -> int | None:
        if index + len(keyword) > len(words):
            return None
        end = words[index][2]
        for offset in range(1, len(keyword)):
            word, start, stop = words[index + offset]
            if not _JOINER_RE.fullmatch(text, end, start) or word != keyword[offset]:
                return None
            end = stop
        return end


_FINDERS: dict[int, tuple[References, EntityFinder, MetricFinder]] = {}


def finders(references: References) -> tuple[EntityFinder, MetricFinder]:
    """The finders of a reference set, compiled once per loaded set."""
    cached = _FINDERS.get(id(references))
    if cached is None or cached[0] is not references:
        cached = (references, EntityFinder(references.entities), MetricFinder(references.metrics))
        _FINDERS.clear()
        _FINDERS[id(references)] = cached
    return cached[1], cached[2]


def blank(text: str, spans: list[Found]) -> str:
    """The text with each span replaced by spaces, so offsets stay where they were."""
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


def source_hint(sentence: str) -> str:
    """ "German data" from "according to German data", "French customs" from "French
    customs said"; empty when the sentence attributes its numbers to nobody."""
    return attribution(sentence)[0]


def attribution(sentence: str) -> tuple[str, bool]:
    """The source hint, and whether it names a third party ("according to SIPRI", "the
    Global Carbon Budget study found") rather than a speaker who may be talking about
    itself ("Northwind said")."""
    for index, (pattern, guard) in enumerate(zip(_SOURCE_PATTERNS, _SOURCE_GUARDS, strict=True)):
        if guard is not None and guard.search(sentence) is None:
            continue
        match = pattern.search(sentence)
        if match:
            hint = match.group(1).strip()
            third_party = index < _SPEAKER_PATTERN or bool(_RESEARCH.search(hint))
            return hint, third_party
    return "", False


_SPEAKER_PATTERN = 4  # the index of the "X said" pattern
_RESEARCH = re.compile(
    r"\b(?:study|report|survey|analysis|data|figures|statistics)\b", re.IGNORECASE
)


_RANK_WORDS = "|".join(sorted({*SUPERLATIVES, *ORDINAL_ONES, *ORDINAL_TENS}, key=len, reverse=True))
# "Europe's largest", "Japan's third-largest", "the world's 3rd": the owner of a ranking.
_RANKING_OWNER = re.compile(
    rf"['’]s?\s+(?:[\w-]+\s+)?(?:{_RANK_WORDS}|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
_UNKNOWN_OWNER = re.compile(
    r"\s+(?:of|for|in|among)\s+(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"
)
_OWNER_AFTER = re.compile(r"^\s*(?:of|for|in|to|among|from)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^\s*['’]s?\s*$")
_POSSESSIVE_WORDS = re.compile(r"(?:its|their|his|her|.*['’]s?)", re.IGNORECASE)


def _possessive(sentence: str, entity: Found, until: int) -> bool:
    """Whether ``entity`` owns what follows it up to ``until``: "Canada's", "Canada’",
    or a possessive word that stands for an entity ("its", "the company's")."""
    if _POSSESSIVE.match(sentence[entity.end : until]):
        return True
    own = _POSSESSIVE_WORDS.fullmatch(sentence, entity.start, entity.end)
    return own is not None and not sentence[entity.end : until].strip()


def ranking_roles(
    sentence: str,
    entities: list[Found],
    mention_start: int,
    mention_end: int,
    keyword: Found | None,
) -> tuple[str, str]:
    """(subject, object) of a rank or ordinal: "Mexico ranks as Canada's third-largest
    trading partner", "Mexico is the third-largest trading partner of Canada" and "among
    Canada's trading partners, Mexico ranks third" put Mexico (subject) in Canada's
    (object) list. Offsets are in ``sentence``; either role is "" when the wording does
    not say."""
    owner = ""
    owner_span: Found | None = None
    for entity in entities:
        if entity.end <= mention_start and _possessive(sentence, entity, mention_start):
            owner, owner_span = entity.id, entity
    if not owner and keyword is not None:
        for entity in entities:
            inside = mention_end <= entity.start and entity.end <= keyword.end
            after = keyword.end <= entity.start and _OWNER_AFTER.match(
                sentence[keyword.end : entity.start]
            )
            before = entity.end <= keyword.start and _possessive(sentence, entity, keyword.start)
            if before and _holds_measure(entities, keyword, mention_start):
                # "Reform's vote share was the third-highest": Reform is ranked, not the
                # owner of a list
                return entity.id, ""
            if inside or after or before:
                owner, owner_span = entity.id, entity
                break
    if not owner and keyword is not None:
        unknown = _UNKNOWN_OWNER.match(sentence, keyword.end)
        if unknown and not any(
            e.start >= keyword.end and e.start <= unknown.end(1) for e in entities
        ):
            # "the 12th governor of Atlantis", Atlantis not in entities.csv: a list no fact
            # belongs to, so the claim stays unverified rather than borrowing another's.
            owner = unknown.group(1)
    subject = ""
    for entity in entities:
        possessor = _RANKING_OWNER.match(sentence, entity.end) is not None
        if entity.end <= mention_start and entity.id != owner and not possessor:
            subject = entity.id
    if not subject:
        # "the largest trading partner is Japan": the subject may follow.
        for entity in entities:
            if entity.start >= mention_end and entity.id != owner and entity is not owner_span:
                subject = entity.id
                break
    return subject, owner


def _holds_measure(entities: list[Found], keyword: Found, mention_start: int) -> bool:
    """Whether a keyword written before its rank, with no entity between, is the ranked
    one's measure ("Reform's vote share was the third-highest"), not the list of an
    owner ("Among Canada's trading partners, Mexico ranks third")."""
    return keyword.end <= mention_start and not any(
        keyword.end <= e.start and e.end <= mention_start for e in entities
    )


_FLOW_LINK = re.compile(r"^\s*(to|from|with|into|for|of|in|by)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_OR_ADJECTIVE = re.compile(r"^(?:['’]s?)?\s*$")


# The object of a flow whose partner the references do not name.
UNNAMED = "?"
# "China's surplus with the world's largest economy", "exports to the bloc": a partner
# written as a description; not the world, nor a level or a time ("to the highest").
_DESCRIBED_PARTNER = re.compile(
    r"\s+(?:with|to)\s+(?:the|its|their)\s+(?!(?:world|rest|same|previous|end|highest|"
    r"lowest|most|least|record|tune|point|extent|level)\b(?!['’]))[a-z]",
    re.IGNORECASE,
)


def flow_roles(sentence: str, entities: list[Found], keyword: Found) -> tuple[str, str]:
    """(subject, object) of a directed amount: "Chile's exports to Peru", "Chilean
    exports to Peru", "exports from Peru to Chile". Either is "" when not written; the
    object is ``UNNAMED`` for a partner written as a description no alias names ("the
    surplus with the world's largest economy"), which no total stands for."""
    subject = ""
    target = ""
    for entity in entities:
        between = sentence[entity.end : keyword.start]
        if entity.end <= keyword.start and (
            _POSSESSIVE_OR_ADJECTIVE.match(between) or _possessive(sentence, entity, keyword.start)
        ):
            subject = entity.id
    anchor = keyword.end
    for entity in entities:
        if entity.start < anchor:
            continue
        link = _FLOW_LINK.match(sentence[anchor : entity.start])
        if link is None:
            break
        if link.group(1).lower() in ("from", "of", "in", "by") and not subject:
            subject = entity.id
        elif not target:
            target = entity.id
        anchor = entity.end
    if not target and anchor == keyword.end and _DESCRIBED_PARTNER.match(sentence, anchor):
        target = UNNAMED
    return subject, target if target != subject else ""
