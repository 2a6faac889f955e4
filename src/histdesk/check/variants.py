"""`variant.spelling`: one entity written several ways, and which way to write it.

The forms are the entity's aliases and the surface texts of its mentions once possessives
and a leading "the" are set aside. The preferred form is the canonical name, unless a post
corrects the spelling: a sentence with a spelling cue ("the correct way to spell", "should
be spelled") naming exactly one of the forms, or one form set against another with a
negation ("Krupskaya, not Krupska"), or a spelling-cue sentence offering a close respelling
no mention uses. Then the corrected form wins and the correcting sentence is cited.
Transliterations nobody corrects are still reported, preferring the canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from histdesk.check.cite import evidence, post_evidence, sentences
from histdesk.check.codes import DOCS, VARIANT_SPELLING
from histdesk.check.registry import check
from histdesk.model import Entity, EpisodeView, Evidence, Finding

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPELLING_CUE = re.compile(
    r"\b(?:spell(?:s|ed|t|ing)?|misspel\w*|typo|(?:correct|proper|right|usual|standard)"
    r"(?:ly)?\s+(?:way|form|name|version|transliteration|spelling))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"(?<!\w)[^\W\d_][\w’'-]*")
_SIMILAR = 0.8  # a new spelling must be this close to a known form (difflib ratio)
_NEGATION_BEFORE = re.compile(r"(?:\bnot|\binstead\s+of|\brather\s+than|\bnor)\W{0,3}$", re.IGNORECASE)


@dataclass(frozen=True)
class Correction:
    """A post sentence that settles an entity's spelling on `right`."""

    right: str
    evidence: Evidence


def normal_form(text: str) -> str:
    """A surface form without possessive ending or leading article: "the Cheka's" -> "Cheka"."""
    text = _LEADING_THE.sub("", text.strip())
    return _POSSESSIVE.sub("", text).strip()


def forms_of(entity: Entity) -> list[str]:
    """Distinct forms (case-insensitive) in order: name, aliases, then mention texts."""
    seen: dict[str, str] = {}
    for raw in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
        form = normal_form(raw)
        if form:
            seen.setdefault(form.casefold(), form)
    return list(seen.values())


def find_correction(view: EpisodeView, forms: list[str]) -> Correction | None:
    """The first post sentence that corrects the spelling to one of `forms`."""
    for doc_id, post in view.posts:
        for start, end in sentences(post.text):
            sentence = post.text[start:end]
            right = _corrected_form(sentence, forms) or _new_spelling(sentence, forms)
            if right:
                return Correction(right, post_evidence(doc_id, post, start, end))
    return None


def _corrected_form(sentence: str, forms: list[str]) -> str | None:
    present, negated = [], []
    for form in forms:
        match = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", sentence, re.IGNORECASE)
        if match:
            target = negated if _NEGATION_BEFORE.search(sentence[: match.start()]) else present
            target.append(form)
    if len(present) != 1:
        return None
    if _SPELLING_CUE.search(sentence) or negated:
        return present[0]
    return None


def _new_spelling(sentence: str, forms: list[str]) -> str | None:
    """A capitalised word of a spelling-cue sentence that is a close respelling of a form."""
    if not _SPELLING_CUE.search(sentence):
        return None
    known = {f.casefold() for f in forms}
    for word in _capitalised_runs(sentence):
        if word.casefold() in known:
            continue
        for form in forms:
            close = SequenceMatcher(None, word.casefold(), form.casefold()).ratio() >= _SIMILAR
            if close and word[0].casefold() == form[0].casefold():
                return word
    return None


def _capitalised_runs(sentence: str) -> list[str]:
    """Runs of capitalised words ("Nadezhda Krupskaya"), each also as its single words."""
    runs: list[list[str]] = []
    last_end = -2
    for match in _WORD.finditer(sentence):
        word = normal_form(match.group())
        if not word[:1].isupper():
            last_end = -2
            continue
        if last_end >= 0 and sentence[last_end : match.start()].isspace():
            runs[-1].append(word)
        else:
            runs.append([word])
        last_end = match.end()
    return [" ".join(r) for r in runs if len(r) > 1] + [w for r in runs for w in r]


@check(VARIANT_SPELLING, doc=DOCS[VARIANT_SPELLING])
def check_variants(view: EpisodeView) -> list[Finding]:
    """One finding per entity whose mentions or aliases use more than one spelling."""
    findings = []
    for entity in view.entities:
        forms = forms_of(entity)
        correction = find_correction(view, forms)
        if correction and correction.right.casefold() not in {f.casefold() for f in forms}:
            forms.append(correction.right)
        if len(forms) < 2:
            continue
        preferred = correction.right if correction else normal_form(entity.name)
        findings.append(_finding(view, entity, forms, preferred, correction))
    return findings


def _finding(view: EpisodeView, entity: Entity, forms: list[str], preferred: str,
             correction: Correction | None) -> Finding:
    variants = [f for f in forms if f.casefold() != preferred.casefold()]
    cited = _first_mentions(view, entity, forms)
    why = f"corrected in {correction.evidence.label}" if correction else "canonical name"
    if correction:
        cited.append(correction.evidence)
    return Finding(
        VARIANT_SPELLING,
        view.episode.code,
        f"{preferred} is also written {', '.join(variants)}; prefer {preferred} ({why})",
        tuple(cited),
        {"entity": entity.id, "preferred": preferred, "variants": variants,
         "corrected": correction is not None},
    )


def _first_mentions(view: EpisodeView, entity: Entity, forms: list[str]) -> list[Evidence]:
    """Evidence of the first placed mention of each form."""
    cited: dict[str, Evidence] = {}
    for mention in sorted(entity.mentions, key=lambda m: (m.document or 0, m.start)):
        key = normal_form(mention.text).casefold()
        if mention.document is not None and key not in cited:
            cited[key] = evidence(view, mention.document, mention.start, mention.end)
    return [cited[f.casefold()] for f in forms if f.casefold() in cited]
