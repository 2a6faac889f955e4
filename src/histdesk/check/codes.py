"""The catalogue of finding codes this package's own checks emit, with one line each.

Codes are dotted and stable: the brief, the export and docs/findings.md refer to them, so a
code is never renamed, only retired. Each check registers with `@check(CODE, doc=DOCS[CODE])`
so `registry.codes()` carries the same line as this catalogue.
"""

from __future__ import annotations

WINDOW_OUTSIDE = "window.outside"
VARIANT_SPELLING = "variant.spelling"
CAVEAT_SOLE_SOURCE = "caveat.sole_source"
GAP_OPEN_QUESTION = "gap.open_question"
WORKFLOW_STATUS = "workflow.status"
CREDIT_CONTRIBUTOR = "credit.contributor"
SOURCE_EVALUATIVE = "source.evaluative"
TIMELINE_CONFLICT = "timeline.conflict"
FIGURES_IMPLIED = "figures.implied"
FIGURES_CONFLICT = "figures.conflict"

DOCS: dict[str, str] = {
    WINDOW_OUTSIDE: "An event whose date lies wholly outside the episode window.",
    VARIANT_SPELLING: "An entity written in several spellings; names the preferred form.",
    CAVEAT_SOLE_SOURCE: "Claims that rest only on a source carrying a reliability caveat.",
    GAP_OPEN_QUESTION: "A gap or question raised in a post, kept as an open question.",
    WORKFLOW_STATUS: "Staff say the episode moved on (recorded, published): update the status.",
    CREDIT_CONTRIBUTOR: "A contributor to credit: research author or handle thanked.",
    SOURCE_EVALUATIVE: "A source's evaluative sentence: its judgement, not a fact.",
    TIMELINE_CONFLICT: "Two documents give incompatible dates for the same event.",
    FIGURES_IMPLIED: "What nearby figures imply: a share, a derived count, a group size.",
    FIGURES_CONFLICT: "Two documents or posts give different figures for the same thing.",
}
