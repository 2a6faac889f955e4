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
# "spelled Kovalskaya", "spelt as", "written": the next word is the spelling meant
_SPELLED_BEFORE = re.compile(
    r"\b(?:spel(?:led|t|ling)(?:\s+(?:is|was))?|spell\s+(?:it|her|him|them)|written|rendered)"
    r"(?:\s+as)?\W{0,3}$",
    re.IGNORECASE,
)
_PARTICLES = frozenset("de du des da di del della der den van von la le al el bin ibn zu".split())


@dataclass(frozen=True)
class Correction:
    """A post sentence that settles an entity's spelling on `right` against `wrong`."""

    right: str
    evidence: Evidence
    wrong: tuple[str, ...] = ()


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


def abbreviates(short: str, full: str) -> bool:
    """True when every word of `short` is a word of `full` and `full` has more, or an initial
    stands for a word: "Churchill" and "W. Churchill" shorten "Winston Churchill". A short
    form is the same spelling, not a variant."""
    words, rest = _name_words(short), _name_words(full)
    if not words or words == rest or len(words) > len(rest):
        return False
    for word in words:
        match = next((w for w in rest if w == word or (len(word) == 1 and w.startswith(word))), None)
        if match is None:
            return False
        rest.remove(match)
    return True


def same_spelling(a: str, b: str) -> bool:
    return a.casefold() == b.casefold() or abbreviates(a, b) or abbreviates(b, a)


def spellings(forms: list[str]) -> list[str]:
    """One form per spelling: forms that merely shorten another form are dropped."""
    return [f for f in forms if not any(g is not f and abbreviates(f, g) for g in forms)]


def _name_words(form: str) -> list[str]:
    return [w.strip(".").casefold() for w in form.split() if w.strip(".")]


def find_correction(view: EpisodeView, forms: list[str]) -> Correction | None:
    """The first post sentence that sets two spellings of the entity against each other."""
    for doc_id, post in view.posts:
        for start, end in sentences(post.text):
            found = correction_in(post.text[start:end], forms)
            if found:
                right, wrong = found
                return Correction(right, post_evidence(view, doc_id, post, start, end), wrong)
    return None


def correction_in(sentence: str, forms: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """(right, wrong spellings) when `sentence` corrects the spelling of an entity of `forms`.

    It must name two spellings of the entity (two forms, or a form and a close respelling),
    with a negation or a spelling cue choosing one; or, with a cue, one form that is a close
    respelling of another form ("Krupskaya is the correct spelling" beside "Krupska"); or a
    close respelling right after "spelled". A cue sentence naming one unrelated word is not one.
    """
    spelled = _distinct(_named(sentence, forms) + _respellings(sentence, forms))
    cue = _SPELLING_CUE.search(sentence)
    if len(spelled) >= 2 and (cue or any(negated for _, negated, _ in spelled)):
        kept = [s for s in spelled if not s[1]]
        if len(kept) > 1:
            kept = [s for s in kept if _SPELLED_BEFORE.search(sentence[: s[2]])]
        if len(kept) != 1:
            return None
        return kept[0][0], tuple(s[0] for s in spelled if s is not kept[0])
    if len(spelled) != 1 or not cue or spelled[0][1]:
        return None
    word, _, at = spelled[0]
    others = [f for f in spellings(forms) if not same_spelling(f, word) and _close(word, f)]
    known = any(word.casefold() == f.casefold() for f in forms)
    if others and (known or _SPELLED_BEFORE.search(sentence[:at])):
        return word, tuple(others[:1])
    return None


def _named(sentence: str, forms: list[str]) -> list[tuple[str, bool, int]]:
    """(form, negated, offset) of each form the sentence names."""
    found = []
    for form in forms:
        match = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", sentence, re.IGNORECASE)
        if match:
            found.append((form, bool(_NEGATION_BEFORE.search(sentence[: match.start()])), match.start()))
    return found


def _respellings(sentence: str, forms: list[str]) -> list[tuple[str, bool, int]]:
    """Capitalised runs no form uses that are close respellings of a form."""
    found = []
    for word, at in _capitalised_runs(sentence):
        if any(same_spelling(word, f) for f in forms) or not any(_close(word, f) for f in forms):
            continue
        found.append((word, bool(_NEGATION_BEFORE.search(sentence[:at])), at))
    return found


def _distinct(spelled: list[tuple[str, bool, int]]) -> list[tuple[str, bool, int]]:
    """One entry per spelling, longest first, in sentence order."""
    kept: list[tuple[str, bool, int]] = []
    for item in sorted(spelled, key=lambda s: -len(s[0])):
        if not any(same_spelling(item[0], k[0]) for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda s: s[2])


def _close(word: str, form: str) -> bool:
    """A respelling: the whole or the last words within edit distance, same first letter."""
    if same_spelling(word, form):
        return False
    for a in {word.casefold(), word.split()[-1].casefold()}:
        for b in {form.casefold(), form.split()[-1].casefold()}:
            if a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= _SIMILAR:
                return True
    return False


def _capitalised_runs(sentence: str) -> list[tuple[str, int]]:
    """Runs of capitalised words, lowercase name particles allowed inside ("Pointe du Hoc"),
    each with its offset; single words of a run too."""
    runs: list[list[tuple[str, int]]] = []
    last_end, pending = -2, []
    for match in _WORD.finditer(sentence):
        word = normal_form(match.group())
        joined = last_end >= 0 and sentence[last_end : match.start()].isspace()
        if not word[:1].isupper():
            pending = pending + [(word, match.start())] if joined and word in _PARTICLES else []
            last_end = match.end() if pending else -2
            continue
        if joined:
            runs[-1].extend([*pending, (word, match.start())])
        else:
            runs.append([(word, match.start())])
        last_end, pending = match.end(), []
    whole = [(" ".join(w for w, _ in r), r[0][1]) for r in runs if len(r) > 1]
    return whole + [item for r in runs for item in r if item[0][:1].isupper()]


@check(VARIANT_SPELLING, doc=DOCS[VARIANT_SPELLING])
def check_variants(view: EpisodeView) -> list[Finding]:
    """One finding per entity written in more than one spelling (short forms of a full name
    are the same spelling); entities reported alike (one merged twice) are reported once."""
    findings, seen = [], set()
    for entity in view.entities:
        forms = forms_of(entity)
        correction = find_correction(view, forms)
        if correction:
            known = {f.casefold() for f in forms}
            forms += [w for w in (correction.right, *correction.wrong) if w.casefold() not in known]
        preferred = correction.right if correction else normal_form(entity.name)
        variants = [f for f in spellings(forms) if not same_spelling(f, preferred)]
        key = (preferred.casefold(), frozenset(v.casefold() for v in variants))
        if not variants or key in seen:
            continue
        seen.add(key)
        findings.append(_finding(view, entity, forms, variants, preferred, correction))
    return findings


def _finding(view: EpisodeView, entity: Entity, forms: list[str], variants: list[str],
             preferred: str, correction: Correction | None) -> Finding:
    cited = _first_mentions(view, entity, [preferred, *variants])
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
