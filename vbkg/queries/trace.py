"""Who implements a document (trace, downward) and what a document implements (chain, upward)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from ..graph.schema import Rel
from ..stores import EdgeRow, NodeRow, Store
from ..stores.rows import evidence
from .docs import label, summary

MAX_DEPTH = 20


@dataclass(frozen=True)
class Step:
    """One IMPLEMENTS edge on a path, with what says so."""

    src: str
    dst: str
    head: bool
    sentence: str | None
    source: str | None


def _step(e: EdgeRow) -> Step:
    ev = evidence(e.props)
    first = ev[0] if ev else {}
    return Step(e.src, e.dst, bool(e.props.get("head")), first.get("sentence"), first.get("source"))


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
    store: Store, target: str, depth: int | None = None, head_only: bool = False
) -> list[dict[str, Any]]:
    """Every document implementing `target`: direct (title or preamble), body-level, and transitive.

    A document can appear several times, once per path (seed 000 implements Conclusion 01
    directly and again through 83/KH-LĐLĐ).
    """
    limit = min(depth or MAX_DEPTH, MAX_DEPTH)
    node_of = _Nodes(store)
    found: list[dict[str, Any]] = []
    queue: deque[list[Step]] = deque([[]])
    while queue:
        path = queue.popleft()
        tip = path[0].src if path else target
        if len(path) >= limit:
            continue
        on_path = {target, *(s.src for s in path)}
        for e in store.edges(dst=tip, types=[Rel.IMPLEMENTS]):
            step = _step(e)
            if step.src in on_path or (head_only and not step.head):
                continue
            new = [step, *path]
            node = node_of(step.src)
            level = ("direct" if step.head else "body") if len(new) == 1 else "transitive"
            found.append({
                **(summary(node) if node else {"id": step.src}),
                "level": level,
                "depth": len(new),
                "path": [s.src for s in new] + [target],
                "via": [label(node_of(s.dst)) for s in new[:-1]],
                "evidence": step.sentence,
                "stated_in": step.source,
            })  # fmt: skip
            queue.append(new)
    order = {"direct": 0, "body": 1, "transitive": 2}
    found.sort(key=lambda r: (order[r["level"]], r["depth"], r["id"], r["path"]))
    return found


def chain(store: Store, start: str, head_only: bool = False) -> list[dict[str, Any]]:
    """Every upward path from `start` through IMPLEMENTS to a document that implements nothing known."""
    paths: list[list[Step]] = []
    stack: list[list[Step]] = [[]]
    while stack:
        path = stack.pop()
        tip = path[-1].dst if path else start
        seen = {start, *(s.dst for s in path)}
        nxt = [s for s in map(_step, store.edges(src=tip, types=[Rel.IMPLEMENTS]))
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
            "steps": [{"from": s.src, "to": s.dst, "head": s.head, "evidence": s.sentence, "stated_in": s.source}
                      for s in path],
        })  # fmt: skip
    return out
