"""Entity mentions from a spaCy `Doc`, and type correction by agreement, context and gazetteer.

`mentions_from_doc` takes the model's entities and repairs their spans (leading "the",
possessives, @handles, spans broken by an acronym), then adds what a small model misses:
acronyms such as "RCP(B)" or "RCP (Bolshevik)", an organisation's parenthetical qualifier
("... Party (Bolsheviks)") and proper nouns outside any entity ("the Komsomol").

`fix_types` distrusts the model's labels, which flip between mentions of one name: every
mention casts weighted votes (the model's label, the name's shape, cue phrases around it,
the gazetteer) and all mentions of a name take the type with most weight; names in one
coordination ("Zinoviev, Kamenev and Stalin") then lend each other their type.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from histdesk.extract.names import is_acronym, load_gazetteer, name_key, shape_votes
from histdesk.model import ENTITY_TYPES, Mention

KEPT_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC"})
_ACRONYM_SPAN = re.compile(r"(?<![\w@’'])[A-Z][A-Za-z]*[A-Z](?:\s?\([A-Za-z][a-z]*\))?(?!\w)")
_NOT_ACRONYMS = frozenset("OK TV AM PM AD BC BCE CE PS NB FAQ LOL IMO IMHO BTW AKA".split())
_QUALIFIER = re.compile(r"\s?\([A-Z][a-z]+s\)")  # "Party (Bolsheviks)": part of the name
_TRAILING = re.compile(r"(?:[\s,;:(\-–—]|\b(?:of|the|and|in|for|at|to)\b)+$")
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_ENDING_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_INNER_POSSESSIVE = re.compile(r"['’]s\s")
_OF_THE = re.compile(r"\s(?:of|for|in)(?:\s+the)?\s*$")


def mentions_from_doc(doc: Doc) -> list[Mention]:
    """Entity mentions of `doc` (types in `KEPT_TYPES`), offsets into `doc.text`, sorted.

    Acronyms and qualified names win over the model's spans they overlap; a model span
    broken by one keeps its longest remaining part. Dates, numbers and @handles are dropped.
    """
    text = doc.text
    model = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    strong = _acronyms(text, model) + _qualified(text, model)
    kept = [(s, e, label, 1) for (s, e), label in model.items() if label in KEPT_TYPES]
    heads = {
        name_key(text[s:e]) for s, e, _, _ in kept if not _INNER_POSSESSIVE.search(text[s:e])
    }
    every = [(s, e, label, 1) for (s, e), label in model.items()]
    spans = _resolve(text, strong + kept + _orphans(doc, strong + every))
    found = {}
    for start, end, label in spans:
        trimmed = _trim(text, start, end, heads)
        if trimmed and _plausible(text, *trimmed, label):
            found[trimmed] = Mention(trimmed[0], trimmed[1], text[slice(*trimmed)], label)
    return [found[key] for key in sorted(found)]


def _acronyms(text: str, model: dict) -> list[tuple[int, int, str, int]]:
    """All-caps names with an optional parenthetical letter or word, ORG unless the model
    labelled the very same span; roman numerals and shouted phrases are skipped."""
    out = []
    for match in _ACRONYM_SPAN.finditer(text):
        word = match.group().split("(")[0].strip()
        lowers = sum(ch.islower() for ch in word)
        if not is_acronym(match.group()) or word in _NOT_ACRONYMS or lowers > len(word) - lowers:
            continue
        if _shouted(text, match.start(), match.end()):
            continue
        out.append((match.start(), match.end(), model.get(match.span(), "ORG"), 0))
    return [span for span in out if span[2] in KEPT_TYPES]


def _shouted(text: str, start: int, end: int) -> bool:
    """An all-caps word beside another one across a plain space ("THE END"); a list of
    acronyms ("GPU, OGPU") is punctuated and still counts."""
    before = re.search(r"([A-Za-z]+) $", text[max(0, start - 30) : start])
    after = re.match(r" ([A-Za-z]+)", text[end : end + 30])
    return any(m and len(m[1]) > 1 and m[1].isupper() for m in (before, after))


def _qualified(text: str, model: dict) -> list[tuple[int, int, str, int]]:
    """An ORG followed by a plural capitalised word in parentheses takes it into its name."""
    out = []
    for (start, end), label in model.items():
        match = _QUALIFIER.match(text, end)
        if label == "ORG" and match:
            out.append((start, match.end(), "ORG", 0))
    return out


def _orphans(doc: Doc, spans: list) -> list[tuple[int, int, str, int]]:
    """Runs of proper nouns inside a sentence that no entity covers: ORG after "the", the
    preceding mention's type inside its parentheses (an alias), else PERSON."""
    if not doc.has_annotation("TAG"):
        return []
    covered = {i for s, e, _, _ in spans for i in range(s, e)}
    text, out, run = doc.text, [], []
    for tok in doc:
        line_start = not text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip()
        if (tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and len(tok.text) > 1
                and not tok.is_sent_start and not line_start and tok.idx not in covered
                and not tok.text.isupper() and text[tok.idx - 1 : tok.idx] != "@"
                and not (len(tok.text) <= 3 and text[tok.idx + len(tok.text) :][:1] == ".")):
            run.append(tok)
            continue
        if run:
            out.append(_orphan_span(text, run, spans))
        run = []
    if run:
        out.append(_orphan_span(text, run, spans))
    return out


