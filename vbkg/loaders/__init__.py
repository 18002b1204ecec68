"""Loaders: bytes to normalised text (.txt, .md, .docx, .pdf, .html, JSONL corpora)."""

from .document import RawDocument, Unchanged, Undecoded
from .errors import LoaderError
from .normalize import normalize_text
from .walk import count_documents, decode, display_name, load_paths, scan_lazily, scan_paths

__all__ = [
    "LoaderError",
    "RawDocument",
    "Unchanged",
    "Undecoded",
    "count_documents",
    "decode",
    "display_name",
    "load_paths",
    "normalize_text",
    "scan_lazily",
    "scan_paths",
]
