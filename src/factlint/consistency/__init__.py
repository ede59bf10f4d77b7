"""Internal consistency of a document, merged into its verdicts.

After every claim has its verdict against the references, ``reconcile`` adds what the
text says about itself:

- A writer's conversion ("2.1 trillion yen ($14 billion)") is a claim of kind
  ``conversion``: ``pass`` when it is the amount it converts at the rate the text states
  (else references/fx.csv's for the period), ``flag`` with reason ``inconsistent`` when
  not, ``unverified`` when no rate is known.
- A relation among a paragraph's numbers that fails (a change against its two values, a
  share against its part and whole, exports and imports against the total or the
  balance) is laid at one number, and that number's verdict becomes ``flag`` with reason
  ``inconsistent``:

  1. when a member already has a ``flag`` from the references, the failure is taken
     to be that wrong figure (its evidence names a fact, which says more than the
     arithmetic); its flag stays and the explanation adds the inconsistency;
  2. else the derived number (the change, share, total or balance) when it did not
     pass against a fact: stated values are copied, derived ones are worked out, and
     the arithmetic is where writers slip;
  3. else (the derived number passed) the members that did not pass.

  A number that was no claim (no metric in its sentence) and is blamed becomes a claim of
  no metric, so the flag is seen, and leaves the set-aside list.
- A relation that holds turns nothing into ``pass``: a number consistent with the text is
  still not verified against a fact. An unverified derived number's explanation says it
  is consistent, with the arithmetic.

A conversion checked at references/fx.csv's rate allows the policy's ``fx_longer`` either
side of it (the table holds a period's average, the writer converts at a day's rate); the
verdict's fact is the fx row. A rate stated in the text is taken at its written
precision. An ``inconsistent`` flag is ``minor`` when the stated figure misses the
derived interval by less than one unit of its own rounding, ``major`` otherwise.
"""

from __future__ import annotations

from factlint.claims.assemble import Assembly, Conversion
from factlint.claims.model import Claim, SkippedNumber
from factlint.compare.record import Severity
from factlint.config import Policy
from factlint.consistency.conversions import check_conversion, conversion_rate
from factlint.consistency.relations import Relation, describe, relations
from factlint.documents.text import paragraphs
from factlint.extract import Mention
from factlint.intervals import STATED, figure, of_mention, shown, with_unit
from factlint.references.dataset import References
from factlint.references.fact_ref import FactRef
from factlint.verdicts.decide import with_note
from factlint.verdicts.evidence import Evidence, Note, TextCheck
from factlint.verdicts.model import Verdict

__all__ = ["Relation", "reconcile", "relations"]


def _claimed(claim: Claim) -> str:
    interval = of_mention(_as_mention(claim))
    stated = shown(interval, STATED) if interval else str(claim.value)
    return f"claimed {claim.text} ({with_unit(stated, str(claim.unit))})"


def _as_mention(claim: Claim) -> Mention:
    def numeric(value: object) -> float | None:
        return float(value) if isinstance(value, float | int) else None

    return Mention(
        claim.text, claim.start, claim.end, str(claim.kind), numeric(claim.value), str(claim.unit),
        numeric(claim.lower), numeric(claim.upper), claim.comparator, claim.precision,
    )  # fmt: skip


def _severity(distance: float, mention: Mention) -> Severity:
    """ "minor" when the stated figure misses by less than one unit of its own rounding."""
    return "minor" if distance < (mention.precision or 1.0) else "major"


