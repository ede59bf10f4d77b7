"""GitHub Actions workflow commands: each problem as an annotation on its line.

``::error file=doc.md,line=3,endLine=3,col=5,endColumn=17,title=…::message``. A major
flag is an error, a minor one a warning, an unverified claim a notice, a stale review a
warning on its row of the reviews file; a claim an analyst ignored is not annotated.

GitHub shows at most 10 annotations of each level per step (and 50 per job) and drops
the rest without a word, so factlint writes no more than that of each level, in reading
order, and says how many it left out: in the log and in the job summary.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from factlint.report._format import STALE_HINT, ordered_verdicts
from factlint.report.model import Report
from factlint.report.rules import rule_for
from factlint.report.sarif import region
from factlint.verdicts.model import Verdict

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
class Annotations:
    """The commands to print, and how many of each level GitHub would not have shown."""

    commands: list[str] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)
    unannotated: list[Verdict] = field(default_factory=list)  # for the log, in plain lines

    def note(self) -> str:
        """One sentence for the log and the job summary; empty when nothing was left out."""
        if not self.left_out:
            return ""
        counts = ", ".join(
            f"{self.left_out[name]} {name}(s)" for name in LEVELS if self.left_out[name]
        )
        return (
            f"GitHub shows at most {ANNOTATIONS_PER_LEVEL} annotations of each level per step: "
            f"{counts} were not annotated on their lines; every claim is listed in this "
            "report and in report.html."
        )


def annotate(report: Report, limit: int = ANNOTATIONS_PER_LEVEL) -> Annotations:
    locations = {d.path: d.location or d.path for d in report.documents}
    out = Annotations()
    written: Counter[str] = Counter()
    for verdict in ordered_verdicts(report):
        if verdict.verdict == "pass" or verdict.ignored:
            continue
        name = level(verdict)
        if written[name] >= limit:
            out.left_out[name] += 1
            out.unannotated.append(verdict)
            continue
        written[name] += 1
        area = region(verdict)
        reason = "unverified" if verdict.verdict == "unverified" else (verdict.reason or "value")
        title = f"{rule_for(reason).title} (factlint)"
        properties: list[tuple[str, str | int]] = [
            ("file", locations.get(verdict.claim.doc, verdict.claim.doc)),
            ("line", area["startLine"]), ("endLine", area["endLine"]),
            ("col", area["startColumn"]), ("endColumn", area["endColumn"]),
            ("title", title),
        ]  # fmt: skip
        out.commands.append(command(name, properties, verdict.explanation))
    for review in report.stale_reviews:
        if written["warning"] >= limit:
            out.left_out["warning"] += 1
            continue
        written["warning"] += 1
        title = f"{rule_for('stale-review').title} (factlint)"
        message = f"stale review of claim {review.claim_id} ({review.action}): {STALE_HINT}"
        out.commands.append(
            command(
                "warning", [("file", review.file), ("line", review.line), ("title", title)], message
            )
        )
    return out
