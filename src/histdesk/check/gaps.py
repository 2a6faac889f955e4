"""`gap.open_question`: what posts say is missing, unknown or still to find.

Gap notes carry cue phrases ("is missing", "we still need", "I couldn't find", "a vague
understanding", "open question") or are questions. The message is the clause that names
the gap: after "is missing is", "we still need", "nothing yet on", "I couldn't find" it is
the rest of the sentence, else the whole sentence. Consecutive gap sentences of one post are
one question ("X is missing. I have only a vague understanding of it.").
"""

from __future__ import annotations

import re

from histdesk.check.cite import post_evidence, sentences
from histdesk.check.codes import DOCS, GAP_OPEN_QUESTION
from histdesk.check.registry import check
from histdesk.model import EpisodeView, Evidence, Finding, Post

# Cues whose object is the gap itself: the clause is what follows them.
_LEADING = re.compile(
    r"\b(?:(?:is|are)\s+(?:still\s+)?missing\s+(?:is|are)|we\s+still\s+need(?:\s+to\s+(?:cover|add|find))?"
    r"|we\s+need\s+(?:more\s+)?(?:research|information|sources|details|data)\s+(?:on|about)"
    r"|nothing\s+(?:yet\s+)?(?:on|about)|(?:I|we)\s+(?:couldn['’]t|could\s+not|can['’]t|cannot)\s+find"
    r"|no\s?one\s+has\s+(?:yet\s+)?(?:covered|written\s+about|looked\s+(?:at|into)))\s+",
    re.IGNORECASE,
)
_CUES = re.compile(
    r"\b(?:(?:is|are)\s+(?:still\s+)?missing|open\s+question|vague\s+(?:understanding|idea|notion)"
    r"|still\s+need|does\s+anyone\s+know|remains?\s+unclear)\b",
    re.IGNORECASE,
)
# "What we still need is X": the copula after the cue is not part of the gap.
_COPULA = re.compile(r"^(?:is|are|was|were)\s+(?=\S)", re.IGNORECASE)
_MIN_QUESTION_WORDS = 4


def gap_clause(sentence: str) -> str | None:
    """The gap a sentence names, or None when it names none."""
    leading = _LEADING.search(sentence)
    if leading:
        return _COPULA.sub("", sentence[leading.end() :].strip(), count=1).rstrip(".!;: ")
    if _is_question(sentence):
        return sentence.strip()
    if _CUES.search(sentence):
        return sentence.strip().rstrip(".!;: ")
    return None


def _is_question(sentence: str) -> bool:
    return sentence.rstrip("”\"’) ").endswith("?") and len(sentence.split()) >= _MIN_QUESTION_WORDS


def post_gaps(view: EpisodeView, doc_id: int, post: Post) -> list[tuple[str, list[Evidence]]]:
    """(clause, evidence) per gap of one post, consecutive gap sentences merged."""
    gaps: list[tuple[str, list[Evidence]]] = []
    previous_was_gap = False
    for start, end in sentences(post.text):
        clause = gap_clause(post.text[start:end])
        if clause is None:
            previous_was_gap = False
            continue
        cited = post_evidence(view, doc_id, post, start, end)
        if previous_was_gap:
            gaps[-1][1].append(cited)
        else:
            gaps.append((clause, [cited]))
        previous_was_gap = True
    return gaps


@check(GAP_OPEN_QUESTION, doc=DOCS[GAP_OPEN_QUESTION])
def check_gaps(view: EpisodeView) -> list[Finding]:
    """One open question per gap note or question in the posts."""
    findings = []
    for doc_id, post in view.posts:
        for clause, cited in post_gaps(view, doc_id, post):
            findings.append(
                Finding(GAP_OPEN_QUESTION, view.episode.code, clause, tuple(cited),
                        {"post": post.number})
            )
    return findings
