"""JSON reports written a document at a time: each document's items of a list, already
indented as ``json.dumps(..., indent=2)`` indents them where they stand in the file,
spliced into the file's skeleton once the run is done. The bytes are those of dumping
the whole document at once.

pydantic's encoder writes the JSON: the standard library's is pure Python once asked to
indent, and encoding the claims' decision records took a quarter of a run's time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic_core import to_json


def dumps(value: object) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, but for the spelling of some
    floats (``1e-7`` for ``1e-07``)."""
    return to_json(value, indent=2).decode("utf-8")


def _indented(value: object, depth: int) -> str:
    pad = "  " * depth
    return pad + dumps(value).replace("\n", "\n" + pad)


def list_items(items: Iterable[object], depth: int) -> str:
    """The items of a list that stands ``depth`` levels deep in the document, as
    ``json.dumps(..., indent=2)`` writes them there, without the brackets."""
    return ",\n".join(_indented(item, depth) for item in items)


def keyed_items(items: dict[str, Any], depth: int) -> str:
    """The members of an object ``depth`` levels deep, each as ``key NUL text``, NUL
    between members: a keyed spool merges them by key (no JSON text holds a raw NUL)."""
    pad = "  " * depth
    return "\0".join(
        f"{key}\0{pad}{dumps(key)}: {dumps(value).replace(chr(10), chr(10) + pad)}"
        for key, value in items.items()
    )


def placeholder(name: str) -> str:
    """A string no report can contain (a NUL), standing for a list spliced in later."""
    return f"\0{name}\0"


def spliced(
    skeleton: dict[str, Any],
    lists: dict[str, list[Iterable[str]]],
    depth: int,
    keyed: frozenset[str] = frozenset(),
) -> Iterator[str]:
    """``skeleton`` as JSON, with each placeholder value named in ``lists`` replaced by a
    list (or, for a name in ``keyed``, an object) whose items come, already written, from
    one or more sources (a section, then items known only at the end), a comma between
    two sources that have items. The placeholders stand in ``lists``' order in the
    skeleton, each ``depth`` levels deep."""
    text = dumps(skeleton)
    for name, sources in lists.items():
        before, _, text = text.partition(dumps(placeholder(name)))
        yield before
        opening, closing = ("{", "}") if name in keyed else ("[", "]")
        opened = False
        for source in sources:
            chunks = iter(source)
            first = next(chunks, "")
            if not first:
                continue
            yield ",\n" if opened else opening + "\n"
            opened = True
            yield first
            yield from chunks
        yield ("\n" + "  " * (depth - 1) + closing) if opened else opening + closing
    yield text + "\n"
