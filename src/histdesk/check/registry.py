"""The registry of checks: each is a pure function EpisodeView -> list[Finding].

Checks register under the finding codes they may emit, so `histdesk check` can run them all
and docs/findings.md can be tested against `codes()`.
"""

from __future__ import annotations

from collections.abc import Callable

from histdesk.model import EpisodeView, Finding

CheckFn = Callable[[EpisodeView], list[Finding]]

_CHECKS: dict[str, tuple[tuple[str, ...], CheckFn]] = {}
_CODES: dict[str, str] = {}


def check(*codes: str, doc: str = ""):
    """Register a check that may emit `codes`; `doc` is a one-line description per check."""

    def wrap(fn: CheckFn) -> CheckFn:
        _CHECKS[fn.__module__ + "." + fn.__name__] = (codes, fn)
        for code in codes:
            _CODES[code] = doc or (fn.__doc__ or "").strip().splitlines()[0]
        return fn

    return wrap


def codes() -> dict[str, str]:
    """Every registered finding code with its one-line description."""
    _load_all()
    return dict(_CODES)


def run_checks(view: EpisodeView) -> list[Finding]:
    """Run every registered check; findings sorted by code then first evidence position."""
    _load_all()
    findings: list[Finding] = []
    for _codes, fn in _CHECKS.values():
        findings.extend(fn(view))

    def key(f: Finding):
        ev = f.evidence[0] if f.evidence else None
        return (f.code, ev.document if ev else -1, ev.start if ev else -1)

    return sorted(findings, key=key)


def _load_all() -> None:
    """Import the check modules so their decorators run (they live beside this one)."""
    import importlib
    import pkgutil

    import histdesk.check as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name not in ("registry",):
            importlib.import_module(f"histdesk.check.{info.name}")
