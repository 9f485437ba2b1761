"""The pipeline: for every target language at once, align → push parallel data → ACT batch job → drafts."""
