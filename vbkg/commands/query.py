"""`vbkg trace`, `chain`, `show`, `docs`, `orgs`, `hierarchy`, `search`, `cypher`, `sparql`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import click

from ..queries import QueryError, resolve_ref
from ..queries.card import card
from ..queries.evidence import mention_length, window_text
from ..queries.listing import documents, hierarchy, organizations, reporting_cycles
from ..queries.search import search
from ..queries.top import top
from ..queries.trace import chain, iter_trace, other_relations, parse_rels, trace
from ..stores import Store
from .common import FORMAT, TIMEOUT, emit, opened, store_options, time_limit
from .tables import Col, table

REL = click.option(
    "--rel", "rel", default="IMPLEMENTS", show_default=True, metavar="REL[,REL]|all",
    help="Relations to follow: IMPLEMENTS, BASED_ON, CITES, AMENDS, REPLACES, a comma list, or all.",
)  # fmt: skip


def _rels(value: str) -> tuple[str, ...]:
    try:
        return parse_rels(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--rel") from exc


def _empty(store: Store, node_id: str, rels: tuple[str, ...], incoming: bool, what: str) -> str:
    """Why an answer is empty: say what the relation filter left out, if anything."""
    others = other_relations(store, node_id, rels, incoming)
    if not others:
        return what
    ranked = sorted(others.items(), key=lambda x: -x[1])
    listed = ", ".join(f"{n} {t}" for t, n in ranked)
    way = "incoming" if incoming else "outgoing"
    return (f"{what} (following {', '.join(rels)} only); it has {listed} {way}: "
            f"try --rel {ranked[0][0]} or --rel all")  # fmt: skip


def _doc(store: Store, ref: str) -> Any:
    try:
        return resolve_ref(store, ref)
    except QueryError as exc:
        _fail(exc)


def _short(text: str, width: int = 32) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# Incoming relations of each type `vbkg show` prints for people (a directive every district
# implements has 19,000 at 100k plans); the rest are counted, and `trace` lists them.
SHOWN_INCOMING = 20
# Candidates an ambiguous REF lists: "1/KH-UBND" in an archive of every district's plans
# names a thousand documents, and a screenful of them helps nobody choose.
SHOWN_CANDIDATES = 20


def _fail(exc: QueryError) -> None:
    lines = [str(exc)]
    for c in exc.candidates[:SHOWN_CANDIDATES]:
        lines.append(f"  {c.get('id')}  {c.get('symbol') or c.get('name') or ''}  {c.get('year') or ''}  "
                     f"{c.get('issuer') or ''}")  # fmt: skip
    if len(exc.candidates) > SHOWN_CANDIDATES:
        more = len(exc.candidates) - SHOWN_CANDIDATES
        lines.append(f'  … and {more:,} more: add the year to REF ("1/KH-UBND 2024") or search by issuer')
    if exc.candidates:
        lines.append("pass one of these ids as REF")
    raise click.ClickException("\n".join(lines))


def _stream_json(head: dict[str, Any], key: str, rows: Iterator[dict[str, Any]]) -> None:
    """json.dumps({**head, key: list(rows)}, indent=2), written a row at a time."""
    text = json.dumps(head, ensure_ascii=False, indent=2)
    click.echo(f"{text[:-2]},\n  {json.dumps(key)}: [", nl=False)
    sep = "\n"
    for row in rows:
        item = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        click.echo(f"{sep}    {item}", nl=False)
        sep = ",\n"
    click.echo("]\n}" if sep == "\n" else "\n  ]\n}")


@click.command("trace")
@click.argument("ref")
@click.option("--depth", type=click.IntRange(1, 20), help="Follow intermediate documents this many levels.")
@click.option(
    "--head-only", is_flag=True, help="Only implementations stated in a title or opening paragraph."
)
@REL
@FORMAT
@store_options
def trace_cmd(ref: str, depth: int | None, head_only: bool, rel: str, fmt: str, store_path: str | None,
              neo4j_uri: str | None) -> None:  # fmt: skip
    """Which documents implement REF (or cite it, are based on it: --rel): direct, in the body,
    and through intermediate documents.

    Each one comes with its path and the sentence that says so, cut around the mention. REF is
    "01-KL/TW", "Kết luận 01", "KL 01/2021", "ket luan so 01" or a node id.

    \b
    Example:
      vbkg trace "Kết luận 01"
      vbkg trace "Luật 72/2025/QH15" --rel BASED_ON
      vbkg trace 01-KL/TW --head-only --format json
    """
    rels = _rels(rel)
    if fmt == "json":  # streamed row by row as the walk makes them, the same text as one json.dumps
        with opened(store_path, neo4j_uri) as store:
            target = _doc(store, ref)
            head = {"target": target.id, "symbol": target.props.get("symbol"), "relations": list(rels)}
            _stream_json(head, "implementers", iter_trace(store, target.id, depth, head_only, rels))
        return
    with opened(store_path, neo4j_uri) as store:
        target = _doc(store, ref)
        rows = trace(store, target.id, depth, head_only, rels)
        empty = _empty(store, target.id, rels, True, "no document points at it") if not rows else ""
    for r in rows:
        r["via_ids"] = " ".join(r["path"][1:-1])
        r["via"] = " → ".join(r["via"])
        r["label"] = r.get("symbol") or _short(r.get("title") or r["id"])
    name = target.props.get("symbol") or target.id
    if fmt == "csv":
        emit(rows, fmt, ["id", "symbol", "type", "date", "issuer", "title", "level", "depth", "rel", "via", "via_ids",
                         "evidence", "stated_in"])  # fmt: skip
        return
    cols = [Col("level"), Col("depth", drop=3)]
    if len(rels) > 1:
        cols.append(Col("rel", drop=2))
    cols += [Col("label"), Col("date", drop=4), Col("issuer", text=True, drop=5), Col("via", text=True, drop=6),
             Col("evidence", text=True, drop=1, fit=lambda r, room: window_text(r["evidence"], r["evidence_about"],
                                                                                 r.get("mention_length"), room))]  # fmt: skip
    if not rows:
        click.echo(f"{name}: {empty}")
        return
    what = "Implementers" if rels == ("IMPLEMENTS",) else f"Documents ({', '.join(rels)})"
    table(rows, fmt, cols, title=f"{what} of {name}: {len({r['id'] for r in rows})}")


@click.command("chain")
@click.argument("ref")
@click.option(
    "--head-only", is_flag=True, help="Only implementations stated in a title or opening paragraph."
)
@REL
@FORMAT
@store_options
def chain_cmd(ref: str, head_only: bool, rel: str, fmt: str, store_path: str | None,
              neo4j_uri: str | None) -> None:  # fmt: skip
    """Upward from REF: what it implements (or is based on, cites: --rel), and so on to the top.

    \b
    Example:
      vbkg chain 44-KH/TU
      vbkg chain 209/2013/NĐ-CP --rel BASED_ON
      vbkg chain kh-ldld-tinh-lai-chau-2021-11-23-thuc-hien-ket-luan-so-01 --format json
    """
    rels = _rels(rel)
    with opened(store_path, neo4j_uri) as store:
        start = _doc(store, ref)
        rows = chain(store, start.id, head_only, rels)
        empty = _empty(store, start.id, rels, False, "points at nothing known") if not rows else ""
    if fmt == "json":
        click.echo(json.dumps({"start": start.id, "relations": list(rels), "chains": rows}, ensure_ascii=False,
                              indent=2))  # fmt: skip
        return
    if fmt == "csv":
        emit([{"chain": " → ".join(r["labels"]), "ids": " ".join(r["path"]), "length": len(r["path"]) - 1,
               "relations": " ".join(st["rel"] for st in r["steps"])}
              for r in rows], fmt, ["chain", "ids", "length", "relations"])  # fmt: skip
        return
    if not rows:
        click.echo(f"{start.props.get('symbol') or start.id}: {empty}")
    for r in rows:
        if len(rels) == 1:
            click.echo(" → ".join(r["labels"]))
        else:
            parts = [r["labels"][0]]
            for st, lab in zip(r["steps"], r["labels"][1:], strict=True):
                parts.append(f"-{st['rel']}→ {lab}")
            click.echo(" ".join(parts))


@click.command("show")
@click.argument("ref")
@FORMAT
@store_options
def show_cmd(ref: str, fmt: str, store_path: str | None, neo4j_uri: str | None) -> None:
    """The document card: identity, issuer, signer, every relation with its evidence, warnings.

    \b
    Example:
      vbkg show 01-KL/TW
    """
    with opened(store_path, neo4j_uri) as store:
        # for people, a page of each incoming relation; json and csv are whole, for programs
        c = card(store, _doc(store, ref), incoming_limit=None if fmt in ("json", "csv") else SHOWN_INCOMING)
    if fmt == "json":
        click.echo(json.dumps(c, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":  # one row per relation and evidence sentence, whole, with ids
        emit([{"document": c["id"], "direction": d, "type": r["type"], "id": r["id"], "label": r["label"],
               "sections": r["sections"], "section": e.get("section"), "evidence": e.get("sentence"),
               "source": e.get("source"), "start": e.get("start"), "end": e.get("end")}
              for d in ("outgoing", "incoming") for r in c[d] for e in (r["evidence"] or [{}])],
             fmt, ["document", "direction", "type", "id", "label", "sections", "section", "evidence", "source",
                   "start", "end"])  # fmt: skip
        return
    width = _width()
    click.echo(f"{c.get('type')} {c.get('symbol') or '(no number)'}  [{c['id']}]")
    for key in ("title", "issuer", "date", "year", "place", "loaded"):
        if c.get(key) is not None:
            click.echo(_wrap(f"{key}: {c[key]}", 2, width))
    if c.get("signer"):
        click.echo(_wrap(f"signer: {c['signer']['name']} ({c['signer']['position']})", 2, width))
    left = c.get("incoming_left") or {}
    for direction in ("outgoing", "incoming"):
        rows = c[direction]
        for i, r in enumerate(rows):
            arrow = "→" if direction == "outgoing" else "←"
            click.echo(
                _wrap(f"{arrow} {r['type']} {r['label']}  ({', '.join(r['sections']) or '-'})", 2, width)
            )
            about = c if direction == "incoming" else r["target"]
            for ev in r["evidence"][:3]:
                if ev.get("sentence"):
                    text = window_text(ev["sentence"], about, mention_length(ev), 3 * (width - 8))
                    click.echo(_wrap(f"“{text}” [{ev.get('source')}]", 6, width))
            # after the last row of a relation cut to a page, how many more there are
            rel, last_of_its_type = r["type"], i + 1 == len(rows) or rows[i + 1]["type"] != r["type"]
            if direction == "incoming" and last_of_its_type and left.get(rel):
                click.echo(
                    _wrap(f"… and {left[rel]:,} more ← {rel}: vbkg trace {c['id']} --rel {rel}", 2, width)
                )
    for w in c["warnings"]:
        click.echo(_wrap(f"warning {w['kind']}: {w['message']}", 2, width))


def _wrap(text: str, indent: int, width: int) -> str:
    import textwrap

    return textwrap.fill(
        text, width=max(40, width), initial_indent=" " * indent, subsequent_indent=" " * (indent + 2)
    )


def _width() -> int:
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


@click.command("top")
@click.option(
    "--rel",
    "rel",
    default="cited",
    show_default=True,
    metavar="REL[,REL]|cited",
    help="Count CITES, BASED_ON, IMPLEMENTS, AMENDS or REPLACES (comma list); 'cited' counts them all.",
)
@click.option("--class", "doc_class", help="Only documents of this class or type code (Law, NĐ, Plan...).")
@click.option("--issuer", help="Only documents whose issuer's name holds this, accents optional.")
@click.option("--year", type=int, help="Only documents of this year.")
@click.option("--limit", type=int, default=20, show_default=True)
@FORMAT
@store_options
def top_cmd(rel: str, doc_class: str | None, issuer: str | None, year: int | None, limit: int, fmt: str,
            store_path: str | None, neo4j_uri: str | None) -> None:  # fmt: skip
    """The most cited, implemented or based-on documents: how many documents point at each.

    \b
    Example:
      vbkg top                          # cited in any way (Căn cứ, thực hiện, dẫn chiếu...)
      vbkg top --rel IMPLEMENTS --class Resolution
      vbkg top --rel BASED_ON --year 2025 --format csv
    """
    rels = _rels("all" if rel.strip().lower() == "cited" else rel)
    with opened(store_path, neo4j_uri) as store:
        rows = top(store, rels, doc_class, issuer, year, limit)
    for r in rows:
        r["label"] = r.get("symbol") or _short(r.get("title") or r["id"])
        r["relations"] = ", ".join(
            f"{n} {t}" for t, n in sorted(r["by_relation"].items(), key=lambda x: -x[1])
        )
    if fmt == "csv":
        emit(
            rows,
            fmt,
            ["rank", "count", "id", "symbol", "type", "date", "year", "issuer", "title", "relations"],
        )
        return
    cols = [Col("rank"), Col("count"), Col("label"), Col("type", drop=3), Col("date", drop=4),
            Col("relations", text=True, drop=2), Col("title", text=True, drop=1)]  # fmt: skip
    what = "cited in any way" if len(rels) > 1 else {"IMPLEMENTS": "implemented", "BASED_ON": "based on",
                                                     "CITES": "cited (dẫn chiếu)", "AMENDS": "amended",
                                                     "REPLACES": "replaced"}.get(rels[0], rels[0])  # fmt: skip
    if not rows:
        click.echo(f"no document is {what} here")
        return
    table(rows, fmt, cols, title=f"Most {what}")


@click.command("docs")
@click.option("--class", "doc_class", help="Resolution, Conclusion, Plan, ... or a type code (KH, NQ).")
@click.option("--issuer", help="Part of the issuer's name, accents optional.")
@click.option("--year", type=int)
@click.option("--loaded/--not-loaded", default=None, help="Only documents whose text was (not) loaded.")
@FORMAT
@store_options
def docs_cmd(doc_class: str | None, issuer: str | None, year: int | None, loaded: bool | None, fmt: str,
             store_path: str | None, neo4j_uri: str | None) -> None:  # fmt: skip
    """List documents, filtered by class, issuer, year, loaded or not.

    \b
    Example:
      vbkg docs --class Plan --issuer "Long Bien"
      vbkg docs --year 2021 --not-loaded --format csv
    """
    with opened(store_path, neo4j_uri) as store:
        rows = documents(store, doc_class, issuer, year, loaded)
    table(rows, fmt, [Col("id"), Col("type", drop=3), Col("symbol"), Col("date", drop=2),
                      Col("issuer", text=True, drop=4), Col("loaded", drop=5), Col("title", text=True, drop=1)])  # fmt: skip


@click.command("orgs")
@click.option("--kind", help="party, state, union, mass or office (a post held by a person).")
@FORMAT
@store_options
def orgs_cmd(kind: str | None, fmt: str, store_path: str | None, neo4j_uri: str | None) -> None:
    """List organizations, the documents they issued, and whom they report to.

    \b
    Example:
      vbkg orgs --kind union
    """
    with opened(store_path, neo4j_uri) as store:
        rows = organizations(store, kind)
    table(rows, fmt, [Col("name", text=True), Col("kind", drop=3), Col("level", drop=4), Col("province", drop=2),
                      Col("documents_issued", drop=5), Col("reports_to", text=True, drop=1), Col("id", drop=6)])  # fmt: skip


def _tree_rows(
    trees: list[dict[str, Any]], parent: str | None = None, depth: int = 0
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for t in trees:
        rows.append({"body": t["name"], "part_of": parent, "depth": depth, "kind": t["kind"], "level": t["level"],
                     "reports_to": "; ".join(t["reports_to"])})  # fmt: skip
        rows.extend(_tree_rows(t["children"], t["name"], depth + 1))
    return rows


def _tree_lines(node: dict[str, Any], depth: int = 0) -> list[str]:
    pad = "  " * depth + ("└─ " if depth else "")
    lines = [f"{pad}{node['name']}"]
    lines.extend(f"{'  ' * (depth + 1)}  ⇢ reports to {to}" for to in node["reports_to"])
    for kid in node["children"]:
        lines.extend(_tree_lines(kid, depth + 1))
    return lines


@click.command("hierarchy")
@click.argument("org", required=False)
@click.option("--depth", type=click.IntRange(1, 20), help="Show this many levels of the tree.")
@FORMAT
@store_options
def hierarchy_cmd(org: str | None, depth: int | None, fmt: str, store_path: str | None,
                  neo4j_uri: str | None) -> None:  # fmt: skip
    """The organizational tree (subOrganizationOf) with the stated reporting lines on it.

    Each body stands under the body it belongs to (Quận ủy Long Biên under Thành ủy Hà Nội);
    "⇢ reports to" marks a reporting line a document states (REPORTS_TO). ORG (an id or part
    of a name) shows the tree below that body. A reporting cycle is never drawn: it is named
    on stderr and listed by `vbkg audit`.

    \b
    Example:
      vbkg hierarchy --depth 2
      vbkg hierarchy "Liên đoàn Lao động thành phố Hà Nội"
    """
    with opened(store_path, neo4j_uri) as store:
        try:
            trees = hierarchy(store, org, depth)
        except QueryError as exc:
            _fail(exc)
        cycles = reporting_cycles(store)
    if cycles:
        click.echo(f"{len(cycles)} reporting cycle(s), a data problem (vbkg audit): "
                   + "; ".join(" → ".join(c) for c in cycles[:3]), err=True)  # fmt: skip
    if fmt == "json":
        click.echo(json.dumps(trees, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        emit(_tree_rows(trees), fmt, ["body", "part_of", "depth", "kind", "level", "reports_to"])
        return
    for t in trees:
        click.echo("\n".join(_tree_lines(t)))


@click.command("search")
@click.argument("text")
@click.option("--limit", type=int, default=20, show_default=True)
@FORMAT
@store_options
def search_cmd(text: str, limit: int, fmt: str, store_path: str | None, neo4j_uri: str | None) -> None:
    """Find documents by number, title or issuer, ignoring accents and case.

    \b
    Example:
      vbkg search "ket luan 01"
      vbkg search "long bien 2023"
    """
    with opened(store_path, neo4j_uri) as store:
        try:
            rows = search(store, text, limit)
        except QueryError as exc:
            _fail(exc)
    table(rows, fmt, [Col("id"), Col("type", drop=3), Col("symbol"), Col("date", drop=2),
                      Col("issuer", text=True, drop=4), Col("title", text=True, drop=1)])  # fmt: skip


_INT64 = 2**63


def _param(values: tuple[str, ...]) -> dict[str, Any]:
    """-p name=value: JSON when it parses, else text; values Bolt cannot carry are refused here."""
    params: dict[str, Any] = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"{item[:40]!r} is not name=value", param_hint="-p")
        name, value = item.split("=", 1)
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
        except RecursionError:
            raise click.BadParameter(f"-p {name}: nested too deeply", param_hint="-p") from None
        problem = _unsendable(params[name])
        if problem:
            raise click.BadParameter(f"-p {name}: {problem}", param_hint="-p")
    return params


def _unsendable(value: Any) -> str | None:
    """Why Bolt cannot carry `value` (an integer beyond 64 bits, an infinite number), or None."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, bool) or v is None or isinstance(v, str):
            continue
        if isinstance(v, int) and not -_INT64 <= v < _INT64:
            return "integer beyond 64 bits; pass it as a string"
        if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
            return "not a finite number"
        if isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
    return None


