"""Score factlint on whole articles: each case in ``tests/article_cases/<slug>/`` is a news
article, the reference folder an analyst wrote for the release it reports, the verdict a
statistics desk expects for every number in it, and one-word changes that must be flagged.

    python tests/article_harness.py [--verbose] [--cases DIR]

A case folder holds ``article.txt`` (headline on line 1), ``case.toml`` (``published``,
``field``, ``shaped_after`` and ``[[change]]`` tables with ``from``, ``to``, ``flags``,
``reason``), ``expect.csv`` (``text,occurrence,verdict,reason,metric,note``) and
``references/``. A claim answers the expected row whose text it is, at the same
occurrence in the article (whole appearances only: "2%" does not appear in "3.2%");
failing that, the row whose text its span overlaps (the extractor may read "$1.25 a
share" where the row says "$1.25").

What is counted, per article and in total:

- expected verdicts matched: the verdict is the row's; for ``pass`` and ``flag`` the
  metric too, and for ``flag`` the reason. A row expected ``unverified`` is also matched
  by a number the report lists as not checked (it never became a claim): either way the
  desk sees no evidence for it. Rows expected ``skip`` are not counted here;
- true claims flagged: a flag on a row expected ``pass``, ``unverified`` or ``skip``, or
  on a claim no row expects;
- skips that became claims: a row expected ``skip`` (a forecast, a year that dates
  another claim) that the report holds as a claim;
- changes: the article with one change applied must flag the claim the change names,
  with the change's reason, and flag nothing that was not flagged before.

Scores are printed, not asserted: the thresholds belong to the issue that improves them.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import factlint
from factlint.documents import Document
from factlint.references import References, load_references
from factlint.report import Report
from factlint.verdicts.model import Verdict

CASES = Path(__file__).resolve().parent / "article_cases"
EXPECT_COLUMNS = ("text", "occurrence", "verdict", "reason", "metric", "note")
VERDICTS = ("pass", "flag", "unverified", "skip")
CHANGE_KEYS = ("from", "to", "flags", "reason")


@dataclass(frozen=True)
class Expected:
    """One row of expect.csv, placed in the article."""

    line: int  # in expect.csv, header = 1
    text: str
    occurrence: int
    verdict: str
    reason: str
    metric: str
    note: str
    start: int  # offset of the row's text in the article; -1 when it is not there

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Change:
    """A one-word edit of the article and the claim it must flag."""

    before: str
    after: str
    flags: str
    reason: str


@dataclass(frozen=True)
class Case:
    slug: str
    folder: Path
    text: str
    published: dt.date
    field: str
    shaped_after: str
    expected: list[Expected]
    changes: list[Change]

    @property
    def references(self) -> Path:
        return self.folder / "references"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole appearance, not part of a longer number or word
    ("2%" inside "3.2%", "10" inside "2010", "$1" inside "$15")."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or before in "$€£¥":
            return False
        if before in ".," and start > 1 and text[start - 2].isdigit():
            return False
    if end < len(text) and text[end - 1].isalnum():
        after = text[end]
        if after.isalnum():
            return False
        if after in ".," and end + 1 < len(text) and text[end + 1].isdigit():
            return False
    return True


def appearances(text: str, needle: str) -> list[int]:
    """Where ``needle`` appears in ``text`` as a whole, in order."""
    found, at = [], text.find(needle)
    while needle and at >= 0:
        if _stands_alone(text, at, at + len(needle)):
            found.append(at)
        at = text.find(needle, at + 1)
    return found


def nth(text: str, needle: str, occurrence: int) -> int:
    """Offset of the ``occurrence``-th (from 1) whole appearance of ``needle``; -1 if fewer."""
    found = appearances(text, needle)
    return found[occurrence - 1] if 0 < occurrence <= len(found) else -1


def occurrence_at(text: str, needle: str, start: int) -> int:
    """Which whole appearance of ``needle`` starts at ``start`` (from 1); 0 if none does."""
    found = appearances(text, needle)
    return found.index(start) + 1 if start in found else 0


def read_expected(path: Path, text: str) -> list[Expected]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != EXPECT_COLUMNS:
            raise ValueError(f"{path}:1: the header must be {','.join(EXPECT_COLUMNS)}")
        rows = []
        for row in reader:
            occurrence = int(row["occurrence"] or 1)
            rows.append(
                Expected(
                    line=reader.line_num,
                    text=row["text"],
                    occurrence=occurrence,
                    verdict=row["verdict"].strip(),
                    reason=(row["reason"] or "").strip(),
                    metric=(row["metric"] or "").strip(),
                    note=row["note"] or "",
                    start=nth(text, row["text"], occurrence),
                )
            )
    return rows


def load_case(folder: Path) -> Case:
    text = (folder / "article.txt").read_text(encoding="utf-8")
    meta = tomllib.loads((folder / "case.toml").read_text(encoding="utf-8"))
    published = meta["published"]
    if not isinstance(published, dt.date):
        published = dt.date.fromisoformat(str(published))
    changes = [
        Change(c["from"], c["to"], c["flags"], c.get("reason", "value"))
        for c in meta.get("change", [])
    ]
    return Case(
        slug=folder.name,
        folder=folder,
        text=text,
        published=published,
        field=str(meta["field"]),
        shaped_after=str(meta["shaped_after"]),
        expected=read_expected(folder / "expect.csv", text),
        changes=changes,
    )


def load_cases(root: Path = CASES) -> list[Case]:
    return [load_case(p) for p in sorted(root.iterdir()) if (p / "case.toml").is_file()]


def check(case: Case, text: str, references: References) -> Report:
    document = Document(path=f"{case.slug}.txt", text=text, published=case.published)
    return factlint.check([document], references)


@dataclass
class Outcome:
    """What the report did with one expected row."""

    row: Expected
    verdict: Verdict | None  # the claim that answers the row, if any
    not_checked: str = ""  # the reason the report gives for leaving the number out

    @property
    def got(self) -> str:
        if self.verdict is None:
            return "not checked" if self.not_checked else "absent"
        v = self.verdict
        parts = [v.verdict, v.reason or "", str(v.claim.metric)]
        return "/".join(p for p in parts if p)

    @property
    def matched(self) -> bool:
        row, v = self.row, self.verdict
        if row.verdict == "skip":
            return v is None
        if v is None:
            return row.verdict == "unverified" and bool(self.not_checked)
        if v.verdict != row.verdict:
            return False
        if row.verdict in ("pass", "flag") and str(v.claim.metric) != row.metric:
            return False
        return row.verdict != "flag" or (v.reason or "") == row.reason


@dataclass
class ChangeOutcome:
    change: Change
    flagged: bool  # the named claim is flagged with the change's reason
    spill: list[str]  # other claims flagged now that were not before
    got: str  # what the named claim got

    @property
    def exact(self) -> bool:
        return self.flagged and not self.spill


@dataclass
class CaseResult:
    case: Case
    outcomes: list[Outcome]
    extra: list[Verdict]  # claims no row expects
    changes: list[ChangeOutcome] = field(default_factory=list)

    @property
    def scored(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.row.verdict != "skip"]

    @property
    def matched(self) -> int:
        return sum(o.matched for o in self.scored)

    @property
    def true_flagged(self) -> list[str]:
        wrong = [
            o.row.text
            for o in self.outcomes
            if o.verdict is not None and o.verdict.verdict == "flag" and o.row.verdict != "flag"
        ]
        return wrong + [v.claim.text for v in self.extra if v.verdict == "flag"]

    @property
    def skips_claimed(self) -> list[str]:
        return [o.row.text for o in self.outcomes if o.row.verdict == "skip" and o.verdict]

    @property
    def exact_changes(self) -> int:
        return sum(c.exact for c in self.changes)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _span(verdict: Verdict) -> tuple[int, int]:
    return verdict.claim.start, verdict.claim.end


def answer(
    rows: Sequence[Expected], verdicts: Sequence[Verdict], text: str
) -> tuple[dict[int, Verdict], list[Verdict]]:
    """Each row's claim (by row index), and the claims no row expects. A claim answers
    the row of its own text and occurrence, else the first free row its span overlaps."""
    exact = {(r.text, r.occurrence): i for i, r in enumerate(rows)}
    found: dict[int, Verdict] = {}
    left: list[Verdict] = []
    for v in verdicts:
        key = (v.claim.text, occurrence_at(text, v.claim.text, v.claim.start))
        index = exact.get(key)
        if index is not None and index not in found:
            found[index] = v
        else:
            left.append(v)
    extra = []
    for v in left:
        span = _span(v)
        index = next(
            (
                i
                for i, r in enumerate(rows)
                if i not in found and r.start >= 0 and _overlaps(span, (r.start, r.end))
            ),
            None,
        )
        if index is None:
            extra.append(v)
        else:
            found[index] = v
    return found, extra


def _offsets(text: str) -> list[int]:
    """The offset at which each line (from 1) starts."""
    starts = [0, 0]
    for i, char in enumerate(text):
        if char == "\n":
            starts.append(i + 1)
    return starts


def not_checked(report: Report, text: str) -> dict[tuple[int, int], str]:
    """The numbers the report left out, by span, with its reason."""
    lines = _offsets(text)
    spans = {}
    for s in report.skipped:
        if 0 < s.line < len(lines):
            start = lines[s.line] + s.column - 1
            spans[(start, start + len(s.text))] = s.reason
    return spans


def _flag_keys(report: Report, text: str) -> set[tuple[str, int]]:
    return {
        (v.claim.text, occurrence_at(text, v.claim.text, v.claim.start))
        for v in report.verdicts
        if v.verdict == "flag" and not v.ignored
    }


def try_change(case: Case, change: Change, references: References, before: Report) -> ChangeOutcome:
    at = case.text.find(change.before)
    text = case.text[:at] + change.after + case.text[at + len(change.before) :]
    report = check(case, text, references)
    # the claim to flag: the first appearance of its text from the edit on
    target = next((a for a in appearances(text, change.flags) if a >= at), -1)
    span = (target, target + len(change.flags))
    named = [v for v in report.verdicts if target >= 0 and _overlaps(_span(v), span)]
    flagged = any(v.verdict == "flag" and (v.reason or "") == change.reason for v in named)
    got = ", ".join(f"{v.claim.text}: {v.verdict} {v.reason or ''}".strip() for v in named)
    # Claims after the edit keep their text; their occurrence counts only shift when
    # the edit adds or removes an appearance of that same text.
    earlier = _flag_keys(before, case.text)
    spill = sorted(
        f"{v.claim.text}"
        for v in report.verdicts
        if v.verdict == "flag"
        and not v.ignored
        and v not in named
        and (v.claim.text, occurrence_at(text, v.claim.text, v.claim.start)) not in earlier
    )
    return ChangeOutcome(change, flagged, spill, got or "no claim")


def run_case(case: Case, with_changes: bool = True) -> CaseResult:
    references = load_references(case.references)
    report = check(case, case.text, references)
    found, extra = answer(case.expected, report.verdicts, case.text)
    skipped = not_checked(report, case.text)
    outcomes = []
    for i, row in enumerate(case.expected):
        reason = ""
        if i not in found and row.start >= 0:
            reason = next(
                (r for span, r in skipped.items() if _overlaps(span, (row.start, row.end))), ""
            )
        outcomes.append(Outcome(row, found.get(i), reason))
    result = CaseResult(case, outcomes, extra)
    if with_changes:
        result.changes = [try_change(case, c, references, report) for c in case.changes]
    return result


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def summary_line(name: str, results: Iterable[CaseResult]) -> str:
    results = list(results)
    scored = sum(len(r.scored) for r in results)
    matched = sum(r.matched for r in results)
    true_flagged = sum(len(r.true_flagged) for r in results)
    skips = sum(len(r.skips_claimed) for r in results)
    changes = sum(len(r.changes) for r in results)
    exact = sum(r.exact_changes for r in results)
    caught = sum(sum(c.flagged for c in r.changes) for r in results)
    return (
        f"{name:<28} expected {matched}/{scored} ({_percent(matched, scored)}); "
        f"true claims flagged {true_flagged}; skips claimed {skips}; "
        f"changes exact {exact}/{changes} (flagged {caught})"
    )


def by_verdict(results: Sequence[CaseResult]) -> str:
    parts = []
    for verdict in ("pass", "flag", "unverified"):
        rows = [o for r in results for o in r.scored if o.row.verdict == verdict]
        parts.append(f"{verdict} {sum(o.matched for o in rows)}/{len(rows)}")
    skips = [o for r in results for o in r.outcomes if o.row.verdict == "skip"]
    parts.append(f"skip kept out {sum(o.matched for o in skips)}/{len(skips)}")
    return "  by expected verdict: " + ", ".join(parts)


def details(result: CaseResult) -> list[str]:
    lines = []
    for o in result.outcomes:
        if not o.matched:
            want = "/".join(p for p in (o.row.verdict, o.row.reason, o.row.metric) if p)
            lines.append(f"    {o.row.text!r} #{o.row.occurrence}: want {want}, got {o.got}")
    for v in result.extra:
        lines.append(
            f"    extra claim {v.claim.text!r} line {v.claim.line}: "
            f"{v.verdict} {v.reason or ''} {v.claim.metric}".rstrip()
        )
    for c in result.changes:
        if not c.exact:
            what = "flagged" if c.flagged else f"not flagged ({c.got})"
            spill = f"; also flagged {', '.join(c.spill)}" if c.spill else ""
            lines.append(f"    change {c.change.before!r} -> {c.change.after!r}: {what}{spill}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES, help="folder of case folders")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    results = []
    for case in load_cases(args.cases):
        result = run_case(case)
        results.append(result)
        print(summary_line(case.slug, [result]))
        if args.verbose:
            print("\n".join(details(result)) or "    (no misses)")
    print(summary_line(f"TOTAL ({len(results)} articles)", results))
    print(by_verdict(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
