"""Proper nouns the model left outside every entity ("Operation Dynamo ran", "(Cheka)").

A run of capitalised proper nouns inside a sentence becomes a mention of its own: ORG after
"the", the preceding mention's type inside parentheses (an alias), else PERSON. Split from
`entities.py`, which calls `orphans` with the spans it already has.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from histdesk.extract.names import LANDFORM_HEADS, shape_votes

_LANDFORM = re.compile(rf"^(?:{LANDFORM_HEADS})$")  # closes a run: "Little Round" + "Top"
_ORDINAL_BEFORE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:st|nd|rd|th)|First|Second|Third|\d+(?:st|nd|rd|th)) $"
)


def orphans(doc: Doc, spans: list) -> list[tuple[int, int, str, int]]:
    """Runs of proper nouns inside a sentence that no entity covers: ORG after "the", the
    preceding mention's type inside its parentheses (an alias), else PERSON."""
    if not doc.has_annotation("TAG"):
        return []
    covered = {i for s, e, _, _ in spans for i in range(s, e)}
    text, out, run = doc.text, [], []
    for tok in doc:
        head = run and _LANDFORM.match(tok.text) and tok.idx not in covered
        if _proper(tok, text, covered) or head or (not run and _opening(tok, text, covered)):
            run.append(tok)
            continue
        if run:
            out.append(_orphan_span(text, run, spans))
        run = []
    if run:
        out.append(_orphan_span(text, run, spans))
    return [o for o in out if not _lone_head(text, o[0], o[1])]


def _lone_head(text: str, start: int, end: int) -> bool:
    """A lone head word ("the I and XI Corps") is a common noun there, not a name, unless
    "of" or an ordinal names the body ("Army of Northern Virginia", "the Tenth Congress")."""
    word = text[start:end]
    named = text[end : end + 4] == " of " or _ORDINAL_BEFORE.search(text, max(0, start - 20), start)
    return " " not in word and "ORG" in shape_votes(word) and not named


def _proper(tok, text: str, covered: set[int]) -> bool:
    """A capitalised proper noun not inside an entity, not opening a sentence or a line,
    not an acronym, @handle or abbreviation ("Mr.")."""
    line_start = not text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip()
    return (
        tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and len(tok.text) > 1
        and not tok.is_sent_start and not line_start and tok.idx not in covered
        and not tok.text.isupper() and text[tok.idx - 1 : tok.idx] != "@"
        and not (len(tok.text) <= 3 and text[tok.idx + len(tok.text) :][:1] == ".")
    )


def _opening(tok, text: str, covered: set[int]) -> bool:
    """A sentence's first word starts a run when a proper noun follows ("Operation Dynamo
    ran"): alone it may be any capitalised word."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None and tok.tag_ in ("NNP", "NNPS") and tok.text.istitle()
        and tok.idx not in covered and _proper(nxt, text, covered)
    )


def _orphan_span(text: str, run: list, spans: list) -> tuple[int, int, str, int]:
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    before = text[max(0, start - 40) : start]
    label = "PERSON"
    if re.search(r"\bthe\s+(?:[A-Z][\w-]+\s+)?$", before, re.IGNORECASE):
        label = "ORG"
    elif re.search(r"\(\s*$", before):
        prev_end = len(text[: text.rfind("(", 0, start)].rstrip())
        label = next((lab for s, e, lab, _ in spans if e == prev_end), label)
    return (start, end, label, 2)
