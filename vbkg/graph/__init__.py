"""Graph: extraction records merged into one graph; pure, no I/O."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .schema import DOCUMENT_RELATIONS, Label, Rel

if TYPE_CHECKING:
    from .merge import build_graph, org_id, person_id

__all__ = ["DOCUMENT_RELATIONS", "Label", "Rel", "build_graph", "org_id", "person_id"]

# The merge (and networkx with it) is imported when first used (PEP 562): the vocabulary in
# schema is all a query needs.
_LAZY = {"build_graph": ".merge", "org_id": ".merge", "person_id": ".merge"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
