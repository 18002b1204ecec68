"""Container metadata (JSONL fields) to the flat strings extraction reads, minus what is impossible."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any

# An ISO date at the start of a value: "2023-02-28", "2023-02-28T08:00:00".
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def clean_meta(record: Mapping[str, Any]) -> tuple[dict[str, str], list[str]]:
    """Scalar fields other than `text` as strings, and a warning for each field dropped.

    A value that is an ISO date no calendar has (2023-02-29, 2023-13-01) is dropped: it would
    otherwise become the document's date and an invalid xsd:date in the RDF view.
    """
    meta: dict[str, str] = {}
    warnings: list[str] = []
    for key, value in record.items():
        if key == "text" or not isinstance(value, str | int):
            continue
        text = str(value)
        m = _ISO_DATE.match(text.strip())
        if m:
            try:
                datetime.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                warnings.append(f"metadata field {key!r} holds {text!r}, which is not a real date; dropped")
                continue
        meta[key] = text
    return meta, warnings
