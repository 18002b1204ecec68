"""Incremental commits of the embedded store: each source's derived facts are kept with it.

A commit replaces the items, facts and named organizations of the sources it changes,
re-resolves only the identity groups they touch (see vbkg.graph.facts), and rewrites only the
nodes and edges whose inputs changed. The merged graph is never rebuilt whole; the result is
the graph `build_graph` makes of all records (tests/test_incremental.py checks it).

Tables (all derived, rebuilt from `sources` when missing or stale):
- items(source, idx, grp, spec, node): every identity of every record and the node it is;
- facts(source, n, src_item, dst_item, src, type, dst, evidence): every relationship
  contribution; `source` is a record, `~doc:ID` (an unloaded document's issuer, as cited) or
  `~org:ID` (the link the vocabulary states from a body to its parent);
- owned(node, owner, props, link): which records (or cited documents) name an organization
  or a person; the node exists while one does;
- doc_nodes(node, grp, plain): the document nodes each group resolved to;
- doc_refs(node, number, type, issuer, year): their keys as a REF names them (ref_keys.ref_keys),
  so symbol -> document is one index lookup, not every document of that number.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..graph.facts import (
    VOCABULARY,
    DocNode,
    ItemSpec,
    RecordFacts,
    bucket_of,
    citation,
    complete_keys,
    document_node,
    group_of,
    key_text,
    member_view,
    record_facts,
    resolve,
)
from ..graph.merge import finish_edge
from ..graph.schema import Label
from .ref_keys import ref_keys
from .rows import NodeRow, clean
from .search_text import haystack, search_words

FACTS_VERSION = "3"  # 2: doc_refs; 3: search_words
SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    source TEXT NOT NULL, idx INTEGER NOT NULL, grp TEXT NOT NULL, key TEXT, view TEXT NOT NULL,
    loaded INTEGER NOT NULL, dates TEXT, spec TEXT NOT NULL, node TEXT, PRIMARY KEY (source, idx));
CREATE INDEX IF NOT EXISTS items_grp ON items (grp, key);
CREATE INDEX IF NOT EXISTS items_node ON items (node);
CREATE TABLE IF NOT EXISTS group_keys (grp TEXT NOT NULL, bucket TEXT NOT NULL, identity TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS group_keys_bucket ON group_keys (bucket, grp);
CREATE INDEX IF NOT EXISTS group_keys_grp ON group_keys (grp);
CREATE TABLE IF NOT EXISTS facts (
    source TEXT NOT NULL, n INTEGER NOT NULL, src_item INTEGER, dst_item INTEGER,
    src TEXT, type TEXT NOT NULL, dst TEXT, evidence TEXT NOT NULL, PRIMARY KEY (source, n));
CREATE INDEX IF NOT EXISTS facts_edge ON facts (src, type, dst);
CREATE TABLE IF NOT EXISTS owned (
    node TEXT NOT NULL, owner TEXT NOT NULL, props TEXT NOT NULL, link TEXT, PRIMARY KEY (node, owner));
CREATE INDEX IF NOT EXISTS owned_owner ON owned (owner);
CREATE TABLE IF NOT EXISTS doc_nodes (
    rid INTEGER PRIMARY KEY, node TEXT UNIQUE NOT NULL, grp TEXT NOT NULL, plain TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_nodes_grp ON doc_nodes (grp);
CREATE INDEX IF NOT EXISTS doc_nodes_plain ON doc_nodes (plain);
CREATE TABLE IF NOT EXISTS doc_refs (
    node TEXT PRIMARY KEY, number TEXT NOT NULL, type TEXT NOT NULL, issuer TEXT NOT NULL, year INTEGER);
CREATE INDEX IF NOT EXISTS doc_refs_issuer ON doc_refs (number, issuer, type);
CREATE INDEX IF NOT EXISTS doc_refs_type ON doc_refs (number, type, year);
CREATE VIRTUAL TABLE IF NOT EXISTS search_docs USING fts5 (hay, tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS search_words USING fts5 (words, tokenize = 'unicode61');
CREATE TABLE IF NOT EXISTS warnings (source TEXT NOT NULL, kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS warnings_source ON warnings (source);
CREATE INDEX IF NOT EXISTS nodes_number ON nodes (NUMBER_KEY);
CREATE INDEX IF NOT EXISTS edges_dst_head ON edges (dst, HEAD_KEY DESC, src, type);
CREATE INDEX IF NOT EXISTS nodes_doc_flags ON nodes (LOADED, CONFLICT, NUMBER) WHERE LOADED IS NOT NULL;
CREATE INDEX IF NOT EXISTS nodes_rank ON nodes (LOADED DESC, id) WHERE LOADED IS NOT NULL;
CREATE INDEX IF NOT EXISTS warnings_kind ON warnings (kind);
"""
# A node's number without leading zeros (identity_key.number_key), as an indexed expression.
NUMBER_KEY = "ltrim(coalesce(json_extract(props, '$.number'), ''), '0')"
# An edge's `head` (said in a title or preamble) as an indexed expression: a trace's depth-1 order.
HEAD_KEY = "coalesce(json_extract(props, '$.head'), 0)"
# What `stats` counts of a document, as indexed expressions: counted from the index alone.
# Every document node has `loaded` (true or false), no other node has it.
LOADED = "json_extract(props, '$.loaded')"
CONFLICT = "json_extract(props, '$.date_conflict')"
NUMBER = "coalesce(json_extract(props, '$.number'), '')"
for _name, _sql in (("NUMBER_KEY", NUMBER_KEY), ("HEAD_KEY", HEAD_KEY), ("LOADED", LOADED),
                    ("CONFLICT", CONFLICT), ("NUMBER", NUMBER)):  # fmt: skip
    SCHEMA = SCHEMA.replace(_name, _sql)
