"""Rendering a Report: Markdown, HTML, JSON, JUnit XML and SARIF, plus claim tables."""

from factlint.report.model import Report, summarise
from factlint.report.write import write_claim_tables, write_reports

__all__ = ["Report", "summarise", "write_claim_tables", "write_reports"]
