"""Extraction: normalised text to document records. Pure functions, no I/O."""

from .document import extract_document
from .model import DocIdentity, DocumentRecord, Reference, Statement
from .serialize import record_dict

__all__ = ["DocIdentity", "DocumentRecord", "Reference", "Statement", "extract_document", "record_dict"]
