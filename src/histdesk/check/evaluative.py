"""`source.evaluative`: sentences where a source judges rather than reports.

Reference works, especially official ones, mix facts with verdicts: "attested to the
enormous prestige of the party", "a glorious victory", "the social composition was
improved". Such sentences are marked as the source's judgement so the brief does not pass
them off as facts. Cues are judging words and frames, never names; "The Great Soviet
Encyclopedia" is a title, so "the great" counts only before a lowercase word.
"""

from __future__ import annotations

import re

from histdesk.check.cite import evidence, sentences
from histdesk.check.codes import DOCS, SOURCE_EVALUATIVE
from histdesk.check.registry import check
from histdesk.model import EpisodeView, Finding

# "great importance", "the great majority" measure rather than praise: "great" fires only
# before other nouns.
_NOT_MEASURE = (
    r"(?!\s+(?:political\s+|economic\s+|practical\s+)?"
    r"(?:importance|significance|majority|number|deal|extent|many|part)\b)"
)
_INTENSIFIED = (
    r"(?:enormous|immense|tremendous|huge|outstanding|historic|colossal|decisive|great" + _NOT_MEASURE + r")"
    r"\s+(?:political\s+)?(?:prestige|authority|importance|significance|success(?:es)?|achievements?"
    r"|role|contribution|victor(?:y|ies)|triumph|upsurge|enthusiasm)"
)
# A judging verb with a verdict: "(glaringly) demonstrated the superiority of", "proved the failure".
_VERDICT_NOUNS = (
    r"(?:superiority|inferiority|failure|bankruptcy|greatness|might|vitality|advantages|correctness"
    r"|futility|doom|decay|rottenness|invincibility|triumph)"
)
_VERDICT = (
    r"(?:demonstrat(?:ed|es|e|ing)|prov(?:ed|es|en|ing)|show(?:ed|s|n|ing)|reveal(?:ed|s|ing)"
    r"|expos(?:ed|es|ing)|confirm(?:ed|s|ing))\s+(?:once\s+again\s+)?(?:the\s+)?(?:[a-z]+\s+)?"
    + _VERDICT_NOUNS
)
_APPRAISING_ADVERBS = (
    r"glaringly|shamelessly|ruthlessly|brazenly|cynically|treacherously|heroically|selflessly"
    r"|brilliantly|valiantly|triumphantly|convincingly"
)
_APPRAISING_WORDS = (
    r"glorious|heroism|heroic|brilliant|selfless|valiant|treacherous|infamous|magnificent"
    r"|shameful(?:ly)?|reactionary|progressive(?!\s+(?:tax|taxation|income|disease|loss|rate)s?\b)"
    r"|imperialist(?:ic)?|aggressive|peace-loving|warmongers?|predatory|heinous|monstrous|barbarous"
)
_CUES = re.compile(
    r"\b(?:attest(?:ed|s)?\s+to|testif(?:ied|ies|y)\s+to|bore\s+witness\s+to"
    r"|" + _INTENSIFIED + r"|" + _VERDICT
    + r"|(?:sharply|greatly|further|extremely)\s+(?:aggravated|exacerbated)"
    r"|the\s+contradictions\s+of\s+(?:capitalism|imperialism|socialism)"
    r"|the\s+(?:superiority|decay|bankruptcy|rottenness|greatness)\s+of"
    r"|" + _APPRAISING_ADVERBS + r"|" + _APPRAISING_WORDS
    + r"|the\s+great" + _NOT_MEASURE + r"(?=\s+(?-i:[a-z]))|the\s+(?:best|finest|worst)"
    r"|(?:helped\s+(?:to\s+)?)?strengthen(?:ed|s|ing)?\s+the"
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:greatly\s+|considerably\s+|much\s+)?"
    r"(?:improved|enhanced|strengthened|weakened|undermined))\b",
    re.IGNORECASE,
)


def evaluative_cues(sentence: str) -> list[str]:
    """The judging phrases of a sentence, lowercased, in order; empty when it only reports."""
    return [" ".join(m.group().lower().split()) for m in _CUES.finditer(sentence)]


@check(SOURCE_EVALUATIVE, doc=DOCS[SOURCE_EVALUATIVE])
def check_evaluative(view: EpisodeView) -> list[Finding]:
    """One finding per evaluative sentence in a source's body."""
    findings = []
    for doc_id, source in view.sources:
        doc = next((d for d in view.documents if d.id == doc_id), None)
        if doc is None:
            continue
        end = source.body_end if source.body_end > source.body_start else len(doc.text)
        for start, stop in sentences(doc.text, source.body_start, end):
            cues = evaluative_cues(doc.text[start:stop])
            if cues:
                findings.append(
                    Finding(SOURCE_EVALUATIVE, view.episode.code,
                            f"{source.title} judges here ({', '.join(cues)}): "
                            "the source's judgement, not a fact",
                            (evidence(view, doc_id, start, stop),),
                            {"cues": cues, "source": source.title})
                )
    return findings
