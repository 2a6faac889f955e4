"""HTML -> plain text that keeps paragraph breaks, for Discourse `cooked` posts and pages.

Block elements become paragraphs joined by a blank line, list items and <br> become line
breaks, inline whitespace collapses as a browser would. Quote blocks (`<aside class="quote">`,
Discourse's copy of another post) are dropped so quoted text is not extracted twice.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

BLOCKS = frozenset(
    "p div section article main header footer blockquote pre h1 h2 h3 h4 h5 h6 ul ol li "
    "table tr dl dt dd figure figcaption details summary hr address".split()
)
LINE_ITEMS = frozenset({"li", "tr", "dt", "dd"})
DROP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
DROP_CSS = ("aside.quote", "div.quote", "img.emoji", "div.meta", "div.lightbox-wrapper .meta")
PAGE_CHROME = ("nav", "header", "footer", "aside", "form", "[role=navigation]", "[role=banner]")
_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def html_to_text(html: str, drop_chrome: bool = False) -> str:
    """Visible text of an HTML fragment or page; `drop_chrome` also removes navigation,
    headers, footers and sidebars (for whole pages, not for posts)."""
    tree = parse(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    for selector in DROP_CSS + (PAGE_CHROME if drop_chrome else ()):
        for node in root.css(selector):
            node.decompose()
    if drop_chrome:
        root = root.css_first("main") or root.css_first("article") or root
    chunks: list[str | int] = []
    _walk(root, chunks, pre=False)
    return _assemble(chunks)


def title_of(html: str) -> str | None:
    """The page's <title>, else its first <h1>, whitespace collapsed."""
    tree = parse(html)
    for selector in ("title", "h1"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            return _SPACE.sub(" ", node.text()).strip()
    return None


def _walk(node: LexborNode, chunks: list[str | int], pre: bool) -> None:
    """Append text and break markers (1 = line break, 2 = paragraph) in document order.

    Iterative, with an explicit stack: hostile pages nest thousands of elements deep,
    past Python's recursion limit. Each entry is (next sibling to visit, inside <pre>,
    the break marker that closes its parent once the siblings run out)."""
    stack: list[tuple[LexborNode | None, bool, int | None]] = [(node.child, pre, None)]
    while stack:
        child, pre, closing = stack.pop()
        if child is None:
            if closing is not None:
                chunks.append(closing)
            continue
        stack.append((child.next, pre, closing))
        tag = child.tag
        if tag == "-text":
            text = child.text_content or ""
            chunks.append(text if pre else _SPACE.sub(" ", text))
        elif tag == "br":
            chunks.append(1)
        elif tag not in DROP and tag not in ("-comment",):
            brk = 1 if tag in LINE_ITEMS else 2 if tag in BLOCKS else 0
            chunks.append(brk)
            stack.append((child.child, pre or tag == "pre", brk))


def _assemble(chunks: list[str | int]) -> str:
    """Join chunks; a run of break markers counts as its strongest (nested blocks do not
    stack), then trim each line and keep at most one blank line between paragraphs."""
    parts: list[str] = []
    pending = 0
    for chunk in chunks:
        if isinstance(chunk, int):
            pending = max(pending, chunk)
            continue
        if pending and chunk.strip():
            parts.append("\n" * pending)
            pending = 0
        parts.append(chunk)
    text = "".join(parts)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
