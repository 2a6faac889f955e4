"""Assembling an `EpisodeView`: everything the checks and the brief see of one episode."""

from __future__ import annotations

import sqlite3

from histdesk.model import EpisodeView, Judgement
from histdesk.store.documents import read_documents, read_posts, read_sources
from histdesk.store.entities import effective_judgements, read_entities
from histdesk.store.episodes import get_episode
from histdesk.store.read_extractions import (
    read_events,
    read_figures,
    read_mentions,
    read_timexes,
)


def episode_view(conn: sqlite3.Connection, code: str) -> EpisodeView:
    """The episode's documents and what was extracted from them, in document offsets.

    Entities are those mentioned in the episode's documents (with only those mentions);
    judgements are the effective ones that name something mentioned there.
    UnknownEpisodeError if the episode does not exist."""
    episode = get_episode(conn, code)
    documents = read_documents(conn, episode=code)
    ids = [d.id for d in documents]
    entities = read_entities(conn, ids)
    mentions = read_mentions(conn, ids)
    names = {m.text for m in mentions} | {e.name for e in entities}
    names |= {alias for e in entities for alias in e.aliases}
    return EpisodeView(
        episode=episode,
        documents=tuple(documents),
        posts=tuple(read_posts(conn, ids)),
        sources=tuple(read_sources(conn, ids)),
        timexes=tuple(read_timexes(conn, ids)),
        figures=tuple(read_figures(conn, ids)),
        events=tuple(read_events(conn, ids)),
        entities=tuple(entities),
        judgements=tuple(_touching(effective_judgements(conn), names)),
        mentions=tuple(mentions),
    )


def _touching(judgements: list[Judgement], names: set[str]) -> list[Judgement]:
    return [j for j in judgements if j.left in names or j.right in names]
