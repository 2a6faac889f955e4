"""What each post of a thread is for: call, research, feedback, reply, intent or credit.

Decided by cue phrases and position, never by who wrote it: the first post that carries the
header or asks for research is the `call`; a post that opens with the episode's title line
or another heading line over a dated paragraph, a long post full of dates, or a shorter one
with two dates or figures and no reply cue, is `research`; staff thanking @handles for research after a
recording is `credit` (its `credits` are the handles it thanks); wanting to write the episode is
`intent`; gap notes and corrections are `feedback`; everything else is a `reply`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from histdesk.ingest.episode import handles, has_code, is_header_line, split_code
from histdesk.model import Post

_A = "['’]"  # straight or curly apostrophe, as people type both


def _cues(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


CALL = _cues(
    r"\bplease (?:post|share|add|contribute)\b",
    r"\bcontribut(?:e|ion)s? (?:any|your|ideas|research|sources|in this)",
    r"\bpost (?:any|your) (?:ideas|research|sources|notes)",
    r"\bintent to write\b",
    r"\b(?:this|the) (?:topic|thread) (?:is )?(?:for|collects) (?:research|ideas|sources)",
)
CREDIT_EVENT = _cues(
    r"\b(?:episode|show|recording) (?:was|has been|is|got|went) (?:now |finally |just )?"
    r"(?:recorded|published|released|out|live|aired|up)",
    rf"\bwe(?:{_A}ve| have)? (?:now |finally |just )?(?:recorded|published|released) "
    r"(?:the|this|it|our)\b",
    r"\b(?:it|this one) (?:was|has been|is) (?:now |finally |just )?(?:recorded|published|released)\b",
)
# "thanks to @X", "big thanks @X", "shout-out to @X", "credit to @X", "thank @X": a thanks
# cue followed, within its clause, by an @handle.
THANKS_HANDLE = _cues(
    r"\b(?:thanks|thank you|thank|thx|shout-?outs?|credits?|kudos|props|gratitude|grateful)\b"
    r"[^.!?\n@]{0,40}@[A-Za-z0-9_]",
)
CREDIT_THANKS = _cues(
    r"\bthank(?:s| you)(?: so much| again)? for (?:your|the|all the) (?:\w+ )?"
    r"(?:contribution|research|help|work|notes)",
    r"\b(?:the|your) research you (?:provided|posted|did|shared|gave)",
    r"\byour research (?:was|is|helped|made)",
    THANKS_HANDLE.pattern,
)
_CLAUSE_END = re.compile(r"[.!?](?:\s|$)|\n")
INTENT = _cues(
    rf"\bI(?:{_A}d| would) (?:like|love|be happy|be glad|want) to (?:write|script|take on)\b",
    rf"\bI (?:can|could|will|{_A}ll|want to) (?:write|script|take on) (?:this|the|that)\b",
    r"\bintent(?:ion)? to write\b",
    r"\binterested in (?:writing|scripting)\b",
    rf"\bI(?:{_A}d| would) like to (?:claim|volunteer)",
)
FEEDBACK = _cues(
    r"\b(?:is|are) missing\b",
    r"\bnothing (?:yet |so far )?(?:on|about)\b",
    rf"\bI (?:couldn{_A}t|could not|can{_A}t|cannot|didn{_A}t|did not) find\b",
    r"\bcorrect (?:way to spell|spelling)\b",
    r"\bnit-?pick",
    r"\b(?:misspel|typo)",
    r"\bno mention of\b",
    rf"\bdoesn{_A}t (?:cover|mention|say)\b",
    r"\bworth (?:mentioning|adding|noting)\b",
    r"\bmight want to (?:add|mention|check|look)\b",
    r"\b[A-Z][\w’'\-]+,\s+not\s+[A-Z][\w’'\-]+\b",  # "Kozlovsky, not Kozlovski"
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:1[5-9]\d{{2}}|20\d{{2}})\b|\b{_MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTHS}(?=\W)"
)

# A count or measure with what it counts: "600 million viewers", "21.5 kilograms", "40%".
_FIGURE = re.compile(
    r"(?<![\w.,:/])\d[\d,]*(?:\.\d+)?(?:\s*%|\s+(?:per ?cent|million|thousand|billion|hundred)\b"
    r"|[ -](?!(?:1[5-9]|20)\d\d\b)[a-z]{3,}s\b)"
)
REPLY = _cues(
    rf"\byou{_A}?re right\b|\byou are right\b|\bgood (?:point|catch|find)\b|\bnice find\b",
    r"\bI (?:agree|disagree)\b|\bagreed\b|\bfixed (?:it|now|that)\b|\bthanks?\b|\bthank you\b",
    r"\?\s*$",
)
# A heading line: short, no final punctuation, not a greeting, a quote or a handle.
_HEADING = re.compile(r"[A-Z0-9][^\n@]*[^\s.,;:!?…]")
_GREETING = re.compile(r"(?i)(?:hi|hello|hey|dear|thanks|thank you|ok|okay|yes|no)\b")
HEADING_WORDS = 8
SHORT_RESEARCH_WORDS = 35  # ... a shorter post with two dates, or a date and a figure

LONG_WORDS = 150  # a post this long with two dates is research unless it says otherwise
DENSE_WORDS, DENSE_DATES = 80, 4  # ... as is a shorter one dense with dates
VERY_LONG_WORDS = 250  # ... and this long it is research whatever cue it also carries


def classify(text: str, position: int, title: str | None = None) -> str:
    """The kind of one post; `position` is 0 for the first post of the thread."""
    if position == 0 and (_has_header(text) or CALL.search(text)):
        return "call"
    if (CREDIT_EVENT.search(text) and CREDIT_THANKS.search(text)) or _thanks_for_research(text):
        return "credit"
    if _opens_with_title(text, title):
        return "research"
    words, dates = len(text.split()), len(_DATE.findall(text))
    if words >= VERY_LONG_WORDS and dates >= 2:
        return "research"
    if INTENT.search(text):
        return "intent"
    if FEEDBACK.search(text):
        return "feedback"
    if (words >= LONG_WORDS and dates >= 2) or (words >= DENSE_WORDS and dates >= DENSE_DATES):
        return "research"
    if not REPLY.search(text) and (_dated_after_heading(text) or _short_research(text, words, dates)):
        return "research"
    return "reply"


def _short_research(text: str, words: int, dates: int) -> bool:
    """At least two pieces of evidence (dates and figures) in a post of some length."""
    return words >= SHORT_RESEARCH_WORDS and dates + len(_FIGURE.findall(text)) >= 2


def _dated_after_heading(text: str) -> bool:
    """The post opens with a heading line ("Launch and landing") and a dated paragraph."""
    parts = [p.strip() for p in re.split(r"\n\s*\n|\n", text.strip(), maxsplit=1)]
    if len(parts) < 2 or len(parts[0].split()) > HEADING_WORDS or _GREETING.match(parts[0]):
        return False
    paragraph = re.split(r"\n\s*\n", parts[1], maxsplit=1)[0]
    return bool(_HEADING.fullmatch(parts[0]) and _DATE.search(paragraph))


def annotate(posts: list[Post], title: str | None = None) -> list[Post]:
    """Posts with `kind` set and, for credit posts, `credits` (the @handles thanked,
    less the post's own author)."""
    out = []
    for i, post in enumerate(posts):
        kind = classify(post.text, i, title)
        credits = ()
        if kind == "credit":
            credits = tuple(h for h in thanked(post.text) if h != post.author)
        out.append(replace(post, kind=kind, credits=credits))
    return out


def thanked(text: str) -> tuple[str, ...]:
    """The @handles a credit post thanks: those in its "thanks to @X for ..., and to @Y"
    sentences; when no thanks cue names a handle ("@X the episode was recorded, thank you
    for your research"), every @handle of the post."""
    named: dict[str, None] = {}
    for cue in THANKS_HANDLE.finditer(text):
        end = _CLAUSE_END.search(text, cue.end())
        named.update(dict.fromkeys(handles(text[cue.start() : end.start() if end else len(text)])))
    return tuple(named) or handles(text)


def thanks_research(text: str) -> bool:
    """Whether a post thanks someone for research (not just for recording or a comment)."""
    return bool(re.search(r"\bresearch\b", text, re.I) and CREDIT_THANKS.search(text))


def _thanks_for_research(text: str) -> bool:
    return bool(re.search(r"\bthe research you (?:provided|posted|did|shared)", text, re.I))


def _has_header(text: str) -> bool:
    return any(is_header_line(line) for line in text.splitlines()[:4])


def _opens_with_title(text: str, title: str | None) -> bool:
    """The first line repeats the thread's title, with or without its episode code."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if title and _bare_title(first) == _bare_title(title) and _bare_title(first):
        return True
    return has_code(first) and len(first.split()) <= 20


def _bare_title(line: str) -> str:
    return " ".join(split_code(line)[1].replace("’", "'").casefold().split())
