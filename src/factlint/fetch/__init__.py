"""Fetching facts from the statistics they came from: one module per source
(``worldbank``, ``eurostat``, ``imf``, ``wikidata``, ``url``), all through the session
of ``session.py``; ``refresh`` compares and writes; ``spec`` says what a fact row's
fetch columns may hold (and imports no HTTP library, for ``refs validate``)."""
