"""Reading documents: files, folders and their metadata (``documents.csv``), and the
text's sentences, paragraphs and line positions."""

from factlint.documents.load import (
    METADATA_COLUMNS,
    METADATA_FILE,
    SUFFIXES,
    Document,
    load_document,
    load_documents,
    read_text,
    text_of_html,
)

__all__ = [
    "METADATA_COLUMNS",
    "METADATA_FILE",
    "SUFFIXES",
    "Document",
    "load_document",
    "load_documents",
    "read_text",
    "text_of_html",
]
