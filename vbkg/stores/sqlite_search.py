"""`vbkg search`'s ranking (queries.search) computed by the embedded store's indexes.

A query's words each score a document: a number its own number 3 and a word of its text 1;
a word whole 2 and inside a word 1 (three letters or more); a short word whole 2. A document
missing one word is not found. The best come first, then loaded documents, then by id.

Every condition is one of a few indexed sets (FTS5 word index `search_words`, trigram index
`search_docs`, number index `doc_refs`); the smallest set drives, the others are checked
document by document. Three plans, each giving exactly the order above:

1. The best tier, few: the documents where every word scores the most it scores anywhere
   (whole, a number as their own; inside a word where no document has it whole, a word of
   the text where no document has the number as its own). When at least `limit` documents
   are there, no other can rank among the first `limit`, and these are sorted.
2. The best tier, many (a word of most documents: "ubnd"): documents are walked in rank
   order (the index nodes_rank) and checked until `limit` are found, so a common word
   costs a few rows instead of sorting most of the archive.
3. Otherwise every candidate is scored and sorted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ..extraction.identity_key import number_key
from .sqlite_facts import LOADED

# A set larger than this is never read whole to be sorted (plan 1); counting stops there.
FEW = 2000
# Plan 2 walks at most this many times the rows it expects to need (limit over the best
# tier's share of documents): the tier's documents may lie late in rank order.
WALK_MARGIN = 8
# Plan 3 counts each set to this many rows to choose the one that drives.
SCORED_COUNT = 20_000

_RANK = f"{LOADED} DESC, n.id"
_PAGE = 500  # ids per walked page (SQLite's host parameters allow 999 at least)
_NUMBERED = "json_extract(n.props, '$.number') IS NOT NULL"


@dataclass(frozen=True)
class _Set:
    """One condition on a document: the SQL of its doc_nodes rowids (`rows`), to drive a
    query, and a check of one document (`check`, over n: nodes, d: doc_nodes and the
    document's text in sw: search_words and sd: search_docs). A check reads one row by its
    key; a second FTS5 query per document would cost ten times as much."""

    rows: str
    rows_args: tuple[str, ...]
    check: str
    check_args: tuple[str, ...]
    reads: str = ""  # the texts its check reads: "sw", "sd" or neither


def _words(words: Sequence[str]) -> _Set:
    """Every word whole: a word of the word index (words are [a-z0-9]+, space-separated)."""
    return _Set(
        "SELECT rowid FROM search_words WHERE search_words MATCH ?",
        (" AND ".join(f'"{w}"' for w in words),),
        " AND ".join(["instr(' ' || sw.words || ' ', ?) > 0"] * len(words)),
        tuple(f" {w} " for w in words),
        "sw",
    )


def _inside(words: Sequence[str]) -> _Set:
    """Every word somewhere in the text, inside a word too (the trigram index)."""
    return _Set(
        "SELECT rowid FROM search_docs WHERE search_docs MATCH ?",
        (" AND ".join(f'"{w}"' for w in words),),
        " AND ".join(["instr(sd.hay, ?) > 0"] * len(words)),
        tuple(words),
        "sd",
    )


def _own(number: str) -> _Set:
    """A document's own number (doc_refs holds its key; a node without a number has key '')."""
    key = (number_key(number),)
    return _Set(
        "SELECT d.rid FROM doc_refs r JOIN doc_nodes d ON d.node = r.node JOIN nodes n ON n.id = r.node "
        f"WHERE r.number = ? AND {_NUMBERED}",
        key,
        f"(EXISTS (SELECT 1 FROM doc_refs r WHERE r.node = n.id AND r.number = ?) AND {_NUMBERED})",
        key,
    )


def _either(a: _Set, b: _Set) -> _Set:
    return _Set(f"{a.rows} UNION {b.rows}", a.rows_args + b.rows_args, f"({a.check} OR {b.check})",
                a.check_args + b.check_args, a.reads + b.reads)  # fmt: skip


def _size(db: sqlite3.Connection, s: _Set, most: int) -> int:
    """How many rows the set has, counted to `most` + 1 at most."""
    (n,) = db.execute(f"SELECT count(*) FROM ({s.rows} LIMIT ?)", [*s.rows_args, most + 1]).fetchone()
    return int(n)


def _joined(texts: str) -> str:
    """nodes n joined to its doc_nodes d, and to the texts named in `texts` ("sw", "sd")."""
    return ("JOIN doc_nodes d ON d.node = n.id"
            + (" JOIN search_words sw ON sw.rowid = d.rid" if "sw" in texts else "")
            + (" JOIN search_docs sd ON sd.rowid = d.rid" if "sd" in texts else ""))  # fmt: skip


def _driven(sets: list[tuple[int, _Set]], reads: str = "") -> tuple[str, list[str]]:
    """FROM and WHERE: the smallest set drives, the others are checks (`reads`: the texts
    the rest of the query reads)."""
    (_, lead), *rest = sorted(sets, key=lambda x: x[0])
    checks = [s for _, s in rest]
    sql = (
        f"FROM nodes n {_joined(reads + ''.join(s.reads for s in checks))} WHERE d.rid IN ({lead.rows})"
        + "".join(f" AND {s.check}" for s in checks)
    )
    return sql, [*lead.rows_args, *(a for s in checks for a in s.check_args)]


def ranked(db: sqlite3.Connection, tokens: Sequence[str], limit: int) -> list[tuple[int, str]]:
    """The `limit` best (score, node id) for the query words `tokens` (queries.query_tokens)."""
    return _best_tier(db, tokens, limit) or _scored(db, tokens, limit)


def _exists(db: sqlite3.Connection, s: _Set) -> bool:
    return _size(db, s, 0) > 0


def _best_tier(db: sqlite3.Connection, tokens: Sequence[str], limit: int) -> list[tuple[int, str]] | None:
    """Plans 1 and 2: the documents where every word scores the most any document gives it,
    when at least `limit` are found, else None. A word's best is what it scores at best in
    some document: a number nobody has as their own scores 1 at best ("2021" in titles)."""
    best = 0
    sets: list[_Set] = []
    whole: list[str] = []
    inside: list[str] = []
    for q in tokens:
        if q.isdigit() and _exists(db, own := _own(q)):
            best, sets = best + 3, [*sets, own]
        elif q.isdigit() or _exists(db, _words([q])):
            best, whole = best + (1 if q.isdigit() else 2), [*whole, q]
        elif len(q) > 2:
            best, inside = best + 1, [*inside, q]
        else:  # a short word no document has: nothing is found
            return None
    sets += ([_words(whole)] if whole else []) + ([_inside(inside)] if inside else [])
    sized = [(_size(db, s, FEW), s) for s in sets]
    smallest = min(n for n, _ in sized)
    if smallest < limit:  # fewer than `limit` can score best
        return None
    if smallest <= FEW:  # plan 1
        sql, args = _driven(sized)
        rows = [i for (i,) in db.execute(f"SELECT n.id {sql} ORDER BY {_RANK} LIMIT ?", [*args, limit])]
    elif not _has_rank_index(db):  # a store of an older vbkg, opened read-only
        return None
    else:  # plan 2: every set is large, so the tier's share of documents is at least FEW / all
        (documents,) = db.execute("SELECT count(*) FROM doc_nodes").fetchone()
        rows = _walk(db, sets, limit, WALK_MARGIN * limit * documents // FEW + limit)
    return [(best, node) for node in rows] if len(rows) == limit else None


def _walk(db: sqlite3.Connection, sets: Sequence[_Set], limit: int, most: int) -> list[str]:
    """The first `limit` documents in rank order that pass every check, walking `most` at most:
    a page of ids from the index nodes_rank (loaded documents first, then by id), then the
    ids of the page that pass."""
    checks = " AND ".join(s.check for s in sets)
    args = [a for s in sets for a in s.check_args]
    found: list[str] = []
    walked, page = 0, 2 * limit
    for loaded in (1, 0):
        last = ""
        while len(found) < limit and walked < most:
            ids = [i for (i,) in db.execute(
                f"SELECT id FROM nodes INDEXED BY nodes_rank WHERE {LOADED} = ? AND id > ? ORDER BY id LIMIT ?",
                (loaded, last, min(page, most - walked)))]  # fmt: skip
            if not ids:
                break
            passed = {i for (i,) in db.execute(
                f"SELECT n.id FROM nodes n {_joined(''.join(s.reads for s in sets))} WHERE n.id IN ({','.join('?' * len(ids))}) AND {checks}",
                [*ids, *args])}  # fmt: skip
            found += [i for i in ids if i in passed]
            walked, last, page = walked + len(ids), ids[-1], min(2 * page, _PAGE)
    return found[:limit]


def _has_rank_index(db: sqlite3.Connection) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'nodes_rank'").fetchone()
        is not None
    )


def _scored(db: sqlite3.Connection, tokens: Sequence[str], limit: int) -> list[tuple[int, str]]:
    """Plan 3: every document holding every word, scored and sorted."""
    inside = [q for q in tokens if not q.isdigit() and len(q) > 2]
    short = [q for q in tokens if not q.isdigit() and len(q) <= 2]
    sets = ([_inside(inside)] if inside else []) + ([_words(short)] if short else [])
    sets += [_either(_own(q), _words([q])) for q in tokens if q.isdigit()]
    scores, args = [], []
    for q in tokens:
        if q.isdigit():  # its own number 3, a word of the text 1
            own, word = _own(q), _words([q])
            scores.append(f"CASE WHEN {own.check} THEN 3 WHEN {word.check} THEN 1 ELSE 0 END")
            args += [*own.check_args, *word.check_args]
        elif len(q) > 2:  # whole 2, inside a word 1
            word = _words([q])
            scores.append(f"CASE WHEN {word.check} THEN 2 ELSE 1 END")
            args += word.check_args
        else:  # a short word counts only whole
            scores.append("2")
    sql, where_args = _driven([(_size(db, s, SCORED_COUNT), s) for s in sets], "sw")
    rows = db.execute(f"SELECT {' + '.join(scores)} AS score, n.id {sql} ORDER BY score DESC, {_RANK} LIMIT ?",
                      [*args, *where_args, limit])  # fmt: skip
    return [(int(score), node) for score, node in rows]
