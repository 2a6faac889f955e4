"""The research brief: everything known about an episode, each line citing where it came from.

`build_brief` assembles a `Brief` (plain rows, already cited and marked) from the episode
view and the checks' findings, then hands it to the Markdown or HTML renderer. No database
access: the caller passes the view and findings. Findings mark the lines they concern by
evidence span, so a timeline row shows that it lies outside the window, rests only on a
caveated source, is a source's judgement or conflicts with another date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from histdesk.model import Episode, EpisodeView, Event, Evidence, Finding
from histdesk.report.citations import citation_for
from histdesk.report.timeline import sort_key, span

# finding code -> the mark it puts on the lines its evidence covers
MARKS = {
    "window.outside": "outside window",
    "caveat.sole_source": "caveated source only",
    "source.evaluative": "source's judgement",
    "timeline.conflict": "conflicting dates",
}
SECTION_CODES = ("gap.open_question", "credit.contributor")  # shown in their own sections
IMPLIED_CODE = "figures.implied"  # listed under the figures as "Implied values"; conflicts are findings
ENTITY_GROUPS = (
    ("People", ("PERSON",)),
    ("Organisations and groups", ("ORG", "NORP")),
    ("Places", ("GPE", "LOC", "FAC")),
    ("Other names", ("EVENT", "WORK_OF_ART", "LAW", "PRODUCT")),
)


@dataclass(frozen=True)
class Line:
    """One cited line of the brief; `marks` name the findings that concern it."""

    text: str
    cite: str
    marks: tuple[str, ...] = ()
    code: str = ""
    date: str = ""
    span: tuple[float, float] | None = None
    mod: str = ""  # the TIMEX3 mod of the date ("END" for "the end of 1923")


@dataclass(frozen=True)
class Brief:
    episode: Episode
    counts: tuple[tuple[str, int], ...]
    timeline: tuple[Line, ...]
    entities: tuple[tuple[str, tuple[Line, ...]], ...]
    figures: tuple[Line, ...]
    implied: tuple[Line, ...]
    findings: tuple[Line, ...]
    questions: tuple[Line, ...]
    credits: tuple[Line, ...]
    bibliography: tuple[tuple[Line, tuple[str, ...]], ...]


def build_brief(view: EpisodeView, findings: list[Finding], fmt: str = "md") -> str:
    """The brief as Markdown (`fmt="md"`) or one self-contained HTML page (`fmt="html"`)."""
    brief = assemble(view, findings)
    if fmt == "html":
        from histdesk.report.html import render_html

        return render_html(brief)
    if fmt == "md":
        from histdesk.report.markdown import render_markdown

        return render_markdown(brief)
    raise ValueError(f"unknown brief format {fmt!r}; use 'md' or 'html'")


def assemble(view: EpisodeView, findings: list[Finding]) -> Brief:
    """Every section's rows, cited and marked; the timeline oldest first."""
    marked = _marked_spans(findings)
    by_code = Counter(f.code for f in findings)
    return Brief(
        episode=view.episode,
        counts=_counts(view, by_code),
        timeline=tuple(_timeline(view, marked)),
        entities=_entities(view, findings),
        figures=tuple(_figures(view, marked)),
        implied=tuple(_finding_line(view, f) for f in findings if f.code == IMPLIED_CODE),
        findings=tuple(
            _finding_line(view, f)
            for f in findings
            if f.code not in SECTION_CODES and f.code != IMPLIED_CODE
        ),
        questions=tuple(_finding_line(view, f) for f in findings if f.code == "gap.open_question"),
        credits=tuple(_finding_line(view, f) for f in findings if f.code == "credit.contributor"),
        bibliography=_bibliography(view),
    )


def _counts(view: EpisodeView, by_code: Counter) -> tuple[tuple[str, int], ...]:
    return (
        ("documents", len(view.documents)),
        ("posts", len(view.posts)),
        ("sources", len(view.sources)),
        ("events", len(view.events)),
        ("events outside the window", by_code["window.outside"]),
        ("entities", len(view.entities)),
        ("figures", len(view.figures)),
        ("findings", sum(by_code.values())),
        ("open questions", by_code["gap.open_question"]),
    )


