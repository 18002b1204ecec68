"""The store interface: per-document records in, the merged graph out, read primitives for queries."""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self

from ..extraction.identity_key import number_key
from ..graph.schema import Label
from .ref_keys import matches
from .rows import EdgeRow, NodeRow

if TYPE_CHECKING:
    import networkx as nx

    from .sqlite_facts import SourceRows

GraphBuilder = Callable[[Iterable[dict[str, Any]]], "nx.MultiDiGraph"]


class StoreError(Exception):
    """A store could not be opened, read or written; the message says which and why."""


@dataclass(frozen=True)
class Upsert:
    """One document's extraction record, replacing whatever the store held for its source.

    `prepared`: the rows the embedded store (and the Neo4j store's planner) derives from the
    record (sqlite_facts.source_rows), built where the record was extracted (a worker process
    with --jobs), so the committing process only writes them.
    """

    source: str
    content_hash: str
    record: dict[str, Any]
    prepared: SourceRows | None = None


@dataclass
class LoadSummary:
    loaded: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_documents: list[str] = field(default_factory=list)  # read, but nothing says what document
    nodes_before: int = 0
    nodes_after: int = 0
    edges_before: int = 0
    edges_after: int = 0

    @property
    def nodes_added(self) -> int:
        return self.nodes_after - self.nodes_before

    @property
    def edges_added(self) -> int:
        return self.edges_after - self.edges_before


class Store(abc.ABC):
    """Where the graph lives. Writes are atomic: a failed or killed load leaves the last state."""

    name: str = "store"

    @abc.abstractmethod
    def known_hashes(self) -> dict[str, str]:
        """source -> content hash of every document loaded."""

    @abc.abstractmethod
    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored extraction record."""

    @abc.abstractmethod
    def commit(self, upserts: Sequence[Upsert], build: GraphBuilder) -> None:
        """Replace these sources' records and the graph derived from all records, atomically."""

    @abc.abstractmethod
    def write_graph(self, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        """Make the stored graph exactly these rows (used by push)."""

    # --- reads: the primitives every query is built from ---------------------------------
    @abc.abstractmethod
    def node(self, node_id: str) -> NodeRow | None: ...

    @abc.abstractmethod
    def nodes(self, label: str | None = None) -> list[NodeRow]: ...

    @abc.abstractmethod
    def edges(
        self, src: str | None = None, dst: str | None = None, types: Sequence[str] | None = None
    ) -> list[EdgeRow]: ...

    @abc.abstractmethod
    def counts(self) -> tuple[int, int]:
        """(nodes, edges)."""

    # --- indexed reads: a store with indexes overrides these; the answers are the scans' ------
    def documents_numbered(self, number: str) -> list[NodeRow]:
        """Document nodes whose number is `number`, leading zeros aside, by id (symbol -> document)."""
        key = number_key(number)
        return [n for n in self.nodes(Label.DOCUMENT) if number_key(str(n.props.get("number") or "")) == key]

    def documents_referenced(
        self, type_code: str | None, number: str, issuer_code: str | None, year: int | None
    ) -> list[NodeRow]:
        """Document nodes a REF's parts name (ref_keys.matches), by id; None parts match anything."""
        return [
            n for n in self.documents_numbered(number) if matches(n, type_code, number, issuer_code, year)
        ]

    def edges_reaching(
        self, node_id: str, types: Sequence[str], incoming: bool = True
    ) -> dict[str, list[EdgeRow]]:
        """Every `types` edge on a path into `node_id` (out of it when not `incoming`), grouped by
        the node the walk reaches it from (its dst when incoming, its src otherwise), each group
        in `edges` order: what trace and chain walk, read once instead of once per path."""
        out: dict[str, list[EdgeRow]] = {}
        todo = [node_id]
        while todo:
            tip = todo.pop()
            if tip in out:
                continue
            out[tip] = self.edges(dst=tip, types=types) if incoming else self.edges(src=tip, types=types)
            todo.extend(e.src if incoming else e.dst for e in out[tip])
        return out

    def edge_heads(self, dst: str, types: Sequence[str]) -> Iterator[tuple[str, str, bool]]:
        """(src, type, head) of every `types` edge into `dst`, without their evidence, heads first,
        then by src and type: a trace's depth-1 order, read before the few edges a page shows."""
        found = [(e.src, e.type, bool(e.props.get("head"))) for e in self.edges(dst=dst, types=types)]
        return iter(sorted(found, key=lambda x: (not x[2], x[0], x[1])))

    def in_degrees(self, types: Sequence[str]) -> list[tuple[str, int]]:
        """(node id, how many other nodes have a `types` edge into it), for every node that has
        one, in no particular order: what `top` ranks by."""
        sources: dict[str, set[str]] = {}
        for e in self.edges(types=types):
            if e.src != e.dst:
                sources.setdefault(e.dst, set()).add(e.src)
        return [(dst, len(found)) for dst, found in sources.items()]

    def relation_counts(self, dst: str, types: Sequence[str]) -> dict[str, int]:
        """How many `types` edges from other nodes reach `dst`, by type."""
        out: dict[str, int] = {}
        for e in self.edges(dst=dst, types=types):
            if e.src != e.dst:
                out[e.type] = out.get(e.type, 0) + 1
        return out

    def recent_documents(self, limit: int) -> list[NodeRow]:
        """The `limit` loaded documents with the latest dates (ties: the last id first)."""
        dated = [n for n in self.nodes(Label.DOCUMENT) if n.props.get("loaded") and n.props.get("date")]
        return sorted(dated, key=lambda n: (str(n.props["date"]), n.id), reverse=True)[:limit]

    def search_ranked(self, tokens: Sequence[str], limit: int) -> list[tuple[int, str]] | None:
        """(score, id) of the `limit` best documents for these query words (queries.search:
        its scoring and order, computed by the store's indexes); None: no index (search scans)."""
        return None

    def grouped_stats(self) -> dict[str, Any] | None:
        """vbkg.stats.stats computed by the store itself; None: count from the read primitives."""
        return None

    def graph(self) -> nx.MultiDiGraph:
        from .rows import from_rows

        return from_rows(self.nodes(), self.edges())

    @abc.abstractmethod
    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
