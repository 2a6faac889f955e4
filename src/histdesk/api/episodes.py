"""Episodes: add, change, list; windows and statuses checked before anything is written."""

from __future__ import annotations

import re
from collections.abc import Sequence

from histdesk.api._common import _workspace
from histdesk.check.timevalue import parse_value
from histdesk.check.timevalue import parse_window as window_range
from histdesk.config import Settings
from histdesk.errors import InputError
from histdesk.model import STATUSES, Episode

_WINDOW_FORMS = "1924-01-01, BC0049-01-01 or astronomical -0048-01-01 for 49 BC"


def parse_window(window: str | None, code: str) -> tuple[str, str]:
    """"1924-01-01/1924-12-31" -> a pair; None -> the year in the code ("1924 01" -> 1924).

    BC days come as TimeML "BC0049-01-01" or astronomical ISO "-0048-01-01"; both are stored
    as "BC0049-01-01", the form the timexes use, so a window and its events read alike.
    """
    if window:
        parts = [_window_day(p.strip()) for p in window.strip().split("/")]
        if len(parts) != 2 or None in parts or window_range((parts[0], parts[1])) is None:
            raise InputError(
                f"window {window!r} is not START/END with START on or before END; write it as "
                f"--window 1924-01-01/1924-12-31 (days may be {_WINDOW_FORMS})"
            )
        return parts[0], parts[1]
    year = code.strip()[:4]
    if not year.isdigit():
        raise InputError(
            f"episode code {code!r} does not start with a year; "
            "give its window with --window 1924-01-01/1924-12-31"
        )
    return f"{year}-01-01", f"{year}-12-31"


def _window_day(text: str) -> str | None:
    """The stored form of one window day, or None when it is not a day at all."""
    if _is_iso_day(text):
        return text
    if m := _BC_DAY.match(text):
        bc_year = int(m[1]) if m[1] else int(m[2]) + 1  # astronomical 0 is 1 BC
        candidate = f"BC{bc_year:04d}-{m[3]}"
        if 1 <= bc_year <= 9999 and _is_bc_day(candidate):
            return candidate
    return None


_BC_DAY = re.compile(r"^(?:BC(\d{4})|-(\d{4}))-(\d{2}-\d{2})$", re.IGNORECASE)


def _is_bc_day(text: str) -> bool:
    """True for a real BC day such as "BC0049-02-29" (49 BC, a leap year on the astronomical axis)."""
    found = parse_value(text)
    return found is not None and found.earliest == found.latest


def _is_iso_day(text: str) -> bool:
    """True for an AD calendar day written YYYY-MM-DD (document dates use it too)."""
    import datetime

    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _check_status(status: str | None) -> str | None:
    if status is None:
        return None
    for known in STATUSES:
        if known.casefold() == status.strip().casefold():
            return known
    raise InputError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")


def add_episode(
    settings: Settings,
    code: str,
    title: str,
    authors: Sequence[str] = (),
    status: str | None = None,
    window: str | None = None,
) -> Episode:
    episode = Episode(
        code=code.strip(),
        title=title.strip(),
        authors=tuple(a.lstrip("@") for a in authors),
        status=_check_status(status) or "Planned",
        window=parse_window(window, code),
    )
    with _workspace(settings, create=True) as ws:
        ws.add_episode(episode)
    return episode


def set_episode(
    settings: Settings,
    code: str,
    title: str | None = None,
    authors: Sequence[str] | None = None,
    status: str | None = None,
    window: str | None = None,
) -> Episode:
    if title is None and not authors and status is None and window is None:
        raise InputError(
            f"nothing to change for episode {code!r}; pass --title, --author, --status or --window"
        )
    with _workspace(settings) as ws:
        ws.get_episode(code)
        ws.update_episode(
            code,
            title=title,
            authors=tuple(a.lstrip("@") for a in authors) if authors else None,
            status=_check_status(status),
            window=parse_window(window, code) if window else None,
        )
        return ws.get_episode(code)


def list_episodes(settings: Settings) -> list[Episode]:
    """The episodes; none (and no file created) when there is no workspace yet."""
    if not settings.db_path.exists():
        return []
    with _workspace(settings) as ws:
        return ws.list_episodes()


def get_episode(settings: Settings, code: str) -> Episode:
    with _workspace(settings) as ws:
        return ws.get_episode(code)