@click.command("cypher")
@click.argument("query")
@click.option(
    "-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Query parameter (JSON or text)."
)
@click.option("--write", is_flag=True, help="Allow writes (the default is read-only).")
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", metavar="URI", help="Neo4j URI (or NEO4J_URI).")
@TIMEOUT
@FORMAT
def cypher_cmd(query: str, params: tuple[str, ...], write: bool, neo4j_uri: str | None, timeout: float,
               fmt: str) -> None:  # fmt: skip
    """Run Cypher against Neo4j, read-only unless --write.

    Read-only means a read transaction (Neo4j enforces it) and a check of the statement that
    skips strings and comments; on servers that ignore the access mode (ArcadeDB) the check
    is the only guard. Procedure calls other than a few known reads need --write.

    \b
    Example:
      vbkg cypher "MATCH (d:Document {id: \\$id})<-[:IMPLEMENTS]-(p) RETURN p.symbol" -p id=kl-1-tw-2021
    """
    from ..stores import Neo4jConfig, StoreError, open_neo4j
    from ..stores.cypher_guard import writes
    from ..stores.neo4j import Neo4jStore

    found = None if write else writes(query)
    if found:
        raise click.ClickException(f"this query writes ({found}); add --write to allow it")
    values = _param(params)
    try:
        config = Neo4jConfig.from_env(neo4j_uri)
        if config is None:
            raise click.ClickException(
                "vbkg cypher needs Neo4j: pass --neo4j URI or set NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD); "
                "the embedded store answers `vbkg sparql`"
            )
        with open_neo4j(config) as store, time_limit(timeout + 1, "the Cypher query"):
            assert isinstance(store, Neo4jStore)
            rows = store.run(query, values, write=write, timeout=timeout)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    emit(rows, fmt, list(rows[0]) if rows else [])


