"""The curated reference dataset: entities, metrics, facts and exchange rates.

``load_references(folder)`` reads and validates every CSV once and returns a
:class:`References`; any problem anywhere raises one ReferenceDataError that lists
them all as ``file:line:column: message``.
"""

from factlint.references.dataset import References
from factlint.references.load import load_references
from factlint.references.models import Entity, Fact, FxRate, Metric

__all__ = ["Entity", "Fact", "FxRate", "Metric", "References", "load_references"]