def _conversion_verdict(
    assembly: Assembly, conversion: Conversion, references: References, policy: Policy
) -> Verdict:
    claim, original, converted = conversion.claim, conversion.original, conversion.converted
    text = assembly.document.text
    paragraph = next((p for p in paragraphs(text) if p.start <= converted.start < p.end), None)
    near = [r for r in assembly.rates if paragraph and paragraph.start <= r.start < paragraph.end]
    rate = conversion_rate(
        original, converted, near, assembly.rates, references, claim.period, policy.fx_longer
    )
    head = f"{_claimed(claim)}, a conversion of {original.text}"

    def unverified(words: str) -> Verdict:
        check = TextCheck(kind="conversion", claimed=head, words=words)
        return Verdict(claim=claim, verdict="unverified", evidence=Evidence(text=check))

    if rate is None:
        return unverified(
            f"no exchange rate stated in the text or in references/fx.csv for "
            f"{claim.period or 'its period'}; add a row period,base,quote,rate,source,url,"
            "retrieved"
        )
    checked = check_conversion(original, converted, rate)
    if checked is None:
        return unverified("the amounts cannot be compared")
    fact = FactRef.of_rate(rate.row) if rate.row is not None else None
    check = TextCheck(kind="conversion", claimed=head, words=checked.explanation)
    if checked.holds:
        return Verdict(
            claim=claim, verdict="pass", fact=fact, facts=[fact] if fact else [],
            evidence=Evidence(text=check),
        )  # fmt: skip
    outside = f"{with_unit(figure(checked.distance), converted.unit)} outside"
    return Verdict(
        claim=claim, verdict="flag", reason="inconsistent",
        severity=_severity(checked.distance, converted), fact=fact, facts=[fact] if fact else [],
        evidence=Evidence(text=check.model_copy(update={"outside": outside})),
    )  # fmt: skip


def _blamed(relation: Relation, verdicts: dict[int, Verdict]) -> list[Mention]:
    """The numbers a failed relation is laid at; [] when a reference flag explains it."""
    members = relation.members
    if any(verdicts[m.start].verdict == "flag" for m in members if m.start in verdicts):
        return []
    result = verdicts.get(relation.result.start)
    if result is None or result.verdict != "pass":
        return [relation.result]
    doubtful = [
        m for m in members[:-1] if m.start not in verdicts or verdicts[m.start].verdict != "pass"
    ]
    return doubtful or [relation.result]


def _inconsistent(claim: Claim, relation: Relation, earlier: Verdict | None) -> Verdict:
    """A flag for a figure the text contradicts; a reference verdict it had keeps its
    linking and comparison as evidence."""
    check = TextCheck(
        kind="relation",
        claimed=_claimed(claim),
        words=f"inconsistent with the text: {describe(relation)}",
    )
    evidence = earlier.evidence if earlier else Evidence()
    return Verdict(
        claim=claim,
        verdict="flag",
        reason="inconsistent",
        severity=_severity(relation.distance, relation.result),
        fact=earlier.fact if earlier else None,
        facts=earlier.facts if earlier else [],
        evidence=evidence.model_copy(update={"text": check, "notes": []}),
    )


def reconcile(
    assembly: Assembly,
    verdicts: list[Verdict],
    references: References,
    policy: Policy | None = None,
) -> tuple[list[Verdict], list[SkippedNumber]]:
    """The document's verdicts with its conversions and consistency checks merged in,
    in document order, and the set-aside numbers that are still set aside."""
    policy = policy or Policy()
    by_start = {v.claim.start: v for v in verdicts}
    for conversion in assembly.conversions:
        by_start[conversion.claim.start] = _conversion_verdict(
            assembly, conversion, references, policy
        )
    converted = {c.converted.start for c in assembly.conversions}
    mentions = [m for m in assembly.mentions if m.start not in converted]
    promoted: set[tuple[int, int, str]] = set()
    flagged: set[int] = set()
    for relation in relations(assembly.document.text, mentions):
        if relation.holds:
            result = by_start.get(relation.result.start)
            if result is not None and result.verdict == "unverified":
                note = Note(
                    kind="consistency", words=f"consistent with the text: {describe(relation)}"
                )
                by_start[relation.result.start] = with_note(result, note)
            continue
        reference_flags = [
            by_start[m.start]
            for m in relation.members
            if m.start in by_start
            and by_start[m.start].verdict == "flag"
            and m.start not in flagged
        ]
        for verdict in reference_flags:
            note = Note(
                kind="consistency", words=f"also inconsistent with the text: {describe(relation)}"
            )
            by_start[verdict.claim.start] = with_note(verdict, note)
        for mention in _blamed(relation, by_start):
            if mention.start in flagged:
                continue
            earlier = by_start.get(mention.start)
            claim = earlier.claim if earlier else assembly.claim_of(mention)
            if claim is None:
                continue
            if earlier is None:
                promoted.add((claim.line, claim.column, claim.text))
            by_start[mention.start] = _inconsistent(claim, relation, earlier)
            flagged.add(mention.start)
    merged = sorted(by_start.values(), key=lambda v: (v.claim.start, v.claim.end))
    skipped = [s for s in assembly.skipped if (s.line, s.column, s.text) not in promoted]
    return merged, skipped
