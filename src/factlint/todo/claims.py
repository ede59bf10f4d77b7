"""The unverified claims and set-aside numbers of the last run, read back from
reports/report.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from factlint.errors import DocumentError, display_path
from factlint.report.json_report import FORMAT_VERSION


class OpenClaim(BaseModel):
    """An unverified claim as report.json gives it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    doc: str
    line: int
    column: int
    text: str
    sentence: str = ""
    kind: str
    unit: str = ""
    period: str = ""
    entities: list[str] = []
    subject: str = ""
    object: str = ""
    metric: str = ""
    explanation: str = ""
    evidence: dict[str, Any] = {}  # the verdict's linking record and comparison, as data


class SetAside(BaseModel):
    """A number report.json lists as not checked, with the reason."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    doc: str
    line: int
    column: int
    text: str
    reason: str


def open_claim(entry: dict[str, Any]) -> OpenClaim:
    """A claim entry of report.json (the claim, with its verdict's explanation and
    evidence beside it) as an open claim."""
    fields = {**entry["claim"], "explanation": entry["explanation"], "evidence": entry["evidence"]}
    return OpenClaim.model_validate(fields)


NO_METRIC_REASONS = ("no metric in the sentence", "a change, and no metric of changes")


def read_report(path: Path) -> tuple[list[OpenClaim], list[SetAside]]:
    """The unverified claims not set aside by review, and the numbers that went
    unchecked for want of a metric."""
    where = display_path(path)
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DocumentError(
            f"{where}: no report; run `factlint check` first (it writes reports/report.json)"
        ) from None
    except ValueError as ex:
        raise DocumentError(f"{where}: not a factlint JSON report ({ex})") from None
    if data.get("format_version") != FORMAT_VERSION:
        raise DocumentError(
            f"{where}: written by another version of factlint (format "
            f"{data.get('format_version', 1)!r}, not {FORMAT_VERSION!r}); run `factlint check` again"
        )
    try:
        claims = [
            open_claim(entry)
            for entry in data.get("claims", [])
            if entry.get("verdict") == "unverified" and not entry.get("review")
        ]
        skipped = [
            SetAside.model_validate(entry)
            for entry in data.get("skipped", [])
            if str(entry.get("reason", "")).startswith(NO_METRIC_REASONS)
        ]
    except (ValidationError, AttributeError) as ex:
        raise DocumentError(f"{where}: not a factlint JSON report ({ex})") from None
    return claims, skipped
