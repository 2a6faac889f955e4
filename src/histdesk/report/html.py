"""The brief as one self-contained HTML page, from `templates/brief.html.j2`.

Inline CSS, an inline SVG chart (`chart.py`), no scripts and nothing fetched. Jinja2
autoescaping escapes every piece of user text; the chart is the only markup passed through
unescaped, and `chart.py` escapes the text inside it.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from histdesk.report.brief import Brief
from histdesk.report.chart import Mark, timeline_svg
from histdesk.report.timeline import span


def chart_for(brief: Brief) -> str:
    """The SVG for the brief's timeline: one mark per placeable event."""
    marks = [
        Mark(line.span[0], line.span[1], f"{line.date}: {line.text} ({line.cite})",
             "outside window" in line.marks, line.date)
        for line in brief.timeline
        if line.span
    ]
    start, end = span(brief.episode.window[0] or ""), span(brief.episode.window[1] or "")
    window = (start[0], end[1]) if start and end else None
    return timeline_svg(marks, window)


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("histdesk.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(brief: Brief) -> str:
    chart = Markup(chart_for(brief))  # built by chart.py, which escapes its text
    return _environment().get_template("brief.html.j2").render(b=brief, e=brief.episode, chart=chart)
