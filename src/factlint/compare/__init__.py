"""Comparing a claim with its linked facts: tolerance, units, currencies, growth derived
from levels, and records held against the series."""
