"""Loaders: bytes to normalised text (.txt, .md, .docx, .pdf, .html, JSONL corpora)."""

from .document import RawDocument
from .errors import LoaderError
from .normalize import normalize_text
from .walk import count_documents, load_paths

__all__ = ["LoaderError", "RawDocument", "count_documents", "load_paths", "normalize_text"]
