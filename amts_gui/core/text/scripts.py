"""Character classes of writing systems, shared by everything that treats Chinese and Japanese apart."""

from __future__ import annotations

# kana, CJK ideographs (extension A and the unified block) and compatibility ideographs: the letters of
# Chinese and Japanese words, counted one by one (word counts, memory tokens, glossary substrings)
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# CJK letters with CJK punctuation and full-width forms: where a sentence may end without a space
CJK_CHARS = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
