"""Assembling mentions into claims: each number with its entities, metric, period and
source, or a reason why it is not a claim. Pure: references in, claims out."""

from __future__ import annotations

from dataclasses import dataclass, field

from factlint.claims.assembler import FORECAST, Assembler, Conversion
from factlint.claims.conversions import StatedRate, stated_rates
from factlint.claims.headline import read_through_story
from factlint.claims.model import Claim, SkippedNumber
from factlint.claims.priors import settled_by_the_article
from factlint.config import Policy
from factlint.documents import Document
from factlint.documents.text import sentences
from factlint.extract import Mention, scan
from factlint.references.dataset import References

__all__ = ["FORECAST", "Assembly", "Conversion", "assemble", "assemble_document"]


@dataclass
class Assembly:
    """One document read for checking: its claims and set-aside numbers, and what the
    consistency checks need besides: every number read, the writer's conversions and
    the exchange rates the text states."""

    document: Document
    claims: list[Claim]
    skipped: list[SkippedNumber]
    mentions: list[Mention]
    conversions: list[Conversion]
    rates: list[StatedRate]
    _assembler: Assembler = field(repr=False)

    def claim_of(self, mention: Mention) -> Claim | None:
        """The claim, of no metric, of a number that was set aside, for a consistency
        check to give its verdict on; None for a number never read in a sentence."""
        context = self._assembler.contexts.get(mention.start)
        return None if context is None else self._assembler.make(context, mention, [])


RATE = "an exchange rate stated in the text"
DATELINE = "the dateline: where and when the story was filed"


def assemble_document(
    document: Document, references: References, policy: Policy | None = None
) -> Assembly:
    """Claims, set-aside numbers, conversions and stated rates of one document."""
    assembler = Assembler(document, references, policy or Policy())
    found = scan(document.text, document.published)
    for item in found.skipped:
        assembler.skip(item.start, item.text, item.reason)
    assembler.rates = stated_rates(document.text, found.mentions)
    in_rates = {m.start for rate in assembler.rates for m in rate.mentions}
    for rate in assembler.rates:
        for mention in rate.mentions:
            assembler.skip(mention.start, mention.text, RATE)
    dateline = assembler.discourse.structure.dateline
    filed = range(dateline.span.start, dateline.span.end) if dateline else range(0)
    for mention in found.mentions:
        if mention.start in filed:
            assembler.skip(mention.start, mention.text, DATELINE)
    mentions = sorted(
        (m for m in found.mentions if m.start not in in_rates and m.start not in filed),
        key=lambda m: m.start,
    )
    index = 0
    for span in sentences(document.text):
        inside = []
        while index < len(mentions) and mentions[index].start < span.end:
            if mentions[index].start >= span.start:
                inside.append(mentions[index])
            index += 1
        assembler.sentence(span, inside)
    contexts = assembler.contexts
    assembler.claims = settled_by_the_article(assembler.claims, assembler.open_choices)
    claims, skipped = read_through_story(
        assembler.discourse.structure.headline,
        sorted(assembler.claims, key=lambda c: (c.start, c.end)),
        sorted(assembler.skipped, key=lambda k: k.start),
        assembler.mentions,
        lambda m: assembler.make(contexts[m.start], m, []) if m.start in contexts else None,
    )
    return Assembly(
        document=document,
        claims=claims,
        skipped=skipped,
        mentions=sorted(assembler.mentions, key=lambda m: m.start),
        conversions=assembler.conversions,
        rates=assembler.rates,
        _assembler=assembler,
    )


def assemble(
    document: Document, references: References, policy: Policy | None = None
) -> tuple[list[Claim], list[SkippedNumber]]:
    """Claims to link and set-aside numbers of one document, in document order. A
    writer's conversion is set aside here ("a conversion of …"); ``factlint.check``
    (through ``assemble_document``) makes it a claim of kind ``conversion`` and checks it
    against the amount it converts."""
    assembly = assemble_document(document, references, policy)
    skipped = list(assembly.skipped)
    for conversion in assembly.conversions:
        claim = conversion.claim
        reason = f"a conversion of {conversion.original.text}"
        skipped.append(
            SkippedNumber(
                doc=claim.doc,
                line=claim.line,
                column=claim.column,
                page=claim.page,
                start=claim.start,
                end=claim.end,
                text=claim.text,
                reason=reason,
            )
        )
    return assembly.claims, sorted(skipped, key=lambda k: k.start)
