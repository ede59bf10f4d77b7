"""ISO 4217 currency codes, from a maintained copy of the standard (pycountry's, itself
Debian's iso-codes), loaded on first use so the extractor never pays for it."""

from __future__ import annotations

import difflib
import functools
import importlib.util
import json
from pathlib import Path

from factlint.extract.lexicon import CODE_ALIASES


@functools.cache
def iso4217() -> frozenset[str]:
    """Every current ISO 4217 alphabetic code (funds and metals such as XAU included).

    Read from the database file pycountry ships (``pycountry.DATABASE_DIR``) without
    importing pycountry, whose import costs a fifth of a second in importlib.metadata.
    """
    spec = importlib.util.find_spec("pycountry")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        database = Path(folder) / "databases" / "iso4217.json"
        if database.is_file():
            entries = json.loads(database.read_text(encoding="utf-8"))["4217"]
            return frozenset(entry["alpha_3"] for entry in entries)
    import pycountry  # a layout without the file: ask the package itself

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


def is_currency(code: str) -> bool:
    return code in iso4217()


def currency_problem(code: str) -> str:
    """Why ``code`` is no currency code, with how to mend it; empty when it is one."""
    if is_currency(code):
        return ""
    if code in CODE_ALIASES:
        hint = f"write {CODE_ALIASES[code]}"
    else:
        close = difflib.get_close_matches(code, sorted(iso4217()), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]}?" if close else "write an ISO 4217 code, like USD"
    return f"not an ISO 4217 currency code (got {code!r}); {hint}"
