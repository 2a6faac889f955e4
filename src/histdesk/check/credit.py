"""`credit.contributor`: the people an episode should credit, with the posts that show why.

Two roles count: the author of a research post (the brief uses every research post), and a
handle a credit post thanks (`Post.credits`). A person found in both is one finding. The
evidence is the research post's opening sentence or the credit sentence naming the handle.
"""

from __future__ import annotations

import re

from histdesk.check.cite import post_evidence, sentences
from histdesk.check.codes import CREDIT_CONTRIBUTOR, DOCS
from histdesk.check.registry import check
from histdesk.model import EpisodeView, Evidence, Finding, Post


def _research_evidence(view: EpisodeView, doc_id: int, post: Post) -> Evidence:
    first = next(sentences(post.text), (0, len(post.text)))
    return post_evidence(view, doc_id, post, *first)


def _credit_evidence(view: EpisodeView, doc_id: int, post: Post, handle: str) -> Evidence:
    """The sentence naming @handle, else the post's first sentence."""
    named = re.compile(rf"@?{re.escape(handle)}\b", re.IGNORECASE)
    spans = list(sentences(post.text)) or [(0, len(post.text))]
    chosen = next(((s, e) for s, e in spans if named.search(post.text[s:e])), spans[0])
    return post_evidence(view, doc_id, post, *chosen)


def contributions(view: EpisodeView) -> dict[str, tuple[str, list[str], list[Evidence]]]:
    """casefolded name -> (name as first written, roles, evidence), in thread order."""
    found: dict[str, tuple[str, list[str], list[Evidence]]] = {}

    def add(name: str, role: str, cited: Evidence) -> None:
        entry = found.setdefault(name.casefold(), (name, [], []))
        if role not in entry[1]:
            entry[1].append(role)
        entry[2].append(cited)

    for doc_id, post in view.posts:
        if post.kind == "research" and post.author:
            add(post.author, "research", _research_evidence(view, doc_id, post))
        for handle in post.credits:
            add(handle, "thanked", _credit_evidence(view, doc_id, post, handle))
    return found


@check(CREDIT_CONTRIBUTOR, doc=DOCS[CREDIT_CONTRIBUTOR])
def check_credits(view: EpisodeView) -> list[Finding]:
    """One finding per contributor, citing their research posts and the posts thanking them."""
    findings = []
    for name, roles, cited in contributions(view).values():
        where = ", ".join(dict.fromkeys(e.label for e in cited))
        findings.append(
            Finding(CREDIT_CONTRIBUTOR, view.episode.code,
                    f"credit {name} ({' and '.join(roles)}: {where})",
                    tuple(cited), {"name": name, "roles": roles})
        )
    return findings
