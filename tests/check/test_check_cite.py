from viewbuilder import source, thread, view

from histdesk.check.cite import evidence, label_at, post_at, sentences


def _split(text):
    return [text[s:e] for s, e in sentences(text)]


def test_sentences_keep_abbreviations_and_initials_together():
    text = "Held Jan. 29, 1924, by P. M. Gorlov. Then it ended!  Why?\n\nNew part"
    assert _split(text) == ["Held Jan. 29, 1924, by P. M. Gorlov.", "Then it ended!", "Why?", "New part"]


def test_sentences_respect_bounds_and_return_absolute_offsets():
    text = "Skip this. Keep one. Keep two."
    spans = list(sentences(text, 11))
    assert [text[s:e] for s, e in spans] == ["Keep one.", "Keep two."]
    assert spans[0][0] == 11


def test_labels_posts_then_sources_then_names():
    doc, posts = thread("First post.", "Second post.")
    src_doc, src = source("Body text.", "Almanac")
    built = view(doc, src_doc, posts=posts, sources=[src])
    second = doc.text.index("Second")
    assert post_at(built, doc.id, second).number == 2
    assert label_at(built, doc.id, second) == "post 2"
    assert label_at(built, src_doc.id, 0) == "Almanac"
    assert label_at(built, 99, 0) == "document 99"
    cited = evidence(built, doc.id, second, second + 6)
    assert (cited.quote, cited.label) == ("Second", "post 2")


def _pages_and_threads(threads: int):
    from histdesk.model import Document, Post

    docs, posts = [], []
    for i in range(1, threads + 1):
        doc, placed = thread("Call.", "Research.", doc_id=i)
        docs.append(doc)
        posts += placed
    page = Document(8, "armistice.html", "html", "8" * 64, "The page body.", title="The Armistice")
    note = Document(9, "notes.md", "text", "9" * 64, "A note.")
    posts += [(8, Post(1, page.text, 0, len(page.text))), (9, Post(1, note.text, 0, len(note.text)))]
    return view(*docs, page, note, posts=posts)


def test_pages_and_notes_are_cited_by_file_name_never_as_post_1():
    built = _pages_and_threads(1)
    assert label_at(built, 8, 0) == "armistice.html (“The Armistice”)"
    assert label_at(built, 9, 0) == "notes.md"
    assert label_at(built, 1, 0) == "post 1"


def test_posts_of_several_threads_carry_the_thread_name():
    built = _pages_and_threads(2)
    second = built.documents[1]
    assert label_at(built, 2, second.text.index("Research")) == "thread2.txt, post 2"
