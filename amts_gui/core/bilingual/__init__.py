"""Bilingual files for other CAT tools: a chapter's segments out as XLIFF, and translations back in."""
