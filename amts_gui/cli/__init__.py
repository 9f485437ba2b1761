"""The `amts` command: one module per command group, over the same operations as the app."""
