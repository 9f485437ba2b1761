"""English set phrases in which a common word of a glossary is not the term.

"For example" is 例如, not a data example (样例); "this means" is 这意味着, not a mean (均值); "by the same
token" is 同样, not a token (词元); "numerical precision" is 精度, not the metric precision (查准率).
These are facts of English, kept here by the term word they disarm; a glossary entry adds its own
(:attr:`TermEntry.not_in`, taught by the translator's "Never in this phrase").  A phrase disarms only
the entries made of that one word: "toy example" leaves the entry *data example* alone.
"""

from __future__ import annotations

import re

_PHRASES: dict[str, str] = {
    "example": r"for example|as an? (?:\w+ )?example|toy examples?|(?:an?|one|another) (?:\w+ )?example of"
    r"|(?:this|the following|the above|the previous|a simple|a concrete|a running|our running) example"
    r"|(?:give|gives|giving|provide|provides|consider|take|see)"
    r" (?:an?|one|another|the following|this|the) (?:\w+ )?example"
    r"|(?:in|from) (?:our|this|that|the above|the previous) example|the (?:\w+ )?example of"
    r"|(?:the|this|that|these|our) examples? (?:below|above|here)"
    r"|examples? \d+"  # "Example 2": a numbered illustration (例2)
    # an illustration is somebody's, comes earlier or later, or is more or less something
    r"|(?:our|my|your|their|his|her) (?:\w+ ){0,3}examples?"
    r"|(?:an?|one|another) (?:simple|simpler|concrete|small|tiny|synthetic|quick|short|trivial|real|real-world"
    r"|practical|classic|classical|canonical|familiar|motivating|illustrative|worked|contrived|extreme)"
    r" (?:\w+ )?example"
    r"|(?:previous|earlier|next|later|last|preceding|above|below|following) (?:\w+ )?examples?"
    r"|(?:more|less|most|very|rather|fairly|slightly) \w+ examples?|come up with (?:\w+ )?examples?"
    r"|\A\s*(?:an?|the|one|another) (?:\w+ )?examples?\s*\Z",  # a heading: "An Example"
    "mean": r"(?:this|which|that|it|what|we|simply|to|also|really|usually|I|does|do) means?\b"
    r"|(?:will|would|could|can|may|might|must|should|necessarily|not) mean\b"
    r"|means? that|(?:a|by|by no) means (?:of|for|to)|by all means|mean to",
    "token": r"by the same token",
    "precision": r"(?:numerical|floating[- ]point|single|double|half|mixed|low|lower|high|higher|full|machine"
    r"|arbitrary)[- ]precisions?|precision (?:format|floating|arithmetic|training)|fp(?:16|32|64) precision",
    "image": r"image courtesy|courtesy of",
    "instance": r"for instance|as an? instance|in (?:certain|some|many|most|such|these|those|all|rare) instances"
    r"|(?:aws|ec2|cloud|gpu|cpu|virtual|spot|compute|server) instances?",  # a machine rented in the cloud
    "metric": r"metric (?:system|units?|tons?)",
    "size": r"step sizes?|steps? of size|in size",
    "class": r"(?:a|this|that|whole|broad|wide|large|general|new) (?:\w+ )?class(?:es)? of|first[- ]class",
    "block": r"building blocks?",
    "operator": r"operators? (?:precedence|overloading)",
    # "the momentum" is the velocity variable (动量); the method is bare "momentum" (动量法)
    "momentum": r"gain(?:ed|ing|s)? momentum|the momentum"
    r"|momentum (?:terms?|parameters?|hyperparameters?|coefficients?|variables?|vectors?|buffers?)",
    # the verb in its everyday sense (转换), not the mathematical transform (变换)
    "transform": r"(?:that|which|to|can|will|could|may|might|must|should|would|we|they|then|it) transforms?\b",
    # statistical bias (偏差), not a layer's bias (偏置)
    "bias": r"bias[- ]correct(?:ion|ed)|amounts? of bias|bias(?:ed)? towards?|bias[- ]variance|bias and variance"
    r"|(?:high|low|large|small|no) bias",
    # a program's error (错误), not a model's error (误差)
    "error": r"error[- ]prone|error messages?|error-free|trial and error|(?:syntax|runtime|type|key|value) errors?"
    r"|(?:throws?|raises?|raised|get|gets|see) an? (?:\w+ )?error|an error occurs",
    "filter": r"filter(?:s|ed|ing)? out",
    "diverge": r"diverg(?:e|es|ed|ing) from",  # moves away from (偏离), not fails to converge (发散)
    # a property in the mathematical sense (性质), not an object's attribute (属性)
    "property": r"(?:markov|memoryless|desirable|important|nice|useful|key|statistical|mathematical|algebraic"
    r"|generalization|convergence|theoretical|asymptotic|(?:\w+)-invariant) propert(?:y|ies)|the property that"
    r"|(?:this|these|such|a similar) propert(?:y|ies)"
    r"|(?:first|second|third|fourth|final|last|same|basic|fundamental|crucial) propert(?:y|ies)"
    r"|satisf(?:y|ies|ying|ied) (?:\w+ ){0,3}propert(?:y|ies)|(?:has|have|having) the propert(?:y|ies)",
    # idioms: "comes at a cost" is 有代价, not a cost (成本) to count
    "cost": r"at (?:a|the|some|little|no) cost|at the cost of|costs? (?:more|less|much)",
}
_BY_WORD = {word: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for word, pattern in _PHRASES.items()}


def set_phrase_spans(term_word: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` uses the English term word ``term_word`` (lowercase, singular) in a set phrase."""
    pattern = _BY_WORD.get(term_word)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []
