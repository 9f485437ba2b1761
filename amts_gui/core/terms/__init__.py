"""Terminology: the project's glossary, its files, and finding its terms in a sentence."""
