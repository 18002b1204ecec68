"""What the loaders refuse to read, in one place (documented in docs/loading.md).

Each limit protects memory or time against a hostile or broken input; an input over one
is refused alone with a message naming the file (and line) and the limit.
"""

from __future__ import annotations

MiB = 1024 * 1024

# A .txt, .md, .html, .pdf or .docx file is read whole; bigger ones are refused.
MAX_FILE_BYTES = 64 * MiB
# One JSONL line (one document); the file itself may have any size, it is streamed.
MAX_LINE_BYTES = 64 * MiB
# Levels of arrays and objects in a JSONL line, its own object included (a document needs 2 or 3).
MAX_JSON_DEPTH = 64
# Values in arrays and objects of a JSONL line, outside strings (each costs ~100 bytes
# of memory where its text took 2 or 3); a document needs a few dozen.
MAX_JSON_VALUES = 100_000
# Digits of one JSON integer (Python refuses to convert over 4,300 anyway).
MAX_NUMBER_DIGITS = 100
# A .docx is a zip: the sum of its members' declared uncompressed sizes, and their count;
# one XML member (parsed whole, at about ten times its size in memory) has a lower limit.
MAX_DOCX_INFLATED = 256 * MiB
MAX_DOCX_XML = 32 * MiB
MAX_DOCX_MEMBERS = 10_000


def size(n: int) -> str:
    """Bytes as a short figure: "2.4 MB", "4,096 bytes"; whole mebibytes (the limits) as "64 MiB"."""
    if n >= MiB and n % MiB == 0:
        return f"{n // MiB} MiB"
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"
