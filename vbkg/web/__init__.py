"""`vbkg serve`: the analyst's workbench, a local web application over either store."""
