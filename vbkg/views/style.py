"""Colours and shapes per class, shared by every picture: a colour-blind-safe palette
(Okabe and Ito's eight colours) and a distinct shape per class, so no two classes are told
apart by colour alone."""

from __future__ import annotations

from ..graph.schema import Label, Rel
from ..stores import NodeRow

OKABE_ITO = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
             "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
             "grey": "#999999"}  # fmt: skip
# class -> (colour, vis-network shape)
STYLE: dict[str, tuple[str, str]] = {
    "Resolution": (OKABE_ITO["vermillion"], "diamond"),
    "Conclusion": (OKABE_ITO["orange"], "star"),
    "Directive": (OKABE_ITO["purple"], "triangle"),
    "Plan": (OKABE_ITO["blue"], "dot"),
    "Program": (OKABE_ITO["sky"], "square"),
    "ActionProgram": (OKABE_ITO["sky"], "triangleDown"),
    "Guidance": (OKABE_ITO["yellow"], "triangleDown"),
    "Decision": (OKABE_ITO["green"], "hexagon"),
    "Decree": (OKABE_ITO["black"], "hexagon"),
    "Law": (OKABE_ITO["black"], "diamond"),
    "Circular": (OKABE_ITO["blue"], "square"),
    "OfficialLetter": (OKABE_ITO["grey"], "triangle"),
    "Organization": (OKABE_ITO["green"], "box"),
    "Person": (OKABE_ITO["yellow"], "ellipse"),
}
DEFAULT_STYLE = ("#bbbbbb", "dot")
EDGE_COLOUR = {Rel.IMPLEMENTS: OKABE_ITO["vermillion"], Rel.BASED_ON: OKABE_ITO["blue"],
               Rel.CITES: "#b0b0b0", Rel.AMENDS: OKABE_ITO["orange"], Rel.REPLACES: OKABE_ITO["purple"],
               Rel.REPORTS_TO: OKABE_ITO["green"], Rel.SUB_ORGANIZATION_OF: "#666666",
               Rel.ISSUED_BY: "#d0d0d0", Rel.SIGNED_BY: "#d0d0d0", Rel.SENT_TO: "#d0d0d0",
               Rel.POST_IN: "#d0d0d0"}  # fmt: skip


def node_class(n: NodeRow | None) -> str:
    if n is None:
        return "Document"
    if Label.DOCUMENT in n.labels:
        return str(n.props.get("type") or "Document")
    return n.base


def style_json() -> dict[str, object]:
    return {"classes": {k: {"color": c, "shape": s} for k, (c, s) in STYLE.items()},
            "default": {"color": DEFAULT_STYLE[0], "shape": DEFAULT_STYLE[1]},
            "edges": {str(k): v for k, v in EDGE_COLOUR.items()}}  # fmt: skip
