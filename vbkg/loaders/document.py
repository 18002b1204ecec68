"""What a loader hands to extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawDocument:
    """One document's normalised text, where it came from, and any metadata the container gave."""

    source: str
    text: str
    content_hash: str
    encoding: str = "utf-8"
    meta: dict[str, str] = field(default_factory=dict)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
