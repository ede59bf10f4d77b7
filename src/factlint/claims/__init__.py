"""Assembling claims: each mention read in its sentence, paragraph and document (entities,
metric, period, source), or set aside with the reason."""
