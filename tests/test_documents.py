"""Loading documents: metadata from documents.csv, HTML to text, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint.documents import load_documents, text_of_html
from factlint.errors import DocumentError


def test_metadata_comes_from_documents_csv(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Trade rose.", encoding="utf-8")
    (tmp_path / "documents.csv").write_text(
        "path,title,outlet,url,published\na.txt,Title,Outlet,https://example.org,2025-01-21\n",
        encoding="utf-8",
    )
    [document] = load_documents(tmp_path)
    assert (document.title, document.outlet, document.published) == (
        "Title",
        "Outlet",
        dt.date(2025, 1, 21),
    )


def test_html_is_reduced_to_its_paragraphs() -> None:
    html = "<html><head><title>T</title><script>var x = 1;</script></head><body><p>One &amp; two.</p><p>Three</p></body></html>"
    assert text_of_html(html) == "One & two.\nThree"


def test_a_bad_published_date_is_located(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Trade rose.", encoding="utf-8")
    (tmp_path / "documents.csv").write_text(
        "path,title,outlet,url,published\na.txt,,,,21/01/2025\n", encoding="utf-8"
    )
    with pytest.raises(
        DocumentError, match=r"documents.csv:2:5: published '21/01/2025' is not a date"
    ):
        load_documents(tmp_path)


def test_a_row_for_a_missing_document_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Trade rose.", encoding="utf-8")
    (tmp_path / "documents.csv").write_text("path,published\nb.txt,2025-01-21\n", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"documents.csv:2:1: no document 'b.txt'"):
        load_documents(tmp_path)


def test_non_utf8_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Caf\xe9".encode("latin-1"))
    with pytest.raises(DocumentError, match=r"a.txt:1:1: not UTF-8 text"):
        load_documents(tmp_path)


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no documents"):
        load_documents(tmp_path)
