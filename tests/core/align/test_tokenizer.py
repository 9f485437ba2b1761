"""The encoder's tokenizer in C++ gives the pure-Python port's pieces, or the port stays."""

from __future__ import annotations

import pytest

from amts_gui.core.align.tokenizer import PROBES, fast_tokenizer

pytest.importorskip("sentencepiece")


@pytest.fixture(scope="module")
def pure():
    from amts_gui.core.align.embed import default_encoder

    return default_encoder()._b.sp


def test_sentencepiece_tokenizes_as_the_port_does_empty_texts_included(pure):
    fast = fast_tokenizer(pure)
    assert fast.__name__ == "fast"
    texts = [*PROBES, "We fit $T$ on held-out data.", "我们在留出数据上拟合温度。", "   ", "\u3000"]
    assert [fast(t) for t in texts] == [pure.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]


def test_a_tokenizer_that_disagrees_is_not_used(pure):
    class Shifted:
        """The port, one id off: as another model's pieces would be."""

        def encode(self, text, out_type=int, add_bos=True, add_eos=True):
            return [i + 1 for i in pure.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)]

    chosen = fast_tokenizer(Shifted())
    assert chosen.__name__ == "slow" and chosen("x") == [i + 1 for i in pure.encode("x", out_type=int)]
