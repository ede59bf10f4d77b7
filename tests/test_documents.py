"""Loading documents: metadata from documents.csv, folders searched recursively and
named by their relative path, standard input, and clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint.documents import find_documents, load_document, load_documents
from factlint.documents.globs import Globs
from factlint.errors import DocumentError


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_metadata_comes_from_documents_csv(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.txt": "Trade rose.",
            "documents.csv": "path,title,outlet,url,published\n"
            "a.txt,Title,Outlet,https://example.org,2025-01-21\n",
        },
    )
    [document] = load_documents(tmp_path)
    assert (document.title, document.outlet, document.published) == (
        "Title",
        "Outlet",
        dt.date(2025, 1, 21),
    )


def test_html_is_reduced_to_its_paragraphs(tmp_path: Path) -> None:
    html = (
        "<html><head><title>T</title><script>var x = 1;</script></head>"
        "<body><p>One &amp; two.</p><p>Three</p></body></html>"
    )
    path = write(tmp_path, {"a.html": html}) / "a.html"
    assert load_document(path).text == "One & two.\nThree"


def test_a_bad_published_date_is_located(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.txt": "Trade rose.",
            "documents.csv": "path,title,outlet,url,published\na.txt,,,,21/01/2025\n",
        },
    )
    with pytest.raises(
        DocumentError, match=r"documents.csv:2:5: published '21/01/2025' is not a date"
    ):
        load_documents(tmp_path)


def test_a_row_for_a_missing_document_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "Trade rose.", "documents.csv": "path,published\nb.txt,2025-01-21\n"})
    with pytest.raises(DocumentError, match=r"documents.csv:2:1: no document 'b.txt'"):
        load_documents(tmp_path)


def test_non_utf8_text_is_an_error_at_its_byte(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Trade\nCaf\xe9".encode("latin-1"))
    with pytest.raises(DocumentError, match=r"a.txt:2:4: not UTF-8 text \(byte 9\)"):
        load_documents(tmp_path)


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no documents"):
        load_documents(tmp_path)


TREE = {
    "a.txt": "Trade rose 5% in 2024.",
    "a.md": "# Trade\n\nTrade rose 6% in 2024.\n",
    "x/a.txt": "Trade rose 7% in 2024.",
    "y/a.txt": "Trade rose 8% in 2024.",
    "y/deeper/b.html": "<p>Trade rose 9% in 2024.</p>",
    ".hidden/c.txt": "not read",
    "x/.draft.txt": "not read",
    "notes.csv": "not a document",
}


def test_folders_are_searched_recursively_and_named_by_relative_path(tmp_path: Path) -> None:
    documents = load_documents(write(tmp_path, TREE))
    assert [d.path for d in documents] == ["a.md", "a.txt", "x/a.txt", "y/a.txt", "y/deeper/b.html"]
    assert [d.location for d in documents][2] == str(tmp_path / "x" / "a.txt")
    # The same sentence in two documents is two claims: ids depend on the path.
    assert len({d.path for d in documents}) == len(documents)


@pytest.mark.parametrize(
    ("patterns", "selected"),
    [
        (["*.txt"], ["a.txt", "x/a.txt", "y/a.txt"]),
        (["x/*"], ["x/a.txt"]),
        (["**/*.html"], ["y/deeper/b.html"]),
        (["y/**"], ["y/a.txt", "y/deeper/b.html"]),
        (["*.txt", "!y/**"], ["a.txt", "x/a.txt"]),
        (["!*.txt"], ["a.md", "y/deeper/b.html"]),
        (["a.[mt]?*"], ["a.md", "a.txt", "x/a.txt", "y/a.txt"]),
    ],
)
def test_globs_select_documents(tmp_path: Path, patterns: list[str], selected: list[str]) -> None:
    write(tmp_path, TREE)
    assert [name for name, _ in find_documents(tmp_path, Globs(patterns))] == selected


def test_a_glob_that_matches_nothing_says_so(tmp_path: Path) -> None:
    write(tmp_path, TREE)
    with pytest.raises(DocumentError, match=r"no documents match --glob \*\.pdf"):
        load_documents(tmp_path, globs=["*.pdf"])


def test_several_paths_are_read_in_order_and_a_file_given_twice_once(tmp_path: Path) -> None:
    write(tmp_path, TREE)
    documents = load_documents([tmp_path / "y", tmp_path / "a.md", tmp_path / "y" / "a.txt"])
    assert [d.path for d in documents] == ["a.txt", "deeper/b.html", "a.md"]


def test_two_documents_of_one_name_are_refused(tmp_path: Path) -> None:
    write(tmp_path, TREE)
    with pytest.raises(DocumentError, match=r"named 'a.txt', as is .*x/a.txt.*collide"):
        load_documents([tmp_path / "x", tmp_path / "y"])


def test_a_file_inside_the_documents_folder_keeps_its_name_there(tmp_path: Path) -> None:
    write(tmp_path, TREE)
    whole = {d.path: d.text for d in load_documents(tmp_path)}
    alone = load_documents([tmp_path / "y" / "deeper" / "b.html"], roots=[tmp_path])
    sub = load_documents([tmp_path / "y"], roots=[tmp_path])
    assert [d.path for d in alone] == ["y/deeper/b.html"]
    assert [d.path for d in sub] == ["y/a.txt", "y/deeper/b.html"]
    assert alone[0].text == whole["y/deeper/b.html"]


def test_nested_metadata_is_found_from_the_documents_folder_or_below(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            **TREE,
            "documents.csv": "path,published\nx/a.txt,2024-03-01\n",
            "y/documents.csv": "path,published\na.txt,2024-04-01\ndeeper/b.html,2024-05-01\n",
        },
    )
    published = {d.path: d.published for d in load_documents(tmp_path)}
    assert published == {
        "a.md": None,
        "a.txt": None,
        "x/a.txt": dt.date(2024, 3, 1),
        "y/a.txt": dt.date(2024, 4, 1),
        "y/deeper/b.html": dt.date(2024, 5, 1),
    }


def test_standard_input_is_a_document_named_by_stdin_name(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"documents.csv": "path,published\nnotes/brief.md,2025-02-03\n", "notes/brief.md": "x"},
    )
    [document] = load_documents(
        ["-"], roots=[tmp_path], stdin_name="notes/brief.md", stdin=b"# Up\n\nTrade rose *5%*.\n"
    )
    assert (document.path, document.text, document.published) == (
        "notes/brief.md",
        "Up\nTrade rose 5%.",
        dt.date(2025, 2, 3),
    )
    assert document.position(document.text.index("5%")) == (3, 13)


@pytest.mark.parametrize("name", ["../a.txt", "/tmp/a.txt", ""])
def test_a_stdin_name_outside_the_claims_folder_is_refused(name: str) -> None:
    with pytest.raises(DocumentError, match="--stdin-name"):
        load_documents(["-"], stdin_name=name, stdin=b"x")


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"nope: no such file or folder"):
        load_documents([tmp_path / "nope"])
