"""The `vbkg` command line: assembles the commands of vbkg.commands."""

from __future__ import annotations

import click

from . import __version__
from .commands.extract import extract
from .commands.store import export, load, push, stats, validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vbkg")
def cli() -> None:
    """Knowledge graph of Vietnamese directives, plans and the bodies that issue them.

    \b
    Example:
      vbkg extract samples/ --format json
      vbkg load samples/ && vbkg stats
    """


for command in (extract, load, push, stats, export, validate):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="vbkg")
