"""`workflow.status`: staff say the episode moved on, so its status should too.

"The episode was recorded this week", "the episode is out", "we published it" each name a
stage of `model.STATUSES`. A suggestion is made only when the stage lies ahead of the
current status, and only from staff: the episode's authors, credit and call posts, or posts
whose author is unknown. Conditional mentions ("once the episode is out") are not reports.
"""

from __future__ import annotations

import re

from histdesk.check.cite import post_evidence, sentences
from histdesk.check.codes import DOCS, WORKFLOW_STATUS
from histdesk.check.registry import check
from histdesk.model import STATUSES, EpisodeView, Evidence, Finding, Post

_EPISODE = r"(?:the\s+|this\s+|our\s+)?(?:episode|ep|show|video|podcast)"
_PAST = r"(?:was|has\s+been|have\s+been|is\s+now|got|is)"
_STAGES = (
    ("Published", re.compile(
        rf"\b{_EPISODE}\s+(?:is|was|went|has\s+gone)\s+(?:now\s+)?(?:out|live|up|online)\b"
        rf"|\b{_EPISODE}\s+{_PAST}\s+(?:just\s+)?(?:published|released|uploaded|aired)\b"
        r"|\bwe(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:published|released|uploaded)\b", re.IGNORECASE)),
    ("Recorded", re.compile(
        rf"\b{_EPISODE}\s+{_PAST}\s+(?:just\s+)?recorded\b"
        r"|\bwe(?:['’]ve|\s+have)?\s+(?:just\s+|finally\s+)?recorded\b", re.IGNORECASE)),
    ("Writing", re.compile(
        rf"\b{_EPISODE}\s+{_PAST}\s+(?:just\s+)?scripted\b"
        r"|\b(?:the\s+)?script\s+(?:is|has\s+been)\s+(?:now\s+)?(?:done|written|finished|ready)\b"
        r"|\bwe(?:['’]re|\s+are)\s+(?:now\s+)?(?:writing|scripting)\b", re.IGNORECASE)),
)
_CONDITIONAL = re.compile(r"\b(?:once|when|after|until|before|if|as\s+soon\s+as|will|should)\s+[^,;]*$",
                          re.IGNORECASE)
_STAFF_KINDS = ("credit", "call")


def reported_stage(sentence: str) -> tuple[str, int] | None:
    """(status, offset of the cue) a sentence reports as reached, furthest stage first."""
    for status, pattern in _STAGES:
        for match in pattern.finditer(sentence):
            if not _CONDITIONAL.search(sentence[: match.start()]):
                return status, match.start()
    return None


def _is_staff(view: EpisodeView, post: Post) -> bool:
    return post.author is None or post.author in view.episode.authors or post.kind in _STAFF_KINDS


def _reports(view: EpisodeView) -> list[tuple[str, Evidence]]:
    found = []
    for doc_id, post in view.posts:
        if not _is_staff(view, post):
            continue
        for start, end in sentences(post.text):
            stage = reported_stage(post.text[start:end])
            if stage:
                found.append((stage[0], post_evidence(view, doc_id, post, start, end)))
    return found


@check(WORKFLOW_STATUS, doc=DOCS[WORKFLOW_STATUS])
def check_status(view: EpisodeView) -> list[Finding]:
    """At most one suggestion: the furthest stage staff report, if beyond the current status."""
    current = view.episode.status
    rank = STATUSES.index(current) if current in STATUSES else -1
    reports = [(s, e) for s, e in _reports(view) if STATUSES.index(s) > rank]
    if not reports:
        return []
    target = max((s for s, _ in reports), key=STATUSES.index)
    cited = tuple(e for s, e in reports if s == target)
    return [
        Finding(WORKFLOW_STATUS, view.episode.code,
                f"status could move from {current} to {target}: staff report it {target.lower()}",
                cited, {"from": current, "to": target})
    ]
