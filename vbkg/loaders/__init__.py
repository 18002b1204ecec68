"""Loaders: bytes to normalised text (.txt, .md, .docx, .pdf, .html, JSONL corpora)."""

from .document import RawDocument, Unchanged
from .errors import LoaderError
from .normalize import normalize_text
from .walk import count_documents, display_name, load_paths, scan_paths

__all__ = [
    "LoaderError",
    "RawDocument",
    "Unchanged",
    "count_documents",
    "display_name",
    "load_paths",
    "normalize_text",
    "scan_paths",
]
