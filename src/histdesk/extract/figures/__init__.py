"""Figures: numbers in running text with what they count, as `histdesk.model.Figure`.

`find_figures(text)` is pure Python (regexes compiled once at import; no spaCy), fast
enough to run on every text. It reports counts, percentages, money, ages and ordinals of
congresses and centuries, measures ("21.5 kilograms" -> "kg"), with bounds ("more than") and the counted noun phrase (`of`,
heuristic in `reading.py`). It skips the numbers of dates, times, references and episode
codes (`blocks.py`) and bare years. The spaCy pipe lives in `histdesk.extract.figures_component`.
"""

from __future__ import annotations

from histdesk.extract.figures.scan import find_figures

FIGURES_VERSION = "figures-3"

__all__ = ["FIGURES_VERSION", "find_figures"]
