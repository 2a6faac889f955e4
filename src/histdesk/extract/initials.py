"""Person names as given names plus a surname, and when two of them can be one person.

A reference work writes 'M. I. Kalinin', a forum 'Mikhail Kalinin', a biography 'Mikhail
Ivanovich Kalinin': one man. Two person names agree when their surnames share a
`translit_key` (so -ii/-y/-iy/-yi endings and Polish spellings meet) and their given names
agree position by position (an initial matches the first letters of a full name, two full
names are one name in two romanisations); a given name only one side writes (the patronymic,
usually) is optional. A lower-case particle belongs to the surname ('Gerd von Rundstedt',
'de Gaulle'), and a title before a name is no part of it (`title_words`). Pure string
functions; `merge` turns the pairs into judgements.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from anyascii import anyascii
from rapidfuzz import fuzz

from histdesk.extract.names import strip_possessive, translit_key

_INITIAL = re.compile(r"^[A-Z][a-z]?\.$|^[A-Z]$")  # "M.", "Yu.", "M"
_GIVEN = re.compile(r"^[A-Z][\w’'-]*\.?$")
_SURNAME = re.compile(r"^[A-Z][\w’'-]+$")
_GLUED_INITIALS = re.compile(r"(?<=\.)(?=[A-Z])")  # "M.I. Kalinin"
# A quoted nickname inside a name ('Edwin "Buzz" Aldrin') is no given name: it is dropped.
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘'][A-Z][^\"“”‘’']{0,30}[\"”’']\s+(?=[A-Z])")
GIVEN_NAME_SIMILARITY = 85.0
# Particles that join a surname ("von Rundstedt", "de Gaulle"); lower case inside a name.
PARTICLES = frozenset("de du des von van der den di da del della le la ter ten dos das".split())
_ELIDED = re.compile(r"^[dlDL][’'][A-Z]")  # "d'Yeu", "l'Air"
# Honorifics, ranks and offices written before a person's name: never the name itself.
TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady general gen lieutenant lt major maj
    colonel col captain capt commander cdr admiral vice rear field marshal brigadier sergeant
    sgt corporal president premier prime minister chancellor secretary ambassador king queen
    prince princess emperor empress tsar czar tsarina kaiser duke duchess count countess
    baron baroness pope cardinal archbishop bishop comrade chairman senator governor mayor
    grand deputy generalissimo""".split()
)
# Title words that only qualify the next one ("Vice Admiral", "Grand Duke"): at the end of
# a run of titles they begin the name instead ("Grand Casino").
_QUALIFIERS = frozenset("vice rear field grand deputy prime".split())


def is_particle(word: str) -> bool:
    """'von', 'de', "d'Yeu": the lower-case joints of a name."""
    return word in PARTICLES or bool(_ELIDED.match(word))


def title_words(words: list[str]) -> int:
    """How many leading `words` are a title ('General', 'Vice Admiral', 'Prime Minister');
    0 when the first is none. A name made only of titles has nothing left."""
    n = 0
    while n < len(words) and words[n].rstrip(".").casefold() in TITLES:
        n += 1
    while n and words[n - 1].rstrip(".").casefold() in _QUALIFIERS:
        n -= 1
    return n


@dataclass(frozen=True)
class PersonName:
    """A name split into given names (initials or full, in order) and a surname."""

    given: tuple[str, ...]
    surname: str

    @property
    def surname_key(self) -> str:
        """The surname without its particles: 'von Rundstedt' and 'Rundstedt' meet."""
        words = [w for w in self.surname.split() if w.casefold() not in PARTICLES]
        return translit_key(" ".join(words) or self.surname)


