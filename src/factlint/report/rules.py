"""The kinds of problem factlint reports, each with what it means and how to mend it.

SARIF gives each its own rule, so code-scanning views can filter and dismiss by kind,
and GitHub annotations take their titles from here. docs/rules.md is generated from this
module (``make generated``), and each rule's help link points at its section there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.about import RULES_PAGE


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str  # the verdict's reason, "unverified" or "stale-review"
    title: str
    description: str
    mend: str  # Markdown
    level: str  # SARIF's default level: error, warning or note

    @property
    def id(self) -> str:
        return f"factlint/{self.reason}"

    @property
    def anchor(self) -> str:
        """The heading's anchor as GitHub renders docs/rules.md."""
        return re.sub(r"[^a-z0-9 -]", "", self.id.lower()).replace(" ", "-")

    @property
    def help_uri(self) -> str:
        return f"{RULES_PAGE}#{self.anchor}"

    @property
    def help_markdown(self) -> str:
        return f"{self.description}\n\n**How to mend it.** {self.mend}"

    @property
    def help_text(self) -> str:
        return plain(self.help_markdown)


def plain(markdown: str) -> str:
    """The help as plain text: code and emphasis marks dropped, nothing else changed."""
    return markdown.replace("`", "").replace("**", "")


_REVIEW = (
    "If the document is right to differ (a quotation, a forecast), set the claim aside "
    "with an `ignore` row in `claims/reviews.csv`, giving the reason."
)
_EXPLAIN = "`factlint explain <claim id>` shows every fact compared and the arithmetic."

RULES: tuple[Rule, ...] = (
    Rule(
        "value",
        "Claimed amount or percentage contradicts the reference value",
        "The number in the document (an amount, a percentage, a change, a count) lies "
        "outside what the reference fact allows, after the claim's own rounding and "
        'wording ("about", "nearly", "more than") are taken into account.',
        f"Correct the number, or correct the fact in `references/facts/` if the reference "
        f"is wrong. {_EXPLAIN} {_REVIEW}",
        "error",
    ),
    Rule(
        "rank",
        "Claimed rank or ordinal contradicts the reference",
        'A rank or ordinal in the document ("the third-biggest", "12th") is not the '
        "reference fact's rank.",
        f"Correct the rank, or the fact in `references/facts/`. {_EXPLAIN} {_REVIEW}",
        "error",
    ),
    Rule(
        "date",
        "Claimed date contradicts the reference",
        "A date in the document misses the reference date by more than the precision it is "
        'written with ("June 2024" allows any day of June).',
        f"Correct the date, or the fact in `references/facts/`. {_EXPLAIN} {_REVIEW}",
        "error",
    ),
    Rule(
        "text",
        "Claimed name contradicts the reference",
        "A name the document gives (a place, a person, a title) differs from the reference "
        "fact and from every alias of it in `references/entities.csv`.",
        "Correct the name, or add the spelling used as an alias of the entity in "
        f"`references/entities.csv` if it is one. {_REVIEW}",
        "error",
    ),
    Rule(
        "ambiguous",
        "Reference sources disagree and the claim names none of them",
        "Facts from different sources disagree about this figure and the sentence does not "
        "say whose figure it is, so the claim cannot be said to hold.",
        'Name the source in the sentence ("according to customs data"), or mark the fact to '
        "prefer with `primary` in `references/facts/`. Pinning the claim to one fact with a "
        f"`link` row in `claims/reviews.csv` also settles it. {_EXPLAIN}",
        "error",
    ),
    Rule(
        "inconsistent",
        "Claim contradicts another claim in the same document",
        "The numbers of one paragraph disagree with each other: a change with its two "
        "values, a share with its part and whole, parts with their total, or a writer's "
        "currency conversion with its rate.",
        f"Correct whichever number is wrong; the explanation shows the arithmetic. {_REVIEW}",
        "error",
    ),
    Rule(
        "superseded",
        "Claim quotes an estimate that a revision had replaced by the document's date",
        "The figure was published more than once (a first estimate, then revisions), and "
        "the number in the document is an estimate that had already been replaced when the "
        "document was published; the estimate current then says otherwise.",
        'Quote the current estimate, or say that the figure is the earlier one ("first '
        'estimated at", "previously reported"). Check the `published` and `revises` '
        f"columns of the rows in `references/facts/`. {_EXPLAIN} {_REVIEW}",
        "warning",
    ),
    Rule(
        "comparison",
        "Claimed comparison between two entities contradicts their reference values",
        'The sentence relates two entities\' figures of one metric ("grew faster than", '
        '"overtook", "twice as large as", "lower than in"), and the facts on file for both '
        "do not bear it out: the order is the other way, the figures are equal as published, "
        'the order was already so in the period before an "overtook", or the ratio is not '
        "the multiple claimed.",
        "Correct the comparison (or the entity named), or the figure it rests on; the "
        f"explanation shows both entities' figures side by side. {_EXPLAIN} {_REVIEW}",
        "error",
    ),
    Rule(
        "unverified",
        "No reference fact matches the claim",
        "No fact in `references/` has this claim's metric, entities and period, so it was "
        "neither confirmed nor contradicted.",
        "Add the fact to `references/facts/` (with its source and URL) if the claim should be "
        f"checked; see `references/README.md`. {_EXPLAIN}",
        "note",
    ),
    Rule(
        "stale-review",
        "A review in claims/reviews.csv names a claim that no longer exists",
        "A row of `claims/reviews.csv` names a claim id that is in none of the documents "
        "checked. A claim's id comes from its sentence, so editing the sentence changes it.",
        "Take the claim's new id from `claims/<document>.csv` and put it in the row, or "
        "delete the row.",
        "warning",
    ),
)
RULE_INDEX = {rule.reason: index for index, rule in enumerate(RULES)}


def rule_for(reason: str) -> Rule:
    return RULES[RULE_INDEX[reason]]


def document() -> str:
    """docs/rules.md: every rule, what it means and how to mend it."""
    lines = [
        "# What factlint reports",
        "",
        "<!-- Generated by `make generated` from src/factlint/report/rules.py; edit that. -->",
        "",
        "Each kind of problem is a rule in report.sarif and a title in GitHub annotations.",
    ]
    for rule in RULES:
        lines += ["", f"## {rule.id}", "", f"*{rule.title}* (level: {rule.level})", ""]
        lines += [rule.help_markdown]
    return "\n".join(lines) + "\n"
