"""vbkg: a knowledge graph of Vietnamese directives and the plans that implement them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_names

if TYPE_CHECKING:
    from .extraction import DocumentRecord, extract_document
    from .loaders import LoaderError, load_paths
    from .pipeline import extract_paths

__all__ = ["DocumentRecord", "LoaderError", "extract_document", "extract_paths", "load_paths"]
__version__ = "0.1.0"

# Imported when first used (PEP 562): `vbkg trace` or `vbkg show` never compiles the
# extraction patterns, which `import vbkg` would otherwise do before any command runs.
_LAZY = {
    "DocumentRecord": ".extraction",
    "extract_document": ".extraction",
    "LoaderError": ".loaders",
    "load_paths": ".loaders",
    "extract_paths": ".pipeline",
}

__getattr__ = lazy_names(__name__, _LAZY)
