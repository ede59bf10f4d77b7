"""Placeholder until the renderer lands."""

from __future__ import annotations

from factlint.report.model import Report


def render(report: Report) -> str:
    return ""
