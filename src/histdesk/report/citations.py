"""How a line of the brief cites where it comes from: "post 2 (@Veles)", a source's title and
work, or a file name. One function, so the CLI, the brief and the web desk agree.

Thread posts are cited by number, prefixed by the thread's file name when the episode holds
more than one thread (two threads both have a "post 2"). An HTML page or a note is read as
one research text; citing its single pseudo-post as "post 1" would name a thread's call post,
so it is cited by its file name and, when known, its title.
"""

from __future__ import annotations

from histdesk.model import WHOLE_TEXT_KINDS, EpisodeView


def citation_for(view: EpisodeView, document: int | None, offset: int) -> str:
    """The source, else the named page or note, else the post containing `offset`, else the
    file name."""
    for doc_id, source in view.sources:
        if doc_id == document:
            work = f", {source.work}" if source.work else ""
            year = f" ({source.year})" if source.year else ""
            return f"{source.title}{work}{year}"
    doc = next((d for d in view.documents if d.id == document), None)
    if doc is not None and doc.kind in WHOLE_TEXT_KINDS:
        return doc.cited_name
    for doc_id, post in view.posts:
        if doc_id == document and post.start <= offset < max(post.end, post.start + 1):
            who = f" (@{post.author})" if post.author else ""
            return f"{view.thread_prefix(doc)}post {post.number}{who}"
    return doc.name if doc else f"document {document}"
