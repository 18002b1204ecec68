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

    The page embeds its scripts and opens from file:// with no server.

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
@click.option(
    "--max-pictures", type=int, default=2000, show_default=True, help="Pictures for the first N documents."
)
@store_options
def site_cmd(outdir: Path, max_pictures: int, store_path: str | None, neo4j_uri: str | None) -> None:
    """Write a static site: index with search, lists by class, issuer and year, a page per document, the hierarchy.

    It works from file:// with no server: open OUTDIR/index.html.

    \b
    Example:
      vbkg site site/ && xdg-open site/index.html
    """
    from ..views.site import build_site

    with opened(store_path, neo4j_uri) as store:
        pages = build_site(store, outdir, max_pictures)
    click.echo(f"wrote {outdir / 'index.html'} and {pages} document pages")
