"""Corpus and sentence scores with sacrebleu: BLEU, chrF and TER against the human reference, and
HTER (draft → accepted final) as post-edit effort.

Chinese targets use sacrebleu's ``zh`` tokenizer for BLEU and ``asian_support`` (with ``normalized``) for TER; other
targets use ``13a``.  Every score carries its sacrebleu signature, so a number can always be
reproduced with the ``sacrebleu`` command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message

_CJK = ("zh", "ja")


def _is_chinese(lang: str) -> bool:
    return lang.lower().split("-")[0] == "zh"


def bleu_metric(target_lang: str, *, sentence: bool = False) -> BLEU:
    tokenize = "zh" if _is_chinese(target_lang) else "13a"
    return BLEU(tokenize=tokenize, effective_order=sentence)


def ter_metric(target_lang: str) -> TER:
    """TER; for Chinese and Japanese with ``asian_support``, which sacrebleu applies only together with
    ``normalized`` (without it, an unsegmented sentence counts as one word)."""
    asian = target_lang.lower().split("-")[0] in _CJK
    return TER(asian_support=asian, normalized=asian)


@dataclass(frozen=True)
class Score:
    metric: str  # BLEU, chrF, TER
    value: float  # sacrebleu's 0–100 scale
    signature: str

    @property
    def unit(self) -> float:
        """On the reference study's 0–1 scale."""
        return self.value / 100.0


@dataclass(frozen=True)
class CorpusScores:
    bleu: Score
    chrf: Score
    ter: Score
    segments: int

    def as_list(self) -> list[Score]:
        return [self.bleu, self.chrf, self.ter]


def corpus_scores(hypotheses: Sequence[str], references: Sequence[str], target_lang: str) -> CorpusScores:
    """Corpus BLEU, chrF and TER of ``hypotheses`` against one reference each."""
    if len(hypotheses) != len(references):
        raise InputError(
            message(
                "{translations} translations but {references} references; they must pair up",
                translations=len(hypotheses),
                references=len(references),
            )
        )
    if not hypotheses:
        raise InputError(message("nothing to score: no segment has both a translation and a reference"))
    refs = [list(references)]
    scores = []
    for name, metric in (("BLEU", bleu_metric(target_lang)), ("chrF", CHRF()), ("TER", ter_metric(target_lang))):
        result = metric.corpus_score(list(hypotheses), refs)
        scores.append(Score(name, float(result.score), str(metric.get_signature())))
    return CorpusScores(scores[0], scores[1], scores[2], len(hypotheses))


def sentence_bleu(hypothesis: str, reference: str, target_lang: str) -> float:
    """Sentence BLEU (0–100, effective order), to find a chapter's worst segments."""
    return float(bleu_metric(target_lang, sentence=True).sentence_score(hypothesis, [reference]).score)


def hter(drafts: Sequence[str], finals: Sequence[str], target_lang: str) -> Score:
    """TER from each machine draft to its accepted final: the share of the draft the translator changed."""
    if len(drafts) != len(finals) or not drafts:
        raise InputError(message("HTER needs one accepted final per draft, and at least one"))
    metric = ter_metric(target_lang)
    result = metric.corpus_score(list(drafts), [list(finals)])
    return Score("HTER", float(result.score), str(metric.get_signature()))
