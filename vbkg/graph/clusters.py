"""Every identity of every record to the one document it names (identity_key's rules).

- Mentions with the same complete key (type, number, issuer code, year, and the issuing
  body where the code is shared) are one document.
- A symbol printed without its type part (`80/2021/BTC` as "Thông tư số 80/2021/BTC") is the
  one document of the type its words name with that number, code and year, if there is one.
- A mention without a year or an issuing body joins the one document that fits it (not
  newer than the text citing it); when several fit it stays apart, and its cluster lists
  them as `candidates` so the graph shows the ambiguity instead of guessing.
- A loaded text without a number, or without a year no other document supplies, is only
  ever one document with itself (its text's fingerprint is part of its id): nine undated
  letters of one tax department are nine nodes.

Pure and order-independent: the clusters depend on the set of identities only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..extraction.identity_key import (
    UNTYPED,
    BaseKey,
    DocKey,
    fits,
    key_id,
    key_of,
    readable_id,
    text_fingerprint,
    text_suffix,
    type_key,
)

Record = Mapping[str, Any]
Identity = Mapping[str, Any]


@dataclass(frozen=True)
class Item:
    """An identity as a record gives it: its own document (with the record) or a mention."""

    identity: Identity
    loaded: Record | None = None
    year_bound: int | None = None  # the citing document's year: what it cites is not newer


@dataclass(eq=False)
class Cluster:
    """Every mention of one document, from every record."""

    base_id: str
    key: DocKey | None
    by_text: bool = False  # known by its own text only: the text's hash ends its id
    members: list[Identity] = field(default_factory=list)
    loaded: list[Record] = field(default_factory=list)
    candidates: list[Cluster] = field(default_factory=list)

    @property
    def node_id(self) -> str:
        if self.by_text and self.loaded:
            return f"{self.base_id}-{min(text_suffix(r) for r in self.loaded)}"
        return self.base_id


class Clusters:
    """Assigns every item to a cluster, independent of the order items arrive in."""

    def __init__(self, items: Iterable[Item]) -> None:
        items = list(items)
        # key_of per identity object (asked several times); identities live as long as their records
        self._keys: dict[int, DocKey] = {}
        self._complete: dict[BaseKey, dict[DocKey, Cluster]] = {}
        self._partial: dict[DocKey, Cluster] = {}
        self._loaded_partial: dict[DocKey, dict[str, Cluster]] = {}
        self._texts: dict[str, Cluster] = {}
        for it in items:
            if it.identity.get("number"):
                key = self._key(it.identity)
                by_key = self._complete.setdefault(key.base, {})
                if key.complete and key not in by_key:
                    by_key[key] = Cluster(key_id(key), key)
        for it in items:  # loaded texts with an incomplete key, before the mentions that may join them
            if it.loaded is not None and it.identity.get("number") and not self._key(it.identity).complete:
                key = self._key(it.identity)
                if self._typed(key, it.identity.get("type_code")) is None and len(self._fits(key, None)) != 1:
                    fp = text_fingerprint(it.loaded)
                    self._loaded_partial.setdefault(key, {}).setdefault(
                        fp, Cluster(key_id(key), key, by_text=True)
                    )
        for it in items:
            cluster = self.find(it)
            cluster.members.append(it.identity)
            if it.loaded is not None:
                cluster.loaded.append(it.loaded)

    def _key(self, ident: Identity) -> DocKey:
        key = self._keys.get(id(ident))
        if key is None:
            key = self._keys[id(ident)] = key_of(ident)
        return key

    def _fits(self, key: DocKey, bound: int | None) -> list[Cluster]:
        return [c for k, c in self._complete.get(key.base, {}).items() if fits(key, k, bound)]

    def _typed(self, key: DocKey, type_code: str | None) -> Cluster | None:
        """The one document with the type the words name, for a symbol printed without one."""
        if key.base.type != UNTYPED or not type_code:
            return None
        as_typed = DocKey(BaseKey(type_key(type_code), key.base.number, key.base.code), key.year, key.scope)
        found = [c for k, c in self._complete.get(as_typed.base, {}).items() if fits(as_typed, k)]
        return found[0] if len(found) == 1 else None

    def find(self, it: Item) -> Cluster:
        ident = it.identity
        if not ident.get("number"):
            if it.loaded is None:
                return self._texts.setdefault(str(ident["id"]), Cluster(str(ident["id"]), None))
            text = f"{readable_id(it.loaded)}#{text_fingerprint(it.loaded)}"
            return self._texts.setdefault(text, Cluster(readable_id(it.loaded), None, by_text=True))
        key = self._key(ident)
        typed = self._typed(key, ident.get("type_code"))
        if typed is not None:
            return typed
        if key.complete:
            return self._complete[key.base][key]
        found = self._fits(key, None if it.loaded is not None else it.year_bound)
        if it.loaded is not None:
            if len(found) == 1:
                return found[0]
            return self._loaded_partial[key][text_fingerprint(it.loaded)]
        found += list(self._loaded_partial.get(key, {}).values())
        if len(found) == 1:
            return found[0]
        stub = self._partial.setdefault(key, Cluster(key_id(key), key))
        for c in found:
            if c not in stub.candidates:
                stub.candidates.append(c)
        return stub

    def all(self) -> list[Cluster]:
        out = [c for by_key in self._complete.values() for c in by_key.values()]
        out += list(self._partial.values())
        out += [c for by_fp in self._loaded_partial.values() for c in by_fp.values()]
        out += list(self._texts.values())
        return [c for c in out if c.members]


def unique_ids(clusters: list[Cluster]) -> dict[int, str]:
    """cluster -> node id; two keys that slug alike keep apart by a suffix from their own key."""
    seen: dict[str, int] = {}
    for c in clusters:
        seen[c.node_id] = seen.get(c.node_id, 0) + 1
    out: dict[int, str] = {}
    for c in clusters:
        node_id = c.node_id
        if seen[node_id] > 1:
            node_id += "-" + hashlib.sha256(repr(c.key).encode("utf-8")).hexdigest()[:6]
        out[id(c)] = node_id
    return out
