"""How a line of the brief cites where it comes from: "thread name, post 2 (@Veles)" or a
source's title and work. One function, so the CLI, the brief and the web desk agree."""

from __future__ import annotations

from histdesk.model import EpisodeView


def citation_for(view: EpisodeView, document: int | None, offset: int) -> str:
    """The post containing `offset` in `document`, else the source, else the file name."""
    for doc_id, source in view.sources:
        if doc_id == document:
            work = f", {source.work}" if source.work else ""
            year = f" ({source.year})" if source.year else ""
            return f"{source.title}{work}{year}"
    for doc_id, post in view.posts:
        if doc_id == document and post.start <= offset < max(post.end, post.start + 1):
            who = f" (@{post.author})" if post.author else ""
            return f"post {post.number}{who}"
    names = {d.id: d.name for d in view.documents}
    return names.get(document, f"document {document}")
