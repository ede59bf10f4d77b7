"""Which estimate of a revised figure a claim is compared with. A statistic is often
published more than once: a first estimate, then revisions (rows joined by the
references' ``revises`` column, each with the day it was ``published``). They are one
figure at different times, never sources that disagree.

A claim is compared with the estimate current when its document was published: the
latest published on or before that day. An earlier estimate out by then is kept as
*superseded* (a claim that holds only it quotes a figure already replaced); estimates
published later are kept to say the figure has since been revised. A claim whose
wording quotes an earlier estimate ("revised from 275,000", "a preliminary reading of")
is compared with that one instead. With no publication date the latest estimate is
compared, and the explanation says so; when the document came out before every
estimate on file, the first is compared and can confirm the claim but never flag it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factlint.claims.model import Claim
from factlint.link.record import Vintages
from factlint.references.dataset import References
from factlint.references.models import Fact


def chain(fact: Fact, references: References) -> list[Fact]:
    """Every estimate of ``fact``'s figure, the first one first."""
    first, seen = fact, {fact.id}
    while first.revises:
        try:
            earlier = references.fact(first.revises)
        except KeyError:
            break
        if earlier.id in seen:
            break  # a cycle: refs validate reports it
        seen.add(earlier.id)
        first = earlier
    members, done = [first], {first.id}
    later = references.revision_of(first)
    while later is not None and later.id not in done:
        members.append(later)
        done.add(later.id)
        later = references.revision_of(later)
    return members


@dataclass
class Resolved:
    """The facts to compare, why each other estimate was set aside, and the record."""

    chosen: list[Fact]
    left_out: dict[str, str] = field(default_factory=dict)
    vintages: Vintages | None = None


def _known_by(fact: Fact, day: dt.date) -> bool:
    # A first estimate with no date came out before the revision that names it.
    return fact.published is None or fact.published <= day


def _when(fact: Fact) -> str:
    what = f"{fact.estimate} estimate" if fact.estimate else "estimate"
    return f"{what}, published {fact.published}" if fact.published else what


def resolve(claim: Claim, facts: list[Fact], references: References) -> Resolved:
    """Of ``facts`` (those that fit the claim), the estimates to compare: one per figure
    (see the module's docstring). Facts of figures never revised pass through."""
    if not any(f.revises or references.revision_of(f) for f in facts):
        return Resolved(facts)
    wanted = {f.id for f in facts}
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        members = [m for m in chain(fact, references) if m.id in wanted]
        groups.setdefault(members[0].id, members)
    resolved = Resolved([])
    superseded: list[Fact] = []
    later: list[Fact] = []
    early, quoted = False, ""
    day = claim.published
    for members in groups.values():
        if len(members) == 1:
            resolved.chosen.append(members[0])
            continue
        known = [] if day is None else [m for m in members if _known_by(m, day)]
        if day is None:
            compared = members[-1]
            why = (
                f"vintage: the document has no publication date, so the latest estimate is "
                f"compared ({compared.id}, {_when(compared)})"
            )
            resolved.left_out |= {m.id: why for m in members if m is not compared}
        elif claim.estimate and len(known) > 1:
            compared = known[0] if claim.estimate == "first" else known[-2]
            quoted = claim.estimate
            which = "the first" if quoted == "first" else "an earlier"
            resolved.left_out |= {
                m.id: f"vintage: the wording quotes {which} estimate, {compared.id}; this is "
                f"the {_when(m)}"
                for m in members
                if m is not compared
            }
            later += members[members.index(compared) + 1 :]
        else:
            early = early or not known
            compared = known[-1] if known else members[0]
            superseded += known[:-1]
            resolved.left_out |= {
                m.id: f"vintage: replaced on {compared.published} by {compared.id}, by the "
                f"document's date ({day})"
                for m in known[:-1]
            }
            after = members[len(known) :] if known else members[1:]
            later += after
            resolved.left_out |= {
                m.id: f"vintage: published {m.published}, after the document ({day})" for m in after
            }
        resolved.chosen.append(compared)
    resolved.chosen.sort(key=lambda f: f.id)
    resolved.vintages = Vintages(
        superseded=[f.ref for f in superseded],
        later=[f.ref for f in later],
        undated=day is None,
        quoted=quoted,
        early=early,
    )
    return resolved


def current_estimates(facts: list[Fact], day: dt.date | None, references: References) -> list[Fact]:
    """``facts`` with each revised figure's estimate as of ``day`` alone (the latest
    with no day, the first when none was out by then): the series a change is derived
    from, or a record held against."""
    if not any(f.revises or references.revision_of(f) for f in facts):
        return facts
    wanted = {f.id for f in facts}
    keep = set()
    for fact in facts:
        members = [m for m in chain(fact, references) if m.id in wanted]
        known = members if day is None else [m for m in members if _known_by(m, day)]
        keep.add((known or members[:1])[-1].id)
    return [f for f in facts if f.id in keep]
