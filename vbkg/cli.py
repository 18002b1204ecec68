"""The `vbkg` command line: assembles the commands of vbkg.commands."""

from __future__ import annotations

import click

from . import __version__
from .commands.audit import audit_cmd
from .commands.extract import extract
from .commands.query import (
    chain_cmd,
    cypher_cmd,
    docs_cmd,
    hierarchy_cmd,
    orgs_cmd,
    search_cmd,
    show_cmd,
    sparql_cmd,
    trace_cmd,
)
from .commands.store import export, load, push, stats, validate
from .commands.views import site_cmd, viz_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vbkg")
def cli() -> None:
    """Knowledge graph of Vietnamese directives, plans and the bodies that issue them.

    \b
    Example:
      vbkg extract samples/ --format json
      vbkg load samples/ && vbkg trace "Kết luận 01" && vbkg site site/
    """


for command in (
    extract,
    load,
    push,
    stats,
    export,
    validate,
    audit_cmd,
    trace_cmd,
    chain_cmd,
    show_cmd,
    docs_cmd,
    orgs_cmd,
    hierarchy_cmd,
    search_cmd,
    cypher_cmd,
    sparql_cmd,
    viz_cmd,
    site_cmd,
):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="vbkg")
