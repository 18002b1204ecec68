"""`vbkg viz` and `vbkg site`."""

from __future__ import annotations

from pathlib import Path

import click

from .common import opened, store_options
from .query import _doc


@click.command("viz")
@click.argument("ref", required=False)
@click.option("--hierarchy", "show_hierarchy", is_flag=True, help="Draw the reporting hierarchy instead.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="HTML file to write.")
@store_options
def viz_cmd(ref: str | None, show_hierarchy: bool, output: Path, store_path: str | None,
            neo4j_uri: str | None) -> None:  # fmt: skip
    """Draw REF's chain (above) and implementers (below), or the hierarchy, as an HTML page.

    The page embeds its scripts and opens from file:// with no server and no network; a
    document with no chain or implementers is drawn with its whole neighbourhood.

    \b
    Example:
      vbkg viz "Kết luận 01" -o kl01.html
      vbkg viz --hierarchy -o hierarchy.html
    """
    from ..views.viz import document_page, hierarchy_page

    if not show_hierarchy and not ref:
        raise click.UsageError("give a REF, or --hierarchy")
    with opened(store_path, neo4j_uri) as store:
        page = hierarchy_page(store) if show_hierarchy else document_page(store, _doc(store, str(ref)).id)
    output.write_text(page, encoding="utf-8")
    click.echo(f"wrote {output}")


@click.command("site")
@click.argument("outdir", type=click.Path(path_type=Path))
@store_options
def site_cmd(outdir: Path, store_path: str | None, neo4j_uri: str | None) -> None:
    """Write a static site: an index with counts, most cited and implemented, recent documents
    and search; a page per document with its relations, evidence and picture; the hierarchy.

    It works from file:// with no server and no network: open OUTDIR/index.html. For a
    server with the same pages and more (trace, chain, Cypher), run `vbkg serve`.

    \b
    Example:
      vbkg site site/ && xdg-open site/index.html
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..views.site import build_site

    with (
        opened(store_path, neo4j_uri) as store,
        Progress(
            TextColumn("site"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            transient=True,
            console=Console(stderr=True),  # the bar on stderr: stdout says only what was written
        ) as bar,
    ):
        task = bar.add_task("pages", total=None)
        pages = build_site(store, outdir, lambda done, total: bar.update(task, completed=done, total=total))
    click.echo(f"wrote {outdir / 'index.html'} and {pages} document pages")
