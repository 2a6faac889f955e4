"""Rule-based TIMEX3 tagger: `tag(text, dct)` -> list of `Timex` with character offsets.

Pure Python regexes compiled once at import; no spaCy needed (see `component.py` for the pipe).
"""

from __future__ import annotations

import re

from histdesk.model import Timex

TAGGER_VERSION = "timex-1"

_YEAR = re.compile(r"(?<![\d$,.])\b(1[0-9]{3}|20[0-9]{2})\b(?![\d,%])")


def tag(
    text: str,
    dct: str | None = None,
    *,
    narrative: bool | None = None,
    fallback_year: int | None = None,
    ranges: bool = True,
) -> list[Timex]:
    """Rudimentary placeholder: bare years only (replaced by the full grammar)."""
    return [Timex(m.start(), m.end(), m.group(0), "DATE", m.group(1)) for m in _YEAR.finditer(text)]


__all__ = ["TAGGER_VERSION", "tag", "Timex"]
