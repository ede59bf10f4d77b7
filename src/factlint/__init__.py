"""factlint: check the numbers and facts in documents against a curated reference dataset.

>>> import factlint
>>> report = factlint.check("seeds", "references")
>>> sorted(report.summary)
['flag', 'pass', 'unverified']
"""

from factlint.check import check
from factlint.claims import Claim, assemble
from factlint.config import Policy, load_policy
from factlint.documents import Document, load_document, load_documents
from factlint.errors import ConfigError, DocumentError, FactlintError, ReferenceDataError
from factlint.extract import Mention, extract
from factlint.references import References, load_references
from factlint.report import Report, write_claim_tables, write_reports
from factlint.verdicts import Verdict

__all__ = [
    "Claim",
    "ConfigError",
    "Document",
    "DocumentError",
    "FactlintError",
    "Mention",
    "Policy",
    "ReferenceDataError",
    "References",
    "Report",
    "Verdict",
    "assemble",
    "check",
    "extract",
    "load_document",
    "load_documents",
    "load_policy",
    "load_references",
    "write_claim_tables",
    "write_reports",
]