def parse_person(name: str) -> PersonName | None:
    """'M. I. Kalinin', 'Kalinin, M. I.' or 'Mikhail Kalinin' -> PersonName; a lone surname
    gives no given names; None when the name is not shaped like a person's ('Workers'
    Opposition of X', lower-case words, digits)."""
    name = _NICKNAME.sub(" ", _GLUED_INITIALS.sub(" ", strip_possessive(name).strip()))
    if name.count(",") == 1:
        surname, _, rest = name.partition(",")
        words = rest.split() + surname.split()
    else:
        words = name.split()
    words = words[title_words(words) :]
    if not words or not _SURNAME.match(words[-1]) or _INITIAL.match(words[-1]):
        return None
    cut = len(words) - 1
    while cut > 0 and words[cut - 1].casefold() in PARTICLES:
        cut -= 1
    if not all(_GIVEN.match(w) for w in words[:cut]):
        return None
    return PersonName(tuple(words[:cut]), " ".join(words[cut:]))


def is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word))


def given_agree(a: str, b: str) -> bool:
    """One given name written two ways: initial vs full ('M.' / 'Mikhail', 'Yu.' / 'Iurii'),
    two initials, or two full names in two romanisations ('Alexander' / 'Aleksandr')."""
    if is_initial(a) and is_initial(b):
        return translit_key(a) == translit_key(b)
    if is_initial(a) or is_initial(b):
        initial, full = (a, b) if is_initial(a) else (b, a)
        letters = initial.rstrip(".").casefold()
        plain = anyascii(full).casefold()
        return plain.startswith(letters) or translit_key(full).startswith(translit_key(letters))
    ka, kb = translit_key(a), translit_key(b)
    return ka == kb or (ka[:1] == kb[:1] and fuzz.ratio(ka, kb) >= GIVEN_NAME_SIMILARITY)


def compatible(a: PersonName, b: PersonName) -> bool:
    """Same surname key, both with given names, agreeing wherever both write one."""
    if a.surname_key != b.surname_key or not a.given or not b.given:
        return False
    return all(given_agree(x, y) for x, y in zip(a.given, b.given))


def initials_pairs(people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Key pairs of (key, form) person names that `compatible` says are one person.

    Names are blocked by surname key (a hash join, never all pairs). A name that agrees with
    two names which disagree with each other ('A. Orlov' with 'Anton Orlov' and 'Andrei
    Orlov') is ambiguous and pairs with nothing, so no chain joins two different people.
    """
    blocks: dict[str, list[tuple[str, PersonName]]] = defaultdict(list)
    for key, form in people:
        parsed = parse_person(form)
        if parsed and parsed.given:
            blocks[parsed.surname_key].append((key, parsed))
    pairs: list[tuple[str, str]] = []
    for surname in sorted(blocks):
        pairs += _block_pairs(dict(blocks[surname]))
    return pairs


def _block_pairs(parsed: dict[str, PersonName]) -> list[tuple[str, str]]:
    links: dict[str, set[str]] = {key: set() for key in parsed}
    for a, b in combinations(sorted(parsed), 2):
        if compatible(parsed[a], parsed[b]):
            links[a].add(b)
            links[b].add(a)
    hubs = {
        key for key, linked in links.items()
        if any(not compatible(parsed[x], parsed[y]) for x, y in combinations(sorted(linked), 2))
    }
    return [
        (a, b) for a in sorted(links) for b in sorted(links[a])
        if a < b and a not in hubs and b not in hubs
    ]


def surname_pairs(
    people: list[tuple[str, str]], same: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(lone surname key, full name key) for (key, form) person names when every full name
    with that surname is one person by the `same` key pairs so far ('Petrov' -> 'Ivan
    Petrov' = 'Jan Pietrow'; 'Rundstedt' and 'De Gaulle' count without their particles)."""
    parent = {key: key for key, _form in people}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in same:
        if a in parent and b in parent:
            parent[find(b)] = find(a)
    holders: dict[str, list[str]] = defaultdict(list)
    singles = []
    for key, form in people:
        parsed = parse_person(form)
        if parsed and parsed.given:
            holders[parsed.surname_key].append(key)
        elif parsed:
            singles.append((key, parsed.surname_key))
    pairs = []
    for short, surname in singles:
        held = holders.get(surname, [])
        if held and len({find(k) for k in held}) == 1:
            pairs.append((short, min(held, key=lambda k: (k.split()[-1] != short, k))))
    return pairs
