"""The words of a verdict, rendered from its evidence: the one-line explanation every
report shows ("claimed 12.4 billion USD (rounded: 12.35–12.45); fact 12.41 billion USD,
Statistics Office, retrieved 2025-01-13 → pass"), the interval a claim's wording allows,
and each fact's value as compared. Nothing here links or compares; it only says what
the evidence holds."""

from __future__ import annotations

from factlint.basis import said
from factlint.claims.model import Claim
from factlint.compare.record import Comparison, Derivation, Outcome, RecordCheck
from factlint.intervals import number, rounded
from factlint.link.record import LinkRecord, Vintages
from factlint.references.fact_ref import FactRef
from factlint.units import BOTTOM_RANK
from factlint.verdicts.comparisons import relation_claimed, relation_interval, relation_words
from factlint.verdicts.evidence import Evidence, Note
from factlint.verdicts.records import record_label, record_words
from factlint.verdicts.reviews import Review

_FROM_BOTTOM = " from the bottom"


def describe_interval(claim: Claim) -> str:
    if claim.relation is not None:
        return relation_interval(claim)
    low, high = claim.lower, claim.upper
    if claim.kind in ("rank", "ordinal"):
        return f"rank {low} to {high}" if claim.comparator == "<=" else ""
    if claim.kind in ("date", "period"):
        if high is None:
            return f"{low} onwards"
        return "" if low == high else f"{low} to {high}"
    if claim.kind == "text":
        return "by name or alias"
    if not isinstance(low, float | int | None) or not isinstance(high, float | int | None):
        return ""
    if high is None:
        word = "more than" if claim.comparator == ">" else "at least"
        return f"{word} {number(float(low or 0))}"
    if low is None:
        word = "less than" if claim.comparator == "<" else "up to"
        return f"{word} {number(float(high))}"
    label = {"~": "about", "<": "nearly", "=": "rounded"}.get(claim.comparator, "interval")
    precision = claim.precision or 0.0
    if claim.comparator == "=" and float(high) - float(low) > precision * 1.5:
        label = "range"
    return f"{label}: {number(float(low))}–{number(float(high))}"


def claimed(claim: Claim) -> str:
    """ "claimed 12.4 billion USD (rounded: 12.35–12.45)"."""
    what = (
        f"{number(claim.value)} {claim.unit}".strip()
        if isinstance(claim.value, float)
        else str(claim.value)
    )
    interval = describe_interval(claim)
    if interval.startswith("range"):
        what = claim.text
    if claim.kind in ("rank", "ordinal"):
        what = f"{claim.kind} {claim.value}{_FROM_BOTTOM if claim.unit.base == BOTTOM_RANK else ''}"
    return f"claimed {what}" + (f" ({interval})" if interval else "")


def claimed_words(claim: Claim) -> str:
    """What the wording allows; a multiple shows the percent change it stands for."""
    if claim.relation is not None:
        return relation_claimed(claim)
    if claim.kind == "multiple" and isinstance(claim.value, float):
        low, high = claim.bounds
        allows = (
            f"more than {number(low)}%"
            if high is None and low is not None
            else f"{number(low)}% to {number(high)}%"
            if low is not None and high is not None
            else f"up to {number(high or 0.0)}%"
        )
        return f"claimed {claim.text!r} = {claim.value:+.10g}% ({allows})"
    return claimed(claim)


def shown(outcome: Outcome, claim: Claim) -> str:
    """The fact's value as compared: "1.74 trillion CNY = 242 billion USD at ...", "rank 5"."""
    fact = outcome.fact
    if outcome.kind in ("rank", "ordinal"):
        end = _FROM_BOTTOM if "bottom" in fact.unit.lower() else ""
        return f"{'ordinal' if claim.kind == 'ordinal' else 'rank'} {int(float(fact.value))}{end}"
    if outcome.kind not in ("amount", "percent"):
        return str(fact.value)
    words = f"{number(float(fact.value))} {fact.unit}".strip()
    value = outcome.value if outcome.value is not None else float(fact.value)
    conversion = outcome.conversion
    if conversion is not None:
        low_end, high_end = value * (1 - conversion.band), value * (1 + conversion.band)
        words += (
            f" = {rounded(value)} {claim.unit} {conversion.rate}, ± "
            f"{number(conversion.band * 100)}% for the rate: "
            f"{rounded(min(low_end, high_end))}–{rounded(max(low_end, high_end))}"
        )
    elif outcome.scaled:
        words += f" = {number(value)} {claim.unit}".rstrip()
    if outcome.counted:
        words += f" (a count: the claim's {claim.text} is exact against it)"
    return words


def outcome_words(outcome: Outcome, claim: Claim) -> str:
    """One fact against the interval: "237.2 billion USD lies within rounded: ... → holds"."""
    interval = describe_interval(claim) or f"claimed {claim.value}"
    if outcome.holds:
        return f"{shown(outcome, claim)} lies within {interval} → holds"
    unit = "days" if outcome.kind == "date" else claim.unit or "units"
    far = f", {outcome.distance:.10g} {unit} outside" if outcome.distance else ""
    return f"{shown(outcome, claim)} is outside {interval}{far} → contradicts"


