"""Parts against wholes: a share against its part and whole ("$30bn, or 12% of the total
$250bn"; "411 of the 650 seats, or 63%"), and trade's parts against their totals
(exports + imports = trade; |exports − imports| = the balance)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factlint.consistency.arithmetic import (
    BASELINE,
    LEVEL_KINDS,
    PERCENT,
    Relation,
    as_stated,
    in_unit_of,
    make_relation,
    unit_of,
)
from factlint.documents.text import Span
from factlint.extract import Mention
from factlint.intervals import of_mention, ratio

# --- a share against its part and whole --------------------------------------------------

_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|just|over|under)\s+)?"
_PART_TO_SHARE = re.compile(
    r"(?:\s+[\w'’.-]+){0,4}?\s*(?:,\s*or|\(|,?\s*(?:accounting\s+for|making\s+up|representing|equal\s+to|"
    r"equivalent\s+to|or)|—|–)\s*" + _HEDGE,
    re.IGNORECASE,
)
_SHARE_TO_WHOLE = re.compile(
    r"\s*\)?\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’.-]+\s+){0,3}?(?:of\s+)?" + _HEDGE,
    re.IGNORECASE,
)
_PART_TO_WHOLE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|a\s+total\s+of\s+)?" + _HEDGE,
    re.IGNORECASE,
)
_WHOLE_TO_SHARE = re.compile(r"(?:\s+[a-z-]+){0,2}\s*(?:,\s*or|\(|—|–)\s*" + _HEDGE, re.IGNORECASE)


def shares(text: str, mentions: list[Mention]) -> Iterator[Relation]:
    """ "$30bn, or 12% of the total $250bn"; "411 of the 650 seats, or 63%"."""
    for a, b, c in zip(mentions, mentions[1:], mentions[2:], strict=False):
        found = None
        if _shape(a, b, c) == ("level", "percent", "level") and _joined(
            text, (a, b, c), _PART_TO_SHARE, _SHARE_TO_WHOLE
        ):
            found = _share(a, c, b)
        elif _shape(a, b, c) == ("level", "level", "percent") and _joined(
            text, (a, b, c), _PART_TO_WHOLE, _WHOLE_TO_SHARE
        ):
            found = _share(a, b, c)
        if found is not None:
            yield found


def _shape(*mentions: Mention) -> tuple[str, ...]:
    return tuple("level" if m.kind in LEVEL_KINDS else m.kind for m in mentions)


def _joined(
    text: str,
    three: tuple[Mention, Mention, Mention],
    first: re.Pattern[str],
    second: re.Pattern[str],
) -> bool:
    a, b, c = three
    return bool(first.fullmatch(text, a.end, b.start) and second.fullmatch(text, b.end, c.start))


def _share(part: Mention, whole: Mention, share: Mention) -> Relation | None:
    amount, total, stated = in_unit_of(part, whole), of_mention(whole), of_mention(share)
    if amount is None or total is None or stated is None or unit_of(share) != PERCENT:
        return None
    fraction = ratio(amount, total)
    if fraction is None:
        return None
    computation = f"{as_stated(part)} ÷ {as_stated(whole)} × 100"
    return make_relation(
        "share", (part, whole, share), fraction.scaled(100.0), stated, computation, "%"
    )


# --- trade's parts against their totals -------------------------------------------------

_ROLE = re.compile(
    r"\b(?:(?P<total>imports\s+and\s+exports|exports\s+and\s+imports|two-way\s+trade|"
    r"trade\s+turnover|turnover|total\s+trade|bilateral\s+trade|"
    r"trade(?!\s+(?:deficit|surplus|gap|balance|deal|war|talks|partner)))"
    r"|(?P<balance>(?:trade\s+)?(?:deficit|surplus|gap|balance))"
    r"|(?P<exports>exports|shipments\s+to|sales\s+to)"
    r"|(?P<imports>imports|purchases\s+from|shipments\s+from))\b",
    re.IGNORECASE,
)
_ROLE_AFTER = re.compile(
    r"\s*(?:(?:in|of|worth\s+of)\s+)?(?:goods\s+)?"
    r"(?:(?P<exports>exports)|(?P<imports>imports)|(?P<balance>(?:trade\s+)?(?:deficit|surplus)))\b",
    re.IGNORECASE,
)


def _role(text: str, start: int, mention: Mention) -> str:
    after = _ROLE_AFTER.match(text, mention.end)
    if after:
        return next(name for name, found in after.groupdict().items() if found)
    found = list(_ROLE.finditer(text, start, mention.start))
    if not found:
        return ""
    return next(name for name, word in found[-1].groupdict().items() if word)


_PARTNER = re.compile(
    r"\b(?:exports?|imports?|shipments|sales|purchases|trade|turnover|surplus|deficit|gap|"
    r"balance)\s+(?:\w+\s+){0,2}?(?:to|from|with)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)"
)


def _partners(text: str, sentence: Span) -> set[str]:
    """The trading partners a sentence names after its flows ("exports to Canada",
    "trade with the United States")."""
    return {m.group("name") for m in _PARTNER.finditer(text, sentence.start, sentence.end)}


def flows(text: str, spans: list[tuple[Span, list[Mention]]]) -> Iterator[Relation]:
    """Exports, imports, total trade and balance stated once each in a paragraph (given
    as its sentences, each with its numbers)."""
    roles: dict[str, list[Mention]] = {}
    partners: set[str] = set()
    for sentence, inside in spans:
        partners.update(_partners(text, sentence))
        previous = sentence.start  # a role word belongs to the next level after it
        for mention in inside:
            if mention.kind not in LEVEL_KINDS or mention.growth:
                continue
            before = text[previous : mention.start]
            role = "" if BASELINE.search(before) else _role(text, previous, mention)
            if role:
                roles.setdefault(role, []).append(mention)
            previous = mention.end
    single = {role: found[0] for role, found in roles.items() if len(found) == 1}
    exports, imports = single.get("exports"), single.get("imports")
    if exports is None or imports is None or len(partners) > 1:
        return  # "exports to the US ... imports from Japan" are no parts of one whole
    for role, sign in (("total", 1.0), ("balance", -1.0)):
        result = single.get(role)
        if result is None:
            continue
        out, back = in_unit_of(exports, result), in_unit_of(imports, result)
        stated = of_mention(result)
        if out is None or back is None or stated is None:
            continue
        if sign > 0:
            derived, operation = out + back, "+"
        else:
            derived, operation = (out - back).absolute(), "−"
        computation = f"exports {as_stated(exports)} {operation} imports {as_stated(imports)}"
        if sign < 0:
            computation = f"|{computation}|"
        yield make_relation(
            role, (exports, imports, result), derived, stated.absolute(), computation, result.unit
        )
