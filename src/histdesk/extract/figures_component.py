"""The `histdesk_figures` spaCy component: `find_figures` over `doc.text` as `doc.spans`.

Importing this module registers the component and the Span extensions `figure_value`,
`figure_unit`, `figure_qualifier` and `figure_of`; `histdesk.extract.figures` itself never
imports spaCy. Spans are aligned outward to token boundaries; the exact character offsets
stay on the `Figure`s in `doc.user_data["histdesk.figures"]`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from histdesk.extract.figures import FIGURES_VERSION, find_figures

COMPONENT = "histdesk_figures"
EXTENSIONS = ("figure_value", "figure_unit", "figure_qualifier", "figure_of")

for _name in EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@Language.component(COMPONENT, assigns=["doc.spans"])
def annotate_figures(doc: Doc) -> Doc:
    """Store the figures of `doc.text` in `doc.spans["figures"]` with their readings."""
    figures = find_figures(doc.text)
    spans = []
    for figure in figures:
        span = doc.char_span(figure.start, figure.end, label="FIGURE", alignment_mode="expand")
        if span is None:
            continue
        span._.figure_value = figure.value
        span._.figure_unit = figure.unit
        span._.figure_qualifier = figure.qualifier
        span._.figure_of = figure.of
        spans.append(span)
    doc.spans["figures"] = spans
    doc.user_data["histdesk.figures"] = figures
    doc.user_data["histdesk.figures.version"] = FIGURES_VERSION
    return doc
