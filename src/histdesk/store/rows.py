"""Small shared conversions between model values and column values (JSON lists, contexts)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

CONTEXT_CHARS = 40


def to_json(items) -> str:
    """A tuple/list of strings as a JSON text column."""
    return json.dumps(list(items), ensure_ascii=False)


def from_json(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The `width` characters before and after a span, so an item can be found again after
    the text around it is edited."""
    return text[max(0, start - width) : start], text[end : end + width]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
