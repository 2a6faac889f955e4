"""Readers for gold temporal annotations: TimeML `.tml` (TIMEX3) and inline TIMEX2 keys.

Both formats keep the annotated text inline in a `<TEXT>` element. The document text is that
element's content with every tag removed and XML entities unescaped; gold offsets are
character offsets into it, so a tagger run on `GoldDoc.text` can be scored span for span.

Files are parsed with defusedxml (no entity expansion, no external resources): gold folders
come from the user, and a crafted file must not be able to read the disk or blow up memory.

TIMEX2 (WikiWars) has no `type` attribute; for type scoring it is inferred from `val`
(`infer_timex2_type`). A TIMEX3 inside `<TEXT>` with `tid="t0"` is the document's own
creation time repeated as metadata; the TempEval-3 scorer skips it, and so do we (its span is
kept in `GoldDoc.ignored` so predictions on it are not counted as false positives either).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from histdesk.errors import InputError, UnreadableFileError
from histdesk.model import Timex

SUFFIXES = (".key.xml", ".tml")
_TIME_OF_DAY = re.compile(r"T(\d|MO|MI|AF|EV|NI|DT|XX)")
_DURATION = re.compile(r"P[\dXT.]")  # P3D, PXY, PT2H; not PAST_REF / PRESENT_REF


@dataclass(frozen=True)
class GoldDoc:
    """One gold document: `text` to tag, its creation date (None for TIMEX2 keys) and the
    gold timexes (outermost elements only) with offsets into `text`."""

    name: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]
    ignored: tuple[tuple[int, int], ...] = ()  # metadata spans excluded from scoring


def doc_name(path: Path) -> str:
    """The document's name: the file name without `.tml` or `.key.xml`."""
    for suffix in SUFFIXES:
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    return path.stem


def gold_files(gold_dir: Path) -> list[Path]:
    """Every `.tml` and `.key.xml` file under `gold_dir` (recursively), sorted.

    Raises InputError when the folder does not exist or holds no such file.
    """
    if not gold_dir.is_dir():
        raise InputError(
            f"{gold_dir}: no such directory; give a folder of TimeML .tml or TIMEX2 .key.xml files"
        )
    files = sorted(p for p in gold_dir.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES))
    if not files:
        raise InputError(
            f"{gold_dir}: no .tml or .key.xml files in it or its subfolders; "
            "point GOLD_DIR at a TempEval-3 or WikiWars folder"
        )
    return files


def read_gold_dir(gold_dir: Path) -> list[GoldDoc]:
    """Read every gold file under `gold_dir`; document names must be unique.

    Two files with one name (say WikiWars' `x.key.xml` and `x.tml` versions of one article)
    would make predictions ambiguous and double-count the article, so that is an InputError.
    """
    docs: dict[str, tuple[Path, GoldDoc]] = {}
    for path in gold_files(gold_dir):
        doc = read_gold_file(path)
        if doc.name in docs:
            raise InputError(
                f"{path} and {docs[doc.name][0]} both hold document {doc.name!r}; "
                "point GOLD_DIR at one annotation folder (e.g. timex2-keyinline)"
            )
        docs[doc.name] = (path, doc)
    return [doc for _, doc in docs.values()]


def read_gold_file(path: Path) -> GoldDoc:
    """Parse one `.tml` or `.key.xml` file. Raises UnreadableFileError (an InputError) when it
    is not well-formed XML, uses forbidden XML features, or has no `<TEXT>`."""
    try:
        root = SafeET.fromstring(path.read_bytes())
    except (ParseError, DefusedXmlException) as err:
        raise UnreadableFileError(
            f"{path}: not usable XML ({err}); fix or remove the file from GOLD_DIR"
        ) from None
    text_el = next((el for el in root.iter() if _local(el.tag) == "TEXT"), None)
    if text_el is None:
        raise UnreadableFileError(
            f"{path}: no <TEXT> element; gold files need their annotated text inside <TEXT>"
        )
    name = doc_name(path)
    if path.name.endswith(".key.xml"):
        return _timex2_doc(name, text_el)
    return _timex3_doc(name, root, text_el)


def infer_timex2_type(val: str, set_flag: str = "") -> str:
    """TIMEX3 type for a TIMEX2 `val`: SET if `set="YES"`, DURATION for `P...`, TIME for a
    time of day (`T10:00`, `TNI`, ...), else DATE (PAST_REF is a DATE). TIMEX2 has no
    type, so this is an inference made only so that type accuracy can be reported on it."""
    val = val.strip()
    if set_flag.strip().upper() == "YES":
        return "SET"
    if _DURATION.match(val):
        return "DURATION"
    if _TIME_OF_DAY.search(val):
        return "TIME"
    return "DATE"


def _timex3_doc(name: str, root: Element, text_el: Element) -> GoldDoc:
    text, spans = _flatten(text_el, "TIMEX3")
    timexes, ignored = [], []
    for start, end, el in spans:
        if el.get("tid") == "t0":
            ignored.append((start, end))
            continue
        timexes.append(
            Timex(start, end, text[start:end], el.get("type", ""), el.get("value", ""),
                  el.get("mod") or None)
        )
    return GoldDoc(name, text, _dct(root), tuple(timexes), tuple(ignored))


def _timex2_doc(name: str, text_el: Element) -> GoldDoc:
    text, spans = _flatten(text_el, "TIMEX2")
    timexes = tuple(
        Timex(start, end, text[start:end], infer_timex2_type(el.get("val", ""), el.get("set", "")),
              el.get("val", ""), el.get("mod") or None)
        for start, end, el in spans
    )
    return GoldDoc(name, text, None, timexes)


def _dct(root: Element) -> str | None:
    """The creation date ("YYYY-MM-DD") from `<DCT><TIMEX3 value=...>`; the time of day, when
    given, is dropped because the tagger anchors on a date."""
    for el in root.iter():
        if _local(el.tag) == "DCT":
            timex = next((c for c in el.iter() if _local(c.tag) == "TIMEX3"), None)
            value = (timex.get("value") or "").strip() if timex is not None else ""
            return value[:10] or None
    return None


def _flatten(text_el: Element, tag: str) -> tuple[str, list[tuple[int, int, Element]]]:
    """The text content of `text_el` without tags, and the outermost `tag` elements in it as
    (start, end, element) character spans of that text."""
    parts: list[str] = []
    spans: list[tuple[int, int, Element]] = []
    length = 0

    def walk(el: Element, inside: bool) -> None:
        nonlocal length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            start = length
            is_tag = _local(child.tag) == tag
            walk(child, inside or is_tag)
            if is_tag and not inside:
                spans.append((start, length, child))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(text_el, False)
    return "".join(parts), spans


def _local(tag: object) -> str:
    """An element's tag without its namespace (comments and PIs have non-str tags)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
