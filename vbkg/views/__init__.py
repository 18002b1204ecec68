"""Views: pictures (pyvis) and the static site; they read a store and write files."""
