"""Confidence without the encoder, for a language it does not know: structure, length and anchors."""

from __future__ import annotations

from amts_gui.core.align.documents import align_documents
from amts_gui.core.align.structure import Evidence, confidence, encoder_knows
from amts_gui.core.text.markdown import parse

ETHIOPIC = "ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ"


def unknown_script(text: str) -> str:
    """Latin letters written in a script the encoder never learned (code spans and numbers kept)."""
    out, code = [], False
    for ch in text:
        code = not code if ch == "`" else code
        low = ch.lower()
        out.append(ETHIOPIC[ord(low) - ord("a")] if not code and "a" <= low <= "z" else ch)
    return "".join(out)


def test_which_languages_the_encoder_knows():
    assert encoder_knows("tr") and encoder_knows("pt-BR") and encoder_knows("zh_TW") and encoder_knows(None)
    assert not encoder_knows("vi") and not encoder_knows("am")


def test_the_evidence_decides_the_side_of_the_threshold():
    assert confidence(Evidence(regular=True, length_gap=0.1, shared=1, missing=0)) > 0.8
    assert confidence(Evidence(regular=True, length_gap=0.1, shared=0, missing=2)) < 0.5  # numbers disagree
    assert confidence(Evidence(regular=True, length_gap=1.2, shared=0, missing=0)) < 0.5  # far too long or short
    assert confidence(Evidence(regular=False, length_gap=0.1, shared=0, missing=0)) < 0.5  # nothing to go by


ENGLISH = """# Pooling

We compute the maximum of 4 numbers. Then we take the mean of the window. The result has 2 rows.

We call `pool2d` on the input. It returns a tensor.
"""


def test_an_edition_in_an_unknown_language_keeps_good_pairs_above_the_threshold():
    source = parse(ENGLISH, "en")
    edition = parse(unknown_script(ENGLISH.replace("the mean", "the average value")), "am")
    pairs = [p for p in align_documents(source, edition).sentences if p.complete]
    assert len(pairs) == 6 and all(p.confidence >= 0.5 for p in pairs), [p.confidence for p in pairs]
    # a paragraph the edition said otherwise: a sentence more, a number changed: its pairs are doubtful
    changed = ENGLISH.replace("The result has 2 rows.", "The result has 3 rows. It is small.")
    edition = parse(unknown_script(changed), "am")
    pairs = [p for p in align_documents(source, edition).sentences if p.complete and p.src_keys[0][0] == 2]
    assert pairs and all(p.confidence < 0.5 for p in pairs if "rows" in p.source)
