"""Loaders into extraction: the one place that joins the two stages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .extraction import DocumentRecord, extract_document
from .extraction.model import Warning
from .loaders import LoaderError, RawDocument, load_paths


class ExtractionFailed(LoaderError):
    """Extraction itself failed on a document; reported like a bad file, never as a traceback."""


def extract_raw(doc: RawDocument) -> DocumentRecord | ExtractionFailed:
    try:
        record = extract_document(doc.text, doc.source, doc.meta, doc.content_hash)
    except Exception as exc:  # one bad document must not stop the batch
        return ExtractionFailed(doc.source, f"extraction failed ({type(exc).__name__}: {exc})")
    if doc.warnings:  # what the loader dropped (an impossible metadata date) is reported with the rest
        loader = tuple(Warning("bad_metadata", message) for message in doc.warnings)
        record = replace(record, warnings=record.warnings + loader)
    return record


def extract_paths(paths: Iterable[str | Path]) -> Iterator[DocumentRecord | LoaderError]:
    """Every document under `paths` as a record, or the error that stopped it."""
    for item in load_paths(paths):
        yield item if isinstance(item, LoaderError) else extract_raw(item)
