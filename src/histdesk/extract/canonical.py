"""The one name an entity is shown under, chosen from the forms its mentions take.

Corrections come first and reach every form holding the corrected word: "Kozlovsky, not
Kozlovski" renames "Alexander Kozlovski" too. Then expansions beat acronyms, the alias a
text offers beats the name it glosses, of forms differing only by diacritics the most
frequent wins (ties: the accented one, as the writer took care), the most frequent spelling of
the last word wins (a short form counts for the long form it begins), and among those the
name with most full given names and words ('Mikhail Kalinin' over 'M. I. Kalinin').

`stable_ids` keeps an entity's id across re-clustering, so a judgement on two names does not
renumber every other entity of the workspace.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from anyascii import anyascii

from histdesk.extract.initials import is_initial
from histdesk.extract.names import is_acronym, name_key
from histdesk.model import Entity, Mention


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
    cands, forms = _fold_diacritics(cands, forms)
    lasts: Counter = Counter()
    for f in cands:
        lasts[_extension(f, cands).split()[-1]] += forms[f]
    top = max(lasts, key=lambda w: (lasts[w], w[:1].isupper()))
    cands = [f for f in cands if f.split()[-1] == top]
    return min(cands, key=lambda f: (
        -sum(not is_initial(w) for w in f.split()), -len(f.split()), -forms[f],
        not f[:1].isupper(), first[f],
    ))


def _fold_diacritics(cands: list[str], forms: Counter) -> tuple[list[str], Counter]:
    """Candidates with each set of forms equal but for diacritics ('Pétain', 'Petain') cut
    to its most frequent form (ties: the accented one), which takes the set's count."""
    folded: dict[str, list[str]] = defaultdict(list)
    for f in cands:
        folded[anyascii(f)].append(f)
    counts = Counter(forms)
    kept = []
    for group in folded.values():
        best = max(group, key=lambda f: (forms[f], f != anyascii(f)))
        counts[best] = sum(forms[f] for f in group)
        kept.append(best)
    return [f for f in cands if f in kept], counts


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


def stable_ids(groups: Sequence[Sequence[Mention]], previous: Sequence[Entity]) -> list[int]:
    """One id per group of mentions: an old entity's id goes to the group holding most of
    its mentions (by span, then by name key), largest overlaps first (ties: the larger old
    entity, then the lower id), each id once; other groups take ids above every old one, in
    order. No `previous`: 1..n."""
    ids: dict[int, int] = {}
    size = {e.id: len(e.mentions) for e in previous}
    for overlap in (_span_overlap, _key_overlap):
        counts = overlap(groups, previous)
        used = set(ids.values())
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -size[kv[0][1]], kv[0][1]))
        for (group, old), _n in ranked:
            if group not in ids and old not in used:
                ids[group] = old
                used.add(old)
    fresh = max([e.id for e in previous] + [0]) + 1
    for group in range(len(groups)):
        if group not in ids:
            ids[group], fresh = fresh, fresh + 1
    return [ids[group] for group in range(len(groups))]


def _span_overlap(groups, previous) -> Counter:
    old = {(m.document, m.start, m.end): e.id for e in previous for m in e.mentions}
    counts: Counter = Counter()
    for i, group in enumerate(groups):
        for m in group:
            if (m.document, m.start, m.end) in old:
                counts[(i, old[(m.document, m.start, m.end)])] += 1
    return counts


def _key_overlap(groups, previous) -> Counter:
    holders: dict[str, set[int]] = defaultdict(set)
    for e in previous:
        for form in (e.name, *e.aliases, *(m.text for m in e.mentions)):
            holders[name_key(form)].add(e.id)
    counts: Counter = Counter()
    for i, group in enumerate(groups):
        for key in {name_key(m.text) for m in group}:
            for old in holders.get(key, ()):
                counts[(i, old)] += 1
    return counts
