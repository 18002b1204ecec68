"""Views: pictures (vis-network, vendored in assets/), the static site and the page templates
shared with `vbkg serve`; they read a store and write files."""
