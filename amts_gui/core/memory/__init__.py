"""The translation memory: fuzzy matching over the project's sentence pairs."""
