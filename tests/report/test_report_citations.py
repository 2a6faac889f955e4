from viewbuilder import source, thread, view

from histdesk.model import Document, Post
from histdesk.report.citations import citation_for


def _built(threads: int = 1):
    docs, posts = [], []
    for i in range(1, threads + 1):
        doc, placed = thread("Call.", ("Research.", {"author": "Veles"}), doc_id=i)
        docs.append(doc)
        posts += placed
    src_doc, src = source("Body.", "Almanac", doc_id=7)
    page = Document(8, "armistice.html", "html", "8" * 64, "The page body.", title="The Armistice")
    note = Document(9, "notes.md", "text", "9" * 64, "A note.")
    posts += [(8, Post(1, page.text, 0, len(page.text))), (9, Post(1, note.text, 0, len(note.text)))]
    return view(*docs, src_doc, page, note, posts=posts, sources=[src])


def test_a_page_or_note_is_cited_by_name_and_title_a_post_by_number_and_author():
    built = _built()
    research = built.documents[0].text.index("Research")
    assert citation_for(built, 1, research) == "post 2 (@Veles)"
    assert citation_for(built, 8, 0) == "armistice.html (“The Armistice”)"
    assert citation_for(built, 9, 0) == "notes.md"
    assert citation_for(built, 7, 0) == "Almanac"


def test_several_threads_prefix_the_thread_name():
    built = _built(threads=2)
    research = built.documents[1].text.index("Research")
    assert citation_for(built, 2, research) == "thread2.txt, post 2 (@Veles)"
