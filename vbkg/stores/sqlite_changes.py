"""What one commit changed in an embedded store's graph: the diff another store replays.

The Neo4j store plans its writes with an embedded store (neo4j_plan.py). Temporary triggers
log every node and edge a commit inserts, replaces or deletes, with the row as it was before
the commit's first touch; after the commit's work, the log and the rows as they are now give
exactly what is new, changed and gone, without reading the unchanged graph.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from .rows import EdgeRow, NodeRow

# The first touch of a row in a commit logs the row as it was (NULL: it did not exist); later
# touches add nothing. Not by INSERT OR IGNORE: inside a trigger the outer statement's conflict
# clause wins, and the store's INSERT OR REPLACE would overwrite the first entry.
_TRIGGERS = """
CREATE TEMP TABLE IF NOT EXISTS changed_nodes (id TEXT PRIMARY KEY, labels TEXT, props TEXT);
CREATE TEMP TABLE IF NOT EXISTS changed_edges (
    src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, props TEXT, PRIMARY KEY (src, type, dst));
CREATE TEMP TRIGGER IF NOT EXISTS log_node_insert BEFORE INSERT ON main.nodes
WHEN NOT EXISTS (SELECT 1 FROM temp.changed_nodes WHERE id = NEW.id) BEGIN
    INSERT INTO changed_nodes SELECT NEW.id, (SELECT labels FROM main.nodes WHERE id = NEW.id),
        (SELECT props FROM main.nodes WHERE id = NEW.id);
END;
CREATE TEMP TRIGGER IF NOT EXISTS log_node_update BEFORE UPDATE ON main.nodes
WHEN NOT EXISTS (SELECT 1 FROM temp.changed_nodes WHERE id = OLD.id) BEGIN
    INSERT INTO changed_nodes VALUES (OLD.id, OLD.labels, OLD.props);
END;
CREATE TEMP TRIGGER IF NOT EXISTS log_node_delete BEFORE DELETE ON main.nodes
WHEN NOT EXISTS (SELECT 1 FROM temp.changed_nodes WHERE id = OLD.id) BEGIN
    INSERT INTO changed_nodes VALUES (OLD.id, OLD.labels, OLD.props);
END;
CREATE TEMP TRIGGER IF NOT EXISTS log_edge_insert BEFORE INSERT ON main.edges
WHEN NOT EXISTS (SELECT 1 FROM temp.changed_edges WHERE src = NEW.src AND type = NEW.type AND dst = NEW.dst)
BEGIN
    INSERT INTO changed_edges SELECT NEW.src, NEW.type, NEW.dst,
        (SELECT props FROM main.edges WHERE src = NEW.src AND type = NEW.type AND dst = NEW.dst);
END;
CREATE TEMP TRIGGER IF NOT EXISTS log_edge_update BEFORE UPDATE ON main.edges
WHEN NOT EXISTS (SELECT 1 FROM temp.changed_edges WHERE src = OLD.src AND type = OLD.type AND dst = OLD.dst)
BEGIN
    INSERT INTO changed_edges VALUES (OLD.src, OLD.type, OLD.dst, OLD.props);
END;
CREATE TEMP TRIGGER IF NOT EXISTS log_edge_delete BEFORE DELETE ON main.edges
WHEN NOT EXISTS (SELECT 1 FROM temp.changed_edges WHERE src = OLD.src AND type = OLD.type AND dst = OLD.dst)
BEGIN
    INSERT INTO changed_edges VALUES (OLD.src, OLD.type, OLD.dst, OLD.props);
END;
"""


@dataclass
class Changes:
    """A commit's diff of the graph. Nodes whose labels changed are in `gone_nodes` and in
    `new_nodes` (a store deletes and creates them), with all their edges in `new_edges`."""

    new_nodes: list[NodeRow] = field(default_factory=list)
    changed_nodes: list[NodeRow] = field(default_factory=list)
    gone_nodes: list[NodeRow] = field(default_factory=list)  # as they were
    new_edges: list[EdgeRow] = field(default_factory=list)
    changed_edges: list[EdgeRow] = field(default_factory=list)
    gone_edges: list[EdgeRow] = field(default_factory=list)  # as they were

    def __len__(self) -> int:
        return sum(len(x) for x in vars(self).values())


def _statements(script: str) -> tuple[str, ...]:
    """A script one statement at a time (executescript would commit the transaction)."""
    out, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current)
        if sqlite3.complete_statement(text):
            out.append(text)
            current = []
    return tuple(out)


_TRIGGER_STATEMENTS = _statements(_TRIGGERS)


def start(db: sqlite3.Connection) -> None:
    """Log the changes of the transaction under way (call inside it, before its writes)."""
    for statement in _TRIGGER_STATEMENTS:
        db.execute(statement)
    db.execute("DELETE FROM temp.changed_nodes")
    db.execute("DELETE FROM temp.changed_edges")


def collect(db: sqlite3.Connection) -> Changes:
    """The diff since `start`, read from the log and the rows as they are now."""
    out = Changes()
    relabelled: set[str] = set()
    for node_id, was_labels, was_props, labels, props in db.execute(
        "SELECT c.id, c.labels, c.props, n.labels, n.props FROM temp.changed_nodes c "
        "LEFT JOIN main.nodes n ON n.id = c.id ORDER BY c.id"
    ):
        was = NodeRow(node_id, tuple(json.loads(was_labels)), json.loads(was_props)) if was_labels else None
        now = NodeRow(node_id, tuple(json.loads(labels)), json.loads(props)) if labels else None
        if was is None and now is not None:
            out.new_nodes.append(now)
        elif was is not None and now is None:
            out.gone_nodes.append(was)
        elif was is not None and now is not None:
            if was.labels != now.labels:
                relabelled.add(node_id)
                out.gone_nodes.append(was)
                out.new_nodes.append(now)
            elif was.props != now.props:
                out.changed_nodes.append(now)
    logged: set[tuple[str, str, str]] = set()
    for src, rel, dst, was_props, props in db.execute(
        "SELECT c.src, c.type, c.dst, c.props, e.props FROM temp.changed_edges c "
        "LEFT JOIN main.edges e ON e.src = c.src AND e.type = c.type AND e.dst = c.dst "
        "ORDER BY c.src, c.type, c.dst"
    ):
        logged.add((src, rel, dst))
        gone_with_node = src in relabelled or dst in relabelled  # a deleted node takes its edges along
        if props is None:
            if was_props is not None and not gone_with_node:
                out.gone_edges.append(EdgeRow(src, rel, dst, json.loads(was_props)))
        elif was_props is None or gone_with_node:
            out.new_edges.append(EdgeRow(src, rel, dst, json.loads(props)))
        elif was_props != props:
            out.changed_edges.append(EdgeRow(src, rel, dst, json.loads(props)))
    if relabelled:  # the untouched edges of a relabelled node are created again with it
        ids = json.dumps(sorted(relabelled))
        for src, rel, dst, props in db.execute(
            "SELECT src, type, dst, props FROM main.edges WHERE src IN (SELECT value FROM json_each(?)) "
            "UNION SELECT src, type, dst, props FROM main.edges WHERE dst IN (SELECT value FROM json_each(?))",
            (ids, ids),
        ):
            if (src, rel, dst) not in logged:
                out.new_edges.append(EdgeRow(src, rel, dst, json.loads(props)))
    return out
