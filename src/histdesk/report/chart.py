"""The brief's timeline chart: one inline SVG, no scripts, no fonts or images fetched.

Each placed event is one mark (class "event") on a shared time axis, one row per event in
timeline order: a dot for a day or month, a bar for longer spans. Events outside the
episode window are drawn in red and carry the class "outside"; the window is a shaded band.
With a window the axis is the window plus a small margin (one event in 1856 must not squash
a year of events into a pixel): a mark beyond the axis is drawn at its edge as a red arrow
labelled with its date ("◀ 1918"). A short axis is ticked by month. All text is escaped
here, since the SVG is inserted into the HTML as markup.
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
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
RED, BLUE = "#c62828", "#1565c0"


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
    parts += [_mark(m, x, TOP + ROW * row, (lo, hi)) for row, m in enumerate(marks)]
    parts.append("</svg>")
    return "\n".join(parts)


def _extent(marks: list[Mark], window: tuple[float, float] | None) -> tuple[float, float]:
    """The window plus a margin when there is one, else every mark plus a margin."""
    if window:
        lo, hi = window
    elif marks:
        lo, hi = min(m.start for m in marks), max(m.end for m in marks)
    else:
        return 0.0, 1.0
    pad = max((hi - lo) * 0.04, 0.02)
    return lo - pad, hi + pad


def _scale(lo: float, hi: float):
    usable = WIDTH - 2 * MARGIN
    return lambda year: MARGIN + (year - lo) / (hi - lo) * usable


def _axis(lo: float, hi: float, x, y: float) -> list[str]:
    parts = [f'<line x1="{MARGIN}" y1="{y}" x2="{WIDTH - MARGIN}" y2="{y}" stroke="#555"/>']
    for at, label in _ticks(lo, hi):
        parts.append(f'<line x1="{x(at):.1f}" y1="{y}" x2="{x(at):.1f}" y2="{y + 4}" stroke="#555"/>')
        parts.append(f'<text x="{x(at):.1f}" y="{y + 14}" font-size="10" text-anchor="middle">{label}</text>')
    return parts


def _ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """(decimal year, label): months on an axis of three years or less, else round years."""
    if hi - lo <= 3:
        every = 1 if hi - lo <= 1.5 else 3
        first = math.ceil(lo * 12)
        months = [m for m in range(first, math.floor(hi * 12) + 1) if m % every == 0]
        return [(m / 12, f"{_MONTHS[m % 12]} {m // 12}" if m % 12 == 0 or m == months[0] else _MONTHS[m % 12])
                for m in months]
    step = next((s for s in _STEPS if (hi - lo) / s <= 10), _STEPS[-1])
    years = range(math.ceil(lo / step) * step, math.floor(hi) + 1, step)
    return [(float(year), str(year)) for year in years]


def _mark(mark: Mark, x, y: float, axis: tuple[float, float]) -> str:
    colour = RED if mark.outside else BLUE
    css = "event outside" if mark.outside else "event"
    title = f"<title>{escape(mark.label)}{' (outside the window)' if mark.outside else ''}</title>"
    if mark.end <= axis[0] or mark.start >= axis[1]:
        return _clamped(mark, x, y, axis, css, title)
    left, right = x(max(mark.start, axis[0])), x(min(mark.end, axis[1]))
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


def _clamped(mark: Mark, x, y: float, axis: tuple[float, float], css: str, title: str) -> str:
    """A mark beyond the axis: a bar at the edge it lies past, labelled "◀ 1918" / "1945 ▶"."""
    colour = RED if mark.outside else BLUE
    date = escape(mark.tag or str(math.floor(mark.start)))
    before = mark.end <= axis[0]
    edge = x(axis[0]) if before else x(axis[1]) - 3
    text_x, anchor, text = (edge + 7, "start", f"◀ {date}") if before else (edge - 4, "end", f"{date} ▶")
    return (f'<rect class="{css}" data-clamped="{"before" if before else "after"}" x="{edge:.1f}" '
            f'y="{y - 5}" width="3" height="10" fill="{colour}">{title}</rect>'
            f'<text x="{text_x:.1f}" y="{y + 3}" font-size="9" fill="{colour}" '
            f'text-anchor="{anchor}">{text}</text>')
