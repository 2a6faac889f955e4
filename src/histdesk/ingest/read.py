"""The ingest entry points: bytes (or paths) -> `ParsedDocument`, by the right reader.

`read_document` reads one file's bytes; `read_paths` reads files and folders, joining every
Discourse file of one topic into ONE document. Both raise `UnreadableFileError` (one line:
what is wrong, what to do) and never write anything.
"""

from __future__ import annotations

from pathlib import Path

from histdesk.errors import UnreadableFileError
from histdesk.ingest.article import parse_article
from histdesk.ingest.decode import decode_text, load_json, sha256
from histdesk.ingest.discourse import check_discourse, parse_discourse, topic_id
from histdesk.ingest.html import parse_html
from histdesk.ingest.sniff import sniff
from histdesk.ingest.text import parse_text
from histdesk.ingest.thread import parse_thread
from histdesk.model import DOCUMENT_KINDS, ParsedDocument


def read_document(name: str, data: bytes, as_kind: str | None = None) -> ParsedDocument:
    """Parse one file. `as_kind` (one of model.DOCUMENT_KINDS) overrides sniffing;
    `sha256` is the hash of `data`."""
    check_kind(as_kind)
    text = decode_text(name, data)
    return _parse(name, text, sha256(data), as_kind or sniff(text))


def read_paths(paths: list[Path], as_kind: str | None = None) -> list[ParsedDocument]:
    """Parse files and folders (a folder means every non-hidden file in it, sorted).

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
            out.append(_parse(path.name, text, sha256(data), kind))
            continue
        payload = check_discourse(shown, load_json(shown, text))
        group = topics.setdefault(topic_id(payload), _Topic(Path(origin or path).name))
        if not group.files:
            out.append(group)
        group.add(path.name, data, payload)
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
        self.files: list[tuple[str, bytes, dict]] = []

    def add(self, name: str, data: bytes, payload: dict) -> None:
        self.files.append((name, data, payload))

    def document(self) -> ParsedDocument:
        payloads = [payload for _n, _d, payload in self.files]
        if len(self.files) == 1:
            name, data, _p = self.files[0]
            return parse_discourse(name, payloads, sha256(data))
        return parse_discourse(self.name, payloads)


def _merge_unknown(topics: dict, out: list) -> None:
    """Pages that name no topic join the one topic read, when exactly one was."""
    unknown, known = topics.get(None), [t for k, t in topics.items() if k is not None]
    if unknown is None or len(known) != 1:
        return
    known[0].files.extend(unknown.files)
    out.remove(unknown)


def _parse(name: str, text: str, sha: str, kind: str) -> ParsedDocument:
    if kind == "discourse":
        return parse_discourse(name, [check_discourse(name, load_json(name, text))], sha)
    if kind == "html":
        return parse_html(name, text, sha)
    if kind == "thread":
        return parse_thread(name, text, sha)
    if kind == "source":
        return parse_article(name, text, sha)
    return parse_text(name, text, sha)


def _expand(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """(file, folder it came from or None), folders expanded to their sorted files."""
    files: list[tuple[Path, str | None]] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            if not inside:
                raise UnreadableFileError(f"{path} is an empty folder; pass the files to read")
            files.extend((p, str(path)) for p in inside)
        else:
            files.append((path, None))
    return files


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError(f"{path} does not exist; check the path") from None
    except OSError as exc:
        raise UnreadableFileError(f"{path} cannot be read ({exc.strerror}); check it") from None
