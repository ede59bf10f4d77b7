"""The evidence a verdict carries, as data: the linking record (every candidate fact
and why), the comparison (the arithmetic), a check of the text against itself, and
notes (sources, reviews, consistency). The one-line explanation, ``factlint explain``
and every report are rendered from it (``verdicts.words``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from factlint.claims.model import Claim
from factlint.compare.record import Comparison
from factlint.link.record import LinkRecord


class TextCheck(BaseModel):
    """A claim the text checks against itself: a writer's conversion at the stated (or
    tabled) rate, or a relation among a paragraph's numbers (a change and its two values,
    a share and its part and whole, a total and its parts).

    ``claimed`` is the figure and what it restates; ``words`` the arithmetic; ``outside``
    how far a failing figure misses, with its unit, where that is said."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["conversion", "relation"]
    claimed: str
    words: str
    outside: str = ""


class Note(BaseModel):
    """Something the explanation adds before the verdict: which sources stood in or
    agree, an analyst's pin, what the text says about the figure, how a revised figure
    stood at the document's date (``vintage``), which basis a claim that states none
    holds, or that an expectation was compared with expectations."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["source", "review", "consistency", "context", "vintage", "basis", "expectation"]
    words: str


class Evidence(BaseModel):
    """Why a verdict is what it is. ``link`` and ``comparison`` are absent for a claim
    only the text checks (a conversion); ``text`` is present when the text's own check
    decided the verdict."""

    model_config = ConfigDict(frozen=True)

    link: LinkRecord | None = None
    comparison: Comparison | None = None
    text: TextCheck | None = None
    notes: list[Note] = []
    assembled: Claim | None = None  # the claim as read, where comparing took it otherwise