def _marked_spans(findings: list[Finding]) -> dict[str, list[tuple[Evidence, frozenset]]]:
    """mark -> (evidence, dates the finding is about; empty when it is about the span)."""
    spans: dict[str, list[tuple[Evidence, frozenset]]] = {}
    for finding in findings:
        if finding.code in MARKS:
            dates = finding.data.get("dates") or ([finding.data["date"]] if "date" in finding.data else [])
            spans.setdefault(MARKS[finding.code], []).extend((e, frozenset(dates)) for e in finding.evidence)
    return spans


def _marks_for(marked: dict, doc: int | None, start: int, end: int, date: str | None = None) -> tuple[str, ...]:
    """The marks whose evidence overlaps [start, end) of `doc` (and names `date`, if it names any)."""

    def hits(ev: Evidence, dates: frozenset) -> bool:
        overlaps = ev.document == doc and ev.start < max(end, start + 1) and start < ev.end
        return overlaps and (not dates or date in dates)

    return tuple(mark for mark, cited in marked.items() if any(hits(e, d) for e, d in cited))


def _timeline(view: EpisodeView, marked: dict) -> list[Line]:
    def key(event: Event):
        return (sort_key(event.date), event.document or 0, event.start)

    return [
        Line(" ".join(e.text.split()), citation_for(view, e.document, e.start),
             _marks_for(marked, e.document, e.start, e.end, e.date), date=e.date,
             span=span(e.date), mod=(e.timex.mod or "") if e.timex else "")
        for e in sorted(view.events, key=key)
    ]


def _entities(view: EpisodeView, findings: list[Finding]) -> tuple[tuple[str, tuple[Line, ...]], ...]:
    preferred = {f.data.get("entity"): f.data for f in findings if f.code == "variant.spelling"}
    groups = []
    for title, types in ENTITY_GROUPS:
        lines = []
        for ent in sorted((e for e in view.entities if e.type in types), key=lambda e: (-len(e.mentions), e.name)):
            spelled = preferred.get(ent.id, {})
            # The entity's name already carries any correction (extract applies them), so it
            # is the one name used everywhere: desk, export and brief.
            name = ent.name
            others = [a for a in (*spelled.get("variants", ()), ent.name, *ent.aliases) if a != name]
            also = f" (also: {', '.join(dict.fromkeys(others))})" if others else ""
            first = min(ent.mentions, key=lambda m: (m.document or 0, m.start), default=None)
            cite = citation_for(view, first.document, first.start) if first else "no placed mention"
            lines.append(Line(f"{name}{also}, {len(ent.mentions)} mention(s)", cite))
        if lines:
            groups.append((title, tuple(lines)))
    return tuple(groups)


def _figures(view: EpisodeView, marked: dict) -> list[Line]:
    lines = []
    for fig in sorted(view.figures, key=lambda f: (f.document or 0, f.start)):
        what = " ".join(p for p in (fig.qualifier, fig.text) if p)
        counted = f": {fig.of}" if fig.of else ""
        lines.append(Line(f"{what}{counted}", citation_for(view, fig.document, fig.start),
                          _marks_for(marked, fig.document, fig.start, fig.end)))
    return lines


def _finding_line(view: EpisodeView, finding: Finding) -> Line:
    cites = dict.fromkeys(citation_for(view, e.document, e.start) for e in finding.evidence)
    return Line(finding.message, "; ".join(cites) or "no evidence", code=finding.code)


def _bibliography(view: EpisodeView) -> tuple[tuple[Line, tuple[str, ...]], ...]:
    entries = []
    for doc_id, source in view.sources:
        about = ", ".join(str(p) for p in (source.work, source.edition, source.year) if p)
        caveat = f" Caveat: {source.caveat}" if source.caveat else ""
        heading = Line(f"{source.title}{f' ({about})' if about else ''}.{caveat}",
                       citation_for(view, doc_id, source.body_start))
        entries.append((heading, tuple(" ".join(b.text.split()) for b in source.bibliography)))
    return tuple(entries)
