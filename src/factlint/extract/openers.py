"""The words and signs that can open a reading, so that ``scan`` skips every other token
in constant time instead of trying each reader at it.

Most tokens of a news story ("the", "said", "officials") open nothing; trying every
reader at each of them was most of the extractor's time. A token may open a reading
only if it is a numeral, or a word or sign listed here. The set is a superset: a token
in it still has to be read, and may well read as nothing ("May" the verb, "US" the
country).

**When you teach a reader a new form, make sure its first word is here.** Add the
lexicon table the reader looks the word up in to ``_OPENER_TABLES``, or, for a word
the reader compares with directly (``token.low == "yesterday"``), add it to
``_OPENER_WORDS`` next to the reader's name. tests/test_extract_properties.py reads
every case table and seed with and without this filter and names any word that opens
a reading and is missing here.

Tables that feed the set, from factlint.extract.lexicon:

- ``ONES``, ``TENS``: spelled-out numbers ("two billion", "twenty-five", "three months
  to June", "one in five").
- ``ORDINAL_ONES``, ``ORDINAL_TENS``: ordinals and ranks ("third", "seventh-largest"),
  quarters and halves ("the third quarter", "first-half"), "first 11 months",
  occurrence counts ("a seventh straight year").
- ``SUPERLATIVES``: ranks ("largest", "top", "leading").
- ``MONTHS``, ``WEEKDAYS``: dates, month spans and weekdays.
- ``CURRENCY_CODES``, ``CODE_ALIASES``, ``SYMBOL_PREFIXES``: money written with a code
  or a prefixed symbol before the number ("USD 34.6 million", "RMB 5bn", "US$5bn").
- ``CURRENCY_SYMBOLS``: the only signs that open a reading ("$5bn", "£600m").
- ``CURRENCY_PREFIX_WORDS``: money after a word prefix ("Rs 500 crore").
- ``FRACTION_WORDS``: shares and fractions of a unit ("half of", "half a million").
- ``MULTIPLE_VERBS``, ``MULTIPLE_BARE``, ``FOLD_WORDS``: multiples ("doubled", "could
  double", "twofold").
"""

from __future__ import annotations

from collections.abc import Iterable

from factlint.extract import date_readers, names, ranks
from factlint.extract.lexicon import (
    CODE_ALIASES,
    CURRENCY_CODES,
    CURRENCY_PREFIX_WORDS,
    CURRENCY_SYMBOLS,
    FOLD_WORDS,
    FRACTION_WORDS,
    MONTHS,
    MULTIPLE_BARE,
    MULTIPLE_VERBS,
    ONES,
    ORDINAL_ONES,
    ORDINAL_TENS,
    SUPERLATIVES,
    SYMBOL_PREFIXES,
    TENS,
    WEEKDAYS,
)
from factlint.extract.tokens import tokenize

_OPENER_TABLES: tuple[Iterable[str], ...] = (
    ONES,
    TENS,
    ORDINAL_ONES,
    ORDINAL_TENS,
    SUPERLATIVES,
    MONTHS,
    WEEKDAYS,
    CURRENCY_CODES,
    CODE_ALIASES,
    tuple(prefix for prefix, _ in SYMBOL_PREFIXES),
    date_readers.OPENERS,  # every word a date reader is looked up by
    ranks.OPENERS,  # every word a rank may start with ("most valuable")
    CURRENCY_PREFIX_WORDS,  # money: "Rs 500 crore"
    FRACTION_WORDS,  # shares: "half of", and "half a million"
    MULTIPLE_VERBS,  # multiples: "doubled", "halved"
    MULTIPLE_BARE,  # "could double", "double the"
    FOLD_WORDS,  # "twofold"
    names.URL_OPENERS,  # web addresses, set aside whole: "https://...", "www."
)

# Words readers compare with directly rather than through a lexicon table.
_OPENER_WORDS = frozenset(
    {
        "a",  # amounts: "a billion dollars"; shares: "a third of"
        "twice",  # multiples: "twice as many"
        "top",  # ranks: "top three"
        "no",  # ranks: "No. 1"
        "number",  # ranks: "number one"
        "fiscal",  # dates: "fiscal 2023"; month spans: "fiscal year to March"
        "financial",  # month spans: "financial year to March"
        "fy",  # dates: "FY2023", "FY 24"
        "year",  # month spans: "the year to March"
        "quarter",  # month spans: "the quarter to June"
        "half",  # month spans: "half-year to June"
        "q",  # dates: "Q3 2024"
        "h",  # dates: "H1"
        "yesterday",  # relative dates
        "today",
        "last",  # "last year", "last month"
        "this",
        "next",
    }
)


def _first_words(table: Iterable[str]) -> set[str]:
    """The first token of every entry, lower-cased as ``Token.low`` is ("US$" -> "us")."""
    return {tokens[0].low for tokens in map(tokenize, table) if tokens}


OPENERS: frozenset[str] = frozenset(
    _OPENER_WORDS.union(*(_first_words(table) for table in _OPENER_TABLES))
)
OPENING_SIGNS: frozenset[str] = frozenset(CURRENCY_SYMBOLS)
