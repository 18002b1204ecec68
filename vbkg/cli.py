"""The `vbkg` command line: assembles the commands of vbkg.commands.

Each command's module is imported only when that command runs (or help lists it), so
`vbkg extract` never imports the graph, RDF or Neo4j libraries the other commands need.
"""

from __future__ import annotations

import importlib

import click

from . import __version__

# command name -> "module:function" under vbkg.commands
COMMANDS = {
    "extract": "extract:extract",
    "load": "store:load",
    "push": "store:push",
    "stats": "store:stats",
    "export": "store:export",
    "validate": "store:validate",
    "audit": "audit:audit_cmd",
    "trace": "query:trace_cmd",
    "chain": "query:chain_cmd",
    "show": "query:show_cmd",
    "docs": "query:docs_cmd",
    "orgs": "query:orgs_cmd",
    "hierarchy": "query:hierarchy_cmd",
    "search": "query:search_cmd",
    "top": "query:top_cmd",
    "serve": "serve:serve_cmd",
    "cypher": "query:cypher_cmd",
    "sparql": "query:sparql_cmd",
    "viz": "views:viz_cmd",
    "site": "views:site_cmd",
}


class LazyGroup(click.Group):
    """A group whose commands are imported by name when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attr = COMMANDS[cmd_name].split(":")
        command = getattr(importlib.import_module(f".commands.{module}", __package__), attr)
        assert isinstance(command, click.Command) and command.name == cmd_name, cmd_name
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vbkg")
def cli() -> None:
    """Knowledge graph of Vietnamese directives, plans and the bodies that issue them.

    \b
    Example:
      vbkg extract samples/ --format json
      vbkg load samples/ && vbkg trace "Kết luận 01" && vbkg site site/
    """


def main() -> None:
    cli(prog_name="vbkg")
