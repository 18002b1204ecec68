"""Graph: extraction records merged into one graph; pure, no I/O."""

from .merge import build_graph, org_id, person_id
from .schema import DOCUMENT_RELATIONS, Label, Rel

__all__ = ["DOCUMENT_RELATIONS", "Label", "Rel", "build_graph", "org_id", "person_id"]
