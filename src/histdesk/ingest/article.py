"""A reference article (an encyclopedia entry and the like) -> `Source` with body bounds.

Shape: a title line; a provenance sentence ("The following article is from <Work>
(<year>).") usually followed by a reliability caveat; the title repeated; the body; then
bibliography lines and a copyright line (which may name the edition). Parts that are absent
are left None; the body then runs from after the title to before the bibliography.
"""

from __future__ import annotations

import re

from histdesk.ingest.bibliography import is_bibliographic, parse_entry
from histdesk.model import ParsedDocument, Source

PROVENANCE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:The following|This) (?:article|entry|text|excerpt|extract|passage)\s+"
    r"(?:is|was|has been|comes)\s+(?:\w+\s+){0,2}?(?:from|in)"
    r"|(?:Excerpted|Reproduced|Taken|Adapted)\s+from"
    r"|From|Source:)\s+(?P<work>[^()\n]+?)\s*(?:\((?P<year>\d{4})\)|,\s*(?P<year2>\d{4}))\s*\.?"
)
# Hedges about the source's reliability or slant, as cue phrases (checked only in the
# sentences of the preamble after the provenance, never in the body).
_MODAL = r"\b(?:may|might|can|could|will|would)(?: (?:well|also|sometimes|at times|not))*"
_HEDGED = (
    r"(?:understate|overstate|exaggerate|minimi[sz]e|downplay|overemphasi[sz]e|omit|ignore"
    r"|leave out|reflect|(?:repeat|reproduce|follow|perpetuate|share|accept) (?:[\w\-]+ ){0,3}?"
    r"(?:exaggerations?|errors?|bias(?:es)?|legends?|myths?|mistakes?|inaccuracies|prejudices)"
    r"|contain (?:errors|inaccuracies|mistakes)|have become (?:dated|outdated)"
    r"|be (?:\w+ )?(?:incomplete|partial|one-sided|dated|outdated|out of date|inaccurate"
    r"|unreliable|biased|selective|slanted|misleading|wrong))"
)
CAVEAT = re.compile(
    rf"{_MODAL} {_HEDGED}\b"
    r"|\bwritten from (?:the|a|an) (?:[\w\-]+ ){0,4}?(?:point of view|perspective|standpoint|viewpoint)"
    r"|\breflects? (?:the |a )?(?:[\w\-]+ ){0,3}?(?:views?|accounts?|attitudes?|outlook|prejudices"
    r"|assumptions|scholarship|knowledge|line|propaganda) of (?:its|the|their) (?:time|day|era|period)"
    r"|\bnot (?:yet )?(?:been )?(?:\w+ly )?(?:verified|checked|reviewed|fact-checked|confirmed|corroborated)\b"
    r"|\bunverified\b|\bideologically\b|\bbias(?:ed)?\b|\bone-sided\b|\bpartisan\b|\btendentious\b"
    r"|\b(?:read|used|treated|taken|approached|handled) with (?:caution|care|reservations?|scepticism|skepticism)"
    r"|\bwith caution\b|\bofficial (?:Soviet |party |state )?(?:view|line|position)\b|\bpropaganda\b",
    re.I,
)
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)
_ORDINALS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
EDITION = re.compile(rf"\b(?:\d+(?:st|nd|rd|th)|{_ORDINALS})\s+(?:[Ee]dition\b|[Ee]d\.)")
_SENTENCE = re.compile(r"[^.!?\s][^.!?]*[.!?]+(?=\s|$)|[^.!?\s][^.!?]*$")
_PREAMBLE_LINES = 6  # provenance and caveat are within this many lines of the title
_CAVEAT_WORDS = 40  # a longer line after the provenance is the body, whatever it hedges


def parse_article(name: str, text: str, sha: str) -> ParsedDocument:
    """Parse a reference article; the title is its first non-blank line."""
    lines = _lines(text)
    content = [i for i, (_s, _e, t) in enumerate(lines) if t]
    if not content:
        return ParsedDocument(name=name, kind="source", text=text, sha256=sha)
    title = lines[content[0]][2]
    prov_i = next((i for i in content[1:_PREAMBLE_LINES] if PROVENANCE.search(lines[i][2])), None)
    body_from = _body_first_line(lines, content, title, prov_i)
    body_to, bib, copyright_line = _tail(lines, body_from)
    body_start = lines[body_from][0] if body_from < len(lines) else len(text)
    body_end = max(lines[body_to][1], body_start) if body_to >= body_from else body_start
    source = Source(
        title=title,
        body_start=body_start,
        body_end=body_end,
        bibliography=tuple(e for e in (parse_entry(b) for b in bib) if e is not None),
        **_preamble(lines, prov_i, body_from, copyright_line),
    )
    return ParsedDocument(name=name, kind="source", text=text, sha256=sha, source=source, title=title)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) per line, offsets into `text`."""
    out, pos = [], 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        out.append((pos + lead, pos + lead + len(raw.strip()), raw.strip()))
        pos += len(raw) + 1
    return out


def _body_first_line(lines, content: list[int], title: str, prov_i: int | None) -> int:
    """The line the body starts on: after the repeated title, else after the preamble."""
    after = prov_i if prov_i is not None else content[0]
    for i in content:
        if after < i <= after + _PREAMBLE_LINES and lines[i][2] == title:
            return next((j for j in content if j > i), len(lines))
    first = next((i for i in content if i > after), len(lines))
    if prov_i is not None and first < len(lines) and _is_caveat_line(lines[first][2]):
        return next((i for i in content if i > first), len(lines))  # caveat on its own line
    return first


def _is_caveat_line(line: str) -> bool:
    """A short line of its own that hedges about the source (part of the preamble)."""
    return len(line.split()) <= _CAVEAT_WORDS and CAVEAT.search(line) is not None


def _tail(lines, body_from: int) -> tuple[int, list[str], str | None]:
    """Scan up from the end over blank, copyright and bibliography lines.

    Returns the index of the body's last line, the bibliography lines in order and the
    copyright line (if any)."""
    bib: list[str] = []
    copyright_line = None
    i = len(lines) - 1
    while i > body_from:
        line = lines[i][2]
        if not line:
            pass
        elif COPYRIGHT.search(line):
            copyright_line = copyright_line or line
        elif is_bibliographic(line):
            bib.insert(0, line)
        else:
            break
        i -= 1
    return i, bib, copyright_line


def _preamble(lines, prov_i: int | None, body_from: int, copyright_line: str | None) -> dict:
    """work, year, provenance, caveat and edition from the preamble and copyright line."""
    fields: dict = {"work": None, "year": None, "provenance": None, "caveat": None}
    if prov_i is not None:
        match = PROVENANCE.search(lines[prov_i][2])
        fields["work"] = match.group("work").strip()
        fields["year"] = int(match.group("year") or match.group("year2"))
        fields["provenance"] = match.group(0).strip()
    first = prov_i if prov_i is not None else 1
    for _s, _e, line in lines[first:body_from]:
        if fields["caveat"] is None:
            fields["caveat"] = _caveat(line, fields["provenance"])
    edition = EDITION.search(copyright_line or "") or (
        EDITION.search(lines[prov_i][2]) if prov_i is not None else None
    )
    fields["edition"] = edition.group(0) if edition else None
    return fields


def _caveat(line: str, provenance: str | None) -> str | None:
    """The first sentence of a preamble line that warns about the source's reliability."""
    for sentence in _SENTENCE.findall(line):
        sentence = sentence.strip()
        if sentence != provenance and CAVEAT.search(sentence):
            return sentence
    return None