_CHUNK = 500  # host parameters per IN (...) list
Triple = tuple[str, str, str]


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = sorted(values)
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _node_row(node_id: str, props: dict[str, Any]) -> NodeRow:
    """A node as `rows.to_rows` writes it: sorted labels, clean properties with the id first."""
    rest = clean({"id": node_id, **{k: v for k, v in props.items() if k != "labels"}})
    return NodeRow(node_id, tuple(sorted(props["labels"])), rest)


Row = tuple[Any, ...]


@dataclass(frozen=True)
class SourceRows:
    """One source's rows of the fact tables, JSON already made: pure, so a load builds them on
    its worker processes and the committing process only writes them."""

    record_json: str
    items: list[Row]  # (source, idx, grp, key, view, loaded, dates, spec)
    facts: list[Row]  # (source, n, src_item, dst_item, src, type, dst, evidence)
    owned: list[Row]  # (node, owner, props, link)
    warnings: list[Row]  # (source, kind)


def owner_rows(owner: str, rf: RecordFacts) -> tuple[list[Row], list[Row]]:
    """The facts and owned rows of a record or of a cited document (`~doc:ID`)."""
    facts = []
    for n, f in enumerate(rf.facts):
        src, dst = f.src, f.dst
        facts.append((owner, n, src if isinstance(src, int) else None, dst if isinstance(dst, int) else None,
                      None if isinstance(src, int) else src, f.rel, None if isinstance(dst, int) else dst,
                      _dumps(f.evidence)))  # fmt: skip
    owned = [
        (node, owner, _dumps(o.props), _dumps(o.link) if o.link else None) for node, o in rf.nodes.items()
    ]
    return facts, owned


def source_rows(source: str, record: dict[str, Any]) -> SourceRows:
    """Everything a commit writes for one record, but its effect on the merged graph."""
    rf = record_facts(record)
    facts, owned = owner_rows(source, rf)
    items = [(source, i, s.group, key_text(s.identity), _dumps(member_view(s.identity)), s.loaded is not None,
              _dumps(sorted(s.dates)) if s.dates else None, _dumps(s.to_json()))
             for i, s in enumerate(rf.items)]  # fmt: skip
    warnings = [(source, w["kind"]) for w in record.get("warnings", [])]
    return SourceRows(_dumps(record), items, facts, owned, warnings)