def _orphan_span(text: str, run: list, spans: list) -> tuple[int, int, str, int]:
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    before = text[max(0, start - 40) : start]
    label = "PERSON"
    if re.search(r"\bthe\s+$", before, re.IGNORECASE):
        label = "ORG"
    elif re.search(r"\(\s*$", before):
        prev_end = len(text[: text.rfind("(", 0, start)].rstrip())
        label = next((lab for s, e, lab, _ in spans if e == prev_end), label)
    return (start, end, label, 2)


def _resolve(text: str, spans: list) -> list[tuple[int, int, str]]:
    """Keep non-overlapping spans by rank (0 rules, 1 model, 2 orphans), longer first. A
    model span cut by a better one keeps its longest uncovered piece only when that piece
    names a body of its own ("Plenum of the Central Committee of the RCP(B)")."""
    taken: list[tuple[int, int]] = []
    out = []
    for start, end, label, rank in sorted(spans, key=lambda s: (s[3], s[0] - s[1], s[0])):
        pieces, cursor = [], start
        for s, e in sorted(taken):
            if s < end and e > cursor:
                pieces.append((cursor, s))
                cursor = max(cursor, e)
        pieces.append((cursor, end))
        pieces = [(s, e) for s, e in pieces if e > s]
        if pieces != [(start, end)]:
            pieces = [p for p in pieces if rank == 1 and _OF_THE.search(text, p[0], p[1])]
        if pieces:
            best = max(pieces, key=lambda p: p[1] - p[0])
            taken.append(best)
            out.append((*best, label))
    return out


def _trim(text: str, start: int, end: int, heads: set[str]) -> tuple[int, int] | None:
    """Drop a leading "the", trailing function words and possessive; cut "Lenin’s Death"
    to "Lenin" when the possessor is itself an entity elsewhere."""
    span = text[start:end]
    inner = _INNER_POSSESSIVE.search(span)
    if inner and name_key(span[: inner.start()]) in heads:
        span = span[: inner.start()]
    span = _TRAILING.sub("", _ENDING_POSSESSIVE.sub("", span.rstrip()))
    lead = _LEADING.match(span)
    offset = lead.end() if lead else 0
    span = span[offset:]
    return (start + offset, start + offset + len(span)) if span.strip() else None


def _plausible(text: str, start: int, end: int, label: str) -> bool:
    span = text[start:end]
    if span.startswith("@") or text[start - 1 : start] == "@" or not name_key(span):
        return False
    if label != "NORP" and not any(ch.isupper() for ch in span):
        return False
    return not span.replace(" ", "").isdigit()


_NAME_RUN = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
_HUMAN_VERBS = (
    "became|died|said|wrote|married|argued|asked|approached|expressed|protested|decided|found"
    "|resigned|spoke|believed|wanted|refused|fled|met|replied|claimed|insisted|was born"
)
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
    (r"\b(?:in|near|outside|across|throughout)\s+$", "before", "GPE", 1.0),
    (r"\b(?:living|lived|lives|born|died|settled|moved|arrived|stationed|exiled|based)"
     r"\s+(?:in|to|at|near)\s+$", "before", "GPE", 2.0),
    (r"\b(?:city|town|village|capital|port|region|province|republic|district)\s+of\s+$",
     "before", "GPE", 2.0),
    (r"^,\s+(?:the\s+)?(?:city|town|village|capital|port|region|province)\b", "after", "GPE", 2.0),
    (r"\b(?:renamed|(?:would|will|to|shall)\s+be\s+(?:re)?named)\s+(?:as\s+|to\s+)?$",
     "before", "GPE", 1.5),
    (r"^[^.!?]{0,80}\b(?:renamed|be\s+(?:re)?named)\s+(?:as\s+|to\s+)?[A-Z]", "after", "GPE", 1.5),
    (r"^\s*\([A-Z]{2,}[A-Za-z]*\)", "after", "ORG", 2.0),
    (r"\b(?:members?\s+of|joined|join|joining|expelled\s+from)\s+(?:the\s+)?$",
     "before", "ORG", 1.0),
    (r"\bthe\s+$", "before", "PERSON", -1.0),
)
_COMPILED = tuple((re.compile(p), side, typ, w) for p, side, typ, w in _CONTEXT_CUES)
_COORDINATION = re.compile(r"^\s*(?:,|,?\s*and|&)\s*$")
GAZETTEER_WEIGHT = 4.0


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
    for i, j in _coordinated(mentions, texts):
        votes[i][winners[name_key(mentions[j].text)]] += 1.0
        votes[j][winners[name_key(mentions[i].text)]] += 1.0
    winners = _winners(mentions, votes)
    return [replace(m, type=winners[name_key(m.text)]) for m in mentions]


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
    votes: Counter = Counter({label: 1.0})
    votes.update(shape_votes(name))
    for pattern, side, typ, weight in _COMPILED:
        if pattern.search(before if side == "before" else after):
            votes[typ] += weight
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
            (t for t in total if t in KEPT_TYPES),
            key=lambda t: (-total[t], -labels[key][t], ENTITY_TYPES.index(t)),
        )
        winners[key] = ranked[0] if ranked else labels[key].most_common(1)[0][0]
    return winners


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
