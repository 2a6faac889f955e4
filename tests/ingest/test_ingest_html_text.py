"""HTML pages and plain text become one research post spanning their text."""

from histdesk.ingest import read_document
from histdesk.ingest.htmltext import html_to_text

PAGE = b"""<!doctype html><html><head><title>The Genoa Conference</title>
<style>p{color:red}</style><script>var x = 1;</script></head><body>
<nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<main><h1>Genoa, 1922</h1>
<p>The Genoa Conference opened on April 10, 1922.</p>
<p>Delegates of 34 countries attended.</p></main>
<footer>Site footer text</footer></body></html>"""


def test_html_page_is_one_research_post():
    doc = read_document("page.html", PAGE)
    assert doc.kind == "html" and doc.title == "The Genoa Conference"
    assert "April 10, 1922" in doc.text and "34 countries" in doc.text
    assert "var x" not in doc.text and "color:red" not in doc.text
    [post] = doc.posts
    assert post.kind == "research" and doc.text[post.start : post.end] == post.text


def test_fallback_extractor_drops_chrome_and_keeps_paragraphs():
    text = html_to_text(PAGE.decode(), drop_chrome=True)
    assert text == "Genoa, 1922\n\nThe Genoa Conference opened on April 10, 1922.\n\nDelegates of 34 countries attended."


def test_html_to_text_lines_and_lists():
    assert html_to_text("<p>a<br>b</p><ul><li>x</li><li>y</li></ul>") == "a\nb\n\nx\ny"


def test_plain_text_is_one_research_post():
    data = "# Notes on the NEP\n\nIn 1921 the tax in kind replaced requisitioning.\n\n".encode()
    doc = read_document("notes.md", data)
    assert doc.kind == "text" and doc.title == "Notes on the NEP"
    [post] = doc.posts
    assert post.kind == "research" and post.text.endswith("requisitioning.")
    assert (post.start, post.end) == (0, len(doc.text.rstrip()))


NOTES = """# Notes on Trafalgar

Background first.

## People

- **Horatio Nelson** was killed on 21 October 1805.

## Timeline

| date | what |
| --- | --- |
| 21 October 1805 | battle off Cape Trafalgar |
| 4 November 1805 | action off Cape Ortegal |

The fleet came home in December.

```
# not a heading inside a fence
```
"""


def test_markdown_posts_follow_sections_and_table_rows():
    doc = read_document("notes.md", NOTES.encode())
    assert doc.text == NOTES and doc.title == "Notes on Trafalgar"
    assert [p.text for p in doc.posts] == [
        "# Notes on Trafalgar\n\nBackground first.",
        "## People\n\n- **Horatio Nelson** was killed on 21 October 1805.",
        "21 October 1805 | battle off Cape Trafalgar",
        "4 November 1805 | action off Cape Ortegal",
        "The fleet came home in December.\n\n```\n# not a heading inside a fence\n```",
    ]
    assert [p.number for p in doc.posts] == [1, 2, 3, 4, 5]
    assert all(p.kind == "research" and doc.text[p.start : p.end] == p.text for p in doc.posts)


def test_plain_text_without_headings_is_one_post():
    doc = read_document("n.txt", b"\n  First line.\n\n\nSecond paragraph, 1805.\n\n")
    [post] = doc.posts
    assert post.text == "First line.\n\n\nSecond paragraph, 1805."


def test_html_nested_past_the_recursion_limit_still_reads():
    html = "<p>top</p>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "<p>end</p>"
    assert html_to_text(html) == "top\n\ndeep\n\nend"
