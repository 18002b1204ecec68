"""The Jinja2 environment of the pages, shared by the static site and `vbkg serve`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"


@cache
def environment() -> jinja2.Environment:
    # autoescape everywhere: titles and sentences come from documents and are shown as text
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)
