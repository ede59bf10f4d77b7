"""What the entities and claims around a number are to it: the entities a sentence
names only as the source of its figures, whether a metric can be about an entity, and
the earlier claim whose measure a number refers back to ("That pace", "the figure")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factlint.claims.clauses import clause_around
from factlint.claims.context import Found
from factlint.claims.discourse import Discourse
from factlint.claims.model import Carried, Claim
from factlint.claims.referents import family, measure_word
from factlint.claims.sentence import COMPATIBLE, SentenceReading
from factlint.extract import Mention
from factlint.references.dataset import References


def measure_before(
    s: SentenceReading,
    mention: Mention,
    claims: Sequence[Claim],
    keywords_of: Mapping[str, list[Found]],
    discourse: Discourse,
    references: References,
) -> tuple[list[Found], Carried] | None:
    """For a number whose sentence names no measure but refers back to one ("That
    pace was well below the 12.1% rise a year earlier", "It hit a record $80
    billion"), the keywords of the last claim of this paragraph or the one before whose
    metric fits it (else of the sentence before, ``_lead_in``), and what was carried."""
    start, _ = s.local(mention)
    left, _ = clause_around(s.text, start, start)
    word = measure_word(s.text, 0, start) if left == 0 else measure_word(s.text, left, start)
    word = word or measure_word(s.text, 0, start)
    if not word:
        return _lead_in(mention, discourse, references)
    paragraph = discourse.paragraph
    kinds = COMPATIBLE.get(mention.kind, ())
    for claim in reversed(claims):
        where = discourse.structure.paragraph_of(claim.start)
        if where < paragraph - 1:
            break
        metric = references.metrics.get(claim.metric)
        if metric is not None and metric.kind in kinds and claim.id in keywords_of:
            carried = Carried(
                what="metric", value=claim.metric, line=claim.line, source=f"'{word}'"
            )
            return keywords_of[claim.id], carried
    return None


def _lead_in(
    mention: Mention, discourse: Discourse, references: References
) -> tuple[list[Found], Carried] | None:
    """The measures the sentence before named, when it named no number and this one
    names no measure: "The landslide rested on a modest share of the vote. Labour won
    33.7%, up from 32.1%"; for a rank, the ranking it named, numbers or not."""
    before = discourse.before
    if before is None or before[2] != discourse.paragraph:
        return None
    sentence, leads, _, offset = before
    kinds = COMPATIBLE.get(mention.kind, ())
    ranking = mention.kind in ("rank", "ordinal")
    if not (leads or ranking):
        return None
    if mention.kind == "number" and not mention.text[:1].isdigit():
        return None  # "the two sides": a count in words measures no lead-in's metric
    fitting = [k for k in sentence.keywords if references.metrics[k.id].kind in kinds]
    if ranking and not leads:
        # "Florida was second", after a ranking named
        fitting = [k for k in fitting if references.metrics[k.id].kind in ("rank", "ordinal")]
    if not fitting:
        return None
    metric = fitting[0].id
    line = discourse.line_of(offset)
    carried = Carried(what="metric", value=metric, line=line, source="the sentence before")
    return fitting, carried


def measures(references: References, metric_id: str, entity_id: str) -> bool:
    """Whether the metric may be about the entity: of a kind its ``kinds`` name, or,
    when it names none, of a kind its facts on file are about (any, with no facts)."""
    metric = references.metrics.get(metric_id)
    known = references.entities.get(entity_id)
    if metric is None or known is None:
        return True
    if metric.kinds:
        return metric.about(known.kind)
    kinds = references.subject_kinds(metric_id)
    return not kinds or known.kind.strip().lower() in kinds


def sources_named(s: SentenceReading, references: References) -> set[str]:
    """The entities the sentence names as the source of its figures, not as what
    they are about: a third party it cites ("according to the IMF"), or an
    organisation or person that speaks ("the statistics office said"); a company or
    a country that speaks ("Acme said", "China said") speaks of itself."""
    entities = references.entities
    return {
        e
        for e in s.hint_entities
        if e in entities
        and family(entities[e].kind) != "place"
        and (s.third_party or family(entities[e].kind) != "company")
    }


def scope_of(
    s: SentenceReading, sources: set[str], carried: list[str], references: References
) -> frozenset[str]:
    """The kinds of entity a sentence's numbers may be about: those of the entities it
    names that are no source, and of the subjects it may carry."""
    entity = references.entities
    named = [e for e in s.entity_ids() if e not in sources]
    return frozenset(entity[e].kind.strip().lower() for e in [*named, *carried] if e in entity)


def speakers(s: SentenceReading, references: References) -> set[str]:
    """The organisations and people the sentence has speak of its figures, by name or
    description (", the institute said", "the agency reported"): its sources, not what
    the figures are about."""
    entities = references.entities
    if not s.entities or not _SPEAKING.search(s.text):
        return set()
    return {
        f.id
        for f in s.entities
        if f.id in entities
        and family(entities[f.id].kind) in ("organisation", "person")
        and _SPEAKS.match(s.text, f.end) is not None
    }


_VERBS = r"(?:said|says|reported|reports|estimated|estimates|announced)\b"
_SPEAKS = re.compile(rf"['’]?\s+{_VERBS}")
_SPEAKING = re.compile(rf"\b{_VERBS}")
