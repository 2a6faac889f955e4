"""Merging mentions into canonical entities: rules propose judgements, people overrule them.

Mentions with one `name_key` are one name. `propose_judgements` compares names and records
each decision as a `Judgement` (so a brief can show why two spellings were merged);
`cluster` unions names over "same" verdicts. A "user:" judgement on a pair replaces every
rule judgement on it, and a user's "different" is a cannot-link no chain of rules may cross.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from histdesk.extract.canonical import canonical_name, stable_ids
from histdesk.extract.initials import initials_pairs, surname_pairs
from histdesk.extract.names import (
    acronym_key,
    acronym_of,
    aliases_in_text,
    corrections_in_text,
    name_key,
    shape_votes,
    translit_key,
)
from histdesk.model import ENTITY_TYPES, Entity, Judgement, Mention

FUZZY_THRESHOLD = 85.0


@dataclass(frozen=True)
class _Name:
    """All mentions of one name key: its most frequent form and majority type."""

    key: str
    form: str
    type: str


def _names(mentions: list[Mention]) -> dict[str, _Name]:
    forms: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        key = name_key(m.text)
        if key:
            forms[key][m.text] += 1
            types[key][m.type] += 1
    return {k: _Name(k, forms[k].most_common(1)[0][0], _majority(types[k])) for k in forms}


def _majority(types: Counter) -> str:
    return min(types, key=lambda t: (-types[t], ENTITY_TYPES.index(t) if t in ENTITY_TYPES else 99))


def propose_judgements(mentions: list[Mention], texts: dict[int, str]) -> list[Judgement]:
    """Rule judgements between distinct names, strongest rule first, one per pair.

    rule:alias (the text says "X (Y)" or "X, known as Y"), rule:correction ("it is X, not
    Y" between two mentioned names, see `names.corrections_in_text`), rule:acronym ("RCP(B)" is
    "Russian Communist Party (Bolsheviks)"), rule:translit (same romanisation key),
    rule:initials ("M. I. Kalinin" is "Mikhail Kalinin"), rule:shortform ("Tenth Congress"
    after "Tenth Congress of the Party" in one text), rule:surname ("Stalin" is the only full
    name ending in Stalin, counting full names the rules above made one), and rule:fuzzy,
    which only ever says "undecided": a close spelling is a question for a person.
    """
    names = _names(mentions)
    found: dict[tuple[str, str], Judgement] = {}

    def add(a: _Name, b: _Name, verdict: str, rule: str, reason: str) -> None:
        pair = tuple(sorted((a.key, b.key)))
        weaker = pair in found and found[pair].verdict == "undecided" and verdict == "same"
        if a.key != b.key and (pair not in found or weaker):
            found[pair] = Judgement(a.form, b.form, verdict, f"rule:{rule}", reason)

    for a, b in _alias_pairs(mentions, texts, names):
        add(a, b, "same", "alias", f"the text gives {b.form!r} as another name for {a.form!r}")
    for wrong, right in _correction_pairs(mentions, texts, names):
        reason = f"the text corrects {wrong.form!r} to {right.form!r}"
        add(wrong, right, "same", "correction", reason)
    for a, b, rule in _candidate_pairs(names):
        add(a, b, *rule)
    people = [(n.key, n.form) for n in names.values() if n.type == "PERSON"]
    for a, b in initials_pairs(people):
        add(names[a], names[b], "same", "initials", "same surname, given names agree")
    for short, long_ in _shortform_pairs(mentions, names):
        reason = f"{short.form!r} is the short form of {long_.form!r} used after it"
        add(short, long_, "same", "shortform", reason)
    same = [(name_key(j.left), name_key(j.right)) for j in found.values() if j.verdict == "same"]
    for short, full in surname_pairs(people, same):
        reason = "the only full name in the texts with this surname"
        add(names[short], names[full], "same", "surname", reason)
    return list(found.values())


def _alias_pairs(mentions, texts, names) -> list[tuple[_Name, _Name]]:
    by_doc: dict = defaultdict(list)
    for m in mentions:
        by_doc[m.document].append(m)
    pairs = []
    for doc, doc_mentions in by_doc.items():
        for name, alias in aliases_in_text(texts.get(doc, ""), doc_mentions):
            if name_key(name) in names and name_key(alias) in names:
                pairs.append((names[name_key(name)], names[name_key(alias)]))
    return pairs


def _correction_pairs(mentions, texts, names) -> list[tuple[_Name, _Name]]:
    """(wrong, right) names where a text corrects one mentioned name into another."""
    forms = sorted({m.text for m in mentions})
    pairs = []
    for doc in sorted({m.document for m in mentions}, key=str):
        for wrong, right in corrections_in_text(texts.get(doc, ""), forms):
            if name_key(wrong) in names and name_key(right) in names:
                pairs.append((names[name_key(wrong)], names[name_key(right)]))
    return pairs


def _candidate_pairs(names: dict[str, _Name]):
    """(a, b, (verdict, rule, reason)) for every pair some rule speaks to, found by blocking
    (hash joins on acronym and romanisation keys, one vectorised fuzzy pass) instead of
    comparing all pairs, which grew quadratically with the workspace."""
    ordered = sorted(names.values(), key=lambda n: n.key)
    acronyms = [n for n in ordered if acronym_key(n.form)]
    words = [n for n in ordered if not acronym_key(n.form)]
    yield from _acronym_pairs(acronyms, words)
    blocks: dict[tuple[str, str], list[_Name]] = defaultdict(list)
    for n in words:
        blocks[(n.type, translit_key(n.form))].append(n)
    for (_type, key), group in blocks.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                yield a, b, ("same", "translit", f"one name in two romanisations ({key!r})")
    yield from _fuzzy_pairs([n for n in words if len(n.key) >= 4])


def _acronym_pairs(acronyms: list[_Name], words: list[_Name]):
    by_key: dict[str, list[_Name]] = defaultdict(list)
    for n in acronyms:
        by_key[acronym_key(n.form)].append(n)
    for key, group in by_key.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                yield a, b, ("same", "acronym", f"one acronym written two ways ({key})")
    for long_ in (n for n in words if n.type != "PERSON"):
        for initials in acronym_of(long_.form):
            for short in by_key.get(acronym_key(initials) or initials, ()):
                reason = f"{short.form!r} is the initials of {long_.form!r}"
                yield short, long_, ("same", "acronym", reason)


def _fuzzy_pairs(words: list[_Name]):
    """Close spellings of one type: a question for a person, so only ever "undecided"."""
    if len(words) < 2:
        return
    keys = [n.key for n in words]
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    for i, j in zip(*scores.nonzero()):
        a, b = words[i], words[j]
        if i < j and a.type == b.type and _differ_beyond_designator(a.key, b.key):
            yield a, b, ("undecided", "fuzzy", f"spellings {scores[i, j]:.0f}% alike")


def _differ_beyond_designator(a: str, b: str) -> bool:
    """Not one romanisation, and not two bodies told apart by a closing letter or number
    ('Army Group A' / 'Army Group B' are two, not a misspelling)."""
    if translit_key(a) == translit_key(b):
        return False
    head_a, _, last_a = a.rpartition(" ")
    head_b, _, last_b = b.rpartition(" ")
    return not (head_a == head_b and len(last_a) <= 2 and len(last_b) <= 2)


SHORTFORM_TYPES = frozenset({"ORG", "EVENT"})


def _shortform_pairs(mentions: list[Mention], names: dict[str, _Name]):
    """(short, long) ORG/EVENT names where the short one (see `_shortest`) is a word
    prefix of exactly one longer name in every text that holds it, and some text uses it
    after the long one ('Tenth Congress' after 'Tenth Congress of the Party'). Prefixes are
    hashed, so this is a join, not a comparison of all pairs."""
    spans: dict = defaultdict(dict)  # document -> key -> (first start, last start)
    for m in mentions:
        key = name_key(m.text)
        if key in names and names[key].type in SHORTFORM_TYPES:
            first, last = spans[m.document].get(key, (m.start, m.start))
            spans[m.document][key] = (min(first, m.start), max(last, m.start))
    longer: dict[str, set[str]] = defaultdict(set)
    used_after: set[tuple[str, str]] = set()
    for doc_spans in spans.values():
        prefixes: dict[str, set[str]] = defaultdict(set)
        for key in doc_spans:
            words = key.split()
            for n in range(_shortest(words), len(words)):
                prefixes[" ".join(words[:n])].add(key)
        for key, (_first, last) in doc_spans.items():
            longer[key] |= prefixes.get(key, set())
            used_after |= {(key, lk) for lk in prefixes.get(key, ()) if doc_spans[lk][0] < last}
    for short in sorted(longer):
        if len(longer[short]) == 1 and (short, *longer[short]) in used_after:
            yield names[short], names[next(iter(longer[short]))]


def _shortest(words: list[str]) -> int:
    """Words a short form needs: one for a 3+ word name not opened by a head word ('Dow')."""
    return 1 if len(words) >= 3 and not shape_votes(words[0]) else 2


def cluster(
    mentions: list[Mention],
    judgements: list[Judgement],
    preferred: dict[str, str] | None = None,
    previous: list[Entity] | None = None,
) -> list[Entity]:
    """Entities from mentions and judgements, in order of first mention; ids 1..n in that
    order, or, given the `previous` entities of the workspace, their ids kept where a new
    entity holds most of an old one's mentions (see `canonical.stable_ids`).

    Names are unioned over "same" verdicts; user judgements (decided_by "user:...") replace
    rule judgements on the same pair in either order, and a user's "different" blocks any
    merge that would join the two names. `preferred` maps a spelling (any form of its
    `name_key`) to the canonical name to use instead, e.g. {"krupska": "Krupskaya"}.
    """
    names = _names(mentions)
    parent = {key: key for key in names}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    same, cannot, alias_side = _edges(judgements, names)
    for a, b in same:
        ra, rb = find(a), find(b)
        blocked = any({find(x), find(y)} == {ra, rb} for x, y in cannot)
        if ra != rb and not blocked:
            parent[rb] = ra
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if name_key(m.text):
            groups[find(name_key(m.text))].append(m)
    prefs = {name_key(k): v for k, v in (preferred or {}).items()}
    # A correction renames its wrong form only where the right form was joined to it (or is
    # not mentioned at all): once a user splits the two, each keeps its own name.
    prefs = {
        k: v for k, v in prefs.items()
        if k not in names or name_key(v) not in names or find(name_key(v)) == find(k)
    }
    ordered = sorted(groups.values(), key=lambda ms: min(_position(m) for m in ms))
    ids = stable_ids(ordered, previous or [])
    return [_entity(i, ms, alias_side, prefs) for i, ms in zip(ids, ordered)]


def _edges(judgements: list[Judgement], names: dict[str, _Name]):
    """(same pairs, user cannot-links, alias-side keys): user verdicts win per pair."""
    user: dict[tuple[str, str], str] = {}
    rules: dict[tuple[str, str], list[Judgement]] = defaultdict(list)
    for j in judgements:
        a, b = name_key(j.left), name_key(j.right)
        if a == b or a not in names or b not in names:
            continue
        pair = tuple(sorted((a, b)))
        if j.decided_by.startswith("user:"):
            user[pair] = j.verdict
        else:
            rules[pair].append(j)
    same = [p for p, v in user.items() if v == "same"]
    same += [p for p, js in rules.items() if p not in user and any(j.verdict == "same" for j in js)]
    cannot = [p for p, v in user.items() if v == "different"]
    alias_side = {
        name_key(j.right)
        for p, js in rules.items()
        if p not in user
        for j in js
        if j.decided_by == "rule:alias" and j.verdict == "same"
    }
    return same, cannot, alias_side


def _position(m: Mention) -> tuple[int, int]:
    return (-1 if m.document is None else m.document, m.start)


def _entity(
    eid: int, mentions: list[Mention], alias_side: set[str], prefs: dict[str, str]
) -> Entity:
    ordered = sorted(mentions, key=_position)
    forms = Counter(m.text for m in ordered)
    first = {}
    for i, m in enumerate(ordered):
        first.setdefault(m.text, i)
    name = canonical_name(forms, first, alias_side, prefs)
    aliases = tuple(f for f in sorted(forms, key=first.get) if f != name)
    return Entity(
        id=eid,
        name=name,
        type=_majority(Counter(m.type for m in ordered)),
        mentions=tuple(replace(m, entity=eid) for m in ordered),
        aliases=aliases,
    )
