"""Type correction by agreement, context and gazetteer.

`fix_types` distrusts the model's labels, which flip between mentions of one name: every
mention casts weighted votes (the model's label, the name's shape, cue phrases around it,
the gazetteer) and all mentions of a name take the type with most weight; names after one
preposition in one sentence ("landed on Utah ..., the British on Gold") and names in one
coordination ("Zinoviev, Kamenev and Stalin") then lend each other their type. A lone
surname of exactly one person named in full ("Reynaud" beside "Paul Reynaud") is a PERSON
whatever the votes say, unless the gazetteer types it otherwise.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import replace

from histdesk.extract.initials import compatible, parse_person
from histdesk.extract.names import is_acronym, load_gazetteer, name_key, shape_votes
from histdesk.extract.span_repairs import DOCUMENT_NOUNS
from histdesk.model import ENTITY_TYPES, Mention

# The types a mention may end up with: the model's kept labels plus titles of works and
# vehicles (PRODUCT), which only rules and cue phrases assign (the small model's own
# WORK_OF_ART and PRODUCT spans are too noisy to keep).
TYPED = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"}
)
_VEHICLES = (
    "battleship|cruiser|carrier|destroyer|frigate|submarine|corvette|warship|flagship|liner"
    "|steamer|steamship|ship|vessel|yacht|schooner|spacecraft|module|capsule|rocket|probe"
    "|lander|orbiter|airship|locomotive"
)
_ADMINISTRATIVE = (
    "province|region|oblast|governorate|guberniia|gubernia|district|county|prefecture|uezd"
    "|okrug|krai|raion"
)
_PERIODICALS = "newspaper|journal|magazine|gazette|daily|weekly|periodical|bulletin"
_WORKS = "book|novel|poem|play|film|memoir|memoirs|pamphlet|essay|monograph|opera|biography"
_NAME_RUN = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
_MOTION = (
    "evacuated|evacuation|withdrew|withdrawn|retreated|fled|flew|sailed|escaped|advanced"
    "|marched|moved|returned|travelled|traveled|landed|landing|ashore|driven|pushed|retired"
)
# Words between a verb of motion and its preposition: up to two, or a gapped clause
# ("landed on Utah, the British on Gold").
_GAP = r"(?:[\w’'-]+\s+){0,2}?|[^.;!?\n]{0,100}?(?:,|\band)\s+(?:the\s+)?[A-Z][\w’'-]+\s+"
_PLACE_NOUNS = (
    "city|town|village|capital|port|region|province|republic|district|clearing|forest|outskirts"
    "|streets|harbou?r|beach(?:es)?|coast|suburbs?|island|valley|heights|bay|gulf|banks?"
    "|battle|siege|(?:north|south|east|west)(?:ern)?\\s+(?:half|part|edge|outskirts)"
)
_LANDFORMS = (
    "coast|coastline|river|valley|estuary|beach(?:es)?|shore|bridgehead|sector|peninsula"
    "|plateau|hills|mountains|basin|delta|pocket|perimeter"
)
_HUMAN_VERBS = (
    "became|died|said|wrote|married|argued|asked|approached|expressed|protested|decided|found"
    "|resigned|spoke|believed|wanted|refused|fled|met|replied|claimed|insisted|was born"
    "|defeated|crossed|took|led|sent|attacked|ordered|governed|replaced|was (?:assassinated"
    "|murdered|killed|stabbed|named|elected|crowned)"
)
# A one-word Latin or Greek personal name ("Brutus", "Cassius", "Octavian"): its ending is
# evidence only beside a person's verb ("Russian" is a nationality).
_CLASSICAL = re.compile(r"^[A-Z][a-z]+(?:us|ius|ian)$")
CLASSICAL_WEIGHT = 1.5
# Cue phrases as (pattern, side, type, weight): side "before" is matched against the text
# that ends where the mention starts, "after" against the text that starts where it ends.
_CONTEXT_CUES = (
    (r"\b(?:Mr|Mrs|Ms|Dr|Prof|Comrade|General|Marshal|President|Premier|Tsar|Czar|King|Queen"
     r"|Prince|Princess|Emperor|Empress|Lord|Lady|Sir|Pope|Count|Countess|Baron|Admiral"
     r"|Colonel|Captain)\.?\s+$", "before", "PERSON", 2.0),
    (r"\b(?:widow|widower|wife|husband|son|daughter|brother|sister|mother|father|nephew|niece)"
     rf"\s+of\s+(?:{_NAME_RUN},\s+)?$", "before", "PERSON", 2.0),
    (r"^,\s+(?:the\s+)?(?:head|leader|chairman|chairwoman|founder|creator|secretary|wife|widow"
     r"|son|daughter|husband|author|editor|commander|minister|president)\b",
     "after", "PERSON", 2.0),
    (r"^,\s+(?:who|whom|whose)\b|^\s+(?:himself|herself)\b", "after", "PERSON", 1.5),
    (r"^\s*[.;]\s+(?:He|She)\b|^,?\s+(?:he|she)\s", "after", "PERSON", 1.0),
    (rf"^(?:\s*(?:,|and)\s+[A-Z][\w’'-]+)*\s+(?:also\s+|then\s+|later\s+)?(?:{_HUMAN_VERBS})\b",
     "after", "PERSON", 1.0),
    (r"\b(?:defeated|murdered|assassinated|succeeded|took\s+the\s+(?:name|title))\s+"
     rf"(?:{_NAME_RUN}\s+and\s+)?$", "before", "PERSON", 1.0),
    (r"\b(?:governed|ruled|conquered|invaded|annexed|occupied)\s+$", "before", "GPE", 1.5),
    (r"\b(?:\d{1,3}(?:,\d{3})*|hundreds?|thousands?|millions?|many|several)\s+$",
     "before", "NORP", 1.5),
    (r"\b(?:in|near|outside|across|throughout|towards?)\s+$", "before", "GPE", 1.5),
    (r"\b(?<!looked )(?<!shot )(?<!aimed )(?<!laughed )(?<!angry )at\s+$", "before", "GPE", 1.5),
    (r"\b(?:to|from|into)\s+$", "before", "GPE", 1.0),
    (rf"\b(?:{_MOTION})\s+(?:{_GAP})(?:from|to|into|towards?|on|at|in)\s+"
     rf"(?:{_NAME_RUN}\s+and\s+)?$", "before", "GPE", 2.0),
    (r"\b(?:left|leaving|leave|departed|headed|sailed|bound|set\s+out)\b[^.;!?\n]{0,60}\bfor\s+$",
     "before", "GPE", 2.0),
    (r"\b(?:crossed|cross|crosses|crossing|across|through|along)\s+the\s+$", "before", "LOC", 2.0),
    (r"\b(?:the\s+)?river\s+$", "before", "LOC", 2.0),
    (rf"^\s+(?:{_LANDFORMS})\b", "after", "LOC", 2.0),
    (r"\b(?:living|lived|lives|born|died|settled|moved|arrived|stationed|exiled|based)"
     r"\s+(?:in|to|at|near)\s+$", "before", "GPE", 2.0),
    (rf"\b(?:{_PLACE_NOUNS})\s+of\s+$", "before", "GPE", 2.0),
    (r"^,\s+(?:the\s+)?(?:city|town|village|capital|port|region|province)\b", "after", "GPE", 2.0),
    (r"\b(?:renamed|(?:would|will|to|shall)\s+be\s+(?:re)?named)\s+(?:as\s+|to\s+)?$",
     "before", "GPE", 1.5),
    (r"^[^.!?]{0,80}\b(?:renamed|be\s+(?:re)?named)\s+(?:as\s+|to\s+)?[A-Z]", "after", "GPE", 1.5),
    (r"^\s*\([A-Z]{2,}[A-Za-z]*\)", "after", "ORG", 2.0),
    (r"\b(?:members?\s+of|joined|join|joining|expelled\s+from)\s+(?:the\s+)?$",
     "before", "ORG", 1.0),
    (r"\bthe\s+$", "before", "PERSON", -1.0),
    (rf"^\s+(?:{_ADMINISTRATIVE})\b", "after", "GPE", 3.0),
    (r"^\s+(?:uprising|rising|rebellion|revolt|insurrection|mutiny)\b", "after", "GPE", 0.5),
    (rf"\b(?:{_PERIODICALS})\s*,?\s+(?:the\s+)?$", "before", "ORG", 3.0),
    (rf"^,\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,2}}(?:{_PERIODICALS})\b",
     "after", "ORG", 3.0),
    (r"^\s+(?:reported|editoriali[sz]ed)\b", "after", "ORG", 1.0),
    (r"^\s+(?:factory|plant|works|mill|shipyard|mine|prison|cathedral|monastery|bridge)\b",
     "after", "FAC", 2.0),
    (rf"\b(?:{_WORKS})\s*,?\s+$", "before", "WORK_OF_ART", 3.0),
    (rf"\b(?:{_VEHICLES})\s+(?:the\s+)?$", "before", "PRODUCT", 3.0),
    (r"[\"“«]$", "before", "WORK_OF_ART", 1.0),
    (rf"\b(?:{DOCUMENT_NOUNS})\s*,?\s*[\"“«]$", "before", "WORK_OF_ART", 3.0),
)
_THE_BEFORE = re.compile(r"\bthe\s+$")
THE_PLACE_WEIGHT = 1.5
_NOUN_END = re.compile(
    r"^(?:\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|and|or|while|with|to|from|for|by|is|was|were)\b)"
)
_COMPILED = tuple((re.compile(p), side, typ, w) for p, side, typ, w in _CONTEXT_CUES)
_COORDINATION = re.compile(r"^\s*(?:,|,?\s*and|&)\s*$")
_PREPOSITION = re.compile(r"\b(on|in|at|near|from)\s+(?:the\s+)?$")
PARALLEL_CHARS = 150
GAZETTEER_WEIGHT = 4.0
# The small model calls many one-word places ORG; without an organisation's head word or
# an acronym's shape that label counts for less than a context cue.
BARE_ORG_WEIGHT = 0.5


def fix_types(
    mentions: list[Mention], texts: dict[int, str], gazetteer: dict[str, str] | None = None
) -> list[Mention]:
    """The mentions with one corrected type per name, in the given order.

    `texts` maps a mention's `document` to the text its offsets point into (a missing text
    only loses context cues). `gazetteer` maps `name_key`s to types; default: the packaged
    `data/gazetteer.tsv` (see `names.load_gazetteer`).
    """
    gazetteer = load_gazetteer() if gazetteer is None else gazetteer
    votes = [_votes(m, texts.get(m.document, ""), gazetteer) for m in mentions]
    winners = _winners(mentions, votes)
    for pairs in (_parallel(mentions, texts), _coordinated(mentions, texts)):
        for i, j in pairs:
            votes[i][winners[name_key(mentions[j].text)]] += 1.0
            votes[j][winners[name_key(mentions[i].text)]] += 1.0
        winners = _winners(mentions, votes)
    winners.update(_surnames(winners, gazetteer))
    return [replace(m, type=winners[name_key(m.text)]) for m in mentions]


def _surnames(winners: dict[str, str], gazetteer: dict[str, str]) -> dict[str, str]:
    """{key: "PERSON"} for lone surnames ('Reynaud', 'De Gaulle') whose full PERSON names
    ('Paul Reynaud') all agree, i.e. are one person."""
    holders: dict[str, list] = defaultdict(list)
    lone = {}
    for key, typ in winners.items():
        parsed = parse_person(key.title())
        if parsed is None:
            continue
        if parsed.given and typ == "PERSON":
            holders[parsed.surname_key].append(parsed)
        elif not parsed.given and gazetteer.get(key, "PERSON") == "PERSON":
            lone[key] = parsed.surname_key
    out = {}
    for key, surname in lone.items():
        held = holders.get(surname, [])
        if held and all(compatible(a, b) for a in held for b in held):
            out[key] = "PERSON"
    return out


def _votes(m: Mention, text: str, gazetteer: dict[str, str]) -> Counter:
    before = text[max(0, m.start - 80) : m.start] if text else ""
    after = text[m.end : m.end + 120] if text else ""
    votes = Counter(dict(_local_votes(m.text, m.type, before, after)))
    typ = gazetteer.get(name_key(m.text))
    if typ:
        votes[typ] += GAZETTEER_WEIGHT
    return votes


@functools.lru_cache(maxsize=65536)
def _local_votes(name: str, label: str, before: str, after: str) -> tuple[tuple[str, float], ...]:
    """Votes from the model label, the name's shape and its context. Cached: every ingest
    re-types the whole workspace, and a mention's context never changes."""
    bare = label == "ORG" and " " not in name.strip() and not is_acronym(name)
    votes: Counter = Counter({label: BARE_ORG_WEIGHT if bare else 1.0})
    votes.update(shape_votes(name))
    if label == "PERSON" and " " not in name.strip() and _THE_BEFORE.search(before):
        if _NOUN_END.match(after):  # "on the Moon," but not "the Gorin revolt"
            votes["LOC"] += THE_PLACE_WEIGHT  # a person's name takes no article
    for pattern, side, typ, weight in _COMPILED:
        if pattern.search(before if side == "before" else after):
            votes[typ] += weight
            if typ == "PERSON" and weight > 0 and _CLASSICAL.match(name.strip()):
                votes[typ] += CLASSICAL_WEIGHT
    return tuple(votes.items())


