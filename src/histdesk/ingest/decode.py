"""Bytes -> checked, normalised text, or one `UnreadableFileError` line that names the fix.

Every reader starts here, so every input error reads the same way: what is wrong with which
file, then what to do. Text is kept exact apart from newlines (CRLF and CR become LF) and a
leading byte-order mark, so offsets match what a user sees in an editor.
"""

from __future__ import annotations

import hashlib
import json

from histdesk.errors import UnreadableFileError

_CONTROL_SHARE = 0.10  # above this share of control characters a file is not text
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def sha256(data: bytes) -> str:
    """The SHA-256 hex digest of some bytes."""
    return hashlib.sha256(data).hexdigest()


def text_sha256(text: str) -> str:
    """The identity of a text input: the hash of its normalised text (UTF-8), so the same
    text saved with CRLF or CR newlines, or with a byte-order mark, is the same document."""
    return sha256(text.encode("utf-8"))


def decode_text(name: str, data: bytes) -> str:
    """Decode UTF-8 bytes into normalised text.

    Raises UnreadableFileError when the file is empty (or only whitespace), binary (NUL
    bytes or mostly control characters) or not UTF-8 (naming the first bad byte offset).
    """
    if not data.strip():
        raise UnreadableFileError(f"{name} is empty; pass a file with the thread or source text")
    if b"\x00" in data:
        raise UnreadableFileError(_binary(name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _control_share(data.decode("latin-1")) > _CONTROL_SHARE:
            raise UnreadableFileError(_binary(name)) from None
        bad = data[exc.start]
        raise UnreadableFileError(
            f"{name} is not UTF-8 (byte 0x{bad:02x} at offset {exc.start}); "
            "re-save it as UTF-8 and pass it again"
        ) from None
    if _control_share(text) > _CONTROL_SHARE:
        raise UnreadableFileError(_binary(name))
    return normalise_newlines(text.removeprefix("\ufeff"))


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_json(name: str, text: str):
    """Parse JSON text; invalid JSON raises one line with its line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFileError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "export the topic again from /t/ID.json"
        ) from None
    except (ValueError, RecursionError):  # a 5000-digit number, arrays nested 10,000 deep
        raise UnreadableFileError(
            f"{name} is JSON too deeply nested or with numbers too long to read; "
            "export the topic again from /t/ID.json"
        ) from None


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\x7f")
    return controls / max(len(text), 1)


def _binary(name: str) -> str:
    return f"{name} looks like a binary file, not text; pass the thread or source as a text file"
