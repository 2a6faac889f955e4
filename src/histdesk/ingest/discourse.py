"""Discourse topic exports -> one thread document.

`/t/ID.json` is the topic: its title, `post_stream.stream` (every post id in order) and the
first ~20 posts in `post_stream.posts`. Later posts come from `/t/ID/posts.json?post_ids[]=…`
pages shaped `{"post_stream": {"posts": [...]}}`. Any set of these files joins into ONE
document: posts deduplicated by id, ordered by the topic's stream (else by post_number).
Each post's `cooked` HTML becomes text (quotes dropped) and the document text is the posts
joined by two blank lines, so a post's offsets index the document text. Stream ids that
no given file holds are reported in the document's `notes`, not guessed at.
"""

from __future__ import annotations

import json

from histdesk.errors import UnreadableFileError
from histdesk.ingest.decode import sha256
from histdesk.ingest.episode import handles, header_from
from histdesk.ingest.htmltext import html_to_text
from histdesk.ingest.kinds import annotate
from histdesk.model import ParsedDocument, Post

SEPARATOR = "\n\n\n"
LIKE_ACTION = 2  # actions_summary id of "like"
SHOWN_IDS = 5  # missing post ids quoted in a note before "…"


def is_discourse(payload) -> bool:
    """A topic or a posts page: a dict with `post_stream.posts` as a list."""
    stream = payload.get("post_stream") if isinstance(payload, dict) else None
    return isinstance(stream, dict) and isinstance(stream.get("posts"), list)


def check_discourse(name: str, payload) -> dict:
    """The payload itself, or UnreadableFileError when it is JSON of another shape."""
    if not is_discourse(payload):
        raise UnreadableFileError(
            f"{name} is JSON but not a Discourse topic (no post_stream.posts); "
            "pass /t/ID.json or /t/ID/posts.json, or --as text"
        )
    return payload


def topic_id(payload: dict) -> int | None:
    """The topic a payload belongs to: the topic's id, else its posts' topic_id."""
    if "title" in payload and isinstance(payload.get("id"), int):
        return payload["id"]
    for post in payload["post_stream"]["posts"]:
        if isinstance(post, dict) and isinstance(post.get("topic_id"), int):
            return post["topic_id"]
    return None


def parse_discourse(name: str, payloads: list[dict], sha: str | None = None) -> ParsedDocument:
    """Join topic and posts pages into one thread; `sha` defaults to a hash of the joined
    canonical content (so the same posts split across other files hash the same)."""
    topic = next((p for p in payloads if "title" in p), None)
    raw = _ordered_posts(payloads, topic)
    title = _text(topic.get("title")) if topic else None
    posts, texts, pos = [], [], 0
    for item in raw:
        text = html_to_text(_text(item.get("cooked")) or "")
        if not text:
            continue
        if texts:
            pos += len(SEPARATOR)
        posts.append(_post(item, text, pos, len(posts) + 1))
        texts.append(text)
        pos += len(text)
    posts = annotate(posts, title)
    return ParsedDocument(
        name=name,
        kind="discourse",
        text=SEPARATOR.join(texts),
        sha256=sha or _canonical_sha(title, raw),
        posts=tuple(posts),
        header=header_from(title, posts[0].text if posts else ""),
        title=title,
        notes=_missing_note(name, topic, raw),
    )


def _missing_note(name: str, topic: dict | None, raw: list[dict]) -> tuple[str, ...]:
    """One note when the topic's stream lists posts none of the files hold, else none:
    a topic file alone carries only its first ~20 posts, and the user should know."""
    stream = _stream(topic)
    held = {_key(p.get("id")) for p in raw}
    missing = [pid for pid in dict.fromkeys(stream) if pid not in held]
    if not missing:
        return ()
    ids = ", ".join(map(str, missing[:SHOWN_IDS])) + (", …" if len(missing) > SHOWN_IDS else "")
    return (
        f"{name}: {len(missing)} of the topic's {len(dict.fromkeys(stream))} posts are missing "
        f"(ids {ids}); pass the /t/ID/posts.json pages with it, or the folder",
    )


def _ordered_posts(payloads: list[dict], topic: dict | None) -> list[dict]:
    """Posts deduplicated by id (first copy wins), in stream order, unknown ids last."""
    by_id: dict = {}
    for payload in payloads:
        for post in payload["post_stream"]["posts"]:
            if isinstance(post, dict):
                by_id.setdefault(_key(post.get("id", id(post))), post)
    rank = {pid: i for i, pid in enumerate(_stream(topic))}
    return sorted(
        by_id.values(),
        key=lambda p: (rank.get(_key(p.get("id")), len(rank)), _number(p.get("post_number")) or 0),
    )


def _stream(topic: dict | None) -> list:
    """The topic's `post_stream.stream` ids that can be looked up; junk entries are dropped."""
    stream = ((topic or {}).get("post_stream") or {}).get("stream")
    return [_key(pid) for pid in stream if _key(pid) is not None] if isinstance(stream, list) else []


def _key(value):
    """A post id usable as a dict key: exported ids are ints, anything unhashable is no id."""
    return value if isinstance(value, (int, str, float)) else None


def _number(value) -> int | None:
    """An integer field of an export (ints, or digit strings from hand-edited files), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdecimal() and value.strip().isascii():
        return int(value)
    return None


def _text(value) -> str | None:
    """A string field of an export, or None when it is missing or of another type."""
    return value if isinstance(value, str) else None


def _post(item: dict, text: str, start: int, fallback_number: int) -> Post:
    return Post(
        number=_number(item.get("post_number")) or fallback_number,
        text=text,
        start=start,
        end=start + len(text),
        author=_text(item.get("username")) or None,
        likes=_likes(item),
        created_at=_text(item.get("created_at")) or None,
        reply_to=_number(item.get("reply_to_post_number")),
        handles=handles(text),
    )


def _likes(item: dict) -> int:
    actions = item.get("actions_summary")
    for action in actions if isinstance(actions, list) else []:
        if isinstance(action, dict) and action.get("id") == LIKE_ACTION:
            return max(0, _number(action.get("count")) or 0)
    return max(0, _number(item.get("like_count")) or 0)


def _canonical_sha(title: str | None, posts: list[dict]) -> str:
    keep = ("id", "post_number", "username", "created_at", "cooked", "reply_to_post_number")
    canon = {"title": title, "posts": [{k: p.get(k) for k in keep} for p in posts]}
    return sha256(json.dumps(canon, sort_keys=True, ensure_ascii=False).encode("utf-8"))
