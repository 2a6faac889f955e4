"""The domain of histdesk as frozen dataclasses.

Every layer speaks these types: `ingest` makes `ParsedDocument`s, `extract` makes `Timex`,
`Figure`, `Mention` and `Event`, `store` persists them, `check` makes `Finding`s and `report`
renders all of it. Nothing here does I/O or imports spaCy, so every layer can depend on it.

Offsets are character offsets into `Document.text` unless a docstring says otherwise; every
extracted item keeps its span so it can be shown, cited and found again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("Planned", "In Research", "Writing", "Recorded", "Published")

POST_KINDS = ("call", "research", "feedback", "reply", "intent", "credit")

DOCUMENT_KINDS = ("thread", "discourse", "source", "html", "text")
THREAD_KINDS = ("thread", "discourse")  # documents whose posts are cited by number
WHOLE_TEXT_KINDS = ("html", "text")  # read as one research text: cited by file name

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT")


@dataclass(frozen=True)
class Episode:
    """One episode of the series: `code` like "1924 01", a status from `STATUSES`,
    and the window of history it covers as ISO dates (inclusive)."""

    code: str
    title: str
    authors: tuple[str, ...] = ()
    status: str = "Planned"
    window: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class Post:
    """One post of a thread. `start`/`end` locate its text inside the document text."""

    number: int
    text: str
    start: int
    end: int
    author: str | None = None
    kind: str = "reply"
    likes: int = 0
    created_at: str | None = None  # ISO 8601 when the input says
    reply_to: int | None = None
    handles: tuple[str, ...] = ()  # @handles mentioned in the post, without the "@"
    credits: tuple[str, ...] = ()  # handles a credit post thanks
    id: int | None = None  # store id, set when read back from a workspace


@dataclass(frozen=True)
class BibEntry:
    """One parsed bibliography entry; `text` is the entry as written."""

    text: str
    author: str | None = None
    title: str | None = None
    edition: str | None = None
    volume: str | None = None  # "2", or "2, 3" when the entry cites several volumes
    place: str | None = None
    year: int | None = None
    pages: str | None = None


@dataclass(frozen=True)
class Source:
    """A reference source: where it comes from, the caveat it carries, its bibliography.
    `body_start`/`body_end` bound the article body inside the document text."""

    title: str
    work: str | None = None
    edition: str | None = None
    year: int | None = None
    caveat: str | None = None
    provenance: str | None = None
    body_start: int = 0
    body_end: int = 0
    bibliography: tuple[BibEntry, ...] = ()
    id: int | None = None  # store id, set when read back from a workspace


@dataclass(frozen=True)
class Header:
    """What a thread's header says about its episode (code, title, authors, status)."""

    code: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    status: str | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """What a reader makes of one input file: the normalised text plus its structure.

    `kind` is one of `DOCUMENT_KINDS`. A thread has `posts` (and maybe a `header`); a
    reference article has `source`; plain text and HTML have neither and are treated as one
    research text.
    """

    name: str
    kind: str
    text: str
    sha256: str
    posts: tuple[Post, ...] = ()
    source: Source | None = None
    header: Header | None = None
    title: str | None = None
    notes: tuple[str, ...] = ()  # warnings the reader wants the user to see


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 expression. Offsets are relative to the text the tagger was given.

    Ranges are kept as one DATE timex whose `value` is an interval "start/end"
    (e.g. "1924-01-29/1924-01-31"); see docs/design.md.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None
    anchor: str | None = None  # the value it was resolved against, when relative
    document: int | None = None  # set once the text is placed in a stored document


@dataclass(frozen=True)
class Figure:
    """A number in the text with what it counts. `unit` is "%" for percentages, a currency
    code for money, "years" for ages, "ordinal" for ordinals, else None."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None = None
    qualifier: str | None = None  # "more than", "about", "at least", ...
    of: str | None = None  # the counted noun phrase, e.g. "applications"
    document: int | None = None


@dataclass(frozen=True)
class Mention:
    """An entity mention as found in one text (offsets relative to that text)."""

    start: int
    end: int
    text: str
    type: str
    document: int | None = None
    entity: int | None = None  # id of the canonical entity once merged


@dataclass(frozen=True)
class Event:
    """A sentence carrying a resolved date, with the mentions it contains."""

    start: int
    end: int
    text: str
    date: str  # the TIMEX3 value it rests on
    timex: Timex | None = None
    mentions: tuple[Mention, ...] = ()
    document: int | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one text; offsets relative to that text."""

    timexes: tuple[Timex, ...] = ()
    figures: tuple[Figure, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A canonical entity: one name and type for mentions merged across spellings."""

    id: int
    name: str
    type: str
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()  # other surface forms, preferred name excluded


@dataclass(frozen=True)
class Judgement:
    """A decision that two names do or do not denote the same entity.

    `verdict` is "same", "different" or "undecided"; `decided_by` is "rule:<name>" for a
    mechanism or "user:<who>" for a person. A user's judgement overrides any rule's.
    """

    left: str
    right: str
    verdict: str
    decided_by: str
    reason: str = ""


@dataclass(frozen=True)
class Document:
    """A stored input file. `episode` is the code it was ingested for."""

    id: int
    name: str
    kind: str
    sha256: str
    text: str
    episode: str | None = None
    title: str | None = None  # the page or note title when the input gives one


    @property
    def cited_name(self) -> str:
        """The file name, with the title beside it when the input gave one."""
        if self.title and self.title != self.name:
            return f"{self.name} (“{self.title}”)"
        return self.name


@dataclass(frozen=True)
class EpisodeView:
    """Everything the checks and the brief see of one episode, offsets in document text."""

    episode: Episode
    documents: tuple[Document, ...] = ()
    posts: tuple[tuple[int, Post], ...] = ()  # (document id, post)
    sources: tuple[tuple[int, Source], ...] = ()  # (document id, source)
    timexes: tuple[Timex, ...] = ()
    figures: tuple[Figure, ...] = ()
    events: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()
    judgements: tuple[Judgement, ...] = ()
    mentions: tuple[Mention, ...] = ()  # every mention, clustered or not

    def thread_prefix(self, doc: Document | None) -> str:
        """"name, " when the episode holds more than one thread, so post numbers stay unique
        in citations; "" otherwise."""
        threads = sum(1 for d in self.documents if d.kind in THREAD_KINDS)
        return f"{doc.name}, " if doc is not None and threads > 1 else ""


@dataclass(frozen=True)
class Evidence:
    """Where a finding or a citation points: a document span and the quoted text."""

    document: int
    start: int
    end: int
    quote: str
    label: str | None = None  # e.g. "post 3" or a source title


@dataclass(frozen=True)
class Finding:
    """A check's result. `code` is a dotted, stable name from `histdesk.check.codes`."""

    code: str
    episode: str
    message: str
    evidence: tuple[Evidence, ...] = ()
    data: dict = field(default_factory=dict, compare=False, hash=False)
