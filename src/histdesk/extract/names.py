"""Names as strings: comparison keys, romanisation, acronyms, aliases and spelling corrections.

Pure string functions (no spaCy) shared by type correction (`entity_types`) and merging (`merge`).
Two keys serve two purposes: `name_key` says "the same written name" (case, diacritics,
punctuation and possessives ignored); `translit_key` says "the same name in another
romanisation" (Polish or German spelling of a Slavic name against the English one), so it is
deliberately lossy and only compared between names that are already entity-like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from histdesk.model import ENTITY_TYPES, Mention

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "of the and for in on at to a an de der des die la le du da del und & à".split()
)
# Romanisation rules, applied in order to a lowercased name. Polish digraphs come first and
# leave an existing "zh"/"sh" alone, so "Dzierżyński" (rż) and "Dzerzhinsky" (rzh) meet.
_PRE_ASCII = (("rz(?!h)", "zh"), ("sz(?!h)", "sh"), ("cz", "ch"), ("[żź]", "zh"), ("ł", "l"))
_POST_ASCII = (
    ("ph", "f"), ("w", "v"), ("x", "ks"), ("tz", "ts"), ("j(?=[aeiou])", "y"), (r"j\b", "i"),
    ("y", "i"),
    ("ie", "e"), (r"(?<=k)aia\b|(?<=k)aja\b", "a"), (r"off\b", "ov"), (r"(.)\1+", r"\1"),
)
_ACRONYM = re.compile(r"^(?P<base>[A-Z][A-Za-z]*[A-Z]|[A-Z]{2,})\s?(?:\((?P<q>[A-Za-z]+)\))?$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def strip_possessive(name: str) -> str:
    """'Lenin’s' -> 'Lenin', "Marx's" -> 'Marx', 'Engels’' -> 'Engels'."""
    stripped = _POSSESSIVE.sub("", name.strip())
    return stripped or name.strip()


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The written name without case, diacritics, punctuation, possessive or leading 'the'."""
    text = anyascii(_LEADING_THE.sub("", strip_possessive(name))).casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
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


# A run of capitalised words, lower-case particles inside it ("Pointe du Hoc", "Île d'Yeu").
_JOINT = r"(?:\s+(?:(?:de|du|des|von|van|der|di|da|la|le)\s+)*(?:[dl][’'])?|\s+[dl][’'])"
_NAME = rf"[A-Z][\w’'-]+(?:{_JOINT}[A-Z][\w’'-]+)*"
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
            wrong = match["wrong"]
            found.extend((wrong, r) for r in _tails(match["right"]) if _negated_near(wrong, r))
    pool = set(names) if names is not None else _capitalised(text)
    for pattern in _STATED_RIGHT:
        for match in pattern.finditer(text):
            for right in _tails(match["right"]):
                found.extend((wrong, right) for wrong in sorted(pool) if _near(wrong, right))
    return list(dict.fromkeys(found))


