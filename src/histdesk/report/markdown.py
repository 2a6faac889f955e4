"""The brief as Markdown, from `templates/brief.md.j2`.

User text is escaped for Markdown (table pipes, emphasis, links, raw HTML), so a post
cannot break the table or inject markup when the Markdown is later rendered.
"""

from __future__ import annotations

import re

from jinja2 import Environment, PackageLoader, StrictUndefined

from histdesk.report.brief import Brief

_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md_escape(text: object) -> str:
    """One line of user text, safe inside Markdown paragraphs, lists and table cells."""
    flat = " ".join(str(text).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", flat)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("histdesk.report", "templates"),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    return env


def render_markdown(brief: Brief) -> str:
    return _environment().get_template("brief.md.j2").render(b=brief, e=brief.episode)
