"""The evidence of one verdict in report.html: the fact it rests on, who says so, the
other candidates, and the claim's period, entities and metric beside the fact's, a
mismatch marked in words as well as colour."""

from __future__ import annotations

from html import escape

from factlint.report._format import fact_value, is_web_link
from factlint.verdicts.model import FactRef, Verdict


def attr(text: str) -> str:
    """A value for a double-quoted attribute."""
    return escape(text, quote=True)


def link(url: str, label: str) -> str:
    if not is_web_link(url):
        return escape(label)
    return f'<a href="{attr(url)}" rel="noopener noreferrer">{escape(label)}</a>'


def entities_of(fact: FactRef) -> list[str]:
    return [name for name in (fact.subject, fact.object) if name]


def compare_table(verdict: Verdict) -> str:
    """The claim's period, entities and metric beside the fact's, a mismatch marked (in
    words too, not by colour alone): why a fact did or did not apply, at a glance."""
    claim, fact = verdict.claim, verdict.fact
    rows = [
        ("period", str(claim.period or ""), fact.period if fact else None),
        ("entities", ", ".join(claim.entities), ", ".join(entities_of(fact)) if fact else None),
        ("metric", str(claim.metric), fact.metric if fact else None),
    ]
    body = []
    for name, mine, theirs in rows:
        cells = f'<th scope="row">{name}</th><td>{escape(mine) or "—"}</td>'
        if fact is not None:
            marked = differs(name, claim.entities, mine, theirs or "", fact)
            mark = ' class="differs"' if marked else ""
            note = ' <span class="differs-note">differs</span>' if marked else ""
            cells += f"<td{mark}>{escape(theirs or '') or '—'}{note}</td>"
        body.append(f"<tr>{cells}</tr>")
    head = (
        '<th scope="col"><span class="visually-hidden">what</span></th><th scope="col">claim</th>'
    )
    head += '<th scope="col">fact</th>' if fact is not None else ""
    return (
        f'<table class="compare"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def differs(name: str, claimed: list[str], mine: str, theirs: str, fact: FactRef) -> bool:
    if name == "entities":  # the fact's parties must be among the claim's entities
        return not set(entities_of(fact)) <= set(claimed)
    return bool(mine and theirs) and mine != theirs


def evidence(verdict: Verdict) -> str:
    """The fact the verdict rests on, who says so, and how it compares with the claim."""
    fact, others = verdict.fact, verdict.facts
    parts = []
    if fact is None:
        parts.append("no fact")
        if others:
            parts.append("candidates: " + ", ".join(f"<code>{escape(f.id)}</code>" for f in others))
    else:
        source = link(fact.url, fact.source or fact.url) if fact.url else escape(fact.source)
        parts += [
            f"<code>{escape(fact.id)}</code>: {escape(fact_value(fact))}",
            f"{source}, retrieved {escape(fact.retrieved)}",
        ]
        also = [f for f in others if f.id != fact.id]
        if also:
            parts.append("also: " + ", ".join(f"<code>{escape(f.id)}</code>" for f in also))
    return "<br>".join(parts) + compare_table(verdict)
