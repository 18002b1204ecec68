"""Who implements a document (trace, downward) and what a document implements (chain, upward).

Both follow IMPLEMENTS unless asked for other relations (`rels`): BASED_ON ('Căn cứ'),
CITES, AMENDS, REPLACES, or all of them, so the most-cited law is traced like a resolution.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..graph.schema import DOCUMENT_RELATIONS, Rel
from ..stores import EdgeRow, NodeRow, Store
from ..stores.rows import evidence
from .docs import label, summary
from .evidence import mention_length, window_text

MAX_DEPTH = 20
# Paths, not documents, are listed; over CITES a well-cited law has thousands. Past this many
# rows the walk stops (and says so through `truncated`).
MAX_ROWS = 5000
DEFAULT_RELS: tuple[str, ...] = (Rel.IMPLEMENTS,)
PAGE = 100  # depth-1 rows read an edge each; past them, the rest of depth 1 is read at once


def parse_rels(value: str | None) -> tuple[str, ...]:
    """'IMPLEMENTS', 'based_on,cites' or 'all' as relation types; ValueError names the bad one."""
    if not value:
        return DEFAULT_RELS
    if value.strip().lower() == "all":
        return tuple(DOCUMENT_RELATIONS)
    rels = []
    for part in value.split(","):
        name = part.strip().upper().replace("-", "_")
        if name not in DOCUMENT_RELATIONS:
            raise ValueError(f"unknown relation {part.strip()!r}; use {', '.join(DOCUMENT_RELATIONS)} or all")
        rels.append(name)
    return tuple(dict.fromkeys(rels))


@dataclass(frozen=True)
class Step:
    """One edge on a path, with what says so."""

    src: str
    dst: str
    head: bool
    sentence: str | None
    source: str | None
    rel: str = Rel.IMPLEMENTS
    length: int | None = None


def _step(e: EdgeRow) -> Step:
    ev = evidence(e.props)
    first = ev[0] if ev else {}
    return Step(e.src, e.dst, bool(e.props.get("head")), first.get("sentence"), first.get("source"), e.type,
                mention_length(first))  # fmt: skip


def _props(n: NodeRow | None) -> dict[str, Any] | None:
    return n.props if n else None


def _anchor_props(n: NodeRow | None) -> dict[str, Any]:
    """What the evidence sentence names: the document the step points at."""
    return {k: n.props.get(k) for k in ("id", "symbol", "number")} if n else {}


class _Nodes:
    """Each node fetched once per query (a round trip each on Neo4j)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.seen: dict[str, NodeRow | None] = {}

    def __call__(self, node_id: str) -> NodeRow | None:
        if node_id not in self.seen:
            self.seen[node_id] = self.store.node(node_id)
        return self.seen[node_id]


def trace(
    store: Store,
    target: str,
    depth: int | None = None,
    head_only: bool = False,
    rels: Sequence[str] = DEFAULT_RELS,
) -> list[dict[str, Any]]:
    """Every document implementing `target`: direct (title or preamble), body-level, and transitive.

    A document can appear several times, once per path (seed 000 implements Conclusion 01
    directly and again through 83/KH-LĐLĐ).
    """
    return list(iter_trace(store, target, depth, head_only, rels))


_ORDER = {"direct": 0, "body": 1, "transitive": 2}


