"""The spaCy pipe "histdesk_timex": runs `tag` on `doc.text` and stores `doc.spans["timex"]`.

The anchor comes from `doc.user_data["dct"]`, `["narrative"]` and `["fallback_year"]`; each
span carries `._.timex_type`, `._.timex_value`, `._.timex_mod` and `._.timex_calendar`. Ranges stay one span
with an interval value, as histdesk uses them. The `Timex`es themselves, with exact character
offsets, are kept in `doc.user_data["histdesk.timexes"]`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from histdesk.extract.timex import TAGGER_VERSION, calendar_notes, tag

COMPONENT = "histdesk_timex"
FACTORY = "histdesk_timex_v1"  # spaCy forbids "." in factory names

for _attr in ("timex_type", "timex_value", "timex_mod", "timex_calendar"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)


def annotate(doc: Doc) -> Doc:
    """Tag `doc.text` and set `doc.spans["timex"]`; timexes that cannot be aligned to
    tokens are expanded to the covering tokens (`alignment_mode="expand"`)."""
    user = doc.user_data
    timexes = tag(
        doc.text,
        user.get("dct"),
        narrative=user.get("narrative"),
        fallback_year=user.get("fallback_year"),
    )
    notes = calendar_notes(doc.text, timexes)
    spans = []
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        span._.timex_type = timex.type
        span._.timex_value = timex.value
        span._.timex_mod = timex.mod
        span._.timex_calendar = notes.get(timex.start)  # "O.S."/"N.S." when the text notes it
        spans.append(span)
    doc.spans["timex"] = spans
    user["histdesk.timexes"] = timexes  # exact offsets; spans may be widened to tokens
    user["timex_version"] = TAGGER_VERSION
    return doc


@Language.component(COMPONENT, assigns=["doc.spans"])
def histdesk_timex(doc: Doc) -> Doc:
    return annotate(doc)


@Language.factory(FACTORY, assigns=["doc.spans"])
def make_timex(nlp: Language, name: str):
    """The versioned factory name for configs; same behaviour as the plain component."""
    return annotate