def evidence(fact: FactRef, words: str) -> str:
    said_of = about(fact)
    shown_words = words.rstrip() if said_of else words
    return f"fact {shown_words}{said_of}, {fact.source}, retrieved {fact.retrieved}"


def release(fact: FactRef) -> str:
    """ "second estimate, published 2024-05-30"; "" for a row that says neither."""
    what = f"{fact.estimate} estimate" if fact.estimate else ""
    when = f"published {fact.published}" if fact.published else ""
    return ", ".join(part for part in (what, when) if part)


def about(fact: FactRef) -> str:
    """What the row says of its figure beyond the value, in brackets: its basis, the
    expectation it is, the release it comes from; "" when it says none of these."""
    parts = [
        said(fact.basis.split("|")) if fact.basis else "",
        f"{fact.expectation} of {fact.forecaster}".strip() if fact.expectation else "",
        release(fact),
    ]
    words = "; ".join(part for part in parts if part)
    return f" ({words})" if words else ""


def _amount(fact: FactRef) -> str:
    return f"{_written(fact)} {fact.unit}".strip()


def revision_words(vintages: Vintages, claim: Claim) -> str:
    """How the figure stood at the document's date, for the explanation: "revised to
    1.3 % on 2024-05-30", "the document has no publication date: ...", ..."""
    later = ", then ".join(
        f"{_amount(f)} on {f.published}" if f.published else _amount(f) for f in vintages.later
    )
    if vintages.undated:
        return "the document has no publication date: the latest estimate was compared"
    if vintages.early:
        return f"the document ({claim.published}) came out before every estimate on file" + (
            f"; since revised to {later}" if later else ""
        )
    which = {"first": "the first estimate", "earlier": "an earlier estimate"}.get(
        vintages.quoted, ""
    )
    if which:
        return f"the wording quotes {which}" + (f"; since revised to {later}" if later else "")
    return f"since revised to {later}" if later else ""


def superseded_words(current: FactRef, earlier: Outcome, claim: Claim) -> str:
    """ "it holds 275 thousand jobs, the first estimate (published 2024-03-08), which
    270 thousand jobs replaced on 2024-04-05, by the document's date (2024-04-05)"."""
    fact = earlier.fact
    what = release(fact) or "an earlier estimate"
    return (
        f"it holds {shown(earlier, claim).rstrip()} ({what}), which {_amount(current)} replaced on "
        f"{current.published}, by the document's date ({claim.published})"
    )


def evidence_notes(claim: Claim, record: LinkRecord, comparison: Comparison) -> list[Note]:
    """The notes linking and comparing leave for the explanation: how a revised figure
    stood at the document's date, which basis a claim that states none holds, and that
    an expectation was held against expectations only."""
    notes = []
    if record.vintages is not None and comparison.reason != "superseded":
        words = revision_words(record.vintages, claim)
        if words and not (record.vintages.early and comparison.verdict == "unverified"):
            notes.append(Note(kind="vintage", words=words))
    kept = _kept(comparison)
    bases = {o.fact.basis for o in kept}
    others = {o.fact.basis for o in comparison.outcomes if o.fact.id not in comparison.kept}
    if comparison.verdict == "pass" and not claim.terms and len(bases) == 1 and others - bases:
        (basis,) = bases
        also = "; ".join(said(b.split("|")) for b in sorted(others - bases))
        notes.append(
            Note(
                kind="basis",
                words=f"the claim states no basis; it holds the figure {said(basis.split('|'))} "
                f"(also on file: {also})",
            )
        )
    if claim.expectation and comparison.outcomes:
        notes.append(
            Note(
                kind="expectation",
                words=f"an expectation ({claim.expectation}): compared with the expectations "
                "on file, never with the outcome",
            )
        )
    return notes


def derivation_words(derivation: Derivation) -> str:
    """ "<level> <unit> in <period> → <level> <unit> in <period> (<source>): +<change>% (...)",
    the change a claim is checked against, derived from two level facts."""
    start, end, value = derivation.start, derivation.end, derivation.value
    if derivation.amount:
        # "189,000 fewer": the difference, and the size of the fall the claim states
        change = -value if derivation.fall else value
        way = "a fall" if derivation.fall else "a rise"
        unit = f" {derivation.unit}" if derivation.unit else ""
        return (
            f"{_written(start)} {start.unit} in {start.period} → {_written(end)} {end.unit} "
            f"in {end.period} ({end.source}): {'+' if change >= 0 else ''}{rounded(change)}"
            f"{unit} ({way} of {rounded(derivation.low)} to {rounded(derivation.high)}{unit} "
            f"with the levels' rounding)"
        )
    sign_unit = " pp" if derivation.points else "%"
    return (
        f"{_written(start)} {start.unit} in {start.period} → {_written(end)} {end.unit} in "
        f"{end.period} ({end.source}): {'+' if value >= 0 else ''}{rounded(value)}{sign_unit} "
        f"({rounded(derivation.low)} to {rounded(derivation.high)} with the levels' rounding)"
    )