def iter_trace(
    store: Store,
    target: str,
    depth: int | None = None,
    head_only: bool = False,
    rels: Sequence[str] = DEFAULT_RELS,
) -> Iterator[dict[str, Any]]:
    """`trace`'s rows in its order, one depth at a time: the first page needs only the first level.

    Rows are sorted by (level, depth, id, path); only depth 1 has two levels (direct before
    body), and its rows come in that order from `edge_heads`, so sorting each deeper depth on
    its own is the whole sort. The walk is breadth-first and stops past MAX_ROWS rows.
    """
    limit = min(depth or MAX_DEPTH, MAX_DEPTH)
    node_of = _Nodes(store)
    # Depth 1 comes in its row order from the store without the evidence (edge_heads: an index
    # on SQLite), and an edge is read whole only when its row is made: the first page of a hub
    # with thousands of implementers reads fifty edges. Depth 1 yields every row, as the walk
    # below would (MAX_ROWS is checked between depths).
    paths: list[list[EdgeRow]] = []
    whole: dict[tuple[str, str], EdgeRow] | None = None
    for src, rel, head in store.edge_heads(target, list(rels)):
        if src == target or (head_only and not head):
            continue
        if whole is None and len(paths) == PAGE:  # past the first page: the rest in one read
            whole = {(e.src, e.type): e for e in store.edges(dst=target, types=list(rels))}
        edge = whole[(src, rel)] if whole is not None else store.edges(src=src, dst=target, types=[rel])[0]
        yield _row(node_of, target, [edge])
        paths.append([EdgeRow(src, rel, target, {"head": head})])  # deeper rows read only their tip
    total = len(paths)
    # Deeper levels read the rest of the tree at once (one recursive query on SQLite). A path
    # is its edges, tip first.
    into: dict[str, list[EdgeRow]] = {}
    if paths and limit > 1 and total < MAX_ROWS:
        into = store.edges_reaching(target, list(rels))
    while paths and total < MAX_ROWS:
        deeper: list[list[EdgeRow]] = []
        for path in paths:
            if total + len(deeper) >= MAX_ROWS:
                break
            if len(path) >= limit:
                continue
            on_path = {target, *(e.src for e in path)}
            deeper.extend([e, *path] for e in into.get(path[0].src, ())
                          if e.src not in on_path and (_head(e) or not head_only))  # fmt: skip
        # sorted by what the rows will say (id, path) before any row is made: a row reads its
        # nodes and cuts its evidence
        keyed = sorted(((p[0].src, [e.src for e in p] + [target]), n) for n, p in enumerate(deeper))
        yield from (_row(node_of, target, deeper[n]) for _, n in keyed)
        total += len(deeper)
        paths = deeper


def _head(e: EdgeRow) -> bool:
    return bool(e.props.get("head"))


def _row(node_of: _Nodes, target: str, path: list[EdgeRow]) -> dict[str, Any]:
    step = _step(path[0])
    node = node_of(step.src)
    level = ("direct" if step.head else "body") if len(path) == 1 else "transitive"
    return {
        **(summary(node) if node else {"id": step.src}),
        "level": level,
        "depth": len(path),
        "path": [s.src for s in path] + [target],
        "via": [label(node_of(s.dst)) for s in path[:-1]],
        "rel": step.rel,
        "evidence": step.sentence,
        "evidence_window": window_text(step.sentence, _props(node_of(step.dst)), step.length),
        "mention_length": step.length,
        "evidence_about": _anchor_props(node_of(step.dst)),
        "stated_in": step.source,
    }


def other_relations(store: Store, node_id: str, rels: Sequence[str], incoming: bool = True) -> dict[str, int]:
    """Document relations other than `rels` at a node: what an empty answer left out."""
    edges = store.edges(dst=node_id) if incoming else store.edges(src=node_id)
    counts: dict[str, int] = {}
    for e in edges:
        if e.type in DOCUMENT_RELATIONS and e.type not in rels:
            counts[e.type] = counts.get(e.type, 0) + 1
    return counts


def chain(
    store: Store, start: str, head_only: bool = False, rels: Sequence[str] = DEFAULT_RELS
) -> list[dict[str, Any]]:
    """Every upward path from `start` through `rels` to a document with no such relation onward."""
    reached = store.edges_reaching(start, list(rels), incoming=False)
    out_of = {tip: [_step(e) for e in es] for tip, es in reached.items()}
    paths: list[list[Step]] = []
    stack: list[list[Step]] = [[]]
    while stack and len(paths) < MAX_ROWS:
        path = stack.pop()
        tip = path[-1].dst if path else start
        seen = {start, *(s.dst for s in path)}
        nxt = [s for s in out_of.get(tip, ())
               if s.dst not in seen and (s.head or not head_only)]  # fmt: skip
        if not nxt or len(path) >= MAX_DEPTH:
            if path:
                paths.append(path)
            continue
        stack.extend([*path, s] for s in nxt)
    node_of = _Nodes(store)
    out: list[dict[str, Any]] = []
    for path in sorted(paths, key=lambda p: (-len(p), [s.dst for s in p])):
        ids = [start, *(s.dst for s in path)]
        out.append({
            "path": ids,
            "labels": [label(node_of(i)) for i in ids],
            "steps": [{"from": s.src, "to": s.dst, "rel": s.rel, "head": s.head, "evidence": s.sentence,
                       "stated_in": s.source} for s in path],
        })  # fmt: skip
    return out
