"""Stores: the embedded SQLite store (default) and Neo4j, chosen by name or configuration."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .interface import LoadSummary, Store, StoreError, Upsert
from .neo4j_uri import parse as parse_uri
from .rows import EdgeRow, NodeRow

DEFAULT_STORE = "vbkg.db"


@dataclass(frozen=True)
class Neo4jConfig:
    uri: str  # never holds credentials: they are taken out into user and password
    user: str | None
    password: str | None = field(repr=False)
    database: str | None

    @classmethod
    def from_env(cls, uri: str | None = None) -> Neo4jConfig | None:
        """`--neo4j URI` or NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).

        Credentials written into the URI (`bolt://user:pw@host`, `?password=`) are used and
        removed from it; a URI that is not Bolt raises StoreError.
        """
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            return None
        parsed = parse_uri(uri)
        return cls(parsed.uri, parsed.user or os.environ.get("NEO4J_USERNAME"),
                   parsed.password or os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE"))  # fmt: skip


def open_embedded(path: str | None = None, create: bool = True) -> Store:
    """The embedded store; a missing file is made only when `create` (loads), else StoreError."""
    from .sqlite import SQLiteStore

    return SQLiteStore(path or os.environ.get("VBKG_STORE") or DEFAULT_STORE, create=create)


def open_neo4j(config: Neo4jConfig) -> Store:
    from .neo4j import Neo4jStore

    return Neo4jStore(config.uri, config.user, config.password, config.database)


def open_store(path: str | None = None, neo4j_uri: str | None = None, create: bool = False) -> Store:
    """Neo4j when one is configured, else the embedded store at `path` (VBKG_STORE, ./vbkg.db)."""
    config = Neo4jConfig.from_env(neo4j_uri)
    return open_neo4j(config) if config else open_embedded(path, create=create)


__all__ = ["DEFAULT_STORE", "EdgeRow", "LoadSummary", "Neo4jConfig", "NodeRow", "Store", "StoreError", "Upsert",
           "open_embedded", "open_neo4j", "open_store"]  # fmt: skip
