"""Does a Cypher statement write? A check that reads Cypher's tokens, not its raw text.

Comments and string literals are skipped, so `CONTAINS 'set'` is a read and `LOAD/**/CSV` is
a write. Neo4j also enforces read transactions; ArcadeDB ignores the access mode, so there
this check is the only guard. It is conservative: strings are read both with and without
backslash escapes (servers differ), and a write word found either way refuses the statement.
Procedure calls are refused except a few known reads: a procedure's name does not say
whether it writes.
"""

from __future__ import annotations

import re

WRITE_WORDS = frozenset({
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH", "LOAD", "ALTER",
    "GRANT", "DENY", "REVOKE", "RENAME", "START", "STOP", "TERMINATE", "PERIODIC", "TRANSACTIONS",
})  # fmt: skip
READ_PROCEDURES = re.compile(
    r"^(?:db\.(?:labels|relationshiptypes|propertykeys|schema\.\w+|indexes|constraints)|dbms\.components)$"
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def _tokens(text: str, escapes: bool) -> list[tuple[str, str, str]]:
    """(word, character before, next non-space character) for each bare word outside strings/comments."""
    out: list[tuple[str, str, str]] = []
    i, n, prev = 0, len(text), ""
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        elif c in "'\"`":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if escapes and text[j] == "\\" and c != "`" else 1
            i, prev = j + 1, c
        elif c.isalpha() or c == "_":
            m = _NAME.match(text, i)
            assert m is not None
            k = m.end()
            while k < n and text[k].isspace():
                k += 1
            out.append((m.group(), prev, text[k] if k < n else ""))
            i, prev = m.end(), "w"
        else:
            if not c.isspace():
                prev = c
            i += 1
    return out


def writes(cypher: str) -> str | None:
    """The first write keyword or procedure in `cypher`, or None for a read."""
    for escapes in (True, False):
        tokens = _tokens(cypher, escapes)
        for k, (name, before, after) in enumerate(tokens):
            if before in (".", ":", "$") or after == ":":  # property, label, parameter, map key
                continue
            words = name.split(".")
            head = words[0].upper()
            if head in WRITE_WORDS:
                return head
            if head == "CALL" and len(words) == 1 and k + 1 < len(tokens) and after != "{":
                proc = tokens[k + 1][0]
                if not READ_PROCEDURES.match(proc.lower()):
                    return f"CALL {proc}"
    return None
