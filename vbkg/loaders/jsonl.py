"""JSONL corpora, streamed: one document per line with a `text` field; its source is FILE.jsonl#ID.

The file is read line by line from its bytes and split on b"\\n" only, so U+2028, U+0085 and
other line separators inside a JSON string stay part of the string. Each line is hashed as
bytes before anything is decoded; a bad line fails alone, named by FILE:LINE.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .document import RawDocument, Unchanged, content_hash
from .errors import LoaderError
from .known import KnownHashes
from .limits import MAX_JSON_DEPTH, MAX_JSON_VALUES, MAX_LINE_BYTES, MAX_NUMBER_DIGITS, size
from .meta import clean_meta
from .normalize import normalize_text

LineResult = RawDocument | Unchanged | LoaderError

_BOM = b"\xef\xbb\xbf"
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_OPENERS = frozenset(b"[{")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _structure_problem(line: bytes) -> str | None:
    """Why the JSON around the strings is too deep or too big to parse safely, if it is.

    Linear scans in C, and one loop over at most a bounded number of brackets: counts over
    the whole line are upper bounds; only a line over them has its strings removed.
    """
    if line.count(b",") <= MAX_JSON_VALUES and line.count(b"[") + line.count(b"{") <= MAX_JSON_DEPTH:
        return None
    too_many = f"JSON with over {MAX_JSON_VALUES:,} values outside strings, over the limit"
    # Without escaped backslashes and quotes, every quote left opens or closes a string.
    plain = line.replace(b"\\\\", b"").replace(b'\\"', b"")
    if plain.count(b'"') > 2 * MAX_JSON_VALUES:
        return too_many
    skeleton = b"".join(plain.split(b'"')[::2])
    if skeleton.count(b",") > MAX_JSON_VALUES:
        return too_many
    brackets = skeleton.translate(None, _NOT_BRACKET)
    bound = 2 * (MAX_JSON_VALUES + MAX_JSON_DEPTH + 1)  # valid JSON puts commas between siblings
    depth = 0
    for b in brackets[:bound]:
        depth += 1 if b in _OPENERS else -1
        if depth > MAX_JSON_DEPTH:
            return f"JSON nested deeper than the {MAX_JSON_DEPTH}-level limit"
    return too_many if len(brackets) > bound else None


def _bounded_int(digits: str) -> int:
    n = len(digits.lstrip("-"))
    if n > MAX_NUMBER_DIGITS:
        raise ValueError(f"a number of {n:,} digits, over the {MAX_NUMBER_DIGITS}-digit limit")
    return int(digits)


def _lone_surrogate(record: dict[str, Any], doc_id: str) -> str | None:
    """The first field whose text holds an escaped lone surrogate (not valid Unicode)."""
    fields = [("text", record["text"]), ("id", doc_id)]
    fields += [(k, str(v)) for k, v in record.items() if k != "text" and isinstance(v, str | int)]
    for name, value in fields:
        m = _SURROGATE.search(name) or _SURROGATE.search(value)
        if m:
            return f"field {name.encode('utf-8', 'backslashreplace').decode()!r} holds a lone surrogate " \
                   f"(\\u{ord(m.group(0)):04x}), which is not valid Unicode"  # fmt: skip
    return None


def _parse_line(line: bytes, where: str, lineno: int) -> tuple[str, dict[str, Any]] | LoaderError:
    """The line's id and JSON object, or why it is not a document."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = f"byte 0x{line[exc.start]:02x} at byte {exc.start + 1} of the line"
        return LoaderError(where, f"not UTF-8 ({at})")
    too_big = _structure_problem(line)
    if too_big:
        return LoaderError(where, too_big)
    try:
        record = json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        return LoaderError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
    except ValueError as exc:  # from _bounded_int
        return LoaderError(where, f"invalid JSON ({exc})")
    except RecursionError:
        return LoaderError(where, f"JSON nested deeper than the {MAX_JSON_DEPTH}-level limit")
    if not isinstance(record, dict):
        return LoaderError(where, f"a JSONL line must be a JSON object, not {type(record).__name__}")
    if not isinstance(record.get("text"), str):
        return LoaderError(where, "a JSONL line needs an object with a string `text` field")
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | None):
        return LoaderError(where, f"`id` must be a string or an integer, not {type(raw_id).__name__}")
    doc_id = str(raw_id) if raw_id not in (None, "") else f"line{lineno}"
    if _CONTROL.search(doc_id):
        return LoaderError(where, f"`id` {doc_id!r} holds control characters")
    bad = _lone_surrogate(record, doc_id)
    if bad:
        return LoaderError(where, bad)
    return doc_id, record


def _skip_rest_of_line(f: BinaryIO, total: int) -> int:
    """Read past the end of an over-long line, a megabyte at a time; its whole length."""
    while more := f.readline(1 << 20):
        total += len(more)
        if more.endswith(b"\n"):
            break
    return total


def _lines(f: BinaryIO, where: str) -> Iterator[tuple[int, bytes | LoaderError]]:
    """(line number, bytes without the newline) for each line; an over-long line as an error."""
    lineno = 0
    while raw := f.readline(MAX_LINE_BYTES + 1):
        lineno += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            total = _skip_rest_of_line(f, len(raw))
            problem = f"line is {size(total)}, over the {size(MAX_LINE_BYTES)} limit"
            yield lineno, LoaderError(f"{where}:{lineno}", problem)
            continue
        if lineno == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        if raw.endswith(b"\n"):
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        yield lineno, raw


def read_jsonl(path: Path, source: str, known: KnownHashes | None = None) -> Iterator[LineResult]:
    """Each line as a document, an Unchanged (its bytes' hash is in `known`) or an error."""
    seen: dict[str, int] = {}  # id -> first line: a later line with the same id is refused
    try:
        f = path.open("rb")
    except OSError as exc:
        yield LoaderError(source, f"cannot read: {exc.strerror or exc}")
        return
    with f:
        lines = _lines(f, source)
        while True:
            try:
                lineno, line = next(lines)
            except StopIteration:
                return
            except OSError as exc:
                yield LoaderError(source, f"cannot read: {exc.strerror or exc}")
                return
            if isinstance(line, LoaderError):
                yield line
                continue
            if not line.strip():
                continue
            yield _line_document(line, source, lineno, seen, known)


def _line_document(
    line: bytes, source: str, lineno: int, seen: dict[str, int], known: KnownHashes | None
) -> LineResult:
    where = f"{source}:{lineno}"
    digest = content_hash(line)
    stored = known.line_source(source, digest) if known is not None else None
    if stored is not None:
        doc_id = stored[len(source) + 1 :]
        if doc_id not in seen:
            seen[doc_id] = lineno
            return Unchanged(stored, digest)
        return LoaderError(where, f"duplicate id {doc_id!r} (first on line {seen[doc_id]}); line skipped")
    try:
        parsed = _parse_line(line, where, lineno)
        if isinstance(parsed, LoaderError):
            return parsed
        doc_id, record = parsed
        if doc_id in seen:
            return LoaderError(where, f"duplicate id {doc_id!r} (first on line {seen[doc_id]}); line skipped")
        seen[doc_id] = lineno
        body = normalize_text(record["text"])
        if not body.strip():
            return LoaderError(where, f"document {doc_id!r} has an empty `text`")
        meta, warnings = clean_meta(record)
    except Exception as exc:  # one bad line must not stop the file
        return LoaderError(where, f"unreadable line ({type(exc).__name__}: {exc})")
    return RawDocument(f"{source}#{doc_id}", body, digest, "utf-8", meta, tuple(warnings))