def _tails(name: str) -> list[str]:
    """'And Zhukov' -> ['And Zhukov', 'Zhukov']: a sentence-initial word may join a name."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(len(words))]


def _capitalised(text: str) -> set[str]:
    """Every run of capitalised words in `text` and every word of those runs."""
    runs = set(re.findall(_NAME, text))
    return runs | {word for run in runs for word in run.split()}


def _near(wrong: str, right: str) -> bool:
    """Different spellings of one name: same romanisation key or a close fuzzy match."""
    a, b = name_key(wrong), name_key(right)
    if not a or a == b or len(a.split()) != len(b.split()):
        return False
    return translit_key(wrong) == translit_key(right) or fuzz.ratio(a, b) >= 80


def _negated_near(wrong: str, right: str) -> bool:
    """An explicit "X, not Y" between two one-word names needs only a loose edit-distance
    sanity bound ('Clay, not Klay'): the writer said they are one name. Longer names keep
    the `_near` test, and unrelated words ('Paris, not Berlin') stay apart."""
    a, b = name_key(wrong), name_key(right)
    if _near(wrong, right):
        return True
    if not a or a == b or " " in a or " " in b:
        return False
    return Levenshtein.distance(a, b) <= max(2, max(len(a), len(b)) // 3)


# Last words that make a name a place ("Cemetery Hill", "Plum Creek").
LANDFORM_HEADS = (
    "Hills?|Ridges?|Tops?|Fields?|Creek|River|Mountains?|Valley|Island|Bay|Heights|Gap|Knob"
)
# What a name's own shape says about its type: (pattern, type, weight, tested on the whole
# name rather than its last word).
# Suffixes are evidence, not proof (Rostov is a city): fix_types weighs them against context.
_SHAPE_CUES = (
    (r"(?:ov|ev|ova|eva|ovich|evich|ovna|evna|sky|ski|skiy|skii|skaya|ska|enko|wicz|vich|yan)$",
     "PERSON", 1.5, False),
    (r"(?:in|ina)$", "PERSON", 0.5, False),
    (r"^(?:[A-Z]\.\s*)+[A-Z][a-z]+|^[A-Z][a-z]+,\s+(?:[A-Z]\.\s*)+$", "PERSON", 2.0, True),
    (r"^[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z][a-z]+$", "PERSON", 2.0, True),  # "Dwight D. Eisenhower"
    (r"(?:grad|gorod|burg|bourg|borough|ville|stadt|polis|abad)$", "GPE", 1.5, False),
    (r"(?:sk|pol)$", "GPE", 1.0, False),
    (r"^[A-Z][a-z]+(?:ists|ites|iks|ians)$", "NORP", 1.5, True),
    # Places named by a landform head ("Cemetery Ridge", "Little Round Top"; "A. P. Hill"
    # has initials, not a qualifier) or by a settlement prefix ("Port Hudson", "Fort Worth").
    (rf"^(?:[A-Z][a-z]+\s+)+(?:{LANDFORM_HEADS})$", "LOC", 2.0, True),
    (r"^(?:Port|Fort|Mount|Cape|Lake)\s+[A-Z][a-z]+$", "LOC", 3.0, True),
    # Latin personal names: "Gaius Julius Caesar", "Marcus Junius Brutus" (tria nomina).
    (r"^(?:[A-Z][a-z]+(?:us|ius)\s+){1,2}[A-Z][a-z]+$", "PERSON", 2.0, True),
    (r"\b(?:Party|Committee|Congress|Commission|Council|Commissariat|Bureau|Ministry|Department"
     r"|Association|Society|League|Company|Corporation|Inc|Ltd|Bank|University|Academy|Institute"
     r"|Army|Navy|Politburo|Organi[sz]ation|Movement|Group|Assembly|Parliament|Soviets|Opposition"
     r"|Divisions?|Corps|Regiments?|Brigades?|Battalions?|Fleets?|Armies|Faction|Bloc|Presidium"
     r"|Plenum|Steel|Motors|Oil|Airlines|Railroads?|Railway|Electric|Chemicals?|Mills|Trust)\b",
     "ORG", 3.0, True),
    (r"\b(?:War|Revolution|Battle|Uprising|Rebellion|Revolt|Massacre|Siege|Coup|Famine"
     r"|Operation|Offensive|Campaign|Landings?)\b",
     "EVENT", 2.0, True),
)


def shape_votes(name: str) -> dict[str, float]:
    """Type evidence from the name alone: Slavic surname endings (-ov, -sky, -skaya...),
    place endings (-grad, -burg, -ville, -stadt, -sk), initials, org and event head words.
    Suffixes are tested on the last word, so 'Vyacheslav Molotov' counts as -ov."""
    ascii_name = anyascii(strip_possessive(name)).strip()
    words = ascii_name.split()
    if not words:
        return {}
    votes: dict[str, float] = {}
    for pattern, typ, weight, whole in _SHAPE_CUES:
        if re.search(pattern, ascii_name if whole else words[-1]):
            votes[typ] = votes.get(typ, 0.0) + weight
    return votes


def load_gazetteer(path: str | Path | None = None) -> dict[str, str]:
    """Name key -> type from a NAME<TAB>TYPE file ('#' comments); default: the packaged one.

    Raises ValueError naming the line when a type is not one of `ENTITY_TYPES`.
    """
    if path is None:
        return dict(_packaged_gazetteer())
    return _parse_gazetteer(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _packaged_gazetteer() -> tuple[tuple[str, str], ...]:
    text = resources.files("histdesk").joinpath("data/gazetteer.tsv").read_text(encoding="utf-8")
    return tuple(_parse_gazetteer(text).items())


def _parse_gazetteer(text: str) -> dict[str, str]:
    out = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, typ = line.rstrip("\n").partition("\t")
        if typ.strip() not in ENTITY_TYPES:
            raise ValueError(
                f"gazetteer line {number}: type {typ.strip()!r} is not one of {ENTITY_TYPES}"
            )
        out[name_key(name)] = typ.strip()
    return out
