"""The ingest entry points: bytes (or paths) -> `ParsedDocument`, by the right reader.

`read_document` reads one file's bytes; `read_paths` reads files and folders, joining every
Discourse file of one topic into ONE document. Both raise `UnreadableFileError` (one line:
what is wrong, what to do) and never write anything.
"""

from __future__ import annotations

import json
from pathlib import Path

from histdesk.errors import UnreadableFileError
from histdesk.ingest.article import parse_article
from histdesk.ingest.decode import decode_text, load_json, text_sha256
from histdesk.ingest.discourse import check_discourse, is_discourse, parse_discourse, topic_id
from histdesk.ingest.html import parse_html
from histdesk.ingest.sniff import sniff
from histdesk.ingest.text import parse_text
from histdesk.ingest.thread import parse_thread
from histdesk.model import DOCUMENT_KINDS, ParsedDocument


def read_document(name: str, data: bytes, as_kind: str | None = None) -> ParsedDocument:
    """Parse one file. `as_kind` (one of model.DOCUMENT_KINDS) overrides sniffing;
    `sha256` is the hash of the normalised text (of the canonical posts for Discourse)."""
    check_kind(as_kind)
    text = decode_text(name, data)
    return _parse(name, text, as_kind or sniff(text))


def read_paths(paths: list[Path], as_kind: str | None = None) -> list[ParsedDocument]:
    """Parse files and folders (a folder means every non-hidden file in it, sorted, and
    each Discourse export folder inside it; any other subfolder raises).

    Documents are named by file (or folder) name, not path, since the name is what a brief
    cites; error messages quote the path as given. Discourse files of one topic (a
    /t/ID.json and its posts.json pages) become ONE document, named after the folder (or
    the first file) and hashed over the joined content; every other file becomes its own
    document, in the order given."""
    check_kind(as_kind)
    out: list = []
    topics: dict = {}
    for path, origin in _expand(paths):
        shown, data = str(path), _read(path)  # errors quote the path as given
        text = decode_text(shown, data)
        kind = as_kind or sniff(text)
        if kind != "discourse":
            out.append(_parse(path.name, text, kind))
            continue
        payload = check_discourse(shown, load_json(shown, text))
        group = topics.setdefault(topic_id(payload), _Topic(Path(origin or path).name))
        if not group.files:
            out.append(group)
        group.add(path.name, payload)
    _merge_unknown(topics, out)
    return [item.document() if isinstance(item, _Topic) else item for item in out]


def check_kind(as_kind: str | None) -> None:
    """Raise UnreadableFileError for an `--as` value that names no reader."""
    if as_kind is not None and as_kind not in DOCUMENT_KINDS:
        raise UnreadableFileError(
            f"unknown --as value {as_kind!r}; use one of: {', '.join(DOCUMENT_KINDS)}"
        )


class _Topic:
    """The Discourse files of one topic, collected until all paths are read."""

    def __init__(self, name: str):
        self.name = name
        self.files: list[tuple[str, dict]] = []

    def add(self, name: str, payload: dict) -> None:
        self.files.append((name, payload))

    def document(self) -> ParsedDocument:
        payloads = [payload for _n, payload in self.files]
        name = self.files[0][0] if len(self.files) == 1 else self.name
        return parse_discourse(name, payloads)


def _merge_unknown(topics: dict, out: list) -> None:
    """Pages that name no topic join the one topic read, when exactly one was."""
    unknown, known = topics.get(None), [t for k, t in topics.items() if k is not None]
    if unknown is None or len(known) != 1:
        return
    known[0].files.extend(unknown.files)
    out.remove(unknown)


def _parse(name: str, text: str, kind: str) -> ParsedDocument:
    """The reader for `kind`; text documents are identified by their normalised text,
    Discourse ones by their canonical posts (see parse_discourse)."""
    if kind == "discourse":
        return parse_discourse(name, [check_discourse(name, load_json(name, text))])
    sha = text_sha256(text)
    if kind == "html":
        return parse_html(name, text, sha)
    if kind == "thread":
        return parse_thread(name, text, sha)
    if kind == "source":
        return parse_article(name, text, sha)
    return parse_text(name, text, sha)


def _expand(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """(file, folder it came from or None), folders expanded to their sorted files.

    A subfolder is read only when it holds a Discourse export (its files then join into
    one document named after it); any other subfolder is refused rather than skipped."""
    files: list[tuple[Path, str | None]] = []
    for path in map(Path, paths):
        if not path.is_dir():
            files.append((path, None))
            continue
        inside = _visible(path)
        if not inside:
            raise UnreadableFileError(f"{path} is an empty folder; pass the files to read")
        for item in inside:
            if item.is_dir() and not _is_discourse_folder(item):
                raise UnreadableFileError(
                    f"{item} is a folder; pass its files, or a Discourse export folder"
                )
            origin = item if item.is_dir() else path
            files.extend((p, str(origin)) for p in (_visible(item) if item.is_dir() else [item]))
    return files


def _visible(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def _is_discourse_folder(folder: Path) -> bool:
    """Every visible entry is a file holding a Discourse topic or posts page."""
    inside = _visible(folder)
    if not inside or any(not p.is_file() for p in inside):
        return False
    for path in inside:
        try:
            payload = json.loads(decode_text(str(path), _read(path)))
        except (UnreadableFileError, ValueError):
            return False
        if not is_discourse(payload):
            return False
    return True


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError(f"{path} does not exist; check the path") from None
    except OSError as exc:
        raise UnreadableFileError(f"{path} cannot be read ({exc.strerror}); check it") from None
