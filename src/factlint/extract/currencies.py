"""Which currency a number is in: a symbol, code or word before it ("$", "US$", "$US",
"USD", "Rs"), a code, word or symbol after it ("EUR", "euros", "rmb", "-euro", "€"),
or, for a bare money-style scale ("up from 38m"), the currency of the amount the same
sentence gives in money."""

from __future__ import annotations

from factlint.extract.lexicon import (
    CODE_ALIASES,
    CURRENCY_CODES,
    CURRENCY_PREFIX_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    CURRENCY_WORDS_NEEDING_SCALE,
    SCALES,
    SYMBOL_PREFIXES,
    SYMBOL_SUFFIXES,
)
from factlint.extract.tokens import Token, adjacent, phrase_at


def currency_prefix(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A currency written before a number: "$", "US$", "$US", "USD", "RMB" -> (code,
    next index)."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.kind == "word" and nxt is not None and adjacent(token, nxt):
        code = SYMBOL_PREFIXES.get((token.text, nxt.text))
        if code:
            return code, i + 2
    if token.text in CURRENCY_SYMBOLS:
        if nxt is not None and nxt.kind == "word" and adjacent(token, nxt):
            code = SYMBOL_SUFFIXES.get((token.text, nxt.text))
            if code:
                return code, i + 2  # "$US3000 billion", "$A50m": Australian wire style
        return CURRENCY_SYMBOLS[token.text], i + 1
    if token.low in CURRENCY_PREFIX_WORDS and token.text[0].isupper():
        k = i + 2 if nxt is not None and nxt.text == "." and adjacent(token, nxt) else i + 1
        return CURRENCY_PREFIX_WORDS[token.low], k  # "Rs 500 crore", "Rs.200"
    if token.kind == "word" and token.text.isupper():
        code = CODE_ALIASES.get(token.text, token.text)
        if code in CURRENCY_CODES and not _code_in_name(tokens, i):
            return code, i + 1
    return None


def _code_in_name(tokens: list[Token], i: int) -> bool:
    """ "COP29" glued to a short whole number with no scale after it is a name
    (a conference, a model); "USD34.6 million" and "EUR2bn" are money."""
    if i + 1 >= len(tokens) or not adjacent(tokens[i], tokens[i + 1]):
        return False
    number = tokens[i + 1]
    if number.kind != "num" or len(number.text) > 3 or not number.text.isdigit():
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return after is None or after.low not in SCALES


_HYPHENS = frozenset({"-", "‑"})


def currency_suffix(tokens: list[Token], i: int, scaled: bool) -> tuple[str, int]:
    """(code, next index) for a currency written after a number at token i: "EUR",
    "euros", "chinese yuan", "rmb", "4bn-euro", "10 €"; ("", i) when there is none.
    ``scaled`` says a scale word was read, which "pounds" and "won" need to be money."""
    if i >= len(tokens):
        return "", i
    token = tokens[i]
    if token.kind == "word" and token.text.isupper():
        code = CODE_ALIASES.get(token.text, token.text)
        if code in CURRENCY_CODES:
            return code, i + 1
    if token.text in CURRENCY_SYMBOLS and _symbol_after_number(tokens, i):
        return CURRENCY_SYMBOLS[token.text], i + 1
    k = i
    if token.text in _HYPHENS and _glued_both_sides(tokens, i):
        k = i + 1  # "a 4bn-euro hole", "a 500-dollar fine"
    n = phrase_at(tokens, k, CURRENCY_WORDS, 3)
    if n:
        words = " ".join(t.low for t in tokens[k : k + n])
        words = words.replace(" . ", ".").replace("u . s .", "u.s.")
        code = CURRENCY_WORDS.get(words) or CURRENCY_WORDS.get(tokens[k + n - 1].low, "")
        if words in CURRENCY_WORDS_NEEDING_SCALE and not scaled:
            return "", i
        return code, k + n
    return "", i


def _glued_both_sides(tokens: list[Token], i: int) -> bool:
    return 0 < i < len(tokens) - 1 and (
        adjacent(tokens[i - 1], tokens[i]) and adjacent(tokens[i], tokens[i + 1])
    )


def _symbol_after_number(tokens: list[Token], i: int) -> bool:
    """ "10 €", "25€": a symbol after the number, within one space, and not the symbol of
    the next amount ("5 $10 bills")."""
    if i == 0 or tokens[i].start - tokens[i - 1].end > 1:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or nxt.kind != "num"


# How far a bare "38m" looks for the currency of its sentence, either way, in tokens.
_SENTENCE_REACH = 40
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
# Money-style abbreviations of scales: a writer who puts "38m" beside "77m euros"
# means money; "38 million" beside it may count anything.
MONEY_STYLE_SCALES = frozenset({"m", "mn", "mln", "bn", "b", "bln", "tn", "trn", "k"})


def sentence_currency(tokens: list[Token], start: int, end: int) -> str:
    """The currency of the nearest amount in money in the sentence around tokens
    start..end ("Earnings were 77m euros, up from 38m" -> "EUR"), preferring the one
    before; "" when the sentence has none, or names two currencies."""
    found: list[str] = []
    for j in range(start - 1, max(-1, start - _SENTENCE_REACH), -1):
        if tokens[j].text in _SENTENCE_ENDS:
            break
        found.extend(_currency_of_amount_at(tokens, j))
    for j in range(end, min(len(tokens), end + _SENTENCE_REACH)):
        if tokens[j].text in _SENTENCE_ENDS:
            break
        found.extend(_currency_of_amount_at(tokens, j))
    return found[0] if found and len(set(found)) == 1 else ""


def _currency_of_amount_at(tokens: list[Token], j: int) -> list[str]:
    """[code] when token j is a currency that belongs to a number: a symbol or code
    before one ("£5m", "USD 5"), a code or word after one ("5m euros"); else []."""
    token = tokens[j]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if token.kind == "sym":
        if token.text not in CURRENCY_SYMBOLS or nxt is None or nxt.kind != "num":
            return []
        before = tokens[j - 1] if j > 0 else None
        if before is not None and adjacent(before, token):  # "HK$5bn"
            prefixed = SYMBOL_PREFIXES.get((before.text, token.text))
            if prefixed:
                return [prefixed]
        return [CURRENCY_SYMBOLS[token.text]]
    if token.kind != "word" or j == 0:
        return []
    before = tokens[j - 1]
    if before.kind != "num" and before.low not in SCALES:
        return []
    if token.text.isupper() and CODE_ALIASES.get(token.text, token.text) in CURRENCY_CODES:
        return [CODE_ALIASES.get(token.text, token.text)]
    code = CURRENCY_WORDS.get(token.low)
    if code is None or (token.low in CURRENCY_WORDS_NEEDING_SCALE and before.kind == "num"):
        return []
    return [code]
