"""Reading documents: files, folders and standard input in the formats people have
(text, Markdown, HTML; PDF and DOCX with their extras), their metadata
(``documents.csv``), and the map from each document's plain text back to its source."""

from factlint.documents.formats import SUFFIXES
from factlint.documents.load import (
    STDIN,
    STDIN_NAME,
    Document,
    DocumentSource,
    document_sources,
    find_documents,
    load_document,
    load_documents,
    load_source,
    load_stdin,
)
from factlint.documents.metadata import METADATA_COLUMNS, METADATA_FILE
from factlint.documents.positions import Location, SourceMap

__all__ = [
    "METADATA_COLUMNS",
    "METADATA_FILE",
    "STDIN",
    "STDIN_NAME",
    "SUFFIXES",
    "Document",
    "DocumentSource",
    "Location",
    "SourceMap",
    "document_sources",
    "find_documents",
    "load_document",
    "load_documents",
    "load_source",
    "load_stdin",
]