@click.command("sparql")
@click.argument("query")
@TIMEOUT
@FORMAT
@store_options
def sparql_cmd(query: str, timeout: float, fmt: str, store_path: str | None, neo4j_uri: str | None) -> None:
    """Run SPARQL on the RDF view (ELI, W3C ORG) of either store: SELECT, ASK, CONSTRUCT, DESCRIBE.

    The query never reaches the network: SERVICE is refused and FROM names no web graph.
    ASK prints true or false; CONSTRUCT and DESCRIBE print Turtle (rows with --format json/csv).

    \b
    Example:
      vbkg sparql "SELECT ?plan WHERE { ?plan eli:ensures_implementation_of <https://w3id.org/vbkg/id/kl-1-tw-2021> }"
      vbkg sparql "ASK { ?d eli:id_local '01-KL/TW' }"
    """
    from ..ontology.rdf import to_rdf
    from ..ontology.sparql import SparqlError, needs_evidence, prepare, run_sparql

    with time_limit(timeout, "the SPARQL query"):
        try:
            prepared = prepare(query)  # first: a bad query costs no store read
            with opened(store_path, neo4j_uri) as store:
                g = store.graph()
            result = run_sparql(to_rdf(g, warn=_warn, evidence_nodes=needs_evidence(prepared)), prepared)
        except SparqlError as exc:
            raise click.ClickException(str(exc)) from exc
    if isinstance(result, bool):
        click.echo(json.dumps(result) if fmt == "json" else ("true" if result else "false"))
    elif isinstance(result, list):
        emit(result, fmt, list(result[0]) if result else [])
    elif fmt == "table":
        click.echo(result.serialize(format="turtle"), nl=False)
    else:
        triples = [{"subject": str(s), "predicate": str(p), "object": str(o)} for s, p, o in sorted(result)]
        emit(triples, fmt, ["subject", "predicate", "object"])


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)
