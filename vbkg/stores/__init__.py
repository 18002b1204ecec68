"""Stores: the embedded SQLite store (default) and Neo4j, chosen by name or configuration."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .interface import LoadSummary, Store, StoreError, Upsert
from .rows import EdgeRow, NodeRow

DEFAULT_STORE = "vbkg.db"


@dataclass(frozen=True)
class Neo4jConfig:
    uri: str
    user: str | None
    password: str | None
    database: str | None

    @classmethod
    def from_env(cls, uri: str | None = None) -> Neo4jConfig | None:
        """`--neo4j URI` or NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)."""
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            return None
        return cls(uri, os.environ.get("NEO4J_USERNAME"), os.environ.get("NEO4J_PASSWORD"),
                   os.environ.get("NEO4J_DATABASE"))  # fmt: skip


def open_embedded(path: str | None = None) -> Store:
    from .sqlite import SQLiteStore

    return SQLiteStore(path or os.environ.get("VBKG_STORE") or DEFAULT_STORE)


def open_neo4j(config: Neo4jConfig) -> Store:
    from .neo4j import Neo4jStore

    return Neo4jStore(config.uri, config.user, config.password, config.database)


def open_store(path: str | None = None, neo4j_uri: str | None = None) -> Store:
    """Neo4j when one is configured, else the embedded store at `path` (VBKG_STORE, ./vbkg.db)."""
    config = Neo4jConfig.from_env(neo4j_uri)
    return open_neo4j(config) if config else open_embedded(path)


__all__ = ["DEFAULT_STORE", "EdgeRow", "LoadSummary", "Neo4jConfig", "NodeRow", "Store", "StoreError", "Upsert",
           "open_embedded", "open_neo4j", "open_store"]  # fmt: skip
