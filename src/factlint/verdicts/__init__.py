"""Verdicts: pass, flag or unverified, with the evidence, and the analysts' reviews."""
