"""Neo4j URIs: checked, and stripped of credentials before any message is built."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .interface import StoreError

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_SECRET_KEYS = frozenset({"password", "pass", "pwd", "user", "username", "auth", "token"})


@dataclass(frozen=True)
class ParsedUri:
    uri: str  # without user, password or secret query parameters: safe to print
    user: str | None = None
    password: str | None = field(default=None, repr=False)


def parse(uri: str) -> ParsedUri:
    """Split `bolt://user:pw@host:port?password=…` into a printable URI and credentials."""
    try:
        parts = urlsplit(uri.strip())
        port = parts.port  # a port that is not a number raises here
        host = parts.hostname
    except ValueError:
        raise StoreError(
            f"{redact(uri)!r} is not a Neo4j URI; use bolt://HOST:7687 or neo4j://HOST"
        ) from None
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        raise StoreError(
            f"{redact(uri)} is an HTTP address; use bolt:// or neo4j:// (Bolt port, usually 7687)"
        )
    if scheme not in SCHEMES or not host:
        raise StoreError(f"{redact(uri)!r} is not a Neo4j URI; use bolt://HOST:7687 or neo4j://HOST")
    query = parse_qsl(parts.query, keep_blank_values=True)
    secrets = {k.lower(): v for k, v in query if k.lower() in _SECRET_KEYS}
    kept = [(k, v) for k, v in query if k.lower() not in _SECRET_KEYS]
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc += f":{port}"
    clean = urlunsplit((scheme, netloc, parts.path, urlencode(kept), ""))
    user = parts.username or secrets.get("user") or secrets.get("username")
    password = parts.password or secrets.get("password") or secrets.get("pass") or secrets.get("pwd")
    return ParsedUri(clean, user, password)


def redact(text: str) -> str:
    """A URI as it may be printed: no user info, no query string."""
    try:
        parts = urlsplit(text.strip())
        netloc = parts.netloc.rsplit("@", 1)[-1]
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:
        return "the given URI"
