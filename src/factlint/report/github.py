"""GitHub Actions workflow commands: each problem as an annotation on its line.

``::error file=doc.md,line=3,endLine=3,col=5,endColumn=17,title=…::message``. A major
flag is an error, a minor one a warning, an unverified claim a notice, a stale review a
warning on its row of the reviews file; a claim an analyst ignored is not annotated.

GitHub shows at most 10 annotations of each level per step (and 50 per job) and drops
the rest without a word, so factlint writes no more than that of each level, in reading
order, and says how many it left out: in the log and in the job summary. Each claim's
command is written where its document is checked (``annotation``); which of them are
shown is decided as the documents come in, in order (``Cap``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from factlint.report._format import STALE_HINT
from factlint.report.model import Report
from factlint.report.parts import results_of
from factlint.report.rules import rule_for
from factlint.report.sarif import region
from factlint.verdicts.model import Verdict
from factlint.verdicts.reviews import Review

ANNOTATIONS_PER_LEVEL = 10
LEVELS = ("error", "warning", "notice")


def escape_data(text: str) -> str:
    """A command's message: GitHub decodes these three and nothing else."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property's value, where ``:`` and ``,`` would end it early."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, properties: list[tuple[str, str | int]], message: str) -> str:
    props = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties)
    return f"::{level} {props}::{escape_data(message)}"


def level(verdict: Verdict) -> str:
    if verdict.verdict == "unverified":
        return "notice"
    return "warning" if verdict.severity == "minor" else "error"


@dataclass
class Cap:
    """How many annotations of each level were written, and how many left out."""

    limit: int = ANNOTATIONS_PER_LEVEL
    written: Counter[str] = field(default_factory=Counter)
    left_out: Counter[str] = field(default_factory=Counter)

    def admit(self, level: str) -> bool:
        """Whether the next annotation of this level is written (else it is counted)."""
        if self.written[level] >= self.limit:
            self.left_out[level] += 1
            return False
        self.written[level] += 1
        return True

    def note(self) -> str:
        """One sentence for the log and the job summary; empty when nothing was left out."""
        if not self.left_out:
            return ""
        counts = ", ".join(
            f"{self.left_out[name]} {name}(s)" for name in LEVELS if self.left_out[name]
        )
        return (
            f"GitHub shows at most {self.limit} annotations of each level per step: "
            f"{counts} were not annotated on their lines; every claim is listed in this "
            "report and in report.html."
        )


def annotation(verdict: Verdict, file: str) -> tuple[str, str] | None:
    """The level and command for a claim, ``file`` being its document as the user named
    it; None for a pass or a claim an analyst ignored."""
    if verdict.verdict == "pass" or verdict.ignored:
        return None
    area = region(verdict)
    reason = "unverified" if verdict.verdict == "unverified" else (verdict.reason or "value")
    title = f"{rule_for(reason).title} (factlint)"
    properties: list[tuple[str, str | int]] = [
        ("file", file),
        ("line", area["startLine"]), ("endLine", area["endLine"]),
        ("col", area["startColumn"]), ("endColumn", area["endColumn"]),
        ("title", title),
    ]  # fmt: skip
    return level(verdict), command(level(verdict), properties, verdict.explanation)


def stale_annotation(review: Review) -> str:
    """A review whose claim is gone, as a warning on its row of the reviews file."""
    title = f"{rule_for('stale-review').title} (factlint)"
    message = f"stale review of claim {review.claim_id} ({review.action}): {STALE_HINT}"
    return command(
        "warning", [("file", review.file), ("line", review.line), ("title", title)], message
    )


@dataclass
class Annotations:
    """The commands to print, and how many of each level GitHub would not have shown."""

    commands: list[str] = field(default_factory=list)
    cap: Cap = field(default_factory=Cap)
    unannotated: list[Verdict] = field(default_factory=list)  # for the log, in plain lines

    @property
    def left_out(self) -> Counter[str]:
        return self.cap.left_out

    def note(self) -> str:
        return self.cap.note()


def annotate(report: Report, limit: int = ANNOTATIONS_PER_LEVEL) -> Annotations:
    """The annotations of an in-memory Report, in reading order, capped per level."""
    out = Annotations(cap=Cap(limit))
    for result in results_of(report):
        file = result.info.location or result.path if result.info else result.path
        for verdict in result.verdicts:
            found = annotation(verdict, file)
            if found is None:
                continue
            if out.cap.admit(found[0]):
                out.commands.append(found[1])
            else:
                out.unannotated.append(verdict)
    for review in report.stale_reviews:
        if out.cap.admit("warning"):
            out.commands.append(stale_annotation(review))
    return out
