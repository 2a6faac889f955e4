"""The tables of the first release, as migration "0001_initial" creates them.

Plain, readable tables a user can open in Datasette or sqlite3: offsets are character offsets
into `documents.text`; small lists are JSON text; every extracted row keeps ~40 characters of
context either side and the version of the extractor that made it. Column names that are SQL
keywords ("end", "left", "of", ...) are always double-quoted.
"""

from __future__ import annotations

ID_DOCUMENT = (
    "id INTEGER PRIMARY KEY, "
    "document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE"
)

INITIAL = (
    """CREATE TABLE episodes (
        code TEXT PRIMARY KEY, title TEXT NOT NULL, authors TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL, window_start TEXT NOT NULL DEFAULT '',
        window_end TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE status_history (
        id INTEGER PRIMARY KEY, episode TEXT NOT NULL REFERENCES episodes(code) ON DELETE CASCADE,
        status TEXT NOT NULL, "at" TEXT NOT NULL, "by" TEXT NOT NULL)""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE, text TEXT NOT NULL,
        episode TEXT REFERENCES episodes(code), title TEXT, ingested_at TEXT NOT NULL)""",
    f"""CREATE TABLE posts (
        {ID_DOCUMENT},
        number INTEGER NOT NULL, author TEXT, kind TEXT NOT NULL, likes INTEGER NOT NULL DEFAULT 0,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, created_at TEXT,
        reply_to INTEGER, handles TEXT NOT NULL DEFAULT '[]',
        credits TEXT NOT NULL DEFAULT '[]')""",
    f"""CREATE TABLE sources (
        {ID_DOCUMENT},
        title TEXT NOT NULL, work TEXT, edition TEXT, year INTEGER, caveat TEXT, provenance TEXT,
        body_start INTEGER NOT NULL, body_end INTEGER NOT NULL)""",
    """CREATE TABLE bib_entries (
        id INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, author TEXT, title TEXT, edition TEXT, volume TEXT, place TEXT,
        year INTEGER, pages TEXT, text TEXT NOT NULL)""",
    f"""CREATE TABLE timexes (
        {ID_DOCUMENT},
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
        value TEXT NOT NULL, mod TEXT, anchor TEXT, context_before TEXT NOT NULL,
        context_after TEXT NOT NULL, extractor_version TEXT NOT NULL)""",
    f"""CREATE TABLE figures (
        {ID_DOCUMENT},
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value REAL NOT NULL,
        unit TEXT, qualifier TEXT, "of" TEXT, context_before TEXT NOT NULL,
        context_after TEXT NOT NULL, extractor_version TEXT NOT NULL)""",
    """CREATE TABLE entities (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]')""",
    f"""CREATE TABLE mentions (
        {ID_DOCUMENT},
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
        entity INTEGER REFERENCES entities(id) ON DELETE SET NULL, context_before TEXT NOT NULL,
        context_after TEXT NOT NULL, extractor_version TEXT NOT NULL)""",
    f"""CREATE TABLE events (
        {ID_DOCUMENT},
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, date TEXT NOT NULL,
        timex INTEGER REFERENCES timexes(id) ON DELETE SET NULL, context_before TEXT NOT NULL,
        context_after TEXT NOT NULL, extractor_version TEXT NOT NULL)""",
    """CREATE TABLE event_mentions (
        event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        mention INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
        PRIMARY KEY (event, mention))""",
    """CREATE VIEW event_entities AS
        SELECT DISTINCT em.event AS event, m.entity AS entity
        FROM event_mentions em JOIN mentions m ON m.id = em.mention
        WHERE m.entity IS NOT NULL""",
    """CREATE TABLE judgements (
        id INTEGER PRIMARY KEY, "left" TEXT NOT NULL, "right" TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('same', 'different', 'undecided')),
        decided_by TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL)""",
    "CREATE INDEX posts_document ON posts(document)",
    "CREATE INDEX timexes_document ON timexes(document)",
    "CREATE INDEX figures_document ON figures(document)",
    "CREATE INDEX mentions_document ON mentions(document, start)",
    "CREATE INDEX mentions_entity ON mentions(entity)",
    "CREATE INDEX events_document ON events(document)",
    "CREATE INDEX documents_episode ON documents(episode)",
)
