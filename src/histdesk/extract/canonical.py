"""The one name an entity is shown under, chosen from the forms its mentions take.

Corrections come first and reach every form holding the corrected word: "Kozlovsky, not
Kozlovski" renames "Alexander Kozlovski" too. Then expansions beat acronyms, the alias a
text offers beats the name it glosses, ASCII beats diacritics, the most frequent spelling of
the last word wins (a short form counts for the long form it begins), and among those the
name with most full given names and words ('Mikhail Kalinin' over 'M. I. Kalinin').
"""

from __future__ import annotations

from collections import Counter

from anyascii import anyascii

from histdesk.extract.initials import is_initial
from histdesk.extract.names import is_acronym, name_key


def canonical_name(
    forms: Counter, first: dict[str, int], alias_side: set[str], prefs: dict[str, str]
) -> str:
    """`forms` counts each surface form, `first` is its first position, `alias_side` holds
    the `name_key`s a text offered as aliases, `prefs` maps wrong `name_key`s to right forms."""
    forms, first, fixed = _corrected(forms, first, prefs)
    cands = [f for f in forms if not is_acronym(f)] or list(forms)
    fixed_lasts = {f.split()[-1] for f in fixed}
    cands = [f for f in cands if f.split()[-1] in fixed_lasts] or cands
    cands = [f for f in cands if name_key(f) in alias_side] or cands
    cands = [f for f in cands if f == anyascii(f)] or cands
    lasts: Counter = Counter()
    for f in cands:
        lasts[_extension(f, cands).split()[-1]] += forms[f]
    top = max(lasts, key=lambda w: (lasts[w], w[:1].isupper()))
    cands = [f for f in cands if f.split()[-1] == top]
    return min(cands, key=lambda f: (
        -sum(not is_initial(w) for w in f.split()), -len(f.split()), -forms[f],
        not f[:1].isupper(), first[f],
    ))


def _corrected(forms: Counter, first: dict[str, int], prefs: dict[str, str]):
    """Forms with corrections applied (whole names, or a corrected one-word surname as the
    last word of a longer name), their counts and first positions merged; plus the set of
    forms a correction produced."""
    out: Counter = Counter()
    positions: dict[str, int] = {}
    fixed: set[str] = set()
    for form in sorted(forms, key=first.get):
        right = correct(form, prefs)
        out[right] += forms[form]
        positions.setdefault(right, first[form])
        if right != form:
            fixed.add(right)
    return out, positions, fixed


def correct(form: str, prefs: dict[str, str]) -> str:
    """`form` with a correction applied: the whole name's, else its last word's when that
    correction is itself one word ('Alexander Kozlovski' -> 'Alexander Kozlovsky')."""
    if name_key(form) in prefs:
        return prefs[name_key(form)]
    words = form.split()
    right = prefs.get(name_key(words[-1])) if len(words) > 1 else None
    if right and len(right.split()) == 1:
        return " ".join(words[:-1] + [right])
    return form


def _extension(form: str, cands: list[str]) -> str:
    """The longest candidate that `form` is a word prefix of ('Tenth Congress' -> 'Tenth
    Congress of the Party'), else `form` itself."""
    words = name_key(form).split()
    longer = [c for c in cands if name_key(c).split()[: len(words)] == words]
    return max(longer, key=lambda c: len(name_key(c).split()), default=form)
