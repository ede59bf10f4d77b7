"""factlint: check the numbers and facts in documents against a curated reference dataset.

>>> import factlint
>>> report = factlint.check("seeds", "references")
>>> sorted(report.summary)
['flag', 'pass', 'unverified']
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from factlint.check import check
    from factlint.claims.assemble import assemble
    from factlint.claims.model import Claim
    from factlint.config import Policy, load_policy
    from factlint.documents import Document, load_document, load_documents
    from factlint.errors import ConfigError, DocumentError, FactlintError, ReferenceDataError
    from factlint.explain import ClaimNotFoundError, Explanation, explain
    from factlint.extract import Mention, extract
    from factlint.frames import read_claim_tables, read_references
    from factlint.references import References, load_references
    from factlint.report import Report, write_claim_tables, write_reports
    from factlint.verdicts.model import Verdict
    from factlint.verdicts.reviews import Review, ReviewError, Reviews, load_reviews

# Each public name and the module that defines it. They are imported on first use, so
# that `import factlint.extract` or `factlint extract` does not pay for pandas, pint and
# the report writers.
_HOMES = {
    "Claim": "factlint.claims.model",
    "ClaimNotFoundError": "factlint.explain",
    "ConfigError": "factlint.errors",
    "Document": "factlint.documents",
    "DocumentError": "factlint.errors",
    "Explanation": "factlint.explain",
    "FactlintError": "factlint.errors",
    "Mention": "factlint.extract",
    "Policy": "factlint.config",
    "ReferenceDataError": "factlint.errors",
    "References": "factlint.references",
    "Report": "factlint.report",
    "Review": "factlint.verdicts.reviews",
    "ReviewError": "factlint.verdicts.reviews",
    "Reviews": "factlint.verdicts.reviews",
    "Verdict": "factlint.verdicts.model",
    "assemble": "factlint.claims.assemble",
    "check": "factlint.check",
    "explain": "factlint.explain",
    "extract": "factlint.extract",
    "load_document": "factlint.documents",
    "load_documents": "factlint.documents",
    "load_policy": "factlint.config",
    "load_references": "factlint.references",
    "load_reviews": "factlint.verdicts.reviews",
    "read_claim_tables": "factlint.frames",
    "read_references": "factlint.frames",
    "write_claim_tables": "factlint.report",
    "write_reports": "factlint.report",
}

__all__ = [
    "Claim",
    "ClaimNotFoundError",
    "ConfigError",
    "Document",
    "DocumentError",
    "Explanation",
    "FactlintError",
    "Mention",
    "Policy",
    "ReferenceDataError",
    "References",
    "Report",
    "Review",
    "ReviewError",
    "Reviews",
    "Verdict",
    "assemble",
    "check",
    "explain",
    "extract",
    "load_document",
    "load_documents",
    "load_policy",
    "load_references",
    "load_reviews",
    "read_claim_tables",
    "read_references",
    "write_claim_tables",
    "write_reports",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factlint' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


# `factlint.check`, `factlint.explain` and `factlint.extract` are functions that share their names with
# submodules. Importing a submodule makes Python set the package's attribute to the
# module; this keeps the attribute the public function, as the API promises.
_SHADOWED_SUBMODULES = frozenset({"check", "explain", "extract"})


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED_SUBMODULES and isinstance(value, types.ModuleType):
            self.__dict__.pop(name, None)  # resolved again, as the function, by __getattr__
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
