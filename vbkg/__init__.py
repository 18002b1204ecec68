"""vbkg: a knowledge graph of Vietnamese directives and the plans that implement them."""

from .extraction import DocumentRecord, extract_document
from .loaders import LoaderError, load_paths
from .pipeline import extract_paths

__all__ = ["DocumentRecord", "LoaderError", "extract_document", "extract_paths", "load_paths"]
__version__ = "0.1.0"
