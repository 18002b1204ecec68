"""Paths to documents: files by suffix, directories recursively, JSONL one document a line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .document import RawDocument, content_hash
from .errors import LoaderError
from .formats import read_docx, read_html, read_pdf, read_text
from .normalize import normalize_text

SUFFIXES = frozenset({".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".jsonl"})
# A document bigger than this is refused rather than read into memory whole.
MAX_BYTES = 64 * 1024 * 1024

LoadResult = RawDocument | LoaderError


def _read_file(path: Path) -> Iterator[LoadResult]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield LoaderError(source, f"file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield LoaderError(source, f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(data, source)
        return
    try:
        encoding = suffix.lstrip(".")
        if suffix == ".docx":
            text = read_docx(data, source)
        elif suffix == ".pdf":
            text = read_pdf(data, source)
        elif suffix in (".html", ".htm"):
            text = read_html(data, source)
        else:
            text, encoding = read_text(data, source)
    except LoaderError as exc:
        yield exc
        return
    text = normalize_text(text)
    if not text.strip():
        yield LoaderError(source, "file has no text")
        return
    yield RawDocument(source=source, text=text, content_hash=content_hash(data), encoding=encoding)


def _read_jsonl(data: bytes, source: str) -> Iterator[LoadResult]:
    """One document per line with a `text` field; its source is FILE.jsonl#ID."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield LoaderError(source, f"JSONL must be UTF-8 ({exc.reason} at byte {exc.start})")
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoaderError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield LoaderError(where, "a JSONL line needs an object with a string `text` field")
            continue
        doc_id = str(record.get("id") or f"line{lineno}")
        body = normalize_text(record["text"])
        if not body.strip():
            yield LoaderError(f"{source}#{doc_id}", "document text is empty")
            continue
        meta = {k: str(v) for k, v in record.items() if k != "text" and isinstance(v, str | int)}
        yield RawDocument(
            source=f"{source}#{doc_id}",
            text=body,
            content_hash=content_hash(line.encode("utf-8")),
            encoding="utf-8",
            meta=meta,
        )


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | LoaderError]:
    """Expand directories recursively (sorted, stable); unknown suffixes inside directories are skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield LoaderError(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
        else:
            yield LoaderError(str(path), "no such file or directory")


def load_paths(paths: Iterable[str | Path]) -> Iterator[LoadResult]:
    """Every document under the paths, or a LoaderError for each one that failed."""
    for item in iter_paths(paths):
        if isinstance(item, LoaderError):
            yield item
        else:
            yield from _read_file(item)


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many documents `load_paths` will yield, cheaply (JSONL: non-empty lines), for progress bars."""
    total = 0
    for item in iter_paths(paths):
        if isinstance(item, LoaderError):
            total += 1
        elif item.suffix.lower() == ".jsonl":
            with item.open("rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total