def _written(fact: FactRef) -> str:
    return number(fact.value) if isinstance(fact.value, int) else str(fact.value)


def _kept(comparison: Comparison) -> list[Outcome]:
    return [o for o in comparison.outcomes if o.fact.id in comparison.kept]


def _unverified_words(claim: Claim, record: LinkRecord | None) -> str:
    who = ", ".join(claim.entities) or "no entities"
    roles = f" ({claim.subject or '?'} in {claim.object}'s ranking)" if claim.object else ""
    period = claim.period or "no period"
    unit = f", unit {claim.unit}" if claim.unit else ""
    terms = f", {said(claim.terms)}" if claim.terms else ""
    expected = f", a {claim.expectation}" if claim.expectation else ""
    looked = "; ".join(record.looked_for) if record else ""
    return (
        f"{claimed_words(claim)}; no fact for metric {claim.metric} with {who}{roles}, "
        f"period {period}{unit}{terms}{expected}{'; ' + looked if looked else ''}"
    )


def _compared_words(
    claim: Claim, comparison: Comparison, verdict: str, reason: str | None, severity: str | None
) -> tuple[str, str]:
    """The body and label of a verdict that rests on compared facts."""
    if comparison.relation is not None:
        return relation_words(claim, comparison, verdict, reason, severity)
    head = claimed_words(claim)
    derivation = comparison.derivation
    if derivation is not None:
        body = f"{head}; derived from levels {derivation_words(derivation)}"
        if comparison.record is not None:
            return _with_record(body, comparison.record)
        if verdict == "pass":
            return body, "pass"
        outside = f"{rounded(comparison.distance)} percentage points outside"
        return body, f"flag (value, {severity}, {outside})"
    kept = _kept(comparison)
    if reason == "superseded" and comparison.superseded is not None:
        current = next(o for o in kept if o.fact.id == comparison.best)
        body = f"{head}; {evidence(current.fact, shown(current, claim))}"
        return f"{body}; {superseded_words(current.fact, comparison.superseded, claim)}", (
            "flag (superseded, minor)"
        )
    if verdict == "unverified" and comparison.best:
        first = next(o for o in kept if o.fact.id == comparison.best)
        return (
            f"{head}; {evidence(first.fact, shown(first, claim))}; every estimate on file came "
            f"out after the document ({claim.published}), so none shows the figure it could "
            "quote"
        ), "unverified"
    if reason == "ambiguous":
        listing = "; ".join(
            f"{evidence(o.fact, shown(o, claim))} ({'holds' if o.holds else 'contradicts'})"
            for o in kept
        )
        return f"{head}; sources disagree: {listing}", "flag (ambiguous)"
    if comparison.best:
        best = next(o for o in kept if o.fact.id == comparison.best)
        off = ""
        if reason in ("value", "date"):
            unit = "days" if reason == "date" else claim.unit or "units"
            off = f", {rounded(best.distance)} {unit} outside"
        return (
            f"{head}; {evidence(best.fact, shown(best, claim))}",
            f"flag ({reason}, {severity}{off})",
        )
    body = f"{head}; " + "; ".join(evidence(o.fact, shown(o, claim)) for o in kept)
    check = comparison.record
    if check is None:
        return body, "pass"
    return _with_record(body, check)


def _with_record(body: str, check: RecordCheck) -> tuple[str, str]:
    """The body with what the series says of a claimed record, and the label it gives."""
    body = f"{body}; {record_words(check)}"
    if check.holds:
        return body, "pass"
    if check.holds is None:
        return body, "unverified"
    return body, record_label(check)


def explanation(
    claim: Claim,
    verdict: str,
    reason: str | None,
    severity: str | None,
    found: Evidence,
    review: Review | None = None,
) -> str:
    """The one-line explanation of a verdict on ``claim``, from its evidence."""
    text, comparison, record = found.text, found.comparison, found.link
    if text is not None:
        body = f"{text.claimed}; {text.words}"
        label = verdict
        if verdict == "flag":
            outside = f", {text.outside}" if text.outside else ""
            label = f"flag ({reason}, {severity}{outside})"
    elif comparison is None or record is None or record.route == "none":
        body, label = _unverified_words(claim, record), "unverified"
    elif comparison.error:
        body, label = f"{claimed_words(claim)}; {comparison.error}", "unverified"
    elif comparison.farther:
        farther = claim.model_copy(update={"metric": record.metric})
        inner, inner_label = _compared_words(
            farther, comparison, "flag", comparison.reason, comparison.severity
        )
        said = f"{inner} → {inner_label}".rsplit("; ", 1)[-1]
        body = (
            f"{claimed_words(claim)}; no fact for metric {claim.metric}; the fact of "
            f"{record.metric}, named farther off, disagrees ({said}) and may be about "
            "something else"
        )
        label = "unverified"
    else:
        body, label = _compared_words(claim, comparison, verdict, reason, severity)
    notes = "".join(f"; {note.words}" for note in found.notes)
    ignored = (
        f"; ignored {review.signed()}: {review.reason}"
        if review is not None and review.action == "ignore"
        else ""
    )
    return f"{body}{notes} → {label}{ignored}"
