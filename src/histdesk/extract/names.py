"""Names as strings: comparison keys, romanisation, acronyms, aliases and spelling corrections.

Pure string functions (no spaCy) shared by type correction (`entities`) and merging (`merge`).
Two keys serve two purposes: `name_key` says "the same written name" (case, diacritics,
punctuation and possessives ignored); `translit_key` says "the same name in another
romanisation" (Polish or German spelling of a Slavic name against the English one), so it is
deliberately lossy and only compared between names that are already entity-like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii
from rapidfuzz import fuzz

from histdesk.model import Mention

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "of the and for in on at to a an de der des die la le du da del und & à".split()
)
# Romanisation rules, applied in order to a lowercased name. Polish digraphs come first and
# leave an existing "zh"/"sh" alone, so "Dzierżyński" (rż) and "Dzerzhinsky" (rzh) meet.
_PRE_ASCII = (("rz(?!h)", "zh"), ("sz(?!h)", "sh"), ("cz", "ch"), ("[żź]", "zh"), ("ł", "l"))
_POST_ASCII = (
    ("ph", "f"), ("w", "v"), ("x", "ks"), ("tz", "ts"), ("j(?=[aeiou])", "y"), ("y", "i"),
    ("ie", "e"), (r"(?<=k)aia\b|(?<=k)aja\b", "a"), (r"off\b", "ov"), (r"(.)\1+", r"\1"),
)
_ACRONYM = re.compile(r"^(?P<base>[A-Z][A-Za-z]*[A-Z]|[A-Z]{2,})\s?(?:\((?P<q>[A-Za-z]+)\))?$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def strip_possessive(name: str) -> str:
    """'Lenin’s' -> 'Lenin', "Marx's" -> 'Marx', 'Engels’' -> 'Engels'."""
    stripped = _POSSESSIVE.sub("", name.strip())
    return stripped or name.strip()


def name_key(name: str) -> str:
    """The written name without case, diacritics, punctuation, possessive or leading 'the'."""
    text = anyascii(_LEADING_THE.sub("", strip_possessive(name))).casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def translit_key(name: str) -> str:
    """A phonetic-ish key under which common romanisations of one Slavic name coincide.

    Unifies Polish rz/ż/sz/cz, w/v, x/ks, i/y, ie/e, -ski/-sky/-skiy/-skii, -ska/-skaya,
    -off/-ov and doubled letters. Lossy on purpose: compare it only between entity names.
    """
    text = _LEADING_THE.sub("", strip_possessive(name)).casefold()
    for pattern, repl in _PRE_ASCII:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"[^a-z0-9]+", " ", anyascii(text).casefold())
    for pattern, repl in _POST_ASCII:
        text = re.sub(pattern, repl, text)
    return " ".join(text.split())


def acronym_key(name: str) -> str | None:
    """The normal form of an acronym ('RCP (Bolshevik)' -> 'RCP(B)'), None for other names.

    A parenthetical word counts by its initial, so 'RCP (Bolshevik)', 'RCP(B)' and
    'RCP(b)' share a key. Roman numerals are not acronyms.
    """
    match = _ACRONYM.match(name.strip())
    if not match or _ROMAN.match(match["base"]):
        return None
    base = match["base"].upper()
    if sum(ch.isupper() for ch in match["base"]) < 2:
        return None
    return f"{base}({match['q'][0].upper()})" if match["q"] else base


def is_acronym(name: str) -> bool:
    return acronym_key(name) is not None


def acronym_of(expansion: str) -> set[str]:
    """Acronyms an expansion may be written as, in `acronym_key` form.

    'Russian Communist Party (Bolsheviks)' -> {'RCP(B)', 'RCP'}; function words are skipped
    and a hyphenated word gives one initial or one per part. Fewer than two content words
    give no acronym.
    """
    match = re.match(r"^(?P<main>[^()]+?)\s*(?:\((?P<q>[^()]+)\))?$", expansion.strip())
    if not match:
        return set()
    words = [w for w in re.split(r"\s+", match["main"]) if w.casefold() not in _FUNCTION_WORDS]
    words = [w for w in words if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    whole = "".join(w[0] for w in words).upper()
    parts = "".join(p[0] for w in words for p in w.split("-") if p).upper()
    bases = {whole, parts}
    out = set(bases)
    if match["q"] and match["q"][:1].isalpha():
        out |= {f"{b}({match['q'][0].upper()})" for b in bases}
    return out


_ALIAS_TAIL = r"(?P<alias>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|de|von))*)"
_PAREN_ALIAS = re.compile(r"^\s*\(" + _ALIAS_TAIL + r"\)")
_KNOWN_AS = re.compile(
    r"^,?\s+(?:also\s+|better\s+|commonly\s+|later\s+)?(?:known\s+as|called)\s+(?:the\s+)?"
    + _ALIAS_TAIL
)


def aliases_in_text(text: str, mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    """(name, alias) pairs the text itself declares next to a mention.

    'Feliks Dzierżyński (Felix Dzerzhinsky)', 'Extraordinary Commission (Cheka)',
    'X, known as Y', 'X, also called Y'. The alias is the second element: it is the form the
    writer offers as the common or translated name.
    """
    pairs = []
    for m in mentions:
        rest = text[m.end : m.end + 120]
        match = _PAREN_ALIAS.match(rest) or _KNOWN_AS.match(rest)
        if not match:
            continue
        alias = re.sub(r"\s+(?:of|the|and|de|von)$", "", match["alias"]).rstrip(".")
        if name_key(alias) and name_key(alias) != name_key(m.text):
            pairs.append((strip_possessive(m.text), strip_possessive(alias)))
    return pairs


_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
_STATED_RIGHT = (
    re.compile(
        rf"\b(?P<right>{_NAME})\s+is\s+(?:\w+\s+)?the\s+(?:correct|right|proper)\s+"
        r"(?:way\s+to\s+(?:spell|write)|spelling)"
    ),
    re.compile(rf"\bshould\s+be\s+(?:spelled\s+|spelt\s+|written\s+)?(?P<right>{_NAME})"),
    re.compile(rf"\b(?:is|are|was|correctly)\s+(?:spelled|spelt)\s+(?P<right>{_NAME})"),
)
_RIGHT_NOT_WRONG = (
    re.compile(rf"\b(?:it['’]s|it\s+is)\s+(?P<right>{_NAME}),?\s+not\s+(?P<wrong>{_NAME})"),
    re.compile(rf"\b(?P<right>{_NAME}),\s+not\s+(?P<wrong>{_NAME})"),
)


def corrections_in_text(text: str, names: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(wrong, right) spellings a writer corrects: 'X, not Y', "it's X not Y",
    'X is the correct way to spell it', 'should be X', 'spelled X'.

    When the cue names only the right form, the wrong ones are the `names` (default: the
    capitalised words of `text`) that are near-equal to it but written differently.
    """
    found: list[tuple[str, str]] = []
    for pattern in _RIGHT_NOT_WRONG:
        for match in pattern.finditer(text):
            if _near(match["wrong"], match["right"]):
                found.append((match["wrong"], match["right"]))
    pool = set(names) if names is not None else set(re.findall(_NAME, text))
    for pattern in _STATED_RIGHT:
        for match in pattern.finditer(text):
            right = match["right"]
            found.extend((wrong, right) for wrong in sorted(pool) if _near(wrong, right))
    return list(dict.fromkeys(found))


def _near(wrong: str, right: str) -> bool:
    """Different spellings of one name: same romanisation key or a close fuzzy match."""
    a, b = name_key(wrong), name_key(right)
    if not a or a == b or len(a.split()) != len(b.split()):
        return False
    return translit_key(wrong) == translit_key(right) or fuzz.ratio(a, b) >= 80
