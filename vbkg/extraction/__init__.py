"""Extraction: normalised text to document records. Pure functions, no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .document import extract_document
    from .model import DocIdentity, DocumentRecord, Reference, Statement
    from .serialize import record_dict

__all__ = ["DocIdentity", "DocumentRecord", "Reference", "Statement", "extract_document", "record_dict"]

# Imported when first used (PEP 562): a module that needs only identity_key or codes does not
# compile every extraction pattern.
_LAZY = {
    "extract_document": ".document",
    "DocIdentity": ".model",
    "DocumentRecord": ".model",
    "Reference": ".model",
    "Statement": ".model",
    "record_dict": ".serialize",
}

__getattr__ = lazy_names(__name__, _LAZY)
