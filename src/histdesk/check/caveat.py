"""`caveat.sole_source`: claims that rest only on a source carrying a reliability caveat.

A caveat ("it might be outdated or ideologically biased") attaches to every claim the source
makes unless another document of the episode backs it. A claim is an event or a figure in
the source's document; another document backs an event when it has an event with the same
date value, and a figure when it has a figure with the same value and unit. One finding per
source lists every unbacked claim as evidence, so the brief can mark each line.
"""

from __future__ import annotations

from histdesk.check.cite import document, evidence
from histdesk.check.codes import CAVEAT_SOLE_SOURCE, DOCS
from histdesk.check.registry import check
from histdesk.model import EpisodeView, Evidence, Finding, Source


def unbacked_claims(view: EpisodeView, doc_id: int) -> list[Evidence]:
    """Evidence of each event and figure of `doc_id` that no other document repeats."""
    other_dates = {e.date for e in view.events if e.document not in (doc_id, None)}
    other_values = {(f.value, f.unit) for f in view.figures if f.document not in (doc_id, None)}
    spans = [(e.start, e.end) for e in view.events if e.document == doc_id and e.date not in other_dates]
    spans += [
        (f.start, f.end)
        for f in view.figures
        if f.document == doc_id and (f.value, f.unit) not in other_values
    ]
    return [evidence(view, doc_id, start, end) for start, end in sorted(set(spans))]


@check(CAVEAT_SOLE_SOURCE, doc=DOCS[CAVEAT_SOLE_SOURCE])
def check_caveats(view: EpisodeView) -> list[Finding]:
    """One finding per caveated source whose claims no other document backs."""
    findings = []
    for doc_id, source in view.sources:
        if not source.caveat:
            continue
        claims = unbacked_claims(view, doc_id)
        if claims:
            findings.append(_finding(view, doc_id, source, claims))
    return findings


def _finding(view: EpisodeView, doc_id: int, source: Source, claims: list[Evidence]) -> Finding:
    cited = [*_caveat_evidence(view, doc_id, source), *claims]
    return Finding(
        CAVEAT_SOLE_SOURCE,
        view.episode.code,
        f"{len(claims)} claim(s) rest only on a caveated source, {source.title}: {source.caveat}",
        tuple(cited),
        {
            "claims": len(claims),
            "source": source.title,
            "caveat": source.caveat,
            "spans": [[c.document, c.start, c.end] for c in claims],
        },
    )


def _caveat_evidence(view: EpisodeView, doc_id: int, source: Source) -> list[Evidence]:
    """Where the caveat is written in the document, when it is written there verbatim."""
    doc = document(view, doc_id)
    at = doc.text.find(source.caveat) if doc and source.caveat else -1
    if at < 0:
        return []
    return [Evidence(doc_id, at, at + len(source.caveat), source.caveat, source.title)]
