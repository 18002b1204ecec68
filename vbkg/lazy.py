"""Names a package exports, imported when first used (PEP 562).

`vbkg trace` or `vbkg show` should not compile the extraction patterns or import networkx,
which the package namespaces would otherwise pull in before any command runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_names(package: str, table: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: each name of `table` from its (relative) module."""

    def __getattr__(name: str) -> Any:
        if name in table:
            return getattr(importlib.import_module(table[name], package), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
