"""Click commands, one module per group of commands; vbkg.cli assembles them."""
