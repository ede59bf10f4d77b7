"""Comparing a claim with its linked facts: tolerance, units, currencies, growth derived
from levels, and records held against the series. ``compare`` reads a linking record
and adds the arithmetic (:class:`~factlint.compare.record.Comparison`)."""

from factlint.compare.judge import compare
from factlint.compare.record import Comparison

__all__ = ["Comparison", "compare"]
