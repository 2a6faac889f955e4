"""The brief's timeline chart: one inline SVG, no scripts, no fonts or images fetched.

Each placed event is one mark (class "event") on a shared time axis, one row per event in
timeline order: a dot for a day or month, a bar for longer spans. Events outside the
episode window are drawn in red and carry the class "outside"; the window is a shaded band.
All text is escaped here, since the SVG is inserted into the HTML as markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

WIDTH = 760
MARGIN = 24
ROW = 16
TOP = 28
_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)


@dataclass(frozen=True)
class Mark:
    """One event to draw: its span in decimal years and what its tooltip says."""

    start: float
    end: float
    label: str
    outside: bool = False
    tag: str = ""  # short text drawn beside the mark, e.g. the date value


def timeline_svg(marks: list[Mark], window: tuple[float, float] | None = None) -> str:
    """The SVG markup; an empty chart (axis only) when nothing can be placed."""
    lo, hi = _extent(marks, window)
    x = _scale(lo, hi)
    height = TOP + ROW * max(len(marks), 1) + 24
    parts = [
        f'<svg class="timeline-chart" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-label="Timeline of {len(marks)} events">'
    ]
    if window:
        left, right = x(max(window[0], lo)), x(min(window[1], hi))
        parts.append(f'<rect class="window" x="{left:.1f}" y="{TOP - 8}" width="{max(right - left, 1):.1f}" '
                     f'height="{height - TOP - 16}" fill="#e8f0fb"><title>episode window</title></rect>')
    parts.append('<text x="24" y="12" font-size="10" fill="#555">blue: inside the window · red: outside'
                 ' · shaded band: episode window</text>')
    parts += _axis(lo, hi, x, height - 16)
    parts += [_mark(m, x, TOP + ROW * row) for row, m in enumerate(marks)]
    parts.append("</svg>")
    return "\n".join(parts)


def _extent(marks: list[Mark], window: tuple[float, float] | None) -> tuple[float, float]:
    starts = [m.start for m in marks] + ([window[0]] if window else [])
    ends = [m.end for m in marks] + ([window[1]] if window else [])
    if not starts:
        return 0.0, 1.0
    lo, hi = min(starts), max(ends)
    pad = max((hi - lo) * 0.03, 0.05)
    return lo - pad, hi + pad


def _scale(lo: float, hi: float):
    usable = WIDTH - 2 * MARGIN
    return lambda year: MARGIN + (year - lo) / (hi - lo) * usable


def _axis(lo: float, hi: float, x, y: float) -> list[str]:
    step = next((s for s in _STEPS if (hi - lo) / s <= 10), _STEPS[-1])
    parts = [f'<line x1="{MARGIN}" y1="{y}" x2="{WIDTH - MARGIN}" y2="{y}" stroke="#555"/>']
    year = math.ceil(lo / step) * step
    while year <= hi:
        parts.append(f'<line x1="{x(year):.1f}" y1="{y}" x2="{x(year):.1f}" y2="{y + 4}" stroke="#555"/>')
        parts.append(f'<text x="{x(year):.1f}" y="{y + 14}" font-size="10" text-anchor="middle">{year}</text>')
        year += step
    return parts


def _mark(mark: Mark, x, y: float) -> str:
    colour = "#c62828" if mark.outside else "#1565c0"
    css = "event outside" if mark.outside else "event"
    title = f"<title>{escape(mark.label)}{' (outside the window)' if mark.outside else ''}</title>"
    left, right = x(mark.start), x(mark.end)
    if right - left < 6:
        shape = (f'<circle class="{css}" cx="{(left + right) / 2:.1f}" cy="{y}" r="4" '
                 f'fill="{colour}">{title}</circle>')
    else:
        shape = (f'<rect class="{css}" x="{left:.1f}" y="{y - 4}" width="{right - left:.1f}" height="8" '
                 f'rx="3" fill="{colour}" fill-opacity="0.75">{title}</rect>')
    if not mark.tag:
        return shape
    anchor, at = ("end", left - 6) if right > WIDTH - 140 else ("start", max(right, left + 4) + 6)
    return (f'{shape}<text x="{at:.1f}" y="{y + 3}" font-size="9" fill="#444" '
            f'text-anchor="{anchor}">{escape(mark.tag)}</text>')
