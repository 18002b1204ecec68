"""`vbkg serve`: the analyst's workbench in a browser."""

from __future__ import annotations

import click

from .common import store_options


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@store_options
def serve_cmd(host: str, port: int, store_path: str | None, neo4j_uri: str | None) -> None:
    """Open the graph in a browser: search as you type, document pages with their relations and
    evidence, a graph that grows as you click, trace and chain, most cited, organizations, and
    a read-only Cypher console when Neo4j is used. Works with no internet.

    \b
    Example:
      vbkg serve                       # then open http://127.0.0.1:8000/
      vbkg serve --store corpus.db --port 8080
      vbkg serve --neo4j bolt://localhost:7687
    """
    import uvicorn

    from ..stores import Neo4jConfig, StoreError, open_store
    from ..web.app import create_app

    neo4j = Neo4jConfig.from_env(neo4j_uri) is not None
    try:  # fail here, with the reason, rather than on the first page
        open_store(store_path, neo4j_uri).close()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    app = create_app(lambda: open_store(store_path, neo4j_uri), neo4j=neo4j)
    click.echo(f"vbkg serve: open http://{host}:{port}/  (Ctrl+C stops)", err=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")