def _winners(mentions: list[Mention], votes: list[Counter]) -> dict[str, str]:
    """Per name key, the type with the largest summed weight; ties go to the model's most
    frequent label, then to `ENTITY_TYPES` order."""
    totals: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, Counter] = defaultdict(Counter)
    for m, vote in zip(mentions, votes):
        totals[name_key(m.text)].update(vote)
        labels[name_key(m.text)][m.type] += 1
    winners = {}
    for key, total in totals.items():
        ranked = sorted(
            (t for t in total if t in TYPED),
            key=lambda t: (-total[t], -labels[key][t], ENTITY_TYPES.index(t)),
        )
        winners[key] = ranked[0] if ranked else labels[key].most_common(1)[0][0]
    return winners


def _parallel(mentions: list[Mention], texts: dict[int, str]) -> list[tuple[int, int]]:
    """Index pairs of mentions of one sentence after the same preposition, close together
    ("landed on Utah and Omaha, the British on Gold"): parallel phrases, parallel types."""
    order = sorted(
        range(len(mentions)), key=lambda i: (str(mentions[i].document), mentions[i].start)
    )
    pairs, last = [], {}
    for i in order:
        m = mentions[i]
        text = texts.get(m.document, "")
        prep = _PREPOSITION.search(text, max(0, m.start - 12), m.start) if text else None
        if prep is None:
            continue
        j = last.get((m.document, prep[1]))
        near = j is not None and m.start - mentions[j].end < PARALLEL_CHARS
        if near and not re.search(r"[.!?\n]", text[mentions[j].end : m.start]):
            pairs.append((i, j))
        last[(m.document, prep[1])] = i
    return pairs


def _coordinated(mentions: list[Mention], texts: dict[int, str]) -> list[tuple[int, int]]:
    """Index pairs of mentions of one text joined only by a comma, "and" or "&"."""
    order = sorted(
        range(len(mentions)), key=lambda i: (str(mentions[i].document), mentions[i].start)
    )
    pairs = []
    for i, j in zip(order, order[1:]):
        a, b = mentions[i], mentions[j]
        text = texts.get(a.document, "")
        if a.document == b.document and text and _COORDINATION.match(text[a.end : b.start]):
            pairs.append((i, j))
    return pairs
