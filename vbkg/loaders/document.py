"""What a loader hands to extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawDocument:
    """One document's normalised text, where it came from, and any metadata the container gave.

    `warnings` are problems the loader fixed by dropping something (an impossible
    metadata date); extraction reports them with its own.
    """

    source: str
    text: str
    content_hash: str
    encoding: str = "utf-8"
    meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unchanged:
    """A document whose raw bytes hash to what the store already holds: found, never decoded."""

    source: str
    content_hash: str


@dataclass(frozen=True)
class Undecoded:
    """A changed file read and hashed, its decoding left to whoever extracts it (a worker
    process with --jobs: decoding and normalising cost more than reading)."""

    source: str
    data: bytes = field(repr=False)
    suffix: str
    content_hash: str


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
