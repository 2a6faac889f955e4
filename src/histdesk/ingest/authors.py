"""Who wrote a post when the input does not say (a pasted thread has no author lines).

Only what the thread itself implies, never a guess from position:
(a) the call post keeps author None unless a line names its author;
(b) a credit post thanking exactly one @X for research makes X the author of the research
    posts before it that have no author;
(c) a reply that owns the research ("I left it ...", "my post", "I wrote") is by the author
    of the nearest research post before it; so is a reply straight after a feedback post
    that admits a slip ("my mistake", "I forgot X");
(d) a reply straight after such a credit post that accepts the thanks ("happy I could
    help", "you're welcome") is by the credited X.
Stated authors (Discourse usernames) are never changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from histdesk.ingest.kinds import thanks_research
from histdesk.model import Post

_A = "['’]"
OWNS = re.compile(
    rf"\bI left it\b|\bmy (?:post|research|text|notes|write-?up)\b|\bI wrote\b"
    rf"|\bI(?: have|{_A}ve) written\b|\bI (?:mis)?spelled\b|\bI took (?:it|that|the)\b"
    rf"|\b(?:I(?: have|{_A}ve)? )?(?:fixed|corrected|changed|updated|amended) (?:it|that|this|the (?:post|spelling|text))\b",
    re.I,
)
ACCEPTS = re.compile(
    rf"\b(?:happy|glad|pleased) (?:that )?I (?:could|was able to) help|\byou{_A}re welcome\b"
    r"|\bmy pleasure\b|\b(?:happy|glad|pleased) (?:it|to) (?:help|be of help|assist)",
    re.I,
)


# A reply admitting a slip ("my mistake", "I forgot X") answers the feedback before it, so
# it is by the research author; taken only straight after a feedback post.
ADMITS = re.compile(
    rf"\bmy (?:mistake|bad|error|fault|slip)\b|\bI (?:forgot|overlooked|missed|mixed up|typed|misread)\b"
    rf"|\bI(?: have|{_A}ve)? (?:got|gotten) (?:it|that) wrong\b|\bI stand corrected\b",
    re.I,
)


def infer_authors(posts: list[Post]) -> list[Post]:
    """Posts with authors filled in by rules (b)-(d); see the module docstring."""
    out = list(posts)
    for i, post in enumerate(out):
        if post.kind != "credit" or len(post.credits) != 1 or not thanks_research(post.text):
            continue
        who = post.credits[0]
        for j in range(i):
            if out[j].kind == "research" and out[j].author is None:
                out[j] = replace(out[j], author=who)
        nxt = i + 1
        if nxt < len(out) and _unowned_reply(out[nxt]) and ACCEPTS.search(out[nxt].text):
            out[nxt] = replace(out[nxt], author=who)
    for i, post in enumerate(out):
        if _unowned_reply(post) and (OWNS.search(post.text) or _admits(out[:i], post)):
            research = _last_research_author(out[:i])
            if research:
                out[i] = replace(post, author=research)
    return out


def _admits(before: list[Post], post: Post) -> bool:
    return bool(before) and before[-1].kind == "feedback" and ADMITS.search(post.text) is not None


def _unowned_reply(post: Post) -> bool:
    return post.kind == "reply" and post.author is None


def _last_research_author(posts: list[Post]) -> str | None:
    for post in reversed(posts):
        if post.kind == "research":
            return post.author
    return None
