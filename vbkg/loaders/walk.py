"""Paths to documents: files by suffix, directories recursively, JSONL one document a line.

Every input gives a document or a LoaderError naming it: an unreadable directory, a broken
link or a file over a limit is reported, never skipped silently. A file is hashed from its
raw bytes before it is decoded, so with the store's hashes an unchanged one costs one read.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .document import RawDocument, Unchanged, Undecoded, content_hash
from .errors import LoaderError
from .formats import read_docx, read_html, read_pdf, read_text
from .jsonl import read_jsonl
from .known import KnownHashes
from .limits import MAX_FILE_BYTES, size
from .normalize import normalize_text

SUFFIXES = frozenset({".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".jsonl"})

LoadResult = RawDocument | LoaderError
ScanResult = RawDocument | Unchanged | LoaderError
LazyScanResult = RawDocument | Undecoded | Unchanged | LoaderError

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def display_name(path: str | Path) -> str:
    """The path as printable UTF-8 text, stable across runs: bytes that are not UTF-8 in a
    file name become backslash escapes (caf\\xe9.txt), control characters \\n-style escapes."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            text = os.fsencode(text).decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that no file system byte makes
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], text)
    return text


def _decode(data: bytes, suffix: str, source: str, digest: str) -> LoadResult:
    encoding = suffix.lstrip(".")
    if suffix == ".docx":
        text = read_docx(data, source)
    elif suffix == ".pdf":
        text = read_pdf(data, source)
    elif suffix in (".html", ".htm"):
        text = read_html(data, source)
    else:
        text, encoding = read_text(data, source)
    text = normalize_text(text)
    if not text.strip():
        return LoaderError(source, "file has no text")
    return RawDocument(source=source, text=text, content_hash=digest, encoding=encoding)


def decode(item: Undecoded) -> LoadResult:
    """An undecoded file's text, or the error that stopped it (never an exception)."""
    try:
        return _decode(item.data, item.suffix, item.source, item.content_hash)
    except LoaderError as exc:
        return exc
    except Exception as exc:  # a reader library failing in a new way must not stop the batch
        return LoaderError(item.source, f"unreadable ({type(exc).__name__}: {exc})")


def _read_file(path: Path, source: str, known: KnownHashes | None) -> Iterator[LazyScanResult]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, source, known)
        return
    data = b""
    try:
        with path.open("rb") as f:
            length = os.fstat(f.fileno()).st_size
            if length <= MAX_FILE_BYTES:
                data = f.read(length + 1)  # read(n) allocates n bytes up front: no more than needed
                while len(data) <= MAX_FILE_BYTES and (more := f.read(1 << 20)):  # it grew meanwhile
                    data += more
                length = len(data)
    except OSError as exc:
        yield LoaderError(source, f"cannot read: {exc.strerror or exc}")
        return
    if length > MAX_FILE_BYTES:
        yield LoaderError(source, f"file is {size(length)}, over the {size(MAX_FILE_BYTES)} limit")
        return
    digest = content_hash(data)
    if known is not None and known.unchanged(source, digest):
        yield Unchanged(source, digest)
        return
    yield Undecoded(source, data, suffix, digest)


def _walk(root: Path) -> Iterator[Path | LoaderError]:
    """Supported files under `root` (sorted, stable), and an error for each unreadable directory."""
    found: list[tuple[Path, Path | LoaderError]] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        found.append(
            (where, LoaderError(display_name(where), f"cannot read directory: {exc.strerror or exc}"))
        )

    for dirpath, _dirs, files in os.walk(root, onerror=unreadable):
        for name in files:
            child = Path(dirpath, name)
            if child.suffix.lower() not in SUFFIXES or name.startswith("."):
                continue
            if child.is_file():
                found.append((child, child))
            elif not child.exists():
                found.append((child, LoaderError(display_name(child), "broken symbolic link")))
            else:
                found.append((child, LoaderError(display_name(child), "not a regular file")))
    found.sort(key=lambda pair: pair[0])
    for _, item in found:
        yield item


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | LoaderError]:
    """Expand directories recursively; unknown suffixes inside directories are skipped."""
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            yield LoaderError(display_name(path), "no such file or directory")
            continue
        except OSError as exc:
            yield LoaderError(display_name(path), f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path)
        elif not stat.S_ISREG(mode):
            yield LoaderError(display_name(path), "not a regular file")
        elif path.suffix.lower() in SUFFIXES:
            yield path
        else:
            yield LoaderError(display_name(path), f"unsupported file type {path.suffix or '(none)'!r}")


def scan_paths(paths: Iterable[str | Path], known: Mapping[str, str] | None = None) -> Iterator[ScanResult]:
    """Every document under the paths, or a LoaderError for each one that failed.

    With `known` (source -> content hash, from the store), a document whose raw bytes hash
    to its known hash is yielded as Unchanged, without being decoded or normalised.
    """
    for item in scan_lazily(paths, known):
        yield decode(item) if isinstance(item, Undecoded) else item


def scan_lazily(
    paths: Iterable[str | Path], known: Mapping[str, str] | None = None
) -> Iterator[LazyScanResult]:
    """`scan_paths`, with each changed file (not a JSONL line) left Undecoded for `decode`
    (on a worker process with --jobs)."""
    index = KnownHashes(known) if known is not None else None
    for item in iter_paths(paths):
        if isinstance(item, LoaderError):
            yield item
        else:
            yield from _read_file(item, display_name(item), index)


def load_paths(paths: Iterable[str | Path]) -> Iterator[LoadResult]:
    """Every document under the paths, decoded, or a LoaderError for each one that failed."""
    for item in scan_paths(paths):
        if not isinstance(item, Unchanged):  # none without `known`
            yield item


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many results `scan_paths` will give (JSONL: non-blank lines), cheaply, for progress bars."""
    total = 0
    for item in iter_paths(paths):
        if isinstance(item, LoaderError) or item.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            total += _count_lines(item)
        except OSError:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    """Non-blank lines, read a megabyte at most at a time (a line may be of any length)."""
    count, blank = 0, True
    with path.open("rb") as f:
        while chunk := f.readline(1 << 20):
            blank = blank and not chunk.strip()
            if chunk.endswith(b"\n"):
                count += not blank
                blank = True
    return count + (not blank)
