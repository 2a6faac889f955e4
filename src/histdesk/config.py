"""Where the workspace lives: --db PATH, else $HISTDESK_DB, else ./histdesk.db."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "histdesk.db"


@dataclass(frozen=True)
class Settings:
    db_path: Path


def resolve_settings(db: str | os.PathLike | None = None) -> Settings:
    """The explicit argument wins over the environment, which wins over the default."""
    chosen = db or os.environ.get("HISTDESK_DB") or DEFAULT_DB
    return Settings(db_path=Path(chosen))