class Facts:
    """The derived-fact tables of one SQLite connection; every method runs inside the caller's transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.dirty_edges: set[Triple] = set()
        self.dirty_owned: set[str] = set()
        # per complete-key group: the keys and nodes items left, the keys items came with
        self.left: dict[str, set[tuple[str, str | None]]] = {}
        self.came: dict[str, set[str]] = {}

    def current(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE key='facts'").fetchone()
        return row is not None and row[0] == FACTS_VERSION

    def invalidate(self) -> None:
        """The graph was written from outside (push): facts are rebuilt at the next commit."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('facts', 'stale')")

    def rebuild(self, records: Iterable[dict[str, Any]]) -> None:
        """Every derived table from the stored records (a store written by an older vbkg)."""
        tables = (
            "items",
            "group_keys",
            "facts",
            "owned",
            "doc_nodes",
            "doc_refs",
            "search_docs",
            "search_words",
            "warnings",
            "nodes",
            "node_labels",
            "edges",
        )
        for table in tables:
            self.db.execute(f"DELETE FROM {table}")
        self.replace({r["source"]: r for r in records})
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('facts', ?)", (FACTS_VERSION,))

    # --- one commit ---------------------------------------------------------------------------
    def replace(
        self, records: dict[str, dict[str, Any]], prepared: dict[str, SourceRows] | None = None
    ) -> None:
        """Replace these sources' facts (their records are already stored) and update the graph;
        `prepared` holds rows already built (source_rows) for some of them."""
        touched: set[str] = set()
        stored = {
            x for (x,) in self._select("SELECT DISTINCT source FROM items WHERE source IN ({})", set(records))
        }
        for source, record in records.items():
            if source in stored:  # a new source has nothing to drop
                touched |= self._drop_source(source)
            rows = (prepared or {}).get(source) or source_rows(source, record)
            touched |= self._add_source(rows)
            self.db.executemany("INSERT INTO warnings VALUES (?, ?)", rows.warnings)
        self._resolve(touched)
        self._write_owned()
        self._write_edges()

    def _drop_source(self, source: str) -> set[str]:
        groups = set()
        for g, key, node in self.db.execute("SELECT grp, key, node FROM items WHERE source = ?", (source,)):
            groups.add(g)
            self.left.setdefault(g, set()).add((key, node))
        # and the groups of the documents they were: a mention leaving one changes it
        groups.update(g for (g,) in self.db.execute(
            "SELECT d.grp FROM items i JOIN doc_nodes d ON d.node = i.node WHERE i.source = ?", (source,)))  # fmt: skip
        self._drop_owner(source)
        self.db.execute("DELETE FROM items WHERE source = ?", (source,))
        self.db.execute("DELETE FROM warnings WHERE source = ?", (source,))
        return groups

    def _drop_owner(self, owner: str) -> None:
        self.dirty_edges.update(
            self.db.execute("SELECT src, type, dst FROM facts WHERE source = ?", (owner,))
        )
        self.dirty_owned.update(
            n for (n,) in self.db.execute("SELECT node FROM owned WHERE owner = ?", (owner,))
        )
        self.db.execute("DELETE FROM facts WHERE source = ?", (owner,))
        self.db.execute("DELETE FROM owned WHERE owner = ?", (owner,))

    def _add_owner(self, owner: str, rf: RecordFacts) -> None:
        self._add_rows(*owner_rows(owner, rf))

    def _add_rows(self, facts: list[Row], owned: list[Row]) -> None:
        self.db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", facts)
        self.dirty_edges.update((f[4], f[5], f[6]) for f in facts if f[2] is None and f[3] is None)
        self.db.executemany("INSERT INTO owned VALUES (?, ?, ?, ?)", owned)
        self.dirty_owned.update(o[0] for o in owned)

    def _add_source(self, rows: SourceRows) -> set[str]:
        self._add_rows(rows.facts, rows.owned)
        for item in rows.items:
            self.came.setdefault(item[2], set()).add(str(item[3]))
        self.db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)", rows.items)
        return {item[2] for item in rows.items}

    def _groups_sharing_ids(self, groups: set[str], plains: set[str]) -> set[str]:
        """Groups outside `groups` with a document whose id one of `plains` could clash with."""
        out: set[str] = set()
        for chunk in _chunks(plains):
            q = f"SELECT DISTINCT grp FROM doc_nodes WHERE plain IN ({','.join('?' * len(chunk))})"
            out.update(g for (g,) in self.db.execute(q, chunk) if g not in groups)
        return out

    def _select(self, sql: str, groups: set[str]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(groups):
            rows += self.db.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
        return rows

    def _quick_groups(self, touched: set[str]) -> set[str]:
        """Complete-key groups whose keys stay as they were, in buckets without partial mentions:
        their items keep their documents, which only count their mentions anew."""
        out = set()
        for g in touched:
            bucket = bucket_of(g)
            if not g.startswith("n|") or bucket is None:
                continue
            if self.db.execute("SELECT 1 FROM items WHERE grp = ? LIMIT 1", (f"p|{bucket}",)).fetchone():
                continue
            kept = all(
                self.db.execute(
                    "SELECT 1 FROM items WHERE grp = ? AND key = ? AND node IS NOT NULL LIMIT 1", (g, key)
                ).fetchone()
                for key in {k for k, _ in self.left.get(g, set())} | self.came.get(g, set())
            )
            if kept:
                out.add(g)
        return out

    def _count_anew(self, groups: set[str]) -> None:
        """The quick groups: new items join their key's document; the documents they join or leave are recounted."""
        moved: list[tuple[str, str, int]] = []
        nodes: set[str] = set()
        joins: dict[tuple[str, str], str] = {}
        for g in sorted(groups):
            nodes.update(n for _, n in self.left.get(g, set()) if n)
            for source, idx, key in self.db.execute(
                "SELECT source, idx, key FROM items WHERE grp = ? AND node IS NULL", (g,)
            ).fetchall():
                if (g, key) not in joins:
                    joins[(g, key)] = self.db.execute(
                        "SELECT node FROM items WHERE grp = ? AND key = ? AND node IS NOT NULL LIMIT 1",
                        (g, key),
                    ).fetchone()[0]
                node = joins[(g, key)]
                moved.append((node, source, idx))
                nodes.add(node)
        self._move_items(moved)
        old = self._select(
            "SELECT d.node, d.grp, d.plain, n.labels, n.props FROM doc_nodes d JOIN nodes n ON n.id = d.node "
            "WHERE d.node IN ({})",
            nodes,
        )
        fresh = []
        for node, grp, plain, _, _ in old:
            views = self.db.execute("SELECT view, count(*) FROM items WHERE node = ? GROUP BY view", (node,))
            members = [(json.loads(v), n) for v, n in views]
            loaded = [json.loads(spec)["l"] for (spec,) in
                      self.db.execute("SELECT spec FROM items WHERE node = ? AND loaded", (node,))]  # fmt: skip
            dates = {d for (ds,) in self.db.execute("SELECT dates FROM items WHERE node = ? AND dates IS NOT NULL",
                                                     (node,)) for d in json.loads(ds)}  # fmt: skip
            year = int(grp.split("|")[3])
            fresh.append(DocNode(node, plain, grp, document_node(year, members, loaded, dates)))
        self._write_doc_nodes({o[0]: tuple(o[1:]) for o in old}, fresh)

    def _resolve(self, touched: set[str]) -> None:
        quick = self._quick_groups(touched)
        done = self._resolve_groups(touched - quick)
        self._count_anew(quick - done)
        self.left, self.came = {}, {}

    def _resolve_groups(self, touched: set[str]) -> set[str]:
        """Re-cluster the touched groups, and the groups a change there can reach; update what moved.

        A complete key's group only ever holds its own mentions; a bucket's partial group
        (mentions without a year or a body) may join any of the bucket's complete keys, so it
        is resolved with one identity of each (group_keys), and a mention of it that moves
        brings the group it leaves or joins along. Ids that slug alike bring their groups too.
        """
        groups = set(touched)
        if not groups:
            return groups
        while True:
            buckets = {b for g in groups if (b := bucket_of(g)) is not None}
            groups |= {g for (g,) in self._select("SELECT DISTINCT grp FROM items WHERE grp IN ({})",
                                                   {f"p|{b}" for b in buckets})}  # fmt: skip
            items = self._select("SELECT source, idx, spec, node FROM items WHERE grp IN ({})", groups)
            specs = [ItemSpec.from_json(json.loads(spec)) for _, _, spec, _ in items]
            partial = {b for g in groups if g.startswith("p|") and (b := bucket_of(g)) is not None}
            keys = [json.loads(k) for g, k in self._select("SELECT grp, identity FROM group_keys WHERE bucket IN ({})",
                                                           partial) if g not in groups]  # fmt: skip
            ids, nodes = resolve(specs, keys)
            old = self._select(
                "SELECT d.node, d.grp, d.plain, n.labels, n.props FROM doc_nodes d JOIN nodes n ON n.id = d.node "
                "WHERE d.grp IN ({})",
                groups,
            )
            mine = [n for n in nodes if n.group in groups]
            more = self._groups_sharing_ids(groups, {n.plain for n in mine} | {o[2] for o in old})
            more |= self._groups_moved_between(groups, items, specs, ids, nodes)
            if not more:
                break
            groups |= more
        self._write_doc_nodes({o[0]: tuple(o[1:]) for o in old}, mine)
        self._write_group_keys(groups, specs)
        moved = [
            (node, source, idx) for (source, idx, _, was), node in zip(items, ids, strict=True) if node != was
        ]
        self._move_items(moved)
        return groups

    def _groups_moved_between(self, groups: set[str], items: list[tuple[Any, ...]], specs: list[ItemSpec],
                              ids: list[str], nodes: list[DocNode]) -> set[str]:  # fmt: skip
        """Groups outside `groups` a partial mention leaves or joins: their documents' mentions change."""
        group_of_node = {n.id: n.group for n in nodes}
        left = []
        out: set[str] = set()
        for (_, _, _, was), spec, now in zip(items, specs, ids, strict=True):
            if spec.group.startswith("p|") and was != now:
                out.add(group_of_node.get(now, ""))
                if was is not None:
                    left.append(was)
        for chunk in _chunks(set(left)):
            q = f"SELECT grp FROM doc_nodes WHERE node IN ({','.join('?' * len(chunk))})"
            out.update(g for (g,) in self.db.execute(q, chunk))
        return {g for g in out if g and g not in groups}

    def _write_group_keys(self, groups: set[str], specs: list[ItemSpec]) -> None:
        complete = {g for g in groups if g.startswith("n|")}
        for chunk in _chunks(complete):
            self.db.execute(f"DELETE FROM group_keys WHERE grp IN ({','.join('?' * len(chunk))})", chunk)
        rows = []
        for identity in complete_keys([s for s in specs if s.group in complete]):
            group = group_of(identity)
            rows.append((group, bucket_of(group), _dumps(identity)))
        self.db.executemany("INSERT INTO group_keys VALUES (?, ?, ?)", rows)

    def _write_doc_nodes(self, old: dict[str, tuple[Any, ...]], nodes: list[DocNode]) -> None:
        """Replace the groups' document nodes, writing only those that changed."""
        rows = {n.id: (n, _node_row(n.id, n.props)) for n in nodes}
        new = {i: (n.group, n.plain, _dumps(r.labels), _dumps(r.props)) for i, (n, r) in rows.items()}
        gone = [i for i, was in old.items() if new.get(i) != was]
        come = [i for i, now in new.items() if old.get(i) != now]
        for node in gone:
            self._drop_owner(f"~doc:{node}")
        for chunk in _chunks(gone):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"DELETE FROM search_docs WHERE rowid IN (SELECT rid FROM doc_nodes WHERE node IN ({marks}))",
                            chunk)  # fmt: skip
            self.db.execute(f"DELETE FROM search_words WHERE rowid IN (SELECT rid FROM doc_nodes WHERE node IN ({marks}))",
                            chunk)  # fmt: skip
            for table, col in (
                ("doc_nodes", "node"),
                ("doc_refs", "node"),
                ("nodes", "id"),
                ("node_labels", "id"),
            ):
                self.db.execute(f"DELETE FROM {table} WHERE {col} IN ({marks})", chunk)
        self._write_rows([rows[i][1] for i in come])
        for i in come:
            n, row = rows[i]
            rid = self.db.execute("INSERT INTO doc_nodes (node, grp, plain) VALUES (?, ?, ?)",
                                  (n.id, n.group, n.plain)).lastrowid  # fmt: skip
            hay = haystack(row)
            self.db.execute("INSERT INTO search_docs (rowid, hay) VALUES (?, ?)", (rid, hay))
            self.db.execute("INSERT INTO search_words (rowid, words) VALUES (?, ?)", (rid, search_words(hay)))
            self.db.execute("INSERT INTO doc_refs VALUES (?, ?, ?, ?, ?)", (n.id, *ref_keys(row.props)))
            if not n.props["loaded"]:
                self._add_owner(f"~doc:{n.id}", citation(n))

    def _insert_nodes(self, nodes: Iterable[tuple[str, dict[str, Any]]]) -> list[NodeRow]:
        rows = [_node_row(node_id, props) for node_id, props in nodes]
        self._write_rows(rows)
        return rows

    def _write_rows(self, rows: list[NodeRow]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?)",
                            [(n.id, _dumps(n.labels), _dumps(n.props)) for n in rows])  # fmt: skip
        self.db.executemany("INSERT OR REPLACE INTO node_labels VALUES (?, ?)",
                            [(lb, n.id) for n in rows for lb in n.labels])  # fmt: skip

    def _move_items(self, moved: Sequence[tuple[str, str, int]]) -> None:
        """Items resolved to another node: their facts now end there (the edges before and after are dirty)."""
        sources = sorted({source for _, source, _ in moved})
        which = "SELECT src, type, dst FROM facts WHERE source = ? AND (src_item IS NOT NULL OR dst_item IS NOT NULL)"
        for source in sources:
            self._dirty(self.db.execute(which, (source,)))
        self.db.executemany("UPDATE items SET node = ? WHERE source = ? AND idx = ?", moved)
        self.db.executemany("UPDATE facts SET src = ? WHERE source = ? AND src_item = ?", moved)
        self.db.executemany("UPDATE facts SET dst = ? WHERE source = ? AND dst_item = ?", moved)
        for source in sources:
            self._dirty(self.db.execute(which, (source,)))

    def _dirty(self, triples: Iterable[Triple]) -> None:
        self.dirty_edges.update(t for t in triples if t[0] is not None and t[2] is not None)

    def _write_owned(self) -> None:
        """Organizations and people: present while something names them; the vocabulary's links with them."""
        dirty, self.dirty_owned = self.dirty_owned, set()
        keep = []
        for node in sorted(dirty):
            self._drop_owner_links(node)
            # the first owner's row, and the last's for a person: two index lookups, not every
            # record naming the body (all 100,000 plans name the Politburo)
            rows = self.db.execute(
                "SELECT props, link FROM owned WHERE node = ? ORDER BY owner LIMIT 1", (node,)
            ).fetchall()
            rows += self.db.execute(
                "SELECT props, link FROM owned WHERE node = ? ORDER BY owner DESC LIMIT 1", (node,)
            ).fetchall()
            if not rows:
                for table, col in (("nodes", "id"), ("node_labels", "id")):
                    self.db.execute(f"DELETE FROM {table} WHERE {col} = ?", (node,))
                continue
            props = json.loads(rows[0][0])
            if Label.PERSON in props["labels"]:  # build_graph: the last record's spelling of the name
                props = json.loads(rows[-1][0])
            keep.append((node, props))
            if rows[0][1]:
                rel, parent = json.loads(rows[0][1])
                if parent != node:
                    self.db.execute("INSERT INTO facts VALUES (?, 0, NULL, NULL, ?, ?, ?, ?)",
                                    (f"~org:{node}", node, rel, parent, _dumps(VOCABULARY)))  # fmt: skip
                    self.dirty_edges.add((node, rel, parent))
        self.db.execute("DELETE FROM node_labels WHERE id IN (SELECT value FROM json_each(?))",
                        (_dumps([n for n, _ in keep]),))  # fmt: skip
        self._insert_nodes(keep)

    def _drop_owner_links(self, node: str) -> None:
        owner = f"~org:{node}"
        self.dirty_edges.update(
            self.db.execute("SELECT src, type, dst FROM facts WHERE source = ?", (owner,))
        )
        self.db.execute("DELETE FROM facts WHERE source = ?", (owner,))

    def _write_edges(self) -> None:
        """Every dirty edge from its facts, read in one join: gone when none is left."""
        dirty, self.dirty_edges = self.dirty_edges, set()
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS dirty (src TEXT, type TEXT, dst TEXT)")
        self.db.execute("DELETE FROM dirty")
        self.db.executemany("INSERT INTO dirty VALUES (?, ?, ?)", dirty)
        found: dict[Triple, list[tuple[str, int, str]]] = {t: [] for t in dirty}
        for src, rel, dst, source, n, ev in self.db.execute(
            "SELECT d.src, d.type, d.dst, f.source, f.n, f.evidence FROM dirty d "
            "JOIN facts f ON f.src = d.src AND f.type = d.type AND f.dst = d.dst"
        ):
            found[(src, rel, dst)].append((source, n, ev))
        gone, rows = [], []
        for (src, rel, dst), facts in found.items():
            if not facts or src == dst:
                gone.append((src, rel, dst))
                continue
            attrs: dict[str, Any] = {"type": rel, "evidence": [json.loads(e) for _, _, e in sorted(facts)]}
            finish_edge(attrs)
            props = clean({"key": f"{src}|{rel}|{dst}", **{k: v for k, v in attrs.items() if k != "type"}})
            rows.append((src, rel, dst, _dumps(props)))
        self.db.executemany("DELETE FROM edges WHERE src = ? AND type = ? AND dst = ?", gone)
        self.db.executemany("INSERT OR REPLACE INTO edges VALUES (?, ?, ?, ?)", rows)
