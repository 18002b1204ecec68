"""Ontology: the vocabulary (OWL, Turtle), its SHACL shapes, namespaces and the RDF view."""

from importlib import resources

from .namespace import DATA, ELI, VBKG


def ontology_ttl() -> str:
    return (resources.files(__package__) / "vbkg.ttl").read_text(encoding="utf-8")


def shapes_ttl() -> str:
    return (resources.files(__package__) / "shapes.ttl").read_text(encoding="utf-8")


__all__ = ["DATA", "ELI", "VBKG", "ontology_ttl", "shapes_ttl"]
