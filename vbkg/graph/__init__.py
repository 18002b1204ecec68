"""Graph: extraction records merged into one graph; pure, no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .schema import DOCUMENT_RELATIONS, Label, Rel

if TYPE_CHECKING:
    from .merge import build_graph, org_id, person_id

__all__ = ["DOCUMENT_RELATIONS", "Label", "Rel", "build_graph", "org_id", "person_id"]

# The merge (and networkx with it) is imported when first used (PEP 562): the vocabulary in
# schema is all a query needs.
_LAZY = {"build_graph": ".merge", "org_id": ".merge", "person_id": ".merge"}

__getattr__ = lazy_names(__name__, _LAZY)
