"""Episodes: add, change, list; windows and statuses checked before anything is written."""

from __future__ import annotations

from collections.abc import Sequence

from histdesk.api._common import _workspace
from histdesk.config import Settings
from histdesk.errors import InputError
from histdesk.model import STATUSES, Episode


def parse_window(window: str | None, code: str) -> tuple[str, str]:
    """"1924-01-01/1924-12-31" -> a pair; None -> the year in the code ("1924 01" -> 1924)."""
    if window:
        parts = window.split("/")
        if len(parts) != 2 or not all(_is_iso_day(p) for p in parts) or parts[0] > parts[1]:
            raise InputError(
                f"window {window!r} is not START/END; write it as --window 1924-01-01/1924-12-31"
            )
        return parts[0], parts[1]
    year = code.strip()[:4]
    if not year.isdigit():
        raise InputError(
            f"episode code {code!r} does not start with a year; "
            "give its window with --window 1924-01-01/1924-12-31"
        )
    return f"{year}-01-01", f"{year}-12-31"


def _is_iso_day(text: str) -> bool:
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


